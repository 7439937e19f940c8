/**
 * Markdown (CommonMark with GFM tables) renderer of the document model. User text is escaped so that
 * it cannot open a heading, a list, a link, an HTML block or a table cell.
 */
import { isSection, listHeadings } from '@reen/core';
import type { Block, Chart, Inline, ReenDocument, Section, Table } from '@reen/core';
import { stripXmlForbidden } from './escape';

/** Characters with a meaning anywhere in a CommonMark/GFM line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|&~]/g;

/**
 * Escapes plain text for Markdown: backslash before the inline special characters, and before what
 * would start a block at the beginning of a line (`#`, `>`, list markers, `=`, `+`, `-`). Control
 * characters are dropped.
 *
 * @param text - Plain text (may contain line breaks, which become spaces).
 */
export function escapeMarkdown(text: string): string {
  const oneLine = stripXmlForbidden(text).replace(/[\r\n]+/g, ' ');
  return oneLine
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/^(\s*)([#=+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const safeHref = (href: string): string | undefined => (/^https?:\/\/[^\s<>()]+$/i.test(href) ? href : undefined);

function inlines(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      const escaped = escapeMarkdown(run.text);
      // Emphasis markers must touch the text: surrounding spaces go outside them.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/.exec(escaped) ?? [];
      if (core === '') return escaped;
      let out = core;
      if (run.italic) out = `*${out}*`;
      if (run.bold) out = `**${out}**`;
      const href = run.href === undefined ? undefined : safeHref(run.href);
      if (href !== undefined) out = `[${out}](<${href}>)`;
      return `${lead}${out}${trail}`;
    })
    .join('');
}

function table(t: Table): string {
  const cell = (text: string) => escapeMarkdown(text).trim() || ' ';
  const lines: string[] = [`*Tableau : ${escapeMarkdown(t.caption)}*`, ''];
  const [first, ...otherHeaders] = t.headerRows;
  // GFM has one header row: further header rows become bold body rows.
  lines.push(`| ${first!.map(cell).join(' | ')} |`);
  lines.push(`| ${t.columns.map((a) => (a === 'right' ? '---:' : ':---')).join(' | ')} |`);
  for (const row of otherHeaders) lines.push(`| ${row.map((c) => (c.trim() ? `**${cell(c)}**` : ' ')).join(' | ')} |`);
  for (const row of t.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  if (t.note !== undefined) lines.push('', `*${escapeMarkdown(t.note)}*`);
  return lines.join('\n');
}

function chart(c: Chart): string {
  return [`**Graphique : ${escapeMarkdown(c.title)}.** ${escapeMarkdown(c.alt)}`, '', table(c.table)].join('\n');
}

function block(b: Block): string | undefined {
  switch (b.kind) {
    case 'paragraph':
      return b.style === 'note' ? `_${inlines(b.runs)}_` : inlines(b.runs);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inlines(item)}`).join('\n');
    case 'table':
      return table(b);
    case 'chart':
      return chart(b);
    case 'pageBreak':
      return undefined;
  }
}

/**
 * Renders a document as Markdown. The cover title is the only level-1 heading; sections start at
 * level 2, so the hierarchy never skips a level.
 *
 * @param document - The document model.
 * @returns Markdown text ending with a newline.
 */
export function renderMarkdown(document: ReenDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(document.cover.title)}`];
  const coverLines = [document.cover.organisation, document.cover.subtitle, document.cover.date, ...document.cover.lines].filter(
    (line): line is string => line !== undefined && line.trim() !== '',
  );
  parts.push(coverLines.map(escapeMarkdown).join('  \n'));
  if (document.tableOfContents) {
    const items = listHeadings(document)
      .filter((h) => h.level <= 2)
      .map((h) => `${'  '.repeat(h.level - 1)}- ${escapeMarkdown(h.title)}`);
    parts.push('## Sommaire', items.join('\n'));
  }
  const walk = (section: Section, level: number) => {
    parts.push(`${'#'.repeat(Math.min(level + 1, 6))} ${escapeMarkdown(section.title)}`);
    for (const child of section.content) {
      if (isSection(child)) walk(child, level + 1);
      else {
        const out = block(child);
        if (out !== undefined) parts.push(out);
      }
    }
  };
  for (const section of document.sections) walk(section, 1);
  if (document.footer.trim() !== '') parts.push('---', `*${escapeMarkdown(document.footer)}*`);
  return `${parts.join('\n\n')}\n`;
}
