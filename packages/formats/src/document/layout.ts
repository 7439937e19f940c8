/**
 * Layout helpers shared by the DOCX and ODT renderers (presentation only: no content decisions).
 */
import type { Table } from '@reen/core';

/** Characters of table text (9.5 pt) that fit on one line of the page's text width (17.4 cm). */
export const TABLE_LINE_CHARS = 84;

/**
 * Relative widths of a table's columns. Each column is at least as wide as its longest word (so no
 * word is ever broken inside a cell, « Plurian nuel »), and otherwise takes room after the length
 * of its texts, clamped so that a number column is not too thin and a long sentence does not take
 * the whole page. The result sums to 1.
 *
 * @param table - The table block.
 */
export function columnWeights(table: Pick<Table, 'headerRows' | 'rows' | 'columns'>): number[] {
  const cells = (column: number) => [...table.headerRows, ...table.rows].map((row) => row[column] ?? '');
  const chars = (text: string) => Array.from(text).length;
  const longestWord = table.columns.map((_, column) => {
    const headerWords = table.headerRows.flatMap((row) => (row[column] ?? '').split(/[\s]+/)).map((w) => chars(w) * 1.1);
    const bodyWords = table.rows.flatMap((row) => (row[column] ?? '').split(/[\s]+/)).map(chars);
    return Math.max(1, ...headerWords, ...bodyWords) + 1.5;
  });
  const ideal = table.columns.map((_, column) => Math.min(45, Math.max(6, Math.sqrt(Math.max(1, ...cells(column).map(chars))) * 4)));
  const widths = ideal.map((w, i) => Math.max(w, longestWord[i]!));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > TABLE_LINE_CHARS) {
    // Too wide: take the room back from the columns above their longest word, in proportion.
    const floor = longestWord.reduce((a, b) => a + b, 0);
    const slack = widths.map((w, i) => w - longestWord[i]!);
    const slackTotal = slack.reduce((a, b) => a + b, 0);
    const keep = slackTotal > 0 ? Math.max(0, TABLE_LINE_CHARS - floor) / slackTotal : 0;
    const shrunk = widths.map((_, i) => longestWord[i]! + slack[i]! * Math.min(1, keep));
    const sum = shrunk.reduce((a, b) => a + b, 0);
    return shrunk.map((w) => w / sum);
  }
  return widths.map((w) => w / total);
}
