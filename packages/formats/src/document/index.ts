/**
 * @reen/formats/document: renders the document model of @reen/core (the strategy document and the
 * yearly bilan) to DOCX, ODT, HTML and Markdown. No business logic lives here: the content comes
 * whole from `buildStrategyDocument` / `buildYearlyBilanDocument` in @reen/core.
 */
import type { ReenDocument } from '@reen/core';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderOdt } from './odt';
import type { SvgRasteriser } from './png';

export { renderDocx } from './docx';
export type { DocxOptions } from './docx';
export { renderOdt, odfText } from './odt';
export type { OdtOptions } from './odt';
export { renderHtml } from './html';
export { renderMarkdown, escapeMarkdown } from './markdown';
export { renderChartSvg, niceCeiling, truncateLabel, CHART_COLOURS, CHART_FONT_FAMILY, CHART_WIDTH } from './charts';
export type { ChartSvg, ChartSvgOptions } from './charts';
export type { SvgRasteriser } from './png';

/**
 * The Node rasteriser (resvg as WebAssembly, DejaVu Sans), loaded on first use so that a browser
 * bundle that passes its own `rasterise` never loads Node's file system modules.
 */
export const rasteriseSvg: SvgRasteriser = async (svg, widthPx) => (await import('./png')).rasteriseSvg(svg, widthPx);
export { escapeXml, stripXmlForbidden } from './escape';

/** The output formats of a document (`pdf` needs LibreOffice, `renderDocumentWithOffice`). */
export const DOCUMENT_FORMATS = ['docx', 'odt', 'html', 'md', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Media type of each format, for downloads and HTTP responses. */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
};

export interface RenderDocumentOptions {
  /** SVG → PNG for the charts' fallback pictures in DOCX and ODT; defaults to `rasteriseSvg`. */
  readonly rasterise?: SvgRasteriser;
  /** DOCX: write the page numbers of the table of contents (slow on long documents; default false). */
  readonly estimatePageNumbers?: boolean;
  /** DOCX and ODT: the measured page of each entry of the table of contents (`measureTocPages`). */
  readonly tocPages?: readonly number[] | undefined;
}

/**
 * Picks the format from a file name's extension (`.docx`, `.odt`, `.html`/`.htm`, `.md`).
 *
 * @returns The format, or `undefined` for another extension.
 */
export function documentFormatFromFileName(fileName: string): DocumentFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'htm') return 'html';
  if (ext === 'markdown') return 'md';
  return (DOCUMENT_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as DocumentFormat) : undefined;
}

/**
 * Renders a document in one of the four formats.
 *
 * @param document - The document model built by @reen/core.
 * @param format - `docx`, `odt`, `html` or `md`.
 * @param options - Optional SVG rasteriser.
 * @returns The file's bytes (UTF-8 for HTML and Markdown).
 * @example await writeFile('strategie.odt', await renderDocument(doc, 'odt'));
 */
export async function renderDocument(document: ReenDocument, format: DocumentFormat, options: RenderDocumentOptions = {}): Promise<Uint8Array> {
  const rasterise = options.rasterise ?? rasteriseSvg;
  switch (format) {
    case 'docx':
      return renderDocx(document, { rasterise, estimatePageNumbers: options.estimatePageNumbers ?? false, tocPages: options.tocPages });
    case 'odt':
      return renderOdt(document, { rasterise, tocPages: options.tocPages });
    case 'html':
      return new TextEncoder().encode(renderHtml(document));
    case 'md':
      return new TextEncoder().encode(renderMarkdown(document));
    case 'pdf':
      throw new RangeError('renderDocument: a PDF needs LibreOffice; use renderDocumentWithOffice (Node)');
  }
}

/**
 * Renders a document with LibreOffice's help (Node only): DOCX and ODT get the page numbers of their
 * table of contents as LibreOffice lays them out (one conversion to measure them); `pdf` is a
 * tagged PDF converted from the ODT, its table of contents numbered. Other formats render as
 * `renderDocument` does.
 *
 * @param document - The document model.
 * @param format - Any format.
 * @param options - As `renderDocument`.
 * @throws Error when LibreOffice or pdftotext is missing (see `officeAvailable`).
 */
export async function renderDocumentWithOffice(document: ReenDocument, format: DocumentFormat, options: RenderDocumentOptions = {}): Promise<Uint8Array> {
  if (format === 'html' || format === 'md') return renderDocument(document, format, options);
  const office = await import('./office');
  if (!office.officeAvailable()) throw new Error('LibreOffice (soffice) and pdftotext are needed: apt-get install libreoffice-writer-nogui poppler-utils');
  const base = format === 'pdf' ? 'odt' : format;
  let bytes = await renderDocument(document, base, { ...options, estimatePageNumbers: false });
  if (document.tableOfContents) {
    const tocPages = await office.measureTocPages(bytes, base, document);
    bytes = await renderDocument(document, base, { ...options, estimatePageNumbers: false, tocPages });
  }
  return format === 'pdf' ? office.convertToPdf(bytes, 'odt') : bytes;
}

/** Whether LibreOffice and pdftotext are installed (Node only; loads the office module on demand). */
export async function isOfficeAvailable(): Promise<boolean> {
  return (await import('./office')).officeAvailable();
}
