import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapportCommand, strategyCommand } from '../src/commands/documents';
import type { CommandDefinition } from '../src/command';
import { parseCommandLine } from '../src/command';
import type { CliIO, OutputStream } from '../src/context';
import { CliError } from '../src/errors';
import { runInProcess } from './helpers';

const EXAMPLES = fileURLToPath(new URL('../../../docs/examples/', import.meta.url));

class Capture implements OutputStream {
  text = '';
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'reen-cli-documents-'));
  await copyFile(join(EXAMPLES, 'beau-pays.reen.json'), join(work, 'beau-pays.reen.json'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs a command definition in-process with captured streams, the way `runCli` does after dispatch. */
async function run(command: CommandDefinition, args: string[]): Promise<{ code: number; stderr: string; error?: CliError }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: CliIO = { stdout, stderr, cwd: work, env: {}, now: () => new Date('2026-11-25T10:00:00Z') };
  try {
    const { values, positionals } = parseCommandLine(command, args);
    const code = await command.run({ io, global: { lang: 'fr', quiet: false, debug: false }, values, positionals });
    return { code, stderr: stderr.text };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stderr: stderr.text, error };
    throw error;
  }
}

describe('reen strategy', () => {
  it('writes the Markdown strategy of the demo project, identical to the committed example', async () => {
    const result = await run(strategyCommand, ['beau-pays.reen.json', '--out', 'strategie.md', '--date', '2026-11-25']);
    expect(result).toEqual({ code: 0, stderr: 'Document écrit dans strategie.md.\n' });
    expect(await readFile(join(work, 'strategie.md'), 'utf8')).toBe(await readFile(join(EXAMPLES, 'strategie-beau-pays.md'), 'utf8'));
  });

  it('picks the format from the extension (ODT is a zip whose first entry is the mimetype)', async () => {
    expect((await run(strategyCommand, ['beau-pays.reen.json', '-o', 'strategie.odt'])).code).toBe(0);
    const bytes = await readFile(join(work, 'strategie.odt'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
  });

  it('writes the technical annex’s factors as CSV, and the adopted version, refused when none was frozen', async () => {
    expect((await run(strategyCommand, ['beau-pays.reen.json', '--document', 'annexe', '--out', 'annexe.csv'])).code).toBe(0);
    const csv = await readFile(join(work, 'annexe.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('type;identifiant;objet;indicateur;phase;valeur;unité;borne basse;borne haute;éditeur;titre;année;adresse;licence;texte');
    expect(csv).toMatch(/\r\nfacteur;device\.laptop\./);
    expect((await run(strategyCommand, ['beau-pays.reen.json', '--version', 'adoptee', '--out', 'adoptee.md', '--date', '2026-11-25'])).code).toBe(0);
    expect(await readFile(join(work, 'adoptee.md'), 'utf8')).toBe(await readFile(join(EXAMPLES, 'strategie-adoptee-beau-pays.md'), 'utf8'));
    const project = JSON.parse(await readFile(join(EXAMPLES, 'beau-pays.reen.json'), 'utf8')) as { strategy: Record<string, unknown> };
    delete project.strategy['adopted'];
    await writeFile(join(work, 'non-adoptee.reen.json'), JSON.stringify(project));
    const adopted = await run(strategyCommand, ['non-adoptee.reen.json', '--version', 'adoptee', '--out', 'a.md']);
    expect([adopted.code, adopted.error?.details]).toEqual([3, ['  la stratégie n’a pas de version adoptée : figez-la à la date de la délibération dans l’application web (étape « Cadre »).']]);
  });

  it('rejects an unknown extension, a missing --out and a bad date as usage errors', async () => {
    const bad = await run(strategyCommand, ['beau-pays.reen.json', '--out', 'strategie.txt']);
    expect([bad.code, bad.error?.key, bad.error?.params]).toEqual([2, 'usage.badValue', { value: 'strategie.txt', option: '--out', expected: '.docx | .odt | .pdf | .html | .md' }]);
    expect((await run(strategyCommand, ['beau-pays.reen.json', '--document', 'autre', '--out', 'a.md'])).error?.params).toEqual({ value: 'autre', option: '--document', expected: 'strategie | programme | annexe' });
    expect((await run(strategyCommand, ['beau-pays.reen.json'])).error?.params).toEqual({ option: '--out' });
    expect((await run(strategyCommand, ['beau-pays.reen.json', '--out', 'a.md', '--date', '25/11/2026'])).error?.key).toBe('usage.badValue');
  });

  it('says how to fix a project without a strategy (exit code 3)', async () => {
    const project = JSON.parse(await readFile(join(EXAMPLES, 'beau-pays.reen.json'), 'utf8')) as Record<string, unknown>;
    delete project['strategy'];
    await writeFile(join(work, 'sans-strategie.reen.json'), JSON.stringify(project));
    const result = await run(strategyCommand, ['sans-strategie.reen.json', '--out', 'x.md']);
    expect(result.code).toBe(3);
    expect(result.error?.key).toBe('input.invalid');
    expect(result.error?.details).toEqual(['  le projet n’a pas de stratégie (objectifs, mesures…) : complétez-la dans l’application web ou dans le champ « strategy » du fichier.']);
  });
});

describe('reen rapport', () => {
  it('writes the yearly bilan of year N, identical to the committed example', async () => {
    const result = await run(rapportCommand, ['beau-pays.reen.json', '--year', '2026', '--out', 'rapport.html', '--date', '2026-11-25']);
    expect(result.code).toBe(0);
    expect(await readFile(join(work, 'rapport.html'), 'utf8')).toBe(await readFile(join(EXAMPLES, 'bilan-2026-beau-pays.html'), 'utf8'));
  });

  it('requires --year', async () => {
    const result = await run(rapportCommand, ['beau-pays.reen.json', '--out', 'rapport.md']);
    expect([result.code, result.error?.key, result.error?.params]).toEqual([2, 'usage.missingValue', { option: '--year' }]);
  });
});

describe('reen strategy and reen rapport --entity (one entity of the shared DSI)', () => {
  const text = async (file: string) => (await readFile(join(work, file), 'utf8')).replace(/[\u00a0\u202f]/g, ' ');

  it('writes the CIAS’s strategy with the byEntity figure of reen bilan, its article and the voluntary sentence', async () => {
    const result = await run(strategyCommand, ['beau-pays.reen.json', '--entity', 'cias', '--out', 'cias.md', '--date', '2026-11-25']);
    expect(result).toEqual({ code: 0, stderr: 'Document écrit dans cias.md.\n' });
    const bilan = await runInProcess(['bilan', join(work, 'beau-pays.reen.json'), '--format', 'json'], { cwd: work });
    const cias = (JSON.parse(bilan.stdout) as { byEntity: { entity: string; co2eKg: string; perAgent: { co2eKg: string } }[] }).byEntity.find((e) => e.entity === 'cias')!;
    // The same figures as `reen bilan`: 3 315,889… kg → 3,3 t; 18,42… kg per agent → 18,4 kg.
    const tonnes = (Number(cias.co2eKg) / 1000).toFixed(1).replace('.', ',');
    const perAgent = Number(cias.perAgent.co2eKg).toFixed(1).replace('.', ',');
    expect([tonnes, perAgent]).toEqual(['3,3', '18,4']);
    const md = await text('cias.md');
    expect(md).toContain(`le numérique du CIAS de Beau Pays a émis ${tonnes} t CO2e`);
    expect(md).toContain(`soit ${perAgent} kg CO2e par agent`);
    expect(md).toContain('Ce document est produit volontairement');
    // The EPCI is named once, as the entity the CIAS shares its DSI with, never as the document's subject.
    expect(md.split('Communauté d’agglomération de Beau Pays').length - 1).toBe(1);
    expect(md).toContain('Le service informatique du CIAS de Beau Pays est partagé avec la Communauté d’agglomération de Beau Pays');
  });

  it('writes one file per obliged entity for « all » (only the EPCI in the demo)', async () => {
    const result = await run(strategyCommand, ['beau-pays.reen.json', '--entity', 'all', '--out', 'entite.md', '--date', '2026-11-25']);
    expect(result).toEqual({ code: 0, stderr: 'Document écrit dans entite-agglo.md.\n' });
    const md = await text('entite-agglo.md');
    expect(md).toContain('La Communauté d’agglomération de Beau Pays compte 72 000 habitants');
    expect(md).not.toContain('produit volontairement');
  });

  it('writes an entity’s RDD chapter, and refuses an unknown entity or another document kind', async () => {
    expect((await run(rapportCommand, ['beau-pays.reen.json', '--year', '2026', '--entity', 'val-clair', '--out', 'rdd-val-clair.md', '--date', '2026-11-25'])).code).toBe(0);
    const md = await text('rdd-val-clair.md');
    expect(md).toContain('bilan annuel 2026 de la stratégie numérique responsable de la Commune de Val-Clair');
    expect(md).toContain('et la Commune de Val-Clair en compte 9 400.');
    const unknown = await run(strategyCommand, ['beau-pays.reen.json', '--entity', 'ccas', '--out', 'x.md']);
    expect([unknown.code, unknown.error?.params]).toEqual([2, { value: 'ccas', option: '--entity', expected: 'agglo | cias | val-clair | all' }]);
    expect((await run(strategyCommand, ['beau-pays.reen.json', '--entity', 'cias', '--document', 'annexe', '--out', 'x.md'])).code).toBe(2);
  });
});
