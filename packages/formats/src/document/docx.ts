/**
 * DOCX renderer of the document model, with the `docx` library: Word's own Title and Heading 1–6
 * styles (so the table of contents works), real tables whose first rows are header rows repeated on
 * each page, page numbers in the footer, and charts as SVG pictures with a PNG fallback and alt text.
 * The document language is fr-FR. Text goes through `docx`, which escapes it; the characters XML
 * cannot carry are removed first.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PageNumberEstimator, ParagraphChild } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { TextWatermark } from 'docx/watermarks';
import { isSection } from '@reen/core';
import type { Block, Chart, Inline, ReenDocument, Section, Table as TableBlock } from '@reen/core';
import { renderChartSvg } from './charts';
import { stripXmlForbidden as clean } from './escape';
import { columnWeights, introducesTable, isWideTable, LANDSCAPE_LINE_CHARS, landscapeFlags, TABLE_LINE_CHARS } from './layout';
import type { SvgRasteriser } from './png';

export interface DocxOptions {
  /** SVG → PNG, for the fallback picture of each chart. */
  readonly rasterise: SvgRasteriser;
  /**
   * Lay the pages out as Word does (`estimatePageNumbers` of `docx/layout`) so that the table of
   * contents carries its page numbers before Word updates it. Slow on long documents (seconds),
   * so off by default.
   */
  readonly estimatePageNumbers?: boolean;
  /**
   * The page of each entry of the table of contents, in order, as LibreOffice lays the document out
   * (`measureTocPages`): they replace the estimate.
   */
  readonly tocPages?: readonly number[] | undefined;
}

interface Counters {
  table: number;
  figure: number;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const ORDERED = 'reen-ordered';
/** Arial: in the page estimator's width tables; LibreOffice draws it with the metric-compatible Liberation Sans. */
const BODY_FONT = 'Arial';
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const;
/** Width of the pictures in the document, in pixels at 96 dpi (about 16 cm). */
const PICTURE_WIDTH_PX = 600;

/** Word's language tags for the languages a run may be marked with (a title cited in its language). */
const LANGUAGE_TAGS: Readonly<Record<string, string>> = { en: 'en-GB', fr: 'fr-FR' };

const safeHref = (href: string): string | undefined => (/^https?:\/\/[^\s<>"']+$/i.test(href) ? href : undefined);

function runs(inlines: readonly Inline[], base: { size?: number; italics?: boolean } = {}): ParagraphChild[] {
  return inlines.map((run) => {
    const language = run.lang === undefined ? {} : { language: { value: LANGUAGE_TAGS[run.lang.slice(0, 2)] ?? run.lang } };
    const text = new TextRun({ text: clean(run.text), bold: run.bold ?? false, italics: (run.italic ?? false) || (base.italics ?? false), ...(base.size === undefined ? {} : { size: base.size }), ...language });
    const href = run.href === undefined ? undefined : safeHref(run.href);
    if (href === undefined) return text;
    return new ExternalHyperlink({ link: href, children: [new TextRun({ text: clean(run.text), style: 'Hyperlink', bold: run.bold ?? false })] });
  });
}

/** A4, in twentieths of a point. */
const A4 = { short: 11906, long: 16838 } as const;
const MARGIN = { top: 1134, bottom: 1247, side: 1020 } as const;
/** Width of the text on the page, in twentieths of a point: A4 less both margins, portrait and landscape. */
const TEXT_WIDTH_TWIPS = { portrait: A4.short - 2 * MARGIN.side, landscape: A4.long - 2 * MARGIN.side } as const;
/** Padding inside the table cells (left and right), in twentieths of a point: about 0,08 cm, as in the ODT. */
const CELL_PADDING = 45;

/** Tables of at most this many body rows are kept on one page. */
const KEEP_WHOLE_ROWS = 12;

function table(t: TableBlock, n: Counters): (Paragraph | Table)[] {
  n.table += 1;
  const orientation = isWideTable(t) ? 'landscape' : 'portrait';
  const lineChars = orientation === 'landscape' ? LANDSCAPE_LINE_CHARS : TABLE_LINE_CHARS;
  const widths = columnWeights(t, lineChars).map((weight) => Math.round(weight * TEXT_WIDTH_TWIPS[orientation]));
  const cell = (text: string, column: number, header: boolean, shade: boolean, keepNext = header) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
      ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EEF5' } } : {}),
      children: [
        new Paragraph({
          alignment: t.columns[column] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { before: 40, after: 40 },
          keepNext,
          children: [new TextRun({ text: clean(text), bold: header, size: 19 })],
        }),
      ],
    });
  const rows = [
    ...t.headerRows.map((row) => new TableRow({ tableHeader: true, cantSplit: true, children: row.map((c, i) => cell(c, i, true, true)) })),
    ...t.rows.map((row, index) => {
      // A short table stays whole; a long one never leaves its first or last row alone on a page:
      // « keep with next » on the paragraphs of the rows that must follow onto the next one.
      const kept = t.rows.length <= KEEP_WHOLE_ROWS ? index < t.rows.length - 1 : index === 0 || index >= t.rows.length - 3;
      return new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false, false, kept && index < t.rows.length - 1)) });
    }),
  ];
  const out: (Paragraph | Table)[] = [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun({ text: clean(`Tableau ${n.table}\u00a0: ${t.caption}`) })] }),
    new Table({ rows, columnWidths: widths, width: { size: 100, type: WidthType.PERCENTAGE }, margins: { left: CELL_PADDING, right: CELL_PADDING } }),
  ];
  if (t.note !== undefined) out.push(new Paragraph({ spacing: { before: 60 }, children: [new TextRun({ text: clean(t.note), italics: true, size: 18 })] }));
  else out.push(new Paragraph({ children: [] }));
  return out;
}

async function chart(c: Chart, n: Counters, options: DocxOptions): Promise<(Paragraph | Table)[]> {
  n.figure += 1;
  const index = n.figure;
  const { svg, width, height } = renderChartSvg(c, { idPrefix: `chart-${index}` });
  const png = await options.rasterise(svg, width * 2);
  const picture = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(svg),
    fallback: { type: 'png', data: png },
    transformation: { width: PICTURE_WIDTH_PX, height: Math.round((PICTURE_WIDTH_PX * height) / width) },
    altText: { name: clean(`Figure ${index}`), title: clean(c.title), description: clean(c.alt) },
  });
  return [
    new Paragraph({ keepNext: true, alignment: AlignmentType.CENTER, children: [picture] }),
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      children: [new TextRun({ text: clean(`Figure ${index}\u00a0: ${c.title}. Données dans le tableau ci-dessous.`) })],
    }),
    ...table(c.table, n),
  ];
}

/** The « BROUILLON » mark at the top of every page while the completeness check has blocking items. */
function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          // Word's own watermark (Design › Watermark), drawn diagonally behind the text of every page.
          new TextWatermark({ text: 'BROUILLON', font: BODY_FONT, color: 'C00000', opacity: 0.25 }),
          new TextRun({ text: 'BROUILLON – document incomplet, à ne pas diffuser en l’état', bold: true, size: 24, color: 'A00000' }),
        ],
      }),
    ],
  });
}

/**
 * A page-number source for `docx` that takes the estimate of `docx/layout` and replaces the pages of
 * the table of contents' entries (bookmarks `_Toc…`, in document order) by the pages LibreOffice
 * gave.
 */
function measuredPageNumbers(pages: readonly number[]): PageNumberEstimator {
  const measured: PageNumberEstimator = (body, context) => {
    const estimate = estimatePageNumbers(body, context);
    const bookmarks = new Map(estimate.bookmarks);
    const numbers = new Map(estimate.bookmarkPageNumbers ?? []);
    let i = 0;
    for (const name of estimate.bookmarks.keys()) {
      if (!name.startsWith('_Toc')) continue;
      const page = pages[i];
      i += 1;
      if (page === undefined) continue;
      bookmarks.set(name, String(page));
      numbers.set(name, page);
    }
    return { ...estimate, bookmarks, bookmarkPageNumbers: numbers };
  };
  return measured;
}

/** A run of the body printed in one orientation, written as one Word section. */
interface Segment {
  landscape: boolean;
  readonly children: (Paragraph | Table | TableOfContents)[];
}

/**
 * Renders a document as a DOCX file. Wide tables (`isWideTable`) go in landscape sections, with
 * the headings just before them; the page numbers run on.
 *
 * @param document - The document model.
 * @param options - The SVG rasteriser for the charts' PNG fallback.
 * @returns The bytes of the .docx file.
 */
export async function renderDocx(document: ReenDocument, options: DocxOptions): Promise<Uint8Array> {
  // The body is cut into sections of one orientation: wide tables go on landscape pages.
  const segments: Segment[] = [{ landscape: false, children: [] }];
  let children = segments[0]!.children;
  const n: Counters = { table: 0, figure: 0 };
  // Headings wait for the block after them, so that they go on the same page (and orientation).
  let pending: { level: number; title: string; pageBreakBefore: boolean }[] = [];
  const place = (landscape: boolean): void => {
    const current = segments.at(-1)!;
    if (current.landscape !== landscape && current.children.length === 0) current.landscape = landscape;
    else if (current.landscape !== landscape) {
      segments.push({ landscape, children: [] });
      children = segments.at(-1)!.children;
    }
    for (const h of pending) {
      children.push(
        new Paragraph({
          heading: HEADINGS[Math.min(h.level, 6) - 1]!,
          // A new section already starts a page.
          pageBreakBefore: h.pageBreakBefore && children.length > 0,
          children: [new TextRun({ text: clean(h.title) })],
        }),
      );
    }
    pending = [];
  };
  let orderedInstance = 0;

  const cover = document.cover;
  if (cover !== undefined) {
    children.push(
      new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: clean(cover.organisation), bold: true, size: 32 })] }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: clean(cover.title) })] }),
    );
    if (cover.subtitle !== undefined) children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun({ text: clean(cover.subtitle) })] }));
    children.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: clean(cover.date), size: 24 })] }));
    for (const line of cover.lines) children.push(new Paragraph({ children: [new TextRun({ text: clean(line), size: 22 })] }));
  }
  const top = document.topHeadingLevel;

  if (document.tableOfContents) {
    children.push(
      new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: 'Sommaire', bold: true, size: 32, color: '003366' })] }),
      new TableOfContents('Sommaire', { hyperlink: true, headingStyleRange: `${top}-${top + 1}` }),
    );
  }

  const block = async (b: Block, onLandscape: boolean, keepNext = false): Promise<void> => {
    place(onLandscape);
    switch (b.kind) {
      case 'paragraph':
        children.push(new Paragraph({ keepNext, children: runs(b.runs, b.style === 'note' ? { size: 18, italics: true } : {}) }));
        return;
      case 'list': {
        orderedInstance += b.ordered ? 1 : 0;
        for (const item of b.items) {
          children.push(
            new Paragraph({
              ...(b.ordered ? { numbering: { reference: ORDERED, level: 0, instance: orderedInstance } } : { bullet: { level: 0 } }),
              children: runs(item),
            }),
          );
        }
        return;
      }
      case 'table':
        children.push(...table(b, n));
        return;
      case 'chart':
        children.push(...(await chart(b, n, options)));
        return;
      case 'pageBreak':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        return;
    }
  };
  let first = cover !== undefined;
  const section = async (s: Section, level: number): Promise<void> => {
    pending.push({ level, title: s.title, pageBreakBefore: first || (s.pageBreakBefore ?? false) });
    first = false;
    const flags = landscapeFlags(s.content);
    for (const [i, child] of s.content.entries()) {
      if (isSection(child)) await section(child, level + 1);
      else await block(child, flags[i]!, introducesTable(s.content, i));
    }
  };
  for (const s of document.sections) await section(s, top);
  place(segments.at(-1)!.landscape);

  const footerText = document.footer.trim() === '' ? '' : `${clean(document.footer)} · `;
  const pageFooter = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ size: 17, color: '4D4D4D', children: [`${footerText}Page `, PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES] })],
        }),
      ],
    });
  const doc = new Document({
    ...(options.tocPages ? { pageNumbers: measuredPageNumbers(options.tocPages) } : options.estimatePageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    title: clean(document.title),
    subject: clean(document.subject),
    creator: clean(document.author),
    description: clean(document.subject),
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 22, language: { value: 'fr-FR' } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: BODY_FONT, size: 52, bold: true, color: '003366' } },
        heading1: { run: { font: BODY_FONT, size: 34, bold: true, color: '003366' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: BODY_FONT, size: 28, bold: true, color: '003366' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading3: { run: { font: BODY_FONT, size: 24, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 220, after: 100 }, keepNext: true } },
        heading4: { run: { font: BODY_FONT, size: 22, bold: true, italics: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 19, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 160, after: 60 } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, color: '4D4D4D' } },
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: segments.map((segment, i) => ({
      ...(document.draft ? { headers: { first: draftHeader(), default: draftHeader() } } : {}),
      properties: {
        titlePage: i === 0 && cover !== undefined,
        page: {
          // `docx` writes the width and height the other way round for a landscape page.
          size: segment.landscape ? { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE } : { width: A4.short, height: A4.long },
          margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
        },
      },
      footers: { ...(i === 0 ? { first: new Footer({ children: [new Paragraph({ children: [] })] }) } : {}), default: pageFooter() },
      children: segment.children,
    })),
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
