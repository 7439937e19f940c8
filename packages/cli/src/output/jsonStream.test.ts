import { describe, expect, it } from 'vitest';
import { batchPieces, jsonDocument, jsonPieces, mapLazily, streamedList } from './jsonStream';

const joined = (value: unknown) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('writes a streamed list with the layout of JSON.stringify(value, null, 2)', () => {
    const text = joined({ schemaVersion: 1, counts: { read: 2 }, issues: streamedList([{ code: 'a', line: 2 }, { code: 'b', line: null }]) });
    expect(text).toBe(
      [
        '{',
        '  "schemaVersion": 1,',
        '  "counts": {',
        '    "read": 2',
        '  },',
        '  "issues": [',
        '    {',
        '      "code": "a",',
        '      "line": 2',
        '    },',
        '    {',
        '      "code": "b",',
        '      "line": null',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  it('gives the same text as JSON.stringify for the same value with plain arrays', () => {
    const issues = [
      { severity: 'error', file: 'a.csv', sheet: 'Feuille 1', line: 3, column: 'Quantité', code: 'quantity_negative', message: 'Ligne 1\nligne 2 « guillemets » "quotes" \\ \u2028' },
      { severity: 'info', file: null, line: null, column: null, code: 'profile_detected', message: '' },
    ];
    const tables = [{ file: 'a.csv', mapping: [], profile: { id: 'glpi', score: 0.5 }, empty: {}, nested: [[1, [2, {}]], []] }];
    const plain = { schemaVersion: 1, tables, skipped: undefined, fn: () => 1, import: { rowsRead: 2 }, issues };
    const streamed = { ...plain, tables: streamedList(tables), issues: streamedList(issues) };
    expect(joined(streamed)).toBe(JSON.stringify(plain, null, 2));
    // Empty streamed lists, a streamed list nested in an array and at the top, undefined items, toJSON.
    const decimal = { toJSON: () => '12.50' };
    const edge = { empty: [], deep: [{ list: [undefined, decimal, 'x'] }], emptyObject: {} };
    expect(joined({ ...edge, empty: streamedList([]), deep: [{ list: streamedList([undefined, decimal, 'x']) }] })).toBe(JSON.stringify(edge, null, 2));
    expect(joined(streamedList([1, streamedList([])]))).toBe('[\n  1,\n  []\n]');
    expect(joined({ only: undefined })).toBe('{}');
  });

  it('makes each element only when it is written', () => {
    let made = 0;
    const pieces = jsonPieces({ head: 'h', items: streamedList(mapLazily([1, 2, 3, 4], (n) => ((made += 1), { n }))) });
    const firstThree = [pieces.next().value, pieces.next().value, pieces.next().value];
    expect(firstThree).toEqual(['{\n  "head": ', '"h"', ',\n  "items": ']);
    expect(made).toBe(0);
    expect([pieces.next().value, pieces.next().value]).toEqual(['[\n    ', '{\n      "n": 1\n    }']);
    expect(made).toBe(1);
  });
});

describe('jsonDocument', () => {
  it('ends the document with a line break, as the CLI prints it', () => {
    expect([...jsonDocument({ a: streamedList([]) })].join('')).toBe('{\n  "a": []\n}\n');
  });
});

describe('batchPieces', () => {
  it('joins pieces until a batch reaches the size, and keeps the rest for the last batch', () => {
    expect([...batchPieces(['ab', 'c', 'def', 'g', 'hi'], 3)]).toEqual(['abc', 'def', 'ghi']);
    expect([...batchPieces(['abcd', 'e'], 3)]).toEqual(['abcd', 'e']);
    expect([...batchPieces([], 3)]).toEqual([]);
  });
});
