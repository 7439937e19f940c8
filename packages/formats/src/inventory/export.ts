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

function describe(row: RejectedRow, lang: MessageLang): string {
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

/**
 * Writes the rejected rows as CSV, as G4IT does: the source file, sheet and line, the row's
 * original cells under their original headers (the union of the headers of every table), and an
 * "erreur" column with each problem and its fix. Every cell is protected against formula
 * injection. The file can be corrected and imported again: the extra columns are ignored.
 *
 * @param result - An import result (or anything with its `rejected` rows).
 * @param options - Language, delimiter, BOM.
 * @returns The CSV text (CRLF line ends).
 */
export function rejectedRowsToCsv(result: Pick<ImportResult, 'rejected'>, options: RejectedCsvOptions = {}): string {
  const lang = options.lang ?? 'fr';
  const d = options.delimiter ?? ';';
  const keys: string[] = [];
  const labels: string[] = [];
  const seen = new Map<string, number>();
  const keyOf = (row: RejectedRow): string[] => {
    const count = new Map<string, number>();
    const names = row.cells.length > row.headers.length ? [...row.headers, ...row.cells.slice(row.headers.length).map((_, i) => `#${row.headers.length + i + 1}`)] : row.headers;
    return names.map((h) => {
      const n = count.get(h) ?? 0;
      count.set(h, n + 1);
      return `${h}\u0000${n}`;
    });
  };
  for (const row of result.rejected) {
    keyOf(row).forEach((k, i) => {
      if (!seen.has(k)) {
        seen.set(k, keys.length);
        keys.push(k);
        labels.push(row.headers[i] ?? `#${i + 1}`);
      }
    });
  }
  const head = lang === 'fr' ? ['fichier', 'feuille', 'ligne', ...labels, 'erreur'] : ['file', 'sheet', 'line', ...labels, 'error'];
  const lines = [head.map((h) => quoteCsvCell(neutralizeCell(h), d)).join(d)];
  for (const row of result.rejected) {
    const cells = new Array<string>(keys.length).fill('');
    keyOf(row).forEach((k, i) => {
      const at = seen.get(k);
      if (at !== undefined) cells[at] = row.cells[i] ?? '';
    });
    const out = [row.source.file, row.source.sheet ?? '', String(row.source.line), ...cells, describe(row, lang)];
    lines.push(out.map((c) => quoteCsvCell(neutralizeCell(c), d)).join(d));
  }
  return `${options.bom === false ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`;
}
