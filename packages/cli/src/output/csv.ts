/**
 * CSV writing for spreadsheet exports (RFC 4180: comma, double quotes, CRLF).
 *
 * Text cells are neutralised against formula injection (OWASP "CSV Injection"): a cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote, so that a
 * spreadsheet shows it as text instead of evaluating it. Numeric cells (`{ number: "…" }`) are
 * written as they are.
 */

/** A numeric cell: a decimal string or an integer, written without neutralisation. */
export interface NumberCell {
  readonly number: string | number;
}

export type CsvCell = string | NumberCell | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell against formula injection. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes one CSV cell. */
export function csvCell(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'object') return quote(String(cell.number));
  return quote(neutraliseFormula(cell));
}

/** Writes a CSV document from a header row and data rows. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
