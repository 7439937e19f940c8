/**
 * Export of the documents built by the core (`buildStrategyDocument`, `buildYearlyBilanDocument`),
 * rendered by `@reen/formats/document`, the same model and renderers as the CLI. The renderers
 * (docx, fflate) are loaded on demand (dynamic import), so they stay out of the initial bundle.
 */
import type { ReenDocument } from '@reen/core';
import { downloadBlob } from './download';

export type ExportFormat = 'docx' | 'odt' | 'html' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'odt', 'html', 'md'];

/**
 * The browser's SVG → PNG rasteriser for the charts' fallback pictures in DOCX and ODT: the SVG is
 * drawn on a canvas (no WebAssembly and no font download; the browser's own fonts are used).
 */
export async function rasteriseInBrowser(svg: string, widthPx: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const ratio = image.naturalWidth > 0 ? image.naturalHeight / image.naturalWidth : 0.6;
    const canvas = document.createElement('canvas');
    canvas.width = widthPx;
    canvas.height = Math.max(1, Math.round(widthPx * ratio));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the chart could not be converted to PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Renders a document in a format (lazy-loaded renderers) and returns the bytes and media type. */
export async function renderInBrowser(document: ReenDocument, format: ExportFormat): Promise<{ bytes: Uint8Array; type: string }> {
  const { renderDocument, DOCUMENT_MEDIA_TYPES } = await import('@reen/formats/document');
  const bytes = await renderDocument(document, format, { rasterise: rasteriseInBrowser });
  return { bytes, type: DOCUMENT_MEDIA_TYPES[format] };
}

/** Renders and offers the document as a download. */
export async function downloadDocument(document: ReenDocument, format: ExportFormat, baseName: string): Promise<void> {
  const { bytes, type } = await renderInBrowser(document, format);
  downloadBlob(`${baseName}.${format}`, new Blob([bytes as BlobPart], { type }));
}

/** Today's date as ISO `YYYY-MM-DD` (documents never read the clock themselves). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
