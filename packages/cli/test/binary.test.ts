// The real `reen` binary as a child process: the launcher (tsx, @reen/source condition), exit codes,
// clean stdout. Each run costs about a second, so these are few; everything else runs in-process.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { computeFootprint, getFactorSet, parseProject, serializeFootprint } from '@reen/core';
import { describe, expect, it } from 'vitest';
import { runBinary } from './helpers';

const DEMO = fileURLToPath(new URL('../../core/data/demo/beau-pays.reen.json', import.meta.url));

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

  it('keeps stdout clean JSON and exits with 1 when rows are rejected', async () => {
    const result = await runBinary(['bilan', 'parc.csv', '--year', '2024', '--format', 'json', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('reen: warning: without --org the organisation is unknown: no ratio per agent or inhabitant, default lifetimes.\n');
    const json = JSON.parse(result.stdout) as { schemaVersion: number; import: unknown };
    expect(json.schemaVersion).toBe(1);
    expect(json.import).toEqual({ rowsRead: 4, accepted: 3, rejected: 1 });
  });

  it('exits with 3 on a missing file, without a stack trace', async () => {
    const result = await runBinary(['validate', 'absent.csv']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('reen : erreur : fichier introuvable : absent.csv\n');
  });
});
