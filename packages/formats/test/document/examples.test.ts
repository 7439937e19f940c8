/**
 * The committed examples (docs/examples/) are regenerated from the demo project and compared with
 * the files: the test fails when they are stale. Text formats are compared byte for byte; for the
 * zip formats the entries are compared, not the zip bytes (DOCX core properties carry the time of
 * generation and are left out). Regenerate with:
 *   UPDATE_EXAMPLES=1 npx vitest run --project formats test/document/examples.test.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildProgrammeDocumentFromProject, buildStrategyDocumentFromProject, buildTechnicalAnnexDocumentFromProject, buildYearlyBilanDocumentFromProject, parseProject, technicalAnnexCsvFromProject } from '@reen/core';
import type { ReenDocument } from '@reen/core';
import { renderDocument } from '../../src/document/index';
import type { DocumentFormat } from '../../src/document/index';
import { DEMO_DATE } from './helpers';
import { demoProjectJson } from '../../../core/test/document/demo';

const EXAMPLES = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));
const UPDATE = process.env['UPDATE_EXAMPLES'] === '1';
const HINT = 'docs/examples is stale: run UPDATE_EXAMPLES=1 npx vitest run --project formats test/document/examples.test.ts and commit the result';

/** Zip entries that change at every generation (DOCX core properties hold the creation time). */
const VOLATILE = new Set(['docProps/core.xml']);

/**
 * The `docx` library numbers bookmarks and drawings with process-wide counters and gives links
 * random relationship ids, so the numbers
 * depend on what was rendered before: they are renumbered in order of appearance.
 */
function renumber(xml: string): string {
  const maps = new Map<string, Map<string, number>>();
  const stable = (kind: string, id: string) => {
    const map = maps.get(kind) ?? new Map<string, number>();
    maps.set(kind, map);
    if (!map.has(id)) map.set(id, map.size + 1);
    return map.get(id)!;
  };
  return xml
    .replace(/rId([\w-]{12,})/g, (_, id: string) => `rIdR${stable('rel', id)}`)
    .replace(/_Toc(\d+)/g, (_, id: string) => `_Toc${stable('toc', id)}`)
    .replace(/(<w:bookmark(?:Start|End)[^>]*? w:id=")(\d+)/g, (_, head: string, id: string) => `${head}${stable('bookmark', id)}`)
    .replace(/(<wp:docPr id=")(\d+)/g, (_, head: string, id: string) => `${head}${stable('drawing', id)}`);
}

function entries(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => !VOLATILE.has(name))
      .map(([name, data]) => [name, /\.(xml|rels|svg)$|^mimetype$/.test(name) ? renumber(new TextDecoder().decode(data)) : `sha256:${createHash('sha256').update(data).digest('hex')}`]),
  );
}

function check(name: string, actual: Uint8Array, zip: boolean): void {
  const path = EXAMPLES + name;
  if (UPDATE) {
    mkdirSync(EXAMPLES, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${name} is missing. ${HINT}`).toBe(true);
  const committed = new Uint8Array(readFileSync(path));
  if (zip) expect(entries(actual), `${name}: ${HINT}`).toEqual(entries(committed));
  else expect(new TextDecoder().decode(actual), `${name}: ${HINT}`).toBe(new TextDecoder().decode(committed));
}

const json = demoProjectJson();
const parsed = parseProject(json, { today: DEMO_DATE });
if (!parsed.success) throw new Error('the demo project does not parse');
const documents: Record<string, ReenDocument> = {
  'strategie-beau-pays': buildStrategyDocumentFromProject(parsed.data, { date: DEMO_DATE }),
  'strategie-adoptee-beau-pays': buildStrategyDocumentFromProject(parsed.data, { date: DEMO_DATE, version: 'adopted' }),
  'bilan-2026-beau-pays': buildYearlyBilanDocumentFromProject(parsed.data, 2026, { date: DEMO_DATE }),
  'programme-beau-pays': buildProgrammeDocumentFromProject(parsed.data, { date: DEMO_DATE }),
  'annexe-technique-beau-pays': buildTechnicalAnnexDocumentFromProject(parsed.data, { date: DEMO_DATE }),
};
const FORMATS: readonly DocumentFormat[] = ['md', 'html', 'odt', 'docx'];

describe('docs/examples', () => {
  it('holds the demo project file', () => {
    check('beau-pays.reen.json', new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`), false);
  });

  // The pages of the tables of contents are measured with LibreOffice when the examples are
  // regenerated, and kept in toc-pages.json, so that the check renders the same files without it.
  const TOC_PAGES = `${EXAMPLES}toc-pages.json`;
  const tocPages = async (name: string, document: ReenDocument, format: 'odt' | 'docx'): Promise<readonly number[] | undefined> => {
    if (!document.tableOfContents) return undefined;
    if (UPDATE) {
      const { measureTocPages } = await import('../../src/document/office');
      const pages = await measureTocPages(await renderDocument(document, format), format, document);
      const all = existsSync(TOC_PAGES) ? (JSON.parse(readFileSync(TOC_PAGES, 'utf8')) as Record<string, number[]>) : {};
      writeFileSync(TOC_PAGES, `${JSON.stringify({ ...all, [name]: pages }, null, 2)}\n`);
      return pages;
    }
    return (JSON.parse(readFileSync(TOC_PAGES, 'utf8')) as Record<string, number[]>)[name];
  };

  for (const [base, document] of Object.entries(documents)) {
    for (const format of FORMATS) {
      it(`holds ${base}.${format}, up to date`, async () => {
        const name = `${base}.${format}`;
        const pages = format === 'odt' || format === 'docx' ? await tocPages(name, document, format) : undefined;
        check(name, await renderDocument(document, format, pages ? { tocPages: pages } : {}), format === 'odt' || format === 'docx');
      }, 120_000);
    }
  }

  it('holds the technical annex’s factors as CSV, up to date', () => {
    check('annexe-technique-beau-pays.csv', new TextEncoder().encode(technicalAnnexCsvFromProject(parsed.data)), false);
  });

  it('renders the same DOCX content twice (so that the comparison is meaningful)', async () => {
    const document = documents['bilan-2026-beau-pays']!;
    expect(entries(await renderDocument(document, 'docx'))).toEqual(entries(await renderDocument(document, 'docx')));
  });
});
