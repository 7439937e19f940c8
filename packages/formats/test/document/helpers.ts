/** Helpers of the document tests: unzip, XML checks, LibreOffice and pdftotext. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { isSection } from '@reen/core';
import type { Inline, ReenDocument, Section, Table } from '@reen/core';

export { buildStrategyDocument, buildYearlyBilanDocument } from '@reen/core';
export { demo, DEMO_DATE } from '../../../core/test/document/demo';

/** The entries of a zip file, as text for the XML parts. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, /\.(xml|rels)$|^mimetype$/.test(name) ? strFromU8(data) : `<${data.length} bytes>`]));
}

/** Asserts an XML text is well-formed; returns the validator's error text, or `true`. */
export function xmlIsWellFormed(xml: string): true | string {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  return result === true ? true : `${result.err.code}: ${result.err.msg} (line ${result.err.line})`;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `reen-${prefix}-`));
}

function which(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Fails with a clear message when a real component is missing (scripts/run.mjs installs them in CI). */
export function requireTools(...tools: string[]): void {
  const missing = tools.filter((t) => !which(t));
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: apt-get install -y libreoffice-writer-nogui poppler-utils chromium`);
}

/**
 * Converts files to PDF with one LibreOffice process (so conversions run one after the other), with a
 * throw-away user profile. Returns the PDF paths in the order of the inputs.
 */
export function convertWithLibreOffice(files: Record<string, Uint8Array>, dir: string): string[] {
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
  const outDir = join(dir, 'pdf');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...paths], { timeout: 55_000, stdio: 'pipe' });
  return Object.keys(files).map((name) => join(outDir, name.replace(/\.[a-z]+$/, '.pdf')));
}

/** The text of a PDF (pdftotext), with runs of white space made single spaces. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/[\s\u00A0\u202F]+/g, ' ');
}

/** Makes French non-breaking spaces ordinary spaces, to compare with pdftotext output. */
export const plainSpaces = (text: string): string => text.replace(/[\s\u00A0\u202F]+/g, ' ');

/**
 * Counts, on each page of a PDF drawn at 20 dpi (pdftoppm), the pixels of the « BROUILLON »
 * watermark's light red (#c00000 at about a quarter opacity on white), in the middle third of the
 * page, where the diagonal crosses.
 */
export function watermarkPixelsPerPage(pdf: string): number[] {
  const dir = tempDir('ppm');
  execFileSync('pdftoppm', ['-r', '20', pdf, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ppm'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
      if (header === null) throw new Error(`${name}: not a PPM`);
      const [width, height] = [Number(header[1]), Number(header[2])];
      const start = header[0].length;
      let count = 0;
      for (let y = Math.floor(height / 3); y < Math.floor((2 * height) / 3); y++) {
        for (let x = 0; x < width; x++) {
          const i = start + 3 * (y * width + x);
          const [r, g, b] = [bytes[i]!, bytes[i + 1]!, bytes[i + 2]!];
          if (r > 215 && g > 140 && g < 225 && b > 140 && b < 225 && Math.abs(g - b) < 20 && r - g > 25) count += 1;
        }
      }
      return count;
    });
}

/** The width of each page of a PDF, in points (pdfinfo): 595 for A4 portrait, 842 for A4 landscape. */
export function pdfPageWidths(pdf: Uint8Array): number[] {
  const path = join(tempDir('pdfinfo'), 'document.pdf');
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', path], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x/gm)].map((m) => Math.round(Number(m[1])));
}

/** The tables of a document (the data tables of charts included), in the order they are numbered. */
export function documentTables(document: ReenDocument): Table[] {
  const out: Table[] = [];
  const walk = (content: Section['content']): void => {
    for (const child of content) {
      if (isSection(child)) walk(child.content);
      else if (child.kind === 'table') out.push(child);
      else if (child.kind === 'chart') out.push(child.table);
    }
  };
  for (const section of document.sections) walk(section.content);
  return out;
}

/**
 * The texts a document prints that are not French prose: runs marked with another language (titles
 * cited in their language) and link addresses.
 */
export function citedRuns(document: ReenDocument): string[] {
  const out: string[] = [];
  const runs = (inlines: readonly Inline[]) => {
    for (const run of inlines) if (run.lang !== undefined || run.href !== undefined) out.push(run.text);
  };
  const walk = (content: Section['content']): void => {
    for (const child of content) {
      if (isSection(child)) walk(child.content);
      else if (child.kind === 'paragraph') runs(child.runs);
      else if (child.kind === 'list') child.items.forEach(runs);
    }
  };
  for (const section of document.sections) walk(section.content);
  return out;
}

/**
 * Removes texts from the text of a printed document, wherever the lines wrapped them (at a space,
 * or after a hyphen, a slash or another character of an address).
 */
export function withoutTexts(printed: string, texts: readonly string[]): string {
  let out = printed;
  for (const text of [...new Set(texts)].sort((a, b) => b.length - a.length)) {
    const pattern = Array.from(text.trim())
      .map((c) => (/\s/.test(c) ? '\\s+' : `${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*`))
      .join('');
    out = out.replace(new RegExp(pattern, 'g'), ' ');
  }
  return out;
}
