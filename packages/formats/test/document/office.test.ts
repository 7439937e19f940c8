/**
 * Tests against the real components: LibreOffice opens the generated DOCX and ODT and prints them
 * to PDF, Chromium prints the HTML to PDF, and pdftotext reads the PDFs back. Conversions run one
 * after the other (one LibreOffice process per batch, batches in sequence in this file).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listHeadings } from '@reen/core';
import type { ReenDocument } from '@reen/core';
import { renderDocument } from '../../src/document/index';
import { renderHtml } from '../../src/document/html';
import { HOSTILE, sampleDocument } from './sampleDocument';
import { buildStrategyDocument, buildYearlyBilanDocument, convertWithLibreOffice, demo, DEMO_DATE, pdfText, requireTools, tempDir } from './helpers';

/** Removes all white space, so that line wrapping in the PDF does not matter. */
const squash = (text: string): string => text.replace(/[\s\u00A0\u202F]+/g, '');

/** The texts of the summary list of the strategy document (the figures as the document prints them). */
function summaryItems(document: ReenDocument): string[] {
  const list = document.sections[0]!.content.find((b) => 'kind' in b && b.kind === 'list');
  return list && 'kind' in list && list.kind === 'list' ? list.items.map((i) => i.map((r) => r.text).join('')) : [];
}

async function convert(documents: Record<string, [ReenDocument, 'odt' | 'docx']>): Promise<Record<string, string>> {
  requireTools('soffice', 'pdftotext');
  const files: Record<string, Uint8Array> = {};
  for (const [name, [document, format]] of Object.entries(documents)) files[name] = await renderDocument(document, format);
  const pdfs = convertWithLibreOffice(files, tempDir('office'));
  return Object.fromEntries(Object.keys(files).map((name, i) => [name, existsSync(pdfs[i]!) ? squash(pdfText(pdfs[i]!)) : '']));
}

const d = demo();
const strategy = buildStrategyDocument({ organisation: d.organisation, strategy: d.strategy, footprint: d.result, factorSet: d.factorSet, trajectory: d.trajectory }, { date: DEMO_DATE });
const bilan = buildYearlyBilanDocument({ organisation: d.organisation, strategy: d.strategy, bilan: d.bilan2026, footprint: d.result2026, factorSet: d.factorSet }, { date: DEMO_DATE });

describe('LibreOffice opens the DOCX and ODT of the hostile sample and of the demo strategy', () => {
  let texts: Record<string, string> = {};
  beforeAll(async () => {
    texts = await convert({
      'sample.odt': [sampleDocument(), 'odt'],
      'sample.docx': [sampleDocument(), 'docx'],
      'strategie-odt.odt': [strategy, 'odt'],
      'strategie-docx.docx': [strategy, 'docx'],
    });
  }, 60_000);

  for (const name of ['sample.odt', 'sample.docx']) {
    it(`${name}: prints the hostile strings as plain text, and the page numbers`, () => {
      const text = texts[name]!;
      for (const expected of ['Bilan environnemental', HOSTILE.site, HOSTILE.word, HOSTILE.organisation, 'Délibération : ]]><!-- & "quotes" \'apos\'', '1 234,5 t CO2e', 'Page 2 sur']) {
        expect(text).toContain(squash(expected));
      }
    });
  }

  for (const name of ['strategie-odt.odt', 'strategie-docx.docx']) {
    it(`${name}: prints the table of contents, every heading and the figures of the summary`, () => {
      const text = texts[name]!;
      expect(text).toContain('Sommaire');
      for (const heading of listHeadings(strategy)) expect(text).toContain(squash(heading.title));
      for (const item of summaryItems(strategy)) expect(text).toContain(squash(item));
    });
  }
});

describe('LibreOffice opens the DOCX and ODT of the demo yearly bilan', () => {
  let texts: Record<string, string> = {};
  beforeAll(async () => {
    texts = await convert({ 'bilan-odt.odt': [bilan, 'odt'], 'bilan-docx.docx': [bilan, 'docx'] });
  }, 60_000);

  for (const name of ['bilan-odt.odt', 'bilan-docx.docx']) {
    it(`${name}: prints the chapter's headings and the legal reference`, () => {
      const text = texts[name]!;
      for (const heading of listHeadings(bilan)) expect(text).toContain(squash(heading.title));
      expect(text).toContain(squash('article L. 2311-1-1 du code général des collectivités territoriales'));
    });
  }
});

describe('Chromium prints the HTML', () => {
  it('to an A4 PDF with the headings, the escaped hostile text and page numbers after the cover', () => {
    requireTools('chromium', 'pdftotext', 'pdfinfo');
    const dir = tempDir('chromium');
    const html = join(dir, 'document.html');
    const pdf = join(dir, 'document.pdf');
    writeFileSync(html, renderHtml(sampleDocument()));
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { timeout: 50_000, stdio: 'ignore' });
    const text = squash(pdfText(pdf));
    for (const expected of ['Bilan environnemental', 'Par phase', HOSTILE.site, HOSTILE.word, 'Page 2 sur']) expect(text).toContain(squash(expected));
    expect(text).not.toContain('Page1sur');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
  }, 60_000);
});
