// The real `reen` binary as a child process: the launcher (tsx, @reen/source condition), exit codes,
// clean stdout. Each run costs about a second, so these are few; everything else runs in-process.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeFootprint, getFactorSet, parseOrganisation, parseProject, serializeFootprint } from '@reen/core';
import { formatImportIssue, importInventoryFiles } from '@reen/formats/inventory';
import { describe, expect, it } from 'vitest';
import { runBinary } from './helpers';

const DEMO = fileURLToPath(new URL('../../core/data/demo/beau-pays.reen.json', import.meta.url));
/** The fixtures of the inventory import (packages/formats/test/fixtures). */
const IMPORT_FIXTURES = fileURLToPath(new URL('../../formats/test/fixtures/', import.meta.url));

describe('the reen binary', () => {
  it('gives the same totals on the demo project as calling the core directly', async () => {
    const result = await runBinary(['bilan', DEMO, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const cli = JSON.parse(result.stdout) as { totals: Record<string, string>; byCategory: unknown; byPhase: unknown; year: number; method: string };

    const project = parseProject(JSON.parse(readFileSync(DEMO, 'utf8')));
    if (!project.success) throw new Error('the demo project does not parse');
    const { organisation, inventory, hosting, usage, method, amortisationYears, factorSetVersion } = project.data;
    const direct = serializeFootprint(
      computeFootprint({ organisation, inventory, hosting, usage }, getFactorSet(factorSetVersion), { year: organisation.referenceYear, method, amortisationYears }),
      { lang: 'fr' },
    );
    expect(cli.year).toBe(organisation.referenceYear);
    expect(cli.method).toBe(method);
    expect(cli.totals).toEqual(direct.totals);
    expect(cli.byPhase).toEqual(direct.byPhase);
    expect(cli.byCategory).toEqual(direct.byCategory);
  });

  it('computes the bilan of GLPI, OCS and XLSX exports together, as the importer and the core do directly', async () => {
    const names = ['glpi-ordinateurs.csv', 'glpi-moniteurs.csv', 'ocs-export.csv', 'xlsx-deux-feuilles.xlsx'];
    const result = await runBinary(['bilan', ...names, '--year', '2025', '--format', 'json', '--lang', 'en'], { cwd: IMPORT_FIXTURES });
    expect(result.stderr).toBe('reen: warning: without --org the organisation is unknown: no ratio per agent or inhabitant, default lifetimes.\n');
    const cli = JSON.parse(result.stdout) as {
      import: { rowsRead: number; accepted: number; rejected: number };
      issues: { severity: string; file: string | null; line: number | null; column: string | null; code: string; message: string }[];
      totals: unknown;
      byCategory: unknown;
    };

    const today = new Date().toISOString().slice(0, 10);
    const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(IMPORT_FIXTURES, name))) })));
    const imported = await importInventoryFiles(files, { today });
    expect(imported.counts.rejected).toBeGreaterThan(0);
    expect(result.code).toBe(1);
    expect(cli.import).toEqual({ rowsRead: imported.counts.rowsRead, accepted: imported.counts.accepted, rejected: imported.counts.rejected });
    expect(cli.import.rowsRead).toBe(cli.import.accepted + cli.import.rejected);
    expect(cli.issues).toEqual(
      imported.issues.map((issue) => {
        const worded = formatImportIssue(issue, 'en');
        return {
          severity: issue.severity,
          file: issue.position?.file ?? null,
          ...(issue.position?.sheet !== undefined ? { sheet: issue.position.sheet } : {}),
          line: issue.position?.line ?? null,
          column: issue.position?.column ?? null,
          code: issue.code,
          message: worded.fix ? `${worded.message} Fix: ${worded.fix}` : worded.message,
        };
      }),
    );
    expect(cli.issues.filter((issue) => issue.severity === 'error').every((issue) => issue.file !== null && issue.line !== null)).toBe(true);

    const organisation = parseOrganisation({ name: '—', kind: 'other', population: 0, agents: 0, referenceYear: 2025 });
    if (!organisation.success) throw new Error('organisation');
    const direct = serializeFootprint(
      computeFootprint({ organisation: organisation.data, inventory: imported.items, hosting: { sites: [], cloud: [] }, usage: { boxesInInventory: false } }, getFactorSet(), {
        year: 2025,
        method: 'stock',
      }),
    );
    expect(cli.totals).toEqual(direct.totals);
    expect(cli.byCategory).toEqual(direct.byCategory);
  });

  it('keeps stdout clean JSON and exits with 1 when rows are rejected', async () => {
    const result = await runBinary(['bilan', 'parc.csv', '--year', '2024', '--format', 'json', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('reen: warning: without --org the organisation is unknown: no ratio per agent or inhabitant, default lifetimes.\n');
    const json = JSON.parse(result.stdout) as { schemaVersion: number; import: unknown };
    expect(json.schemaVersion).toBe(1);
    expect(json.import).toEqual({ rowsRead: 4, accepted: 3, rejected: 1 });
  });

  it('writes rejected rows with formula cells neutralised, only at the --rejected path', async () => {
    const work = await mkdtemp(join(tmpdir(), 'reen-bin-'));
    try {
      const out = join(work, 'rejets.csv');
      const result = await runBinary(['validate', 'parc.csv', '--rejected', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`Lignes rejetées écrites dans ${out} (1).\n`);
      const rows = (await readFile(out, 'utf8')).split('\r\n');
      expect(rows[1]?.split(';').slice(0, 7)).toEqual(['parc.csv', '', '4', 'desktop', 'Unité centrale', 'HP', '"\'=HYPERLINK(""http://example.invalid"")"']);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('exits with 3 on a missing file, without a stack trace', async () => {
    const result = await runBinary(['validate', 'absent.csv']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('reen : erreur : fichier introuvable : absent.csv\n');
  });
});
