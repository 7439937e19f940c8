/**
 * Tests against the real components: LibreOffice opens the generated DOCX and ODT and prints them
 * to PDF, Chromium prints the HTML to PDF, and pdftotext reads the PDFs back. Conversions run one
 * after the other (one LibreOffice process per batch, batches in sequence in this file).
 *
 * The built-in demo's strategy and 2026 RDD chapter are checked as a conseil would receive them:
 * the decree's parts present; no English, no code identifier, no instruction or internal note; an
 * article before the collectivité's name; tables of contents with the pages LibreOffice prints;
 * the RDD chapter at most 6 pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStrategyDocumentFromProject, buildTechnicalAnnexDocumentFromProject, buildYearlyBilanDocumentFromProject, listHeadings, parseProject } from '@reen/core';
import type { ReenDocument } from '@reen/core';
import { renderDocument, renderDocumentWithOffice } from '../../src/document/index';
import { renderHtml } from '../../src/document/html';
import { convertToPdf, findHeadingPages, pdfPages, tocTitles } from '../../src/document/office';
import { HOSTILE, sampleDocument } from './sampleDocument';
import { citedRuns, convertWithLibreOffice, DEMO_DATE, documentTables, pdfPageWidths, pdfText, requireTools, tempDir, watermarkPixelsPerPage, withoutTexts } from './helpers';
import { isWideTable } from '../../src/document/layout';
import { demoProjectJson } from '../../../core/test/document/demo';

/** Removes all white space, so that line wrapping in the PDF does not matter. */
const squash = (text: string): string => text.replace(/[\s\u00A0\u202F]+/g, '');

async function convert(documents: Record<string, [ReenDocument, 'odt' | 'docx']>): Promise<Record<string, string>> {
  requireTools('soffice', 'pdftotext');
  const files: Record<string, Uint8Array> = {};
  for (const [name, [document, format]] of Object.entries(documents)) files[name] = await renderDocument(document, format);
  const pdfs = convertWithLibreOffice(files, tempDir('office'));
  return Object.fromEntries(Object.keys(files).map((name, i) => [name, existsSync(pdfs[i]!) ? squash(pdfText(pdfs[i]!)) : '']));
}

describe('LibreOffice opens the DOCX and ODT of the hostile sample', () => {
  let texts: Record<string, string> = {};
  beforeAll(async () => {
    texts = await convert({ 'sample.odt': [sampleDocument(), 'odt'], 'sample.docx': [sampleDocument(), 'docx'] });
  }, 120_000);

  for (const name of ['sample.odt', 'sample.docx']) {
    it(`${name}: prints the hostile strings as plain text, and the page numbers`, () => {
      const text = texts[name]!;
      for (const expected of ['Bilan environnemental', HOSTILE.site, HOSTILE.word, HOSTILE.organisation, 'Délibération : ]]><!-- & "quotes" \'apos\'', '1 234,5 t CO2e', 'Page 2 sur']) {
        expect(text).toContain(squash(expected));
      }
    });
  }
});

describe('LibreOffice and Chromium draw the « BROUILLON » watermark on every page of a draft, and only of a draft', () => {
  let pixels: Record<string, number[]> = {};
  beforeAll(async () => {
    requireTools('soffice', 'pdftoppm');
    const draft = { ...sampleDocument(), draft: true };
    const files: Record<string, Uint8Array> = {
      'draft.odt': await renderDocument(draft, 'odt'),
      'draftw.docx': await renderDocument(draft, 'docx'),
      'clean.odt': await renderDocument(sampleDocument(), 'odt'),
      'cleanw.docx': await renderDocument(sampleDocument(), 'docx'),
    };
    const pdfs = convertWithLibreOffice(files, tempDir('watermark'));
    pixels = Object.fromEntries(Object.keys(files).map((name, i) => [name, watermarkPixelsPerPage(pdfs[i]!)]));
    requireTools('chromium');
    const dir = tempDir('chromium-watermark');
    for (const [name, document] of [
      ['draft.html', draft],
      ['clean.html', sampleDocument()],
    ] as const) {
      writeFileSync(join(dir, name), renderHtml(document));
      const pdf = join(dir, name.replace('.html', '.pdf'));
      execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${join(dir, name)}`], { timeout: 50_000, stdio: 'ignore' });
      pixels[name] = watermarkPixelsPerPage(pdf);
    }
  }, 180_000);

  for (const format of ['odt', 'docx', 'html']) {
    it(`${format}: light red diagonal letters across the middle of each page, the cover included`, () => {
      const draft = pixels[format === 'odt' ? 'draft.odt' : format === 'docx' ? 'draftw.docx' : 'draft.html']!;
      const clean = pixels[format === 'odt' ? 'clean.odt' : format === 'docx' ? 'cleanw.docx' : 'clean.html']!;
      expect(draft.length).toBeGreaterThanOrEqual(3);
      expect(clean.length).toBeGreaterThanOrEqual(3);
      // At 20 dpi the middle third of an A4 page is 165 × 77 pixels; the word covers several hundred of them.
      for (const [page, count] of draft.entries()) expect(count, `page ${page + 1}`).toBeGreaterThan(300);
      expect(clean.every((count) => count === 0)).toBe(true);
    });
  }
});

/** What a published document must never print (English, code identifiers, instructions, internal notes). */
const FORBIDDEN: readonly RegExp[] = [
  /\b(to be confirmed|the|and|with|of|for|from|by|unpublished|quoting|reporting|summary|median|study|licence note|TODO|FIXME|undefined|NaN)\b/,
  /(?<!\p{L})(?![kMGT]Wh(?!\p{L})|vCPU(?!\p{L}))\p{Ll}+\p{Lu}\p{L}+(?!\p{L})/u, // camelCase identifiers (not « NégaOctet »); units such as kWh, and vCPU, are French usage
  /\b[a-z]+\.[a-z]+\.[a-z]+\b/,
  /\b(Renseignez|Indiquez|Complétez|Saisissez)\b/,
  /à vérifier|avant publication|pas de description|Élu·e|référent·e/,
];

interface Printed {
  readonly pages: string[];
  /** Width of each page, in points. */
  readonly widths: number[];
  readonly document: ReenDocument;
}

const LANDSCAPE_WIDTH = 842;

/** French non-breaking spaces and apostrophes as pdftotext gives them back. */
// pdftotext prints the non-breaking hyphen (U+2011, « n° 2021‑1485 ») as a hyphen.
const plain = (text: string): string => text.replace(/[\u00A0\u202F\u2009]/g, ' ').replace(/’/g, "'").replace(/\u2011/g, '-');

const project = (() => {
  const parsed = parseProject(demoProjectJson(), { today: DEMO_DATE });
  if (!parsed.success) throw new Error('the demo project does not parse');
  return parsed.data;
})();

describe('the demo strategy, its 2026 RDD chapter and its technical annex, as LibreOffice prints them', () => {
  const strategy = buildStrategyDocumentFromProject(project, { date: DEMO_DATE });
  const rdd = buildYearlyBilanDocumentFromProject(project, 2026, { date: DEMO_DATE });
  const annex = buildTechnicalAnnexDocumentFromProject(project, { date: DEMO_DATE });
  const printed: Record<string, Printed> = {};
  beforeAll(async () => {
    requireTools('soffice', 'pdftotext', 'pdfinfo');
    for (const [name, document, format] of [
      ['strategie.odt', strategy, 'odt'],
      ['strategie.docx', strategy, 'docx'],
      ['rdd.odt', rdd, 'odt'],
      ['rdd.docx', rdd, 'docx'],
      ['annexe.odt', annex, 'odt'],
      ['annexe.docx', annex, 'docx'],
    ] as const) {
      const bytes = await renderDocumentWithOffice(document, format);
      const pdf = await convertToPdf(bytes, format);
      printed[name] = { pages: await pdfPages(pdf), widths: pdfPageWidths(pdf), document };
    }
  }, 600_000);

  const ALL = ['strategie.odt', 'strategie.docx', 'rdd.odt', 'rdd.docx', 'annexe.odt', 'annexe.docx'];

  for (const name of ALL) {
    it(`${name}: prints every word of every table cell whole (no column cut off, no word broken, no row lost), wide tables on landscape pages`, () => {
      const { pages, widths, document } = printed[name]!;
      expect(widths).toHaveLength(pages.length);
      const text = plain(pages.join('\n'));
      const tables = documentTables(document);
      const missing = tables.flatMap((table) =>
        [...table.headerRows, ...table.rows].flatMap((row) =>
          row
            // A line may break at a space, or after a hyphen, a dash or a slash.
            .flatMap((cell) => plain(cell).split(/[ \t\n]+/).flatMap((word) => word.split(/(?<=[-–/])/)))
            .filter((word) => word !== '' && !text.includes(word)),
        ),
      );
      expect(missing).toEqual([]);
      let landscape = 0;
      for (const [i, table] of tables.entries()) {
        const page = pages.findIndex((p) => new RegExp(`(^|\\n)\\s*Tableau ${i + 1} :`).test(p));
        expect(page, `page of Tableau ${i + 1}`).toBeGreaterThanOrEqual(0);
        const wide = isWideTable(table);
        landscape += wide ? 1 : 0;
        // A wide table is on a landscape page (a narrow one may follow it there, in the same section).
        if (wide) expect(widths[page], `Tableau ${i + 1} : ${table.caption}`).toBe(LANDSCAPE_WIDTH);
      }
      // The strategy and the annex have wide tables (the phases, the trajectory, the sources); the RDD chapter none.
      expect(landscape > 0).toBe(!name.startsWith('rdd'));
      expect(widths.filter((w) => w === LANDSCAPE_WIDTH).length).toBeGreaterThanOrEqual(landscape === 0 ? 0 : 1);
    });
  }

  for (const name of ALL) {
    it(`${name}: no English, code identifier, instruction or internal note; an article before the name`, () => {
      // Titles cited in their language (marked as such) and addresses are not prose.
      const { pages, document } = printed[name]!;
      const spaces = (t: string) => t.replace(/[\u00A0\u202F\u2009]/g, ' ');
      const text = withoutTexts(spaces(pages.join('\n')), citedRuns(document).map(spaces)).replace(/https?:\/\/\S+/g, '');
      for (const pattern of FORBIDDEN) expect(text.match(pattern)?.[0], String(pattern)).toBeUndefined();
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toMatch(/de la Communauté d’agglomération de Beau Pays/);
      // Outside the cover and the running footer, the name never comes bare after « de » or « par ».
      expect(flat).not.toMatch(/\b(de|par|pour) Communauté d’agglomération/);
    });
  }

  for (const name of ['strategie.odt', 'strategie.docx']) {
    it(`${name}: holds the decree's parts, and a table of contents whose pages are the printed ones`, () => {
      const { pages, document } = printed[name]!;
      const flat = squash(pages.join(''));
      for (const part of ['Programme de travail', 'Bilan de l’impact environnemental', 'Bilan des usages', 'Actions déjà engagées', 'Objectifs et indicateurs', 'Indicateurs de suivi', 'Plan d’action', 'Fiches action', 'Moyens', 'Gouvernance et co-construction', 'Édito', 'Trajectoire', 'Suivi et communication', 'Glossaire']) {
        expect(flat).toContain(squash(part));
      }
      const titles = tocTitles(document);
      const actual = findHeadingPages(pages, titles);
      const tocPage = pages.find((p) => p.includes('Sommaire'))!;
      for (const [i, title] of titles.entries()) {
        const line = tocPage
          .replace(/[\u00A0\u202F]/g, ' ')
          .split('\n')
          .find((l) => l.replace(/\s+/g, ' ').trim().startsWith(title.replace(/[\u00A0\u202F]/g, ' ')));
        expect(line, `« ${title} » in the table of contents`).toBeDefined();
        expect(Number(/(\d+)\s*$/.exec(line!)?.[1]), `page of « ${title} »`).toBe(actual[i]);
      }
    });
  }

  for (const name of ['rdd.odt', 'rdd.docx']) {
    it(`${name}: is a chapter of at most 6 pages with the RDD's content`, () => {
      const { pages } = printed[name]!;
      expect(pages.length).toBeLessThanOrEqual(6);
      const flat = squash(pages.join(''));
      for (const part of ['Faits marquants', 'Indicateurs et objectifs', 'Avancement des mesures au 31 décembre 2026', 'Budget 2026', 'Priorités pour 2027', 'L’inventaire des équipements n’a pas été mis à jour pour 2026']) expect(flat).toContain(squash(part));
      expect(flat).not.toContain('Sommaire');
    });
  }

  it('headings of the strategy are all printed', () => {
    const flat = squash(printed['strategie.odt']!.pages.join(''));
    for (const heading of listHeadings(strategy)) expect(flat).toContain(squash(heading.title));
  });
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
