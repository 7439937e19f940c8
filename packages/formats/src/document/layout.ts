/**
 * Layout helpers shared by the DOCX and ODT renderers (presentation only: no content decisions).
 */
import { isSection } from '@reen/core';
import type { Block, Section, Table } from '@reen/core';

/** Characters of table text (9.5 pt) that fit on one line of the page's text width (17.4 cm). */
export const TABLE_LINE_CHARS = 84;

/** Width of the text on an A4 page less 1,8 cm margins, in cm: portrait and landscape. */
export const TEXT_WIDTH_CM = { portrait: 17.4, landscape: 26.1 } as const;

/** Characters of table text that fit on one line of a landscape page (26.1 cm). */
export const LANDSCAPE_LINE_CHARS = Math.floor((TABLE_LINE_CHARS * TEXT_WIDTH_CM.landscape) / TEXT_WIDTH_CM.portrait);

/** The columns from which a table may be printed on a landscape page. */
export const LANDSCAPE_FROM_COLUMNS = 6;

type TableShape = Pick<Table, 'headerRows' | 'rows' | 'columns'>;

/**
 * Whether a table goes on a landscape page: when it has 6 columns or more and, with each cell on
 * one line, it would be more than 30 % wider than a portrait page (so that most of its cells would
 * wrap), or when the longest words of its columns alone would not fit across a portrait page (so
 * that a word would be broken). A table of 6 short columns stays in portrait, where a few cells
 * wrap at their spaces.
 *
 * @param table - The table block.
 */
export function isWideTable(table: TableShape): boolean {
  const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);
  if (sum(longestWords(table)) > TABLE_LINE_CHARS) return true;
  if (table.columns.length < LANDSCAPE_FROM_COLUMNS) return false;
  const oneLine = table.columns.map((_, column) => Math.max(1, ...[...table.headerRows, ...table.rows].map((row) => chars(row[column] ?? ''))) + 1.5);
  return sum(oneLine) > TABLE_LINE_CHARS * 1.3;
}

const chars = (text: string) => Array.from(text).length;

/** Where a line may break: ordinary spaces and line breaks, never the non-breaking spaces of French typography (« 74 % »). */
const BREAKING_SPACE = /[ \t\r\n]+/;

/** The width each column needs for its longest word (header words count 10 % more: bold), plus the cell padding. */
function longestWords(table: TableShape): number[] {
  return table.columns.map((_, column) => {
    const headerWords = table.headerRows.flatMap((row) => (row[column] ?? '').split(BREAKING_SPACE)).map((w) => chars(w) * 1.1);
    const bodyWords = table.rows.flatMap((row) => (row[column] ?? '').split(BREAKING_SPACE)).map(chars);
    return Math.max(1, ...headerWords, ...bodyWords) + 1.5;
  });
}

/**
 * Relative widths of a table's columns. Each column is at least as wide as its longest word (so no
 * word is ever broken inside a cell, « Plurian nuel »), and otherwise takes room after the length
 * of its texts, clamped so that a number column is not too thin and a long sentence does not take
 * the whole page. The result sums to 1.
 *
 * @param table - The table block.
 * @param lineChars - Characters that fit across the page: `TABLE_LINE_CHARS` in portrait, `LANDSCAPE_LINE_CHARS` in landscape.
 */
export function columnWeights(table: TableShape, lineChars: number = TABLE_LINE_CHARS): number[] {
  const cells = (column: number) => [...table.headerRows, ...table.rows].map((row) => row[column] ?? '');
  const longestWord = longestWords(table);
  const ideal = table.columns.map((_, column) => Math.min(45, Math.max(6, Math.sqrt(Math.max(1, ...cells(column).map(chars))) * 4)));
  const widths = ideal.map((w, i) => Math.max(w, longestWord[i]!));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > lineChars) {
    // Too wide: take the room back from the columns above their longest word, in proportion.
    const floor = longestWord.reduce((a, b) => a + b, 0);
    const slack = widths.map((w, i) => w - longestWord[i]!);
    const slackTotal = slack.reduce((a, b) => a + b, 0);
    const keep = slackTotal > 0 ? Math.max(0, lineChars - floor) / slackTotal : 0;
    const shrunk = widths.map((_, i) => longestWord[i]! + slack[i]! * Math.min(1, keep));
    const sum = shrunk.reduce((a, b) => a + b, 0);
    return shrunk.map((w) => w / sum);
  }
  return widths.map((w) => w / total);
}

/** Whether a block is itself printed on a landscape page: a wide table, or a chart whose data table is wide. */
export function isLandscapeBlock(block: Block): boolean {
  return (block.kind === 'table' && isWideTable(block)) || (block.kind === 'chart' && isWideTable(block.table));
}

/**
 * Which blocks of a section's own content go on landscape pages, index by index (subsections:
 * false; their content is decided on its own). A wide block does, and so do the blocks after it
 * up to the next subsection (no return to portrait for a short note or a narrow table); the
 * paragraphs that lead in to the section's first wide block (three at most, nothing else before
 * it) go with it, so that the heading and its introduction are not left alone on a portrait page.
 *
 * @param content - A section's content.
 */
export function landscapeFlags(content: readonly (Block | Section)[]): boolean[] {
  const wide = content.map((child) => !isSection(child) && isLandscapeBlock(child));
  const first = wide.indexOf(true);
  if (first < 0) return content.map(() => false);
  const leadIn = first <= 3 && content.slice(0, first).every((child) => !isSection(child) && child.kind === 'paragraph');
  let on = false;
  return content.map((child, i) => {
    if (isSection(child)) {
      on = false;
      return false;
    }
    on = on || wide[i]!;
    return on || (leadIn && i < first);
  });
}

/**
 * Whether the block at `index` is a paragraph that introduces the table or chart right after it:
 * it is kept on the same page as that table (so a heading kept with its intro is kept with the table too).
 */
export function introducesTable(content: readonly (Block | Section)[], index: number): boolean {
  const here = content[index];
  const next = content[index + 1];
  return here !== undefined && !isSection(here) && here.kind === 'paragraph' && next !== undefined && !isSection(next) && (next.kind === 'table' || next.kind === 'chart');
}
