/**
 * ODT (OpenDocument Text 1.3) renderer of the document model, written directly as XML and zipped
 * with fflate: `mimetype` first and stored, then `META-INF/manifest.xml`, `content.xml`,
 * `styles.xml`, `meta.xml` and the chart pictures (SVG, with a PNG fallback in the same frame).
 * Headings use the standard "Heading N" styles with outline levels, so LibreOffice's navigator and
 * table of contents work; tables have real header rows; pages are numbered in the footer; the
 * default language is fr-FR. Every text is escaped.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Zippable } from 'fflate';
import { isSection, listHeadings } from '@reen/core';
import type { Block, Chart, Inline, ReenDocument, Section, Table } from '@reen/core';
import { renderChartSvg } from './charts';
import { escapeXml } from './escape';
import { columnWeights, introducesTable, isWideTable, LANDSCAPE_LINE_CHARS, landscapeFlags, TABLE_LINE_CHARS, TEXT_WIDTH_CM } from './layout';
import type { SvgRasteriser } from './png';

export interface OdtOptions {
  /** SVG → PNG, for the fallback picture of each chart. */
  readonly rasterise: SvgRasteriser;
  /**
   * The page of each entry of the table of contents, in order, as LibreOffice lays the document out
   * (`measureTocPages`). Without it the entries carry no page number.
   */
  readonly tocPages?: readonly number[] | undefined;
}

interface Counters {
  table: number;
  figure: number;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].join(' ');

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
/** Width of the chart pictures on the page, in cm. */
const PICTURE_WIDTH_CM = 16;
/** A fixed date for the zip entries, so that the same document gives the same bytes. */
const ZIP_MTIME = new Date('2025-01-01T00:00:00Z');

/**
 * Escapes text for an ODF paragraph: XML escaping, and the white space ODF would collapse
 * (repeated spaces, tabs, line breaks) written as `text:s`, `text:tab`, `text:line-break`.
 */
export function odfText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .split('\t')
        .map((part) =>
          escapeXml(part).replace(/^ +| {2,}/g, (spaces, offset: number) => {
            const kept = offset === 0 ? 0 : 1;
            const extra = spaces.length - kept;
            return `${kept ? ' ' : ''}${extra === 1 ? '<text:s/>' : `<text:s text:c="${extra}"/>`}`;
          }),
        )
        .join('<text:tab/>'),
    )
    .join('<text:line-break/>');
}

const safeHref = (href: string): string | undefined => (/^https?:\/\/[^\s<>"']+$/i.test(href) ? href : undefined);

function spans(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      let out = odfText(run.text);
      const style = run.bold && run.italic ? 'T_bold_italic' : run.bold ? 'T_bold' : run.italic ? 'T_italic' : undefined;
      if (style !== undefined) out = `<text:span text:style-name="${style}">${out}</text:span>`;
      const language = run.lang === undefined ? undefined : LANGUAGES[run.lang.slice(0, 2)];
      if (language !== undefined) out = `<text:span text:style-name="${language.style}">${out}</text:span>`;
      const href = run.href === undefined ? undefined : safeHref(run.href);
      if (href !== undefined) out = `<text:a xlink:type="simple" xlink:href="${escapeXml(href)}">${out}</text:a>`;
      return out;
    })
    .join('');
}

/** The languages a run may be marked with (a title cited in its language), and their text styles. */
const LANGUAGES: Readonly<Record<string, { style: string; language: string; country: string }>> = {
  en: { style: 'T_lang_en', language: 'en', country: 'GB' },
  fr: { style: 'T_lang_fr', language: 'fr', country: 'FR' },
};

const p = (style: string, inner: string) => `<text:p text:style-name="${style}">${inner}</text:p>`;

interface Picture {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly mediaType: string;
}

/** The column styles of a table, named `Tableau<index>.C<n>`, for the width of its page (portrait or landscape). */
function columnStyles(t: Table, index: number): string {
  const wide = isWideTable(t);
  const width = wide ? TEXT_WIDTH_CM.landscape : TEXT_WIDTH_CM.portrait;
  return columnWeights(t, wide ? LANDSCAPE_LINE_CHARS : TABLE_LINE_CHARS)
    .map(
      (weight, n) =>
        `<style:style style:name="Tableau${index}.C${n + 1}" style:family="table-column"><style:table-column-properties style:column-width="${(weight * width).toFixed(3)}cm" style:rel-column-width="${Math.round(weight * 10000)}*"/></style:style>`,
    )
    .join('');
}

/** Tables of at most this many body rows are kept on one page. */
const KEEP_WHOLE_ROWS = 12;

function tableXml(t: Table, index: number, styles: string[]): string {
  styles.push(columnStyles(t, index));
  const cell = (text: string, column: number, header: boolean) => {
    const style = header ? (t.columns[column] === 'right' ? 'Table_20_Heading_20_Right' : 'Table_20_Heading') : t.columns[column] === 'right' ? 'Table_20_Contents_20_Right' : 'Table_20_Contents';
    return `<table:table-cell table:style-name="${header ? 'TblHeadCell' : 'TblCell'}" office:value-type="string">${p(style, odfText(text))}</table:table-cell>`;
  };
  // Body rows are kept together; the header row is not: with both, LibreOffice loses the body rows
  // of a table whose header row is the last line that fits on a page.
  const row = (cells: readonly string[], header: boolean) => `<table:table-row table:style-name="${header ? 'TblHeadRow' : 'TblRow'}">${cells.map((c, i) => cell(c, i, header)).join('')}</table:table-row>`;
  const parts = [
    p('Caption', odfText(`Tableau ${index}\u00a0: ${t.caption}`)),
    // A short table never splits across pages (no orphan row); a long one does, by whole rows.
    `<table:table table:name="Tableau${index}" table:style-name="${isWideTable(t) ? 'Tbl_wide' : 'Tbl'}${t.rows.length <= KEEP_WHOLE_ROWS ? '_whole' : ''}">`,
    ...t.columns.map((_, n) => `<table:table-column table:style-name="Tableau${index}.C${n + 1}"/>`),
    `<table:table-header-rows>${t.headerRows.map((r) => row(r, true)).join('')}</table:table-header-rows>`,
    ...t.rows.map((r) => row(r, false)),
    '</table:table>',
    t.note === undefined ? p('Note', '') : p('Note', odfText(t.note)),
  ];
  return parts.join('\n');
}

async function chartXml(c: Chart, index: number, tableIndex: number, options: OdtOptions, pictures: Picture[], styles: string[]): Promise<string> {
  // `index` is the figure's number.
  const { svg, width, height } = renderChartSvg(c, { idPrefix: `chart-${index}` });
  const png = await options.rasterise(svg, width * 2);
  const svgPath = `Pictures/chart-${index}.svg`;
  const pngPath = `Pictures/chart-${index}.png`;
  pictures.push({ path: svgPath, bytes: strToU8(svg), mediaType: 'image/svg+xml' }, { path: pngPath, bytes: png, mediaType: 'image/png' });
  const heightCm = ((PICTURE_WIDTH_CM * height) / width).toFixed(3);
  const image = (path: string, mime: string) =>
    `<draw:image xlink:href="${path}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad" draw:mime-type="${mime}"/>`;
  const frame =
    `<draw:frame draw:style-name="fr_chart" draw:name="Graphique${index}" text:anchor-type="as-char" svg:width="${PICTURE_WIDTH_CM}cm" svg:height="${heightCm}cm" draw:z-index="0">` +
    image(svgPath, 'image/svg+xml') +
    image(pngPath, 'image/png') +
    `<svg:title>${escapeXml(c.title)}</svg:title><svg:desc>${escapeXml(c.alt)}</svg:desc></draw:frame>`;
  return [
    p('Figure', frame),
    p('Caption', odfText(`Figure ${index}\u00a0: ${c.title}. Données dans le tableau ci-dessous.`)),
    tableXml(c.table, tableIndex, styles),
  ].join('\n');
}

const CONTENT_AUTOMATIC_STYLES = `<office:automatic-styles>
<style:style style:name="P_cover" style:family="paragraph" style:parent-style-name="Cover_20_Organisation" style:master-page-name="Cover"/>
<style:style style:name="P_break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
${[1, 2, 3, 4, 5, 6]
  .map(
    (n) =>
      `<style:style style:name="H${n}_break" style:family="paragraph" style:parent-style-name="Heading_20_${n}" style:default-outline-level="${n}"><style:paragraph-properties fo:break-before="page"/></style:style>`,
  )
  .join('\n')}
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM.portrait}cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Tbl_wide" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM.landscape}cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Tbl_whole" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM.portrait}cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" style:may-break-between-rows="false"/></style:style>
<style:style style:name="Tbl_wide_whole" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM.landscape}cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" style:may-break-between-rows="false"/></style:style>
<style:style style:name="P_keep" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:keep-with-next="always"/></style:style>
<style:style style:name="TblHeadRow" style:family="table-row"><style:table-row-properties/></style:style>
<style:style style:name="TblRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #8c8c8c"/></style:style>
<style:style style:name="TblHeadCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #8c8c8c" fo:background-color="#e6eef5"/></style:style>
<style:style style:name="fr_chart" style:family="graphic" style:parent-style-name="Graphics"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/></style:style>
<style:style style:name="Sect_toc" style:family="section"><style:section-properties style:editable="false"/></style:style>
<style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T_italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="T_bold_italic" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
${Object.values(LANGUAGES)
  .map((l) => `<style:style style:name="${l.style}" style:family="text"><style:text-properties fo:language="${l.language}" fo:country="${l.country}"/></style:style>`)
  .join('\n')}
<text:list-style style:name="L_bullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="L_number"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:automatic-styles>`;

async function contentXml(document: ReenDocument, options: OdtOptions, pictures: Picture[]): Promise<string> {
  const body: string[] = [];
  const styles: string[] = [];
  const cover = document.cover;
  if (cover !== undefined) {
    body.push(p('P_cover', odfText(cover.organisation)));
    body.push(`<text:p text:style-name="Title">${odfText(cover.title)}</text:p>`);
    if (cover.subtitle !== undefined) body.push(p('Subtitle', odfText(cover.subtitle)));
    body.push(p('Cover_20_Date', odfText(cover.date)));
    for (const line of cover.lines) body.push(p('Cover_20_Line', odfText(line)));
  }
  const top = document.topHeadingLevel;

  if (document.tableOfContents) {
    const headings = listHeadings(document).filter((h) => h.level <= top + 1);
    const template = (level: number) =>
      `<text:table-of-content-entry-template text:outline-level="${level}" text:style-name="Contents_20_${level}"><text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>`;
    const page = (i: number) => (options.tocPages?.[i] === undefined ? '' : String(options.tocPages[i]));
    body.push(
      `<text:table-of-content text:style-name="Sect_toc" text:protected="true" text:name="Sommaire">` +
        `<text:table-of-content-source text:outline-level="${top + 1}" text:use-index-marks="false"><text:index-title-template text:style-name="Contents_20_Heading">Sommaire</text:index-title-template>${template(top)}${template(top + 1)}</text:table-of-content-source>` +
        `<text:index-body><text:index-title text:style-name="Sect_toc" text:name="Sommaire_titre"><text:p text:style-name="${cover === undefined ? 'Contents_20_Heading' : 'Contents_20_Heading_20_Break'}">Sommaire</text:p></text:index-title>` +
        headings.map((h, i) => p(`Contents_20_${h.level - top + 1}`, `<text:a xlink:type="simple" xlink:href="#${escapeXml(h.title.replace(/[\r\n\t]/g, ' '))}|outline">${odfText(h.title)}<text:tab/>${page(i)}</text:a>`)).join('') +
        `</text:index-body></text:table-of-content>`,
    );
  }

  const n: Counters = { table: 0, figure: 0 };
  let first = cover !== undefined;
  // Wide tables go on landscape pages: the first paragraph of a run of landscape blocks (or of the
  // portrait text after it) takes a style that switches the master page. Headings wait for the
  // block after them, so that they go on its page.
  let landscape = false;
  let pending: string[] = [];
  const masterStyles = new Map<string, string>();
  const switchMaster = (xml: string, master: 'Landscape' | 'Standard'): string =>
    xml.replace(/<text:(p|h) text:style-name="([^"]+)"/, (_, tag: string, style: string) => {
      const parent = style.replace(/^H(\d)_break$/, 'Heading_20_$1');
      const name = `${parent}_${master}`;
      masterStyles.set(
        name,
        `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}" style:master-page-name="${master}"><style:paragraph-properties style:page-number="auto"/></style:style>`,
      );
      return `<text:${tag} text:style-name="${name}"`;
    });
  const place = (wide: boolean, xml: string): void => {
    let chunk = [...pending, xml].join('\n');
    pending = [];
    if (wide !== landscape) {
      landscape = wide;
      chunk = switchMaster(chunk, wide ? 'Landscape' : 'Standard');
    }
    body.push(chunk);
  };
  const block = async (b: Block, onLandscape: boolean, keepNext = false): Promise<void> => {
    const mark = body.length;
    await blockXml(b, keepNext);
    const xml = body.splice(mark).join('\n');
    place(onLandscape, xml);
  };
  const blockXml = async (b: Block, keepNext: boolean): Promise<void> => {
    switch (b.kind) {
      case 'paragraph':
        // A paragraph that introduces a table or a chart stays on its page (P_keep: « keep with next »).
        body.push(p(b.style === 'note' ? 'Note' : keepNext ? 'P_keep' : 'Text_20_body', spans(b.runs)));
        return;
      case 'list':
        body.push(
          `<text:list text:style-name="${b.ordered ? 'L_number' : 'L_bullet'}">${b.items.map((item) => `<text:list-item>${p('List_20_Paragraph', spans(item))}</text:list-item>`).join('')}</text:list>`,
        );
        return;
      case 'table':
        n.table += 1;
        body.push(tableXml(b, n.table, styles));
        return;
      case 'chart':
        n.figure += 1;
        n.table += 1;
        body.push(await chartXml(b, n.figure, n.table, options, pictures, styles));
        return;
      case 'pageBreak':
        body.push(p('P_break', ''));
        return;
    }
  };
  const section = async (s: Section, level: number): Promise<void> => {
    const h = Math.min(level, 6);
    const breakBefore = (first && !document.tableOfContents) || (s.pageBreakBefore ?? false);
    first = false;
    pending.push(`<text:h text:style-name="${breakBefore ? `H${h}_break` : `Heading_20_${h}`}" text:outline-level="${h}">${odfText(s.title)}</text:h>`);
    const flags = landscapeFlags(s.content);
    for (const [i, child] of s.content.entries()) {
      if (isSection(child)) await section(child, level + 1);
      else await block(child, flags[i]!, introducesTable(s.content, i));
    }
  };
  for (const s of document.sections) await section(s, top);
  if (pending.length > 0) place(landscape, '');

  return `${XML_HEAD}<office:document-content ${NS} office:version="1.3">
${CONTENT_AUTOMATIC_STYLES.replace('</office:automatic-styles>', `${[...styles, ...masterStyles.values()].join('\n')}\n</office:automatic-styles>`)}
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document-content>
`;
}

function paragraphStyle(name: string, display: string, parent: string, paragraph: string, textProps: string, extra = ''): string {
  return `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}"${extra}><style:paragraph-properties ${paragraph}/><style:text-properties ${textProps}/></style:style>`;
}

function stylesXml(document: ReenDocument): string {
  const headingSizes = ['17pt', '14pt', '12pt', '11pt', '11pt', '10.5pt'];
  const headings = headingSizes
    .map((size, i) =>
      paragraphStyle(
        `Heading_20_${i + 1}`,
        `Heading ${i + 1}`,
        'Heading',
        'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm"',
        `fo:font-size="${size}" fo:font-weight="bold"${i === 3 ? ' fo:font-style="italic"' : ''}${i >= 2 ? ' fo:color="#1a1a1a"' : ''}`,
        ` style:next-style-name="Text_20_body" style:default-outline-level="${i + 1}" style:class="text"`,
      ),
    )
    .join('\n');
  const footer = document.footer.trim() === '' ? '' : `${odfText(document.footer)} · `;
  return `${XML_HEAD}<office:document-styles ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="fr" fo:country="FR" fo:hyphenate="false"/></style:default-style>
<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
${paragraphStyle('Text_20_body', 'Text body', 'Standard', 'fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="115%"', 'fo:font-size="11pt"', ' style:class="text"')}
${paragraphStyle('Heading', 'Heading', 'Standard', 'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"', 'fo:color="#003366" fo:font-weight="bold"', ' style:next-style-name="Text_20_body" style:class="text"')}
${headings}
${paragraphStyle('Title', 'Title', 'Heading', 'fo:margin-top="0.5cm" fo:margin-bottom="0.4cm"', 'fo:font-size="26pt" fo:font-weight="bold"', ' style:next-style-name="Subtitle" style:class="chapter"')}
${paragraphStyle('Subtitle', 'Subtitle', 'Standard', 'fo:margin-bottom="0.4cm"', 'fo:font-size="15pt" fo:color="#4d4d4d"', ' style:class="chapter"')}
${paragraphStyle('Cover_20_Organisation', 'Cover Organisation', 'Standard', 'fo:margin-top="6cm" fo:margin-bottom="0.4cm"', 'fo:font-size="16pt" fo:font-weight="bold"')}
${paragraphStyle('Cover_20_Date', 'Cover Date', 'Standard', 'fo:margin-top="1cm" fo:margin-bottom="0.2cm"', 'fo:font-size="12pt"')}
${paragraphStyle('Cover_20_Line', 'Cover Line', 'Standard', 'fo:margin-bottom="0.1cm"', 'fo:font-size="11pt"')}
${paragraphStyle('Caption', 'Caption', 'Standard', 'fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"', 'fo:font-size="9.5pt" fo:font-weight="bold"', ' style:class="extra"')}
${paragraphStyle('Figure', 'Figure', 'Standard', 'fo:text-align="center" fo:keep-with-next="always" fo:margin-top="0.2cm"', 'fo:font-size="11pt"', ' style:class="extra"')}
${paragraphStyle('Note', 'Note', 'Standard', 'fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"', 'fo:font-size="9pt" fo:font-style="italic" fo:color="#4d4d4d"')}
${paragraphStyle('List_20_Paragraph', 'List Paragraph', 'Text_20_body', 'fo:margin-bottom="0.1cm"', 'fo:font-size="11pt"', ' style:class="list"')}
${paragraphStyle('Table_20_Contents', 'Table Contents', 'Standard', 'fo:margin="0cm"', 'fo:font-size="9.5pt"', ' style:class="extra"')}
${paragraphStyle('Table_20_Contents_20_Right', 'Table Contents Right', 'Table_20_Contents', 'fo:text-align="end"', 'fo:font-size="9.5pt"', ' style:class="extra"')}
${paragraphStyle('Table_20_Heading', 'Table Heading', 'Table_20_Contents', 'fo:text-align="start"', 'fo:font-size="9.5pt" fo:font-weight="bold"', ' style:class="extra"')}
${paragraphStyle('Table_20_Heading_20_Right', 'Table Heading Right', 'Table_20_Heading', 'fo:text-align="end"', 'fo:font-size="9.5pt" fo:font-weight="bold"', ' style:class="extra"')}
${paragraphStyle('Draft_20_Mark', 'Draft Mark', 'Standard', 'fo:text-align="center"', 'fo:font-size="12pt" fo:font-weight="bold" fo:color="#a00000"', ' style:class="extra"')}
${paragraphStyle('Footer', 'Footer', 'Standard', 'fo:text-align="center"', 'fo:font-size="8.5pt" fo:color="#4d4d4d"', ' style:class="extra"')}
${paragraphStyle('Contents_20_Heading', 'Contents Heading', 'Heading', 'fo:margin-bottom="0.4cm"', 'fo:font-size="16pt" fo:font-weight="bold"', ' style:class="index"')}
${paragraphStyle('Contents_20_Heading_20_Break', 'Contents Heading Break', 'Contents_20_Heading', 'fo:break-before="page"', 'fo:font-size="16pt"', ' style:class="index"')}
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="0cm" fo:margin-top="0.15cm"><style:tab-stops><style:tab-stop style:position="17.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="0.5cm"><style:tab-stops><style:tab-stop style:position="16.9cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
<style:style style:name="Graphics" style:family="graphic"><style:graphic-properties text:anchor-type="as-char" svg:y="0cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
<text:outline-style style:name="Outline">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((l) => `<text:outline-level-style text:level="${l}" style:num-format=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab"/></style:list-level-properties></text:outline-level-style>`).join('')}</text:outline-style>
</office:styles>
<office:automatic-styles>
${(['portrait', 'landscape'] as const).map((orientation) => `<style:page-layout style:name="${orientation === 'portrait' ? 'pm_body' : 'pm_landscape'}"><style:page-layout-properties fo:page-width="${orientation === 'portrait' ? '21cm' : '29.7cm'}" fo:page-height="${orientation === 'portrait' ? '29.7cm' : '21cm'}" style:print-orientation="${orientation}" fo:margin-top="${document.draft ? '1.2cm' : '2cm'}" fo:margin-bottom="1.4cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>${document.draft ? '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>' : ''}<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>`).join('\n')}
<style:page-layout style:name="pm_cover"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="${document.draft ? '1.2cm' : '2cm'}" fo:margin-bottom="2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>${document.draft ? '<style:header-style><style:header-footer-properties fo:min-height="0.1cm" fo:margin-bottom="0.7cm"/></style:header-style>' : ''}</style:page-layout>
${document.draft ? DRAFT_WATERMARK_STYLES : ''}
</office:automatic-styles>
<office:master-styles>
${[
  ['Standard', 'pm_body', ''],
  ['Landscape', 'pm_landscape', ' style:display-name="Paysage"'],
].map(([name, layout, display]) => `<style:master-page style:name="${name}"${display} style:page-layout-name="${layout}">${document.draft ? `<style:header><text:p text:style-name="Draft_20_Mark">${DRAFT_WATERMARK}BROUILLON – document incomplet, à ne pas diffuser en l’état</text:p></style:header>` : ''}<style:footer><text:p text:style-name="Footer">${footer}Page <text:page-number text:select-page="current">1</text:page-number> sur <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>`).join('\n')}
<style:master-page style:name="Cover" style:display-name="Couverture" style:page-layout-name="pm_cover" style:next-style-name="Standard">${document.draft ? `<style:header><text:p text:style-name="Draft_20_Mark">${DRAFT_WATERMARK}</text:p></style:header>` : ''}</style:master-page>
</office:master-styles>
</office:document-styles>
`;
}

/**
 * The « BROUILLON » watermark as LibreOffice writes its own (Format › Filigrane): a Fontwork shape
 * with the word on a straight path, anchored in the header so that it is drawn on every page,
 * centred on the page, turned by 45° and behind the text.
 */
const DRAFT_WATERMARK =
  '<draw:custom-shape text:anchor-type="char" draw:z-index="0" draw:name="Filigrane" draw:style-name="Gr_watermark" draw:text-style-name="P_watermark" svg:width="18cm" svg:height="3.6cm" draw:transform="rotate (0.785398163397448) translate (0.3cm 15.6cm)">' +
  '<svg:title>Filigrane « BROUILLON »</svg:title><text:p text:style-name="P_watermark">BROUILLON</text:p>' +
  '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:text-areas="0 0 21600 21600" draw:text-path="true" draw:text-path-mode="shape" draw:text-path-scale="path" draw:text-path-same-letter-heights="false" draw:type="fontwork-plain-text" draw:modifiers="10800" draw:enhanced-path="M ?f3 0 L ?f5 0 N M ?f6 21600 L ?f7 21600 N">' +
  [
    ['f0', '$0 -10800'],
    ['f1', '?f0 *2'],
    ['f2', 'abs(?f1 )'],
    ['f3', 'if(?f1 ,0,?f2 )'],
    ['f4', '21600-?f2 '],
    ['f5', 'if(?f1 ,?f4 ,21600)'],
    ['f6', 'if(?f1 ,?f2 ,0)'],
    ['f7', 'if(?f1 ,21600,?f4 )'],
  ]
    .map(([name, formula]) => `<draw:equation draw:name="${name}" draw:formula="${formula}"/>`)
    .join('') +
  '<draw:handle draw:handle-position="$0 21600" draw:handle-range-x-minimum="6629" draw:handle-range-x-maximum="14971"/></draw:enhanced-geometry></draw:custom-shape>';

/** The styles of the watermark: a light red fill, no outline, run-through behind the text. */
const DRAFT_WATERMARK_STYLES =
  '<style:style style:name="Gr_watermark" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#c00000" draw:opacity="22%" draw:auto-grow-height="false" draw:auto-grow-width="false" style:run-through="background" style:wrap="run-through" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="middle" style:vertical-rel="page-content" style:horizontal-pos="center" style:horizontal-rel="page-content" draw:wrap-influence-on-position="once-concurrent" style:flow-with-text="false"/></style:style>' +
  '<style:style style:name="P_watermark" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="1pt"/></style:style>';

function metaXml(document: ReenDocument): string {
  return `${XML_HEAD}<office:document-meta ${NS} office:version="1.3"><office:meta><meta:generator>REEN kit</meta:generator><dc:title>${escapeXml(document.title)}</dc:title><dc:subject>${escapeXml(document.subject)}</dc:subject><dc:language>fr-FR</dc:language><meta:initial-creator>${escapeXml(document.author)}</meta:initial-creator><dc:creator>${escapeXml(document.author)}</dc:creator></office:meta></office:document-meta>
`;
}

function manifestXml(pictures: readonly Picture[]): string {
  const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  return `${XML_HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
${[entry('content.xml', 'text/xml'), entry('styles.xml', 'text/xml'), entry('meta.xml', 'text/xml'), ...pictures.map((pic) => entry(pic.path, pic.mediaType))].join('\n')}
</manifest:manifest>
`;
}

/**
 * Renders a document as an ODT file (OpenDocument Text 1.3).
 *
 * @param document - The document model.
 * @param options - The SVG rasteriser for the charts' PNG fallback.
 * @returns The bytes of the .odt file; the same document gives the same bytes.
 */
export async function renderOdt(document: ReenDocument, options: OdtOptions): Promise<Uint8Array> {
  const pictures: Picture[] = [];
  const content = await contentXml(document, options, pictures);
  const files: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifestXml(pictures)),
    'content.xml': strToU8(content),
    'styles.xml': strToU8(stylesXml(document)),
    'meta.xml': strToU8(metaXml(document)),
  };
  for (const picture of pictures) files[picture.path] = [picture.bytes, { level: picture.mediaType === 'image/png' ? 0 : 6 }];
  return zipSync(files, { level: 6, mtime: ZIP_MTIME });
}
