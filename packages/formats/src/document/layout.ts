/**
 * Layout helpers shared by the DOCX and ODT renderers (presentation only: no content decisions).
 */
import type { Table } from '@reen/core';

/**
 * Relative widths of a table's columns, from the longest text of each column (header or cell),
 * clamped so that a number column is not too thin and a long sentence does not take the whole
 * page, and never narrower than the longest word of its header. The result sums to 1.
 *
 * @param table - The table block.
 */
export function columnWeights(table: Pick<Table, 'headerRows' | 'rows' | 'columns'>): number[] {
  const longest = table.columns.map((_, column) => {
    const lengths = [...table.headerRows, ...table.rows].map((row) => Array.from(row[column] ?? '').length);
    return Math.max(1, ...lengths);
  });
  // A header word is never broken: its column is at least as wide as its longest word.
  const headerWord = table.columns.map((_, column) =>
    Math.max(0, ...table.headerRows.flatMap((row) => (row[column] ?? '').split(/\s+/).map((word) => Array.from(word).length))),
  );
  const raw = longest.map((length, column) => Math.max(headerWord[column]! * 1.5, Math.min(45, Math.max(6, Math.sqrt(length) * 4))));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((width) => width / total);
}
