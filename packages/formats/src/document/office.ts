/**
 * LibreOffice as a renderer (Node only): converts DOCX and ODT to PDF (tagged), and measures on
 * which page LibreOffice puts each heading so that the tables of contents carry the page numbers a
 * reader will see. Conversions run one at a time, with a throw-away user profile.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listHeadings } from '@reen/core';
import type { ReenDocument } from '@reen/core';

const run = promisify(execFile);

/** The tagged-PDF export filter of LibreOffice Writer (PDF/UA structure, bookmarks, document title). */
const TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"}}';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether LibreOffice (`soffice`) and `pdftotext` are installed. */
export function officeAvailable(): boolean {
  return has('soffice') && has('pdftotext');
}

/**
 * Converts a DOCX or ODT file to a tagged PDF with LibreOffice.
 *
 * @param bytes - The file.
 * @param extension - `docx` or `odt`.
 * @returns The PDF bytes.
 */
export async function convertToPdf(bytes: Uint8Array, extension: 'docx' | 'odt'): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'reen-office-'));
  try {
    const input = join(dir, `document.${extension}`);
    writeFileSync(input, bytes);
    await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', TAGGED_PDF, '--outdir', dir, input], { timeout: 180_000 });
    return new Uint8Array(readFileSync(join(dir, 'document.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page of a PDF (pdftotext, layout kept), in order. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'reen-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const pages = stdout.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const normalise = (text: string): string => text.replace(/[\u00A0\u202F\u2009]/g, ' ').replace(/’/g, "'");

/**
 * Finds the page of each heading listed in a table of contents, from the text of the pages: a
 * heading is a run of whole lines equal to its title, on or after the previous heading's page; the
 * table of contents' own lines (with leader dots) are skipped.
 *
 * @param pages - The text of each page (`pdfPages`).
 * @param titles - The titles, in reading order.
 * @returns The page number (1-based) of each title, or undefined when it was not found.
 */
export function findHeadingPages(pages: readonly string[], titles: readonly string[]): (number | undefined)[] {
  const cleaned = pages.map((page) =>
    normalise(page)
      .split('\n')
      .filter((line) => !/\.{5,}|…{3,}/.test(line))
      .map((line) => line.trim().replace(/\s+/g, ' '))
      .join('\n'),
  );
  const out: (number | undefined)[] = [];
  let from = 0;
  for (const title of titles) {
    const words = normalise(title).trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`(^|\\n)${words.join('[ \\n]+')}(\\n|$)`);
    let found: number | undefined;
    for (let p = from; p < cleaned.length; p++) {
      if (pattern.test(cleaned[p]!)) {
        found = p;
        break;
      }
    }
    if (found !== undefined) from = found;
    out.push(found === undefined ? undefined : found + 1);
  }
  return out;
}

/** The titles a document's table of contents lists (its two top levels), in order. */
export function tocTitles(document: ReenDocument): string[] {
  return listHeadings(document)
    .filter((h) => h.level <= document.topHeadingLevel + 1)
    .map((h) => h.title);
}

/**
 * Measures, with LibreOffice, the page of each entry of the table of contents of a rendered file.
 *
 * @param bytes - The DOCX or ODT file, rendered without page numbers.
 * @param extension - `docx` or `odt`.
 * @param document - The document model it was rendered from.
 * @returns The pages, in the order of the table of contents (0 where a heading was not found).
 */
export async function measureTocPages(bytes: Uint8Array, extension: 'docx' | 'odt', document: ReenDocument): Promise<number[]> {
  const pages = await pdfPages(await convertToPdf(bytes, extension));
  const found = findHeadingPages(pages, tocTitles(document));
  // A heading not found takes the page of the one before it (never a blank entry).
  let last = 1;
  return found.map((p) => (last = p ?? last));
}
