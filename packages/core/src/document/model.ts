/**
 * The intermediate document model. The core builds it from the strategy; `@reen/formats` renders it
 * to DOCX, ODT, HTML and Markdown without any business logic. Every text in it is plain user or
 * generated text (never markup): renderers escape it for their format. Every number in it is
 * already formatted for French display, except the chart values, which are decimal strings.
 */
import { z } from 'zod';
import { DecimalStringSchema } from '../schemas/decimal';

/** A run of text inside a paragraph or a list item. */
export const InlineSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** An absolute http(s) URL, rendered as a link. */
  href: z.url({ protocol: /^https?$/ }).optional(),
  /** The language of the run when it is not the document's (a title cited in its language), BCP 47: `en`. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/).optional(),
});
export type Inline = z.infer<typeof InlineSchema>;

export const ParagraphSchema = z.object({
  kind: z.literal('paragraph'),
  runs: z.array(InlineSchema).min(1),
  /** `note` is a smaller paragraph (sources, precision notes). */
  style: z.enum(['normal', 'note']).default('normal'),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const ListSchema = z.object({
  kind: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.array(InlineSchema).min(1)).min(1),
});
export type List = z.infer<typeof ListSchema>;

/** Horizontal alignment of a table column: numbers are right-aligned. */
export const ALIGNMENTS = ['left', 'right'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/**
 * A table with real header rows. Cells are formatted strings. `columns` gives the alignment of each
 * column; every row has exactly as many cells as there are columns.
 */
export const TableSchema = z
  .object({
    kind: z.literal('table'),
    /** Caption, read before the table by screen readers. */
    caption: z.string().min(1),
    columns: z.array(z.enum(ALIGNMENTS)).min(1),
    headerRows: z.array(z.array(z.string())).min(1),
    rows: z.array(z.array(z.string())),
    /** A note under the table (precision, source). */
    note: z.string().optional(),
  })
  .refine((table) => [...table.headerRows, ...table.rows].every((row) => row.length === table.columns.length), {
    error: 'table_row_width',
  });
export type Table = z.infer<typeof TableSchema>;

export const CHART_TYPES = ['bar', 'pie', 'line'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** One series of a chart: the decimal values to draw and their French labels. */
export const ChartSeriesSchema = z.object({
  name: z.string().min(1),
  /**
   * How a line chart draws the series: a line with markers (default), a dashed target line, or the
   * low and high bounds of an uncertainty band (drawn as a hatched area between them).
   */
  style: z.enum(['line', 'target', 'band-low', 'band-high']).optional(),
  values: z.array(DecimalStringSchema),
  labels: z.array(z.string()),
});
export type ChartSeries = z.infer<typeof ChartSeriesSchema>;

/**
 * A chart as data. Renderers draw it (SVG, PNG) and always print `table` beside it, so no information
 * lives only in the picture. `alt` is the text alternative of the picture.
 */
export const ChartSchema = z
  .object({
    kind: z.literal('chart'),
    type: z.enum(CHART_TYPES),
    title: z.string().min(1),
    alt: z.string().min(1),
    /** Unit of the values, written out (`t CO2e`). */
    unit: z.string().min(1),
    categories: z.array(z.string()).min(1),
    series: z.array(ChartSeriesSchema).min(1),
    table: TableSchema,
  })
  .refine((chart) => chart.series.every((s) => s.values.length === chart.categories.length && s.labels.length === chart.categories.length), {
    error: 'chart_series_length',
  })
  .refine((chart) => chart.type !== 'pie' || (chart.series.length === 1 && chart.series[0]!.values.every((v) => !v.startsWith('-'))), {
    error: 'pie_chart_single_non_negative_series',
  });
export type Chart = z.infer<typeof ChartSchema>;

export const PageBreakSchema = z.object({ kind: z.literal('pageBreak') });
export type PageBreak = z.infer<typeof PageBreakSchema>;

/** A leaf block of a section. */
export const BlockSchema = z.discriminatedUnion('kind', [ParagraphSchema, ListSchema, TableSchema, ChartSchema, PageBreakSchema]);
export type Block = z.infer<typeof BlockSchema>;

/**
 * A section: a heading and its content. The heading level is the nesting depth (1 for top-level
 * sections), so the hierarchy cannot skip a level by construction.
 */
export interface Section {
  /** Stable anchor, `[a-z0-9-]+`, unique in the document. */
  readonly id: string;
  readonly title: string;
  /** Start the section on a new page. */
  readonly pageBreakBefore?: boolean | undefined;
  readonly content: readonly (Block | Section)[];
}

export const SectionSchema: z.ZodType<Section> = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  pageBreakBefore: z.boolean().optional(),
  get content() {
    return z.array(z.union([BlockSchema, SectionSchema]));
  },
});

/** The cover page. */
export const CoverSchema = z.object({
  /** Name of the collectivité. */
  organisation: z.string().min(1),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  /** Date of the document, already written in French (`25 novembre 2026`). */
  date: z.string().min(1),
  /** Lines printed under the title (deliberation reference, reference year, …). */
  lines: z.array(z.string()),
});
export type Cover = z.infer<typeof CoverSchema>;

/** A whole document. */
export const DocumentSchema = z.object({
  /** Language of the document; generated documents are French. */
  lang: z.literal('fr-FR'),
  /** Title of the file (metadata, HTML `<title>`). */
  title: z.string().min(1),
  /** Author metadata (the collectivité). */
  author: z.string().min(1),
  /** Subject metadata. */
  subject: z.string(),
  /** The cover page; absent for a chapter meant to be pasted into another document (the RDD chapter). */
  cover: CoverSchema.optional(),
  /** Print a table of contents after the cover. */
  tableOfContents: z.boolean(),
  /**
   * Level of the top sections' headings: 1 for a whole document, 2 for a chapter pasted into the
   * RDD (its headings then start at Heading 2).
   */
  topHeadingLevel: z.int().min(1).max(2).default(1),
  /** A « BROUILLON » watermark on every page: the completeness check still has blocking items. */
  draft: z.boolean().default(false),
  sections: z.array(SectionSchema).min(1),
  /** Text of the page footer (page numbers are added by the renderer). */
  footer: z.string(),
});
export type ReenDocument = z.infer<typeof DocumentSchema>;

/** A heading met while walking a document in reading order. */
export interface HeadingRef {
  readonly id: string;
  readonly title: string;
  readonly level: number;
}

/** Tells a section from a leaf block. */
export function isSection(node: Block | Section): node is Section {
  return !('kind' in node);
}

/**
 * Walks the sections in reading order and calls `visit` for every section (with its level) and
 * every block. Renderers use it to flatten the tree.
 *
 * @param sections - The top-level sections.
 * @param visit - Called with `{ section, level }` for a heading, `{ block, level }` for a block,
 *   where `level` is the level of the enclosing section.
 */
export function walkDocument(
  sections: readonly Section[],
  visit: (node: { section: Section; level: number } | { block: Block; level: number }) => void,
  start = 1,
): void {
  const walk = (section: Section, level: number): void => {
    visit({ section, level });
    for (const child of section.content) {
      if (isSection(child)) walk(child, level + 1);
      else visit({ block: child, level });
    }
  };
  for (const section of sections) walk(section, start);
}

/** The headings of a document in reading order, with their levels. */
export function listHeadings(document: Pick<ReenDocument, 'sections'> & { readonly topHeadingLevel?: number | undefined }): HeadingRef[] {
  const headings: HeadingRef[] = [];
  walkDocument(
    document.sections,
    (node) => {
      if ('section' in node) headings.push({ id: node.section.id, title: node.section.title, level: node.level });
    },
    document.topHeadingLevel ?? 1,
  );
  return headings;
}
