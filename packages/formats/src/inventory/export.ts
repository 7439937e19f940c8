import { formatImportIssue } from './messages';
import type { MessageLang } from './messages';
import type { ImportResult, RejectedRow } from './types';

/**
 * Neutralises spreadsheet formula injection (CWE-1236) in a re-exported cell: a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
 * it as text instead of running it.
 *
 * @example
 * neutralizeCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a CSV cell when needed (delimiter, quote, line break), doubling inner quotes. */
export function quoteCsvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Options of `rejectedRowsToCsv`. */
export interface RejectedCsvOptions {
  /** Language of the "erreur" column. Default `fr`. */
  readonly lang?: MessageLang;
  /** Default `;` (what French Excel expects). */
  readonly delimiter?: ',' | ';' | '\t';
  /** Start with a UTF-8 byte order mark so Excel reads accents right. Default true. */
  readonly bom?: boolean;
}

/**
 * The "erreur" cell of a rejected row: each error and warning with its column and its fix.
 *
 * @param row - A rejected row (its issues).
 * @param lang - Language of the text.
 */
export function rejectedRowError(row: Pick<RejectedRow, 'issues'>, lang: MessageLang): string {
  return row.issues
    .filter((i) => i.severity !== 'info')
    .map((i) => {
      const w = formatImportIssue(i, lang);
      const col = i.position?.column;
      const where = col && !/^\d+$/.test(col) ? (lang === 'fr' ? `« ${col} » : ` : `"${col}": `) : '';
      return `${where}${w.message} ${lang === 'fr' ? 'Correction : ' : 'Fix: '}${w.fix}`;
    })
    .join(' | ');
}

/** Characters gathered before `rejectedRowsCsvChunks` yields a piece of the file. */
const CHUNK_CHARS = 1 << 16;

/**
 * Writes the rejected rows as CSV, as G4IT does: the source file, sheet and line, the row's
 * original cells under their original headers (the union of the headers of every table), and an
 * "erreur" column with each problem and its fix. Cells past a table's header row get a column
 * `#N` (their position) only when some rejected row has a value there: empty trailing cells add
 * nothing. Every cell is protected against formula injection. The file can be corrected and
 * imported again: the extra columns are ignored.
 *
 * Linear in the number of cells: headers are matched once per table, not once per row.
 *
 * @param result - An import result (or anything with its `rejected` rows).
 * @param options - Language, delimiter, BOM.
 * @returns The CSV text (CRLF line ends). For a million rejected rows, write `rejectedRowsCsvChunks` instead: one string that long may not fit in a JavaScript string.
 */
export function rejectedRowsToCsv(result: Pick<ImportResult, 'rejected'>, options: RejectedCsvOptions = {}): string {
  let text = '';
  for (const chunk of rejectedRowsCsvChunks(result, options)) text += chunk;
  return text;
}

/**
 * The text of `rejectedRowsToCsv`, in pieces of about 64 KiB, in order, built as they are read:
 * a caller writes a file of any size without holding it whole.
 *
 * @param result - An import result (or anything with its `rejected` rows).
 * @param options - Language, delimiter, BOM.
 * @returns The CSV text, piece by piece (their concatenation is `rejectedRowsToCsv`'s text).
 */
export function rejectedRowsCsvChunks(result: Pick<ImportResult, 'rejected'>, options: RejectedCsvOptions = {}): Generator<string, void, undefined> {
  const columns = new RejectedCsvColumns();
  for (const row of result.rejected) columns.add(row);
  return rejectedCsvChunks(withErrors(result.rejected, options.lang ?? 'fr'), columns, options);
}

function* withErrors(rows: Iterable<RejectedRow>, lang: MessageLang): Generator<RejectedCsvRow> {
  for (const row of rows) yield { source: row.source, headers: row.headers, cells: row.cells, error: rejectedRowError(row, lang) };
}

/** A rejected row as the CSV writes it: its cells and its "erreur" cell (`rejectedRowError`). */
export interface RejectedCsvRow extends Pick<RejectedRow, 'source' | 'headers' | 'cells'> {
  readonly error: string;
}

/**
 * The columns of the rejected-rows CSV, learnt row by row: the union of every table's headers (a
 * repeated name counting as one column per occurrence) and the positions past a table's headers
 * where some row has a value. A caller that hands the rows on as they are found
 * (`ImportOptions.onRejected`) learns them on the way, then writes with `rejectedCsvChunks`.
 */
export class RejectedCsvColumns {
  private readonly columnOfKey = new Map<string, number>();
  /** The union of the headers, in order of first appearance. */
  readonly labels: string[] = [];
  /** Per headers array (one per table, compared by identity), the union column of each of its headers. */
  private readonly columnsOfHeaders = new Map<readonly string[], number[]>();
  /** Positions (1-based) past a table's headers where some row has a value. */
  private readonly extraSet = new Set<number>();

  /** Learns the columns of one rejected row. */
  add(row: Pick<RejectedRow, 'headers' | 'cells'>): void {
    if (!this.columnsOfHeaders.has(row.headers)) {
      const count = new Map<string, number>();
      this.columnsOfHeaders.set(
        row.headers,
        row.headers.map((h) => {
          const n = count.get(h) ?? 0;
          count.set(h, n + 1);
          const key = `${h}\u0000${n}`;
          let at = this.columnOfKey.get(key);
          if (at === undefined) {
            at = this.labels.push(h) - 1;
            this.columnOfKey.set(key, at);
          }
          return at;
        }),
      );
    }
    for (let i = row.headers.length; i < row.cells.length; i++) if ((row.cells[i] ?? '') !== '') this.extraSet.add(i + 1);
  }

  /** The extra positions, in increasing order. */
  extras(): number[] {
    return [...this.extraSet].sort((a, b) => a - b);
  }

  /** The union column of each header of a table's headers array (one `add` saw it). */
  columnsOf(headers: readonly string[]): readonly number[] {
    const columns = this.columnsOfHeaders.get(headers);
    if (columns === undefined) throw new Error('RejectedCsvColumns: a row of a table never added');
    return columns;
  }
}

/**
 * The rejected-rows CSV of `rows` (the same text as `rejectedRowsCsvChunks`), in pieces of about
 * 64 KiB, with columns already learnt from every one of them.
 *
 * @param rows - The rejected rows, in order, with their "erreur" cell in `options.lang`; each was given to `columns.add` (the same headers array).
 * @param columns - The columns learnt from the rows.
 * @param options - Language, delimiter, BOM.
 */
export function* rejectedCsvChunks(rows: Iterable<RejectedCsvRow>, columns: RejectedCsvColumns, options: RejectedCsvOptions = {}): Generator<string, void, undefined> {
  const lang = options.lang ?? 'fr';
  const d = options.delimiter ?? ';';
  const cell = (value: string) => quoteCsvCell(neutralizeCell(value), d);
  const labels = columns.labels;
  const extras = columns.extras();
  const width = labels.length + extras.length;

  const head = lang === 'fr' ? ['fichier', 'feuille', 'ligne'] : ['file', 'sheet', 'line'];
  let piece = `${options.bom === false ? '' : '\ufeff'}${[...head, ...labels, ...extras.map((n) => `#${n}`), lang === 'fr' ? 'erreur' : 'error'].map(cell).join(d)}\r\n`;
  const cells = new Array<string>(width);
  for (const row of rows) {
    cells.fill('');
    const of = columns.columnsOf(row.headers);
    for (let i = 0; i < of.length; i++) cells[of[i] as number] = row.cells[i] ?? '';
    // Extra cells in increasing position: one pass along the sorted `extras`.
    let e = 0;
    for (let i = row.headers.length; i < row.cells.length; i++) {
      const value = row.cells[i] ?? '';
      if (value === '') continue;
      while ((extras[e] as number) < i + 1) e++;
      cells[labels.length + e] = value;
    }
    const out = [cell(row.source.file), cell(row.source.sheet ?? ''), String(row.source.line)];
    for (let i = 0; i < width; i++) out.push(cell(cells[i] as string));
    out.push(cell(row.error));
    piece += `${out.join(d)}\r\n`;
    if (piece.length >= CHUNK_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}
