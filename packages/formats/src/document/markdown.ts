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

interface Counters {
  table: number;
  figure: number;
}

function table(t: Table, n: Counters): string {
  const cell = (text: string) => escapeMarkdown(text).trim() || ' ';
  n.table += 1;
  const lines: string[] = [`*Tableau ${n.table}\u00a0: ${escapeMarkdown(t.caption)}*`, ''];
  const [first, ...otherHeaders] = t.headerRows;
  // GFM has one header row: further header rows become bold body rows.
  lines.push(`| ${first!.map(cell).join(' | ')} |`);
  lines.push(`| ${t.columns.map((a) => (a === 'right' ? '---:' : ':---')).join(' | ')} |`);
  for (const row of otherHeaders) lines.push(`| ${row.map((c) => (c.trim() ? `**${cell(c)}**` : ' ')).join(' | ')} |`);
  for (const row of t.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  if (t.note !== undefined) lines.push('', `*${escapeMarkdown(t.note)}*`);
  return lines.join('\n');
}

function chart(c: Chart, n: Counters): string {
  n.figure += 1;
  return [`**Figure ${n.figure}\u00a0: ${escapeMarkdown(c.title)}.** ${escapeMarkdown(c.alt)}`, '', table(c.table, n)].join('\n');
}

function block(b: Block, n: Counters): string | undefined {
  switch (b.kind) {
    case 'paragraph':
      return b.style === 'note' ? `_${inlines(b.runs)}_` : inlines(b.runs);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inlines(item)}`).join('\n');
    case 'table':
      return table(b, n);
    case 'chart':
      return chart(b, n);
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
  const parts: string[] = [];
  if (document.draft) parts.push('> **BROUILLON** : document incomplet, à ne pas diffuser en l’état.');
  const cover = document.cover;
  if (cover !== undefined) {
    parts.push(`# ${escapeMarkdown(cover.title)}`);
    const coverLines = [cover.organisation, cover.subtitle, cover.date, ...cover.lines].filter((line): line is string => line !== undefined && line.trim() !== '');
    parts.push(coverLines.map(escapeMarkdown).join('  \n'));
  }
  // With a cover, its title is the only level-1 heading; a chapter starts at its own level.
  const offset = Math.max(cover === undefined ? 0 : 1, document.topHeadingLevel - 1);
  if (document.tableOfContents) {
    const items = listHeadings(document)
      .filter((h) => h.level <= document.topHeadingLevel + 1)
      .map((h) => `${'  '.repeat(h.level - document.topHeadingLevel)}- ${escapeMarkdown(h.title)}`);
    parts.push(`${'#'.repeat(offset + 1)} Sommaire`, items.join('\n'));
  }
  const counters: Counters = { table: 0, figure: 0 };
  const walk = (section: Section, level: number) => {
    parts.push(`${'#'.repeat(Math.min(level + offset, 6))} ${escapeMarkdown(section.title)}`);
    for (const child of section.content) {
      if (isSection(child)) walk(child, level + 1);
      else {
        const out = block(child, counters);
        if (out !== undefined) parts.push(out);
      }
    }
  };
  for (const section of document.sections) walk(section, 1);
  if (document.footer.trim() !== '') parts.push('---', `*${escapeMarkdown(document.footer)}*`);
  return `${parts.join('\n\n')}\n`;
}
