// Lines whose cells are all quoted without a quote inside (every line of a GLPI export) are split
// directly instead of through papaparse (csv.ts, `quotedLines`): the rows, lines, blank rows and
// issues must be exactly papaparse's, on any text.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Issue } from '@reen/core';
import { quotedLines, readDelimited } from '../src/inventory/csv';
import type { RawRow } from '../src/inventory/csv';

/** Cell texts with what makes CSV hard: quotes, delimiters, line breaks, spaces, accents. */
const cellText = fc.array(fc.constantFrom('a', 'B', '1', ' ', ';', ',', '"', '\r', '\n', 'é', '>', ''), { maxLength: 6 }).map((parts) => parts.join(''));
/** A cell as a CSV writer would write it (quoted, quotes doubled), or raw (possibly broken). */
const cell = fc.oneof(
  cellText.map((text) => `"${text.replaceAll('"', '""')}"`),
  cellText.filter((text) => !/["\r\n;,]/.test(text)).map((text) => `"${text}"`),
  cellText,
);
const line = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(';'));
const newline = fc.constantFrom('\r\n', '\n');

/** Reads a text with the reader (in chunks of `chunkBytes`), collecting rows, blank rows and issues. */
async function read(text: string, chunkBytes: number, quotedFastPath: boolean) {
  const rows: RawRow[] = [];
  const issues: Issue[] = [];
  let blank = 0;
  const sink = {
    push: (r: RawRow[]) => rows.push(...r),
    issue: (i: Issue) => issues.push(i),
    blank: (n: number) => (blank += n),
    stopped: false,
  };
  const bytes = new TextEncoder().encode(text);
  const meta = await readDelimited(bytes, sink, { file: 'f.csv', guess: { encoding: 'utf-8', bomLength: 0 }, delimiter: ';', afterChunk: () => Promise.resolve(), chunkBytes, quotedFastPath });
  return { rows, issues, blank, meta };
}

describe('quoted lines split without papaparse', () => {
  it('gives papaparse’s rows for the lines it takes, and stops at a line start', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), newline, fc.boolean(), (lines, nl, trailing) => {
        const body = lines.join(nl) + (trailing ? nl : '');
        const { rows, end } = quotedLines(body, nl, ';');
        expect(end === body.length || body.slice(0, end).endsWith(nl) || end === 0).toBe(true);
        if (rows.length === 0) return;
        const prefix = end === body.length ? body : body.slice(0, end - nl.length);
        expect(rows).toEqual(Papa.parse<string[]>(prefix, { delimiter: ';', newline: nl, quoteChar: '"', skipEmptyLines: false }).data);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a GLPI line, and leaves quotes inside cells, unquoted cells and a last empty line to papaparse', () => {
    const glpi = '"PC-1";"Ville > DSI";"";"24/01/2019"\r\n"PC-2";"a;b";"x"';
    expect(quotedLines(glpi, '\r\n', ';')).toEqual({
      rows: [
        ['PC-1', 'Ville > DSI', '', '24/01/2019'],
        ['PC-2', 'a;b', 'x'],
      ],
      end: glpi.length,
    });
    expect(quotedLines('"a";"b ""c"""', '\n', ';').rows).toEqual([]);
    expect(quotedLines('"a";b', '\n', ';').rows).toEqual([]);
    expect(quotedLines('"a"\n', '\n', ';')).toEqual({ rows: [], end: 0 });
    expect(quotedLines('"a"\n"b"\n\n"c"', '\n', ';')).toEqual({ rows: [['a'], ['b']], end: 8 });
    expect(quotedLines('"', '\n', ';').rows).toEqual([]);
    expect(quotedLines('"a\n b"', '\n', ';').rows).toEqual([]);
  });

  it('reads any text as papaparse alone does: rows, lines, blank rows, issues, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(line, fc.constant(''), fc.constant('"open;"x"')), { minLength: 1, maxLength: 30 }), newline, fc.boolean(), fc.constantFrom(16, 64, 4096), async (lines, nl, trailing, chunkBytes) => {
        const text = lines.join(nl) + (trailing ? nl : '');
        const fast = await read(text, chunkBytes, true);
        const slow = await read(text, chunkBytes, false);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 1500 },
    );
  });
});
