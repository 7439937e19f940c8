/**
 * HTML renderer of the document model: one self-contained file (inline CSS, inline SVG charts, no
 * script, no external resource) with print CSS for A4, so that the browser's "Imprimer → PDF" gives
 * a clean document. Every text is escaped.
 */
import { isSection, listHeadings } from '@reen/core';
import type { Block, Chart, Inline, ReenDocument, Section, Table } from '@reen/core';
import { renderChartSvg } from './charts';
import { escapeXml as esc } from './escape';
import { landscapeFlags } from './layout';

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: #003366; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2em; } h2 { font-size: 1.5em; margin-top: 2em; } h3 { font-size: 1.25em; } h4 { font-size: 1.1em; }
a { color: #004c99; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; border-bottom: 4px solid #003366; margin-bottom: 2rem; }
.cover .organisation { font-size: 1.3em; font-weight: bold; margin: 0; }
.cover .subtitle { font-size: 1.2em; margin: 0.5em 0; }
.cover p { margin: 0.25em 0; }
nav.toc ol { list-style: none; padding-left: 1.2em; }
nav.toc > ol { padding-left: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.2em; font-size: 0.95em; break-inside: auto; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; caption-side: top; }
th, td { border: 1px solid #8c8c8c; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
thead th { background: #e6eef5; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
th, td { overflow-wrap: normal; word-break: normal; hyphens: manual; }
table.wide { font-size: 0.85em; }
.draft-mark { position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%) rotate(-45deg); white-space: nowrap; font-size: 84pt; font-weight: bold; letter-spacing: 0.05em; color: rgba(192, 0, 0, 0.22); pointer-events: none; z-index: 10; }
.draft-banner { border: 2px solid #a00000; color: #a00000; padding: 0.5em 1em; font-weight: bold; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
figure.chart { margin: 1em 0 0.3em; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-style: italic; font-size: 0.9em; }
.note { font-size: 0.9em; color: #4d4d4d; }
.page-break { break-before: page; page-break-before: always; }
section.new-page { break-before: page; page-break-before: always; }
footer.doc-footer { margin-top: 3em; border-top: 1px solid #8c8c8c; font-size: 0.85em; color: #4d4d4d; }
@page { size: A4; margin: 20mm 18mm 22mm 18mm; @bottom-center { content: "Page " counter(page) " sur " counter(pages); font-size: 9pt; color: #4d4d4d; } }
@page :first { @bottom-center { content: none; } }
@page landscape { size: A4 landscape; margin: 18mm 18mm 20mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  table { font-size: 9pt; }
  table.wide { font-size: 8pt; }
  th, td { padding: 0.2em 0.3em; }
  .cover { min-height: 240mm; break-after: page; page-break-after: always; border-bottom: none; }
  nav.toc { break-after: page; page-break-after: always; }
  a { color: inherit; text-decoration: none; }
  footer.doc-footer { display: none; }
  .landscape { page: landscape; }
  .landscape table.wide { font-size: 9pt; }
}
`.trim();

const safeHref = (href: string): string | undefined => (/^https?:\/\/[^\s<>"']+$/i.test(href) ? href : undefined);

function inlines(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      let out = esc(run.text);
      if (run.italic) out = `<em>${out}</em>`;
      if (run.bold) out = `<strong>${out}</strong>`;
      if (run.lang !== undefined) out = `<span lang="${esc(run.lang)}">${out}</span>`;
      const href = run.href === undefined ? undefined : safeHref(run.href);
      if (href !== undefined) out = `<a href="${esc(href)}">${out}</a>`;
      return out;
    })
    .join('');
}

interface Counters {
  table: number;
  figure: number;
}

function table(t: Table, n: Counters): string {
  n.table += 1;
  const cls = (i: number) => (t.columns[i] === 'right' ? ' class="num"' : '');
  const head = t.headerRows.map((row) => `<tr>${row.map((c, i) => `<th scope="col"${cls(i)}>${esc(c)}</th>`).join('')}</tr>`).join('\n');
  const body = t.rows
    .map((row) => `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row"${cls(i)}>${esc(c)}</th>` : `<td${cls(i)}>${esc(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  const note = t.note === undefined ? '' : `\n<p class="note">${esc(t.note)}</p>`;
  const wide = t.columns.length >= 5 ? ' class="wide"' : '';
  return `<table${wide}>\n<caption>Tableau ${n.table}\u00a0: ${esc(t.caption)}</caption>\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>${note}`;
}

function chart(c: Chart, n: Counters): string {
  n.figure += 1;
  const { svg } = renderChartSvg(c, { idPrefix: `chart-${n.figure}` });
  return `<figure class="chart">\n${svg}\n<figcaption>Figure ${n.figure}\u00a0: ${esc(c.title)}. Données dans le tableau ci-dessous.</figcaption>\n</figure>\n${table(c.table, n)}`;
}

/**
 * Renders a document as one self-contained HTML file.
 *
 * @param document - The document model.
 * @returns The HTML text (UTF-8), with `lang="fr-FR"`.
 */
export function renderHtml(document: ReenDocument): string {
  const counters: Counters = { table: 0, figure: 0 };
  const cover = document.cover;
  const offset = Math.max(cover === undefined ? 0 : 1, document.topHeadingLevel - 1);
  const blockHtml = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return `<p${b.style === 'note' ? ' class="note"' : ''}>${inlines(b.runs)}</p>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>\n${b.items.map((item) => `<li>${inlines(item)}</li>`).join('\n')}\n</${tag}>`;
      }
      case 'table':
        return table(b, counters);
      case 'chart':
        return chart(b, counters);
      case 'pageBreak':
        return '<div class="page-break" aria-hidden="true"></div>';
    }
  };
  const sectionHtml = (section: Section, level: number): string => {
    const tag = `h${Math.min(level + offset, 6)}`;
    const cls = section.pageBreakBefore ? ' class="new-page"' : '';
    const heading = `<${tag} id="s-${esc(section.id)}">${esc(section.title)}</${tag}>`;
    // Runs of blocks printed on landscape pages (`landscapeFlags`) are wrapped together; the heading
    // goes with the first run when the section starts with it.
    const flags = landscapeFlags(section.content);
    const out: string[] = flags[0] ? [] : [heading];
    let run: string[] | undefined;
    const close = () => {
      if (run !== undefined) out.push(`<div class="landscape">\n${run.join('\n')}\n</div>`);
      run = undefined;
    };
    for (const [i, child] of section.content.entries()) {
      if (isSection(child) || !flags[i]) {
        close();
        out.push(isSection(child) ? sectionHtml(child, level + 1) : blockHtml(child));
      } else {
        run ??= i === 0 ? [heading] : [];
        run.push(blockHtml(child));
      }
    }
    close();
    return `<section${cls} aria-labelledby="s-${esc(section.id)}">\n${out.join('\n')}\n</section>`;
  };

  const coverHtml =
    cover === undefined
      ? []
      : [
          '<header class="cover">',
          `<p class="organisation">${esc(cover.organisation)}</p>`,
          `<h1>${esc(cover.title)}</h1>`,
          cover.subtitle === undefined ? '' : `<p class="subtitle">${esc(cover.subtitle)}</p>`,
          `<p class="date">${esc(cover.date)}</p>`,
          ...cover.lines.map((line) => `<p>${esc(line)}</p>`),
          '</header>',
        ].filter((line) => line !== '');
  const draft = document.draft ? ['<div class="draft-mark" aria-hidden="true">BROUILLON</div>', '<p class="draft-banner">Brouillon : document incomplet, à ne pas diffuser en l’état.</p>'] : [];

  let toc = '';
  if (document.tableOfContents) {
    const headings = listHeadings(document).filter((h) => h.level <= document.topHeadingLevel + 1);
    const out: string[] = ['<nav class="toc" aria-labelledby="toc-title">', '<h2 id="toc-title">Sommaire</h2>', '<ol>'];
    let depth = document.topHeadingLevel;
    headings.forEach((h, i) => {
      if (i > 0) {
        if (h.level > depth) out.push('<ol>');
        else {
          out.push('</li>');
          for (let d = depth; d > h.level; d--) out.push('</ol>', '</li>');
        }
      }
      depth = h.level;
      out.push(`<li><a href="#s-${esc(h.id)}">${esc(h.title)}</a>`);
    });
    if (headings.length > 0) {
      out.push('</li>');
      for (let d = depth; d > document.topHeadingLevel; d--) out.push('</ol>', '</li>');
    }
    out.push('</ol>', '</nav>');
    toc = out.join('\n');
  }

  return [
    '<!DOCTYPE html>',
    '<html lang="fr-FR">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${esc(document.author)}">`,
    `<meta name="description" content="${esc(document.subject)}">`,
    `<title>${esc(document.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    ...draft,
    ...coverHtml,
    toc,
    '<main>',
    ...document.sections.map((s) => sectionHtml(s, 1)),
    '</main>',
    document.footer.trim() === '' ? '' : `<footer class="doc-footer"><p>${esc(document.footer)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
