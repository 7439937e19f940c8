import type { Lang } from '../i18n';
import { markdownText, plainText } from './sanitize';

/**
 * Formats a plain decimal string (`"12345.678"`, already rounded for display) with the language's
 * separators: `12 345,678` in French (narrow no-break space, decimal comma), `12,345.678` in
 * English. Works on the digits, never through a float.
 */
export function formatDecimalString(value: string, lang: Lang): string {
  const negative = value.startsWith('-');
  const unsigned = negative ? value.slice(1) : value;
  const [integer = '0', fraction] = unsigned.split('.');
  const group = lang === 'fr' ? '\u202f' : ',';
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimalMark = lang === 'fr' ? ',' : '.';
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined && fraction.length > 0 ? `${decimalMark}${fraction}` : ''}`;
}

/** Renders rows as an aligned plain-text table; numeric columns (`align: 'right'`) are right-aligned. */
export function renderTextTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string {
  const widths = headers.map((header, column) => Math.max(displayWidth(plainText(header)), ...rows.map((row) => displayWidth(plainText(row[column] ?? '')))));
  const pad = (cell: string, column: number) => {
    const width = widths[column] ?? 0;
    const fill = ' '.repeat(Math.max(0, width - displayWidth(cell)));
    return align[column] === 'right' ? `${fill}${cell}` : `${cell}${fill}`;
  };
  const line = (cells: readonly string[]) => `  ${cells.map((cell, column) => pad(plainText(cell), column)).join('  ')}`.trimEnd();
  const rule = `  ${widths.map((width) => '─'.repeat(width)).join('  ')}`;
  return [line(headers), rule, ...rows.map((row) => line(row))].join('\n');
}

function displayWidth(text: string): number {
  return [...text].length;
}

/** A Markdown table cell: the text as typed, with no markup (see `markdownText`). */
export function markdownCell(text: string): string {
  return markdownText(text);
}

/** Renders a Markdown table. */
export function renderMarkdownTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string {
  const head = `| ${headers.map(markdownCell).join(' | ')} |`;
  const rule = `|${headers.map((_, column) => (align[column] === 'right' ? '---:' : '---')).join('|')}|`;
  const body = rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}
