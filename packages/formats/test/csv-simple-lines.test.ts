// Simple lines (every cell quoted without a quote inside, as in a GLPI export, or no quote at all,
// as in an Excel export) are split directly instead of through papaparse (csv.ts, `simpleLines`):
// the rows, lines, blank rows and issues must be exactly papaparse's, on any text.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Issue } from '@reen/core';
import { readDelimited } from '../src/inventory/csv';
import { simpleLines } from '../src/inventory/simpleLines';
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
async function read(text: string, chunkBytes: number, simpleFastPath: boolean) {
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
  const meta = await readDelimited(bytes, sink, { file: 'f.csv', guess: { encoding: 'utf-8', bomLength: 0 }, delimiter: ';', afterChunk: () => Promise.resolve(), chunkBytes, simpleFastPath });
  return { rows, issues, blank, meta };
}

describe('simple lines split without papaparse', () => {
  it('gives papaparse’s rows for the lines it takes, and stops at a line start', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), newline, fc.boolean(), (lines, nl, trailing) => {
        const body = lines.join(nl) + (trailing ? nl : '');
        const { rows, end } = simpleLines(body, nl, ';');
        expect(end === body.length || body.slice(0, end).endsWith(nl) || end === 0).toBe(true);
        if (rows.length === 0) return;
        // The rows it takes are papaparse's first rows of the whole text (the rest starts at a line).
        expect(rows).toEqual(Papa.parse<string[]>(body, { delimiter: ';', newline: nl, quoteChar: '"', skipEmptyLines: false }).data.slice(0, rows.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes GLPI and unquoted lines, and leaves quotes inside cells, quoted cells next to unquoted ones and a last empty line to papaparse', () => {
    const glpi = '"PC-1";"Ville > DSI";"";"24/01/2019"\r\n"PC-2";"a;b";"x"';
    expect(simpleLines(glpi, '\r\n', ';')).toEqual({
      rows: [
        ['PC-1', 'Ville > DSI', '', '24/01/2019'],
        ['PC-2', 'a;b', 'x'],
      ],
      end: glpi.length,
    });
    expect(simpleLines('"a";"b ""c"""', '\n', ';').rows).toEqual([]);
    expect(simpleLines('"a";b', '\n', ';').rows).toEqual([]);
    expect(simpleLines('"a"\n', '\n', ';')).toEqual({ rows: [], end: 0 });
    expect(simpleLines('"a"\n"b"\n\n"c"', '\n', ';')).toEqual({ rows: [['a'], ['b'], [''], ['c']], end: 12 });
    expect(simpleLines('PC-1;Ville > DSI;;2019\r\nPC-2;a;b', '\r\n', ';')).toEqual({ rows: [['PC-1', 'Ville > DSI', '', '2019'], ['PC-2', 'a', 'b']], end: 32 });
    expect(simpleLines('a;b\n"c";d\ne;f', '\n', ';')).toEqual({ rows: [['a', 'b']], end: 4 });
    expect(simpleLines('"', '\n', ';').rows).toEqual([]);
    expect(simpleLines('"a\n b"', '\n', ';').rows).toEqual([]);
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
