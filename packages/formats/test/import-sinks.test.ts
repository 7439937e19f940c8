// `onIssue` and `onRejected`: what `reen validate` asks of the importer so that it writes a million
// issues and rejected rows out instead of holding them. The caller gets exactly what `issues` and
// `rejected` would hold, in the same order; the rejected-rows CSV made from the rows handed over
// (`RejectedCsvColumns`, `rejectedCsvChunks`) is `rejectedRowsToCsv`'s text.
import type { Issue } from '@reen/core';
import { describe, expect, it } from 'vitest';
import { importInventoryFiles, rejectedCsvChunks, RejectedCsvColumns, rejectedRowError, rejectedRowsToCsv } from '../src/inventory';
import type { InventoryFileInput, RejectedRow } from '../src/inventory';

const enc = (s: string) => new TextEncoder().encode(s);

/**
 * Two tables with different headers (a repeated one in the second), an extra cell past the header
 * on two rows (positions 4 and 6), bad quantities, unknown types (one a formula), a duplicated
 * serial number, and good rows.
 */
const FILES: InventoryFileInput[] = [
  { name: 'a.csv', bytes: enc(['Type;Quantité;N° de série', 'Portable;x;S1', 'Bidule;1;S2', 'Portable;2;S3', 'Portable;1;S3;en trop', 'Portable;1;S4'].join('\n')) },
  { name: 'b.csv', bytes: enc(['Type;Modèle;Quantité;Modèle', 'Écran;P24;-1;', 'Écran;P24;1;', 'Grille-pain;T1;1;;;loin', '=HYPERLINK("x");M;1;'].join('\n')) },
];
const OPTIONS = { today: '2026-01-15' } as const;

describe('importInventoryFiles with onIssue and onRejected', () => {
  it('hands over every issue and rejected row, in order, instead of keeping them', async () => {
    const kept = await importInventoryFiles(FILES, OPTIONS);
    const issues: Issue[] = [];
    const rows: RejectedRow[] = [];
    const handed = await importInventoryFiles(FILES, { ...OPTIONS, onIssue: (issue) => issues.push(issue), onRejected: (row) => rows.push(row) });
    // 9 rows read: 6 rejected (quantity x, type Bidule, serial S3 again, quantity -1, types Grille-pain and the formula), 3 accepted.
    expect(kept.counts.rejected).toBe(6);
    expect(kept.rejected.map((row) => `${row.source.file}:${row.source.line}`)).toEqual(['a.csv:2', 'a.csv:3', 'a.csv:5', 'b.csv:2', 'b.csv:4', 'b.csv:5']);
    // 14 issues: per file its profile and no purchase date, b.csv's repeated and ignored "Modèle", and the rows' 9.
    expect(kept.issues).toHaveLength(14);
    expect(issues).toEqual(kept.issues);
    expect(rows).toEqual(kept.rejected);
    expect(handed.issues).toEqual([]);
    expect(handed.rejected).toEqual([]);
    expect(handed.counts).toEqual(kept.counts);
    expect(handed.issuesOmitted).toEqual(kept.issuesOmitted);
  });

  it('hands over only the issues `issuesPerCode` keeps, and rows even when `keepRejectedRows` is false', async () => {
    const kept = await importInventoryFiles(FILES, { ...OPTIONS, issuesPerCode: 1 });
    const issues: Issue[] = [];
    let rows = 0;
    const handed = await importInventoryFiles(FILES, { ...OPTIONS, issuesPerCode: 1, keepRejectedRows: false, onIssue: (issue) => issues.push(issue), onRejected: () => rows++ });
    expect(issues).toEqual(kept.issues);
    expect(handed.issuesOmitted).toEqual(kept.issuesOmitted);
    expect(rows).toBe(6);
    expect(handed.unclassified).toEqual([]);
  });

  it('still refuses a file with no data row, and only that way', async () => {
    const codes = async (files: InventoryFileInput[]) => {
      const issues: Issue[] = [];
      await importInventoryFiles(files, { ...OPTIONS, onIssue: (issue) => issues.push(issue) });
      return issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
    };
    expect(await codes([{ name: 'entete.csv', bytes: enc('Type;Quantité\n') }])).toEqual(['file_no_rows']);
    expect(await codes([{ name: 'vide.csv', bytes: enc('') }])).toEqual(['file_empty']);
  });
});

describe('RejectedCsvColumns and rejectedCsvChunks', () => {
  it('make the text of rejectedRowsToCsv from rows learnt one by one', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const kept = await importInventoryFiles(FILES, OPTIONS);
      const columns = new RejectedCsvColumns();
      const rows: { source: RejectedRow['source']; headers: readonly string[]; cells: readonly string[]; error: string }[] = [];
      await importInventoryFiles(FILES, {
        ...OPTIONS,
        onRejected: (row) => {
          columns.add(row);
          rows.push({ source: row.source, headers: row.headers, cells: row.cells, error: rejectedRowError(row, lang) });
        },
      });
      // The union of the headers (the second "Modèle" of b.csv is a column of its own), then #4 and #6.
      expect(columns.labels).toEqual(['Type', 'Quantité', 'N° de série', 'Modèle', 'Modèle']);
      expect(columns.extras()).toEqual([4, 6]);
      const text = [...rejectedCsvChunks(rows, columns, { lang })].join('');
      expect(text).toBe(rejectedRowsToCsv(kept, { lang }));
    }
  });

  it('refuses a row of a table it never learnt', () => {
    const columns = new RejectedCsvColumns();
    expect(() => [...rejectedCsvChunks([{ source: { file: 'a.csv', line: 2 }, headers: ['Type'], cells: ['x'], error: '' }], columns)]).toThrow('a row of a table never added');
  });
});
