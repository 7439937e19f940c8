import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runInProcess } from './helpers';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'reen-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('reen validate', () => {
  it('prints the profile, the mapping, the counts and every issue with file, line and column', async () => {
    const result = await runInProcess(['validate', 'parc.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Fichier : parc.csv',
        '  Format : csv, utf-8, séparateur « ; » ; en-tête ligne 1',
        "  Profil : canonical — Modèle d'inventaire REEN kit (score 0,5)",
        '  Correspondance des colonnes :',
        '    A  Catégorie      → category (confiance 1, profile)',
        '    B  Type           → type (confiance 1, profile)',
        '    C  Fabricant      → manufacturer (confiance 1, profile)',
        '    D  Modèle         → model (confiance 1, profile)',
        '    E  Quantité       → quantity (confiance 1, profile)',
        "    F  Année d'achat  → purchaseYear (confiance 1, profile)",
        '    G  Statut         → status (confiance 1, profile)',
        '    H  Périmètre      → perimeter (confiance 1, profile)',
        '  Lignes : 4 lues, 3 acceptées, 1 rejetées',
        '',
        'Lignes lues : 4 · acceptées : 3 · rejetées : 1',
        'Problèmes (2) :',
        "  info [profile_detected] parc.csv, ligne 1 : Format reconnu : Modèle d'inventaire REEN kit. Correction : Si ce n’est pas le bon, forcez le profil (option profile, ou --profile).",
        '  erreur [quantity_negative] parc.csv, ligne 4, colonne « Quantité » : La quantité « -3 » est négative. Correction : Indiquez un nombre entier positif d’équipements (par exemple 3).',
        '',
      ].join('\n'),
    );
  });

  it('writes the rejected rows with an "erreur" column, formula cells neutralised, only at the given path', async () => {
    const out = join(work, 'rejets.csv');
    const result = await runInProcess(['validate', 'parc.csv', '--rejected', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Lignes rejetées écrites dans ${out} (1).\n`);
    const csv = (await readFile(out, 'utf8')).replace(/^\uFEFF/, '');
    const [header, row] = csv.split('\r\n');
    expect(header).toBe("fichier;feuille;ligne;Catégorie;Type;Fabricant;Modèle;Quantité;Année d'achat;Statut;Périmètre;erreur");
    expect(row).toContain(';"\'=HYPERLINK(""http://example.invalid"")";');
    expect(row).toMatch(/;« Quantité » : La quantité « -3 » est négative\./);
  });

  it('applies a forced mapping given with --map, and rejects an unknown field as a usage error', async () => {
    const ok = await runInProcess(['validate', 'parc.csv', '--map', 'Statut=ignore', '--lang', 'en']);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain('    G  Statut         → (ignored)\n');
    const bad = await runInProcess(['validate', 'parc.csv', '--map', 'Statut=couleur', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^reen: error: invalid --map mapping: .*couleur.*\nSee "reen validate --help"\.\n$/);
  });

  it('gives the same report as JSON with --format json', async () => {
    const result = await runInProcess(['validate', 'parc.csv', '--format', 'json', '--lang', 'en']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { schemaVersion: number; tables: { file: string; profile: { id: string }; mapping: { header: string; field: string | null }[] }[]; import: unknown; issues: unknown[] };
    expect(json.schemaVersion).toBe(1);
    expect(json.tables).toHaveLength(1);
    expect(json.tables[0]?.profile.id).toBe('canonical');
    expect(json.tables[0]?.mapping.map(({ header, field }) => `${header}=${field}`)).toEqual([
      'Catégorie=category',
      'Type=type',
      'Fabricant=manufacturer',
      'Modèle=model',
      'Quantité=quantity',
      "Année d'achat=purchaseYear",
      'Statut=status',
      'Périmètre=perimeter',
    ]);
    expect(json.import).toEqual({ rowsRead: 4, accepted: 3, rejected: 1 });
    expect(json.issues[1]).toEqual({
      severity: 'error',
      file: 'parc.csv',
      line: 4,
      column: 'Quantité',
      code: 'quantity_negative',
      message: 'Quantity "-3" is negative. Fix: Give a positive whole number of devices (e.g. 3).',
    });
  });

  it('lays the streamed JSON report out exactly as JSON.stringify with two spaces, keys in the documented order', async () => {
    const workbook = join(FIXTURES, '../../../formats/test/fixtures/xlsx-deux-feuilles.xlsx');
    for (const args of [['parc.csv'], [workbook, 'parc.csv', '--lang', 'en']]) {
      const result = await runInProcess(['validate', ...args, '--format', 'json']);
      const json = JSON.parse(result.stdout) as { tables: Record<string, unknown>[]; issues: Record<string, unknown>[] };
      expect(result.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
      expect(Object.keys(json)).toEqual(['schemaVersion', 'tables', 'import', 'issues']);
      expect(Object.keys(json.tables.at(-1) ?? {})).toEqual(['file', 'format', 'encoding', 'delimiter', 'headerLine', 'profile', 'mapping', 'rowsRead', 'accepted', 'rejected']);
      expect(Object.keys(json.issues.at(-1) ?? {})).toEqual(['severity', 'file', 'line', 'column', 'code', 'message']);
    }
    const sheets = await runInProcess(['validate', workbook, '--format', 'json']);
    const first = (JSON.parse(sheets.stdout) as { tables: Record<string, unknown>[] }).tables[0] ?? {};
    expect(Object.keys(first).slice(0, 3)).toEqual(['file', 'sheet', 'format']);
  });

  it('exits with 3 when a file cannot be read as an inventory', async () => {
    const empty = join(work, 'vide.csv');
    await writeFile(empty, '');
    const result = await runInProcess(['validate', empty]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `reen : erreur : import impossible de ${empty} : Le fichier est vide. Correction : Exportez de nouveau l’inventaire et vérifiez que le fichier contient des lignes.\n`,
    );
  });
});

describe('reen bilan', () => {
  it('gives the JSON contract on an inventory file, the rejected row in the issues, exit code 1', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--year', '2024', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'reen : attention : sans --org, l’organisation est inconnue : pas de ratio par agent ni par habitant, durées de vie par défaut.\n',
    );
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ schemaVersion: 1, year: 2024, method: 'stock', factorSetVersion: 'fr-2026.1', import: { rowsRead: 4, accepted: 3, rejected: 1 } });
    expect(json['methodologyVersion']).toMatch(/^reen-/);
    expect((json['byCategory'] as { category: string; quantity: number }[]).map(({ category, quantity }) => [category, quantity])).toEqual([
      ['laptop', 12],
      ['monitor', 5],
    ]);
    expect((json['byPerimeter'] as { perimeter: string; quantity: number }[]).map(({ perimeter, quantity }) => [perimeter, quantity])).toEqual([
      ['administration', 15],
      ['schools', 2],
    ]);
    expect(json['issues']).toEqual([
      {
        severity: 'info',
        file: 'parc.csv',
        line: 1,
        column: null,
        code: 'profile_detected',
        message: "Format reconnu : Modèle d'inventaire REEN kit. Correction : Si ce n’est pas le bon, forcez le profil (option profile, ou --profile).",
      },
      {
        severity: 'error',
        file: 'parc.csv',
        line: 4,
        column: 'Quantité',
        code: 'quantity_negative',
        message: 'La quantité « -3 » est négative. Correction : Indiquez un nombre entier positif d’équipements (par exemple 3).',
      },
    ]);
    const totals = json['totals'] as Record<string, string>;
    for (const key of ['co2eKg', 'co2eKgLow', 'co2eKgHigh', 'co2eKgP5', 'co2eKgP50', 'co2eKgP95', 'waterL', 'waterScarcityM3eq', 'energyKwh']) expect(totals[key]).toMatch(/^\d+(\.\d+)?$/);
    const trace = json['trace'] as Record<string, string[]>;
    expect(trace['factors']).toContain('electricity.FRA.2024.co2eKgPerKwh');
    expect(trace['fallbacks']?.every((note) => typeof note === 'string')).toBe(true);
  });

  it('uses the organisation of --org: its reference year, lifetimes and per-agent ratios', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--org', 'org.json', '--format', 'json', '--lang', 'en']);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { year: number; perAgent: Record<string, string> | null; trace: { assumptions: string[] } };
    expect(json.year).toBe(2024);
    expect(json.perAgent).not.toBeNull();
    expect(json.trace.assumptions).toContain("laptop: lifetime of 6 years from the organisation's hypotheses.");
  });

  it('adds hosting and usage from --hosting and --usage to the totals', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--org', 'org.json', '--hosting', 'hosting.json', '--usage', 'usage.json', '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { totals: { co2eKg: string }; byDomain: { domain: string; co2eKg: string }[] };
    const { dec, sum } = await import('@reen/core');
    const domains = Object.fromEntries(json.byDomain.map((entry) => [entry.domain, entry.co2eKg]));
    for (const domain of ['fleet', 'hosting', 'usage']) expect(dec(domains[domain] ?? '0').greaterThan(0)).toBe(true);
    expect(sum(json.byDomain.map((entry) => dec(entry.co2eKg))).toFixed()).toBe(json.totals.co2eKg);
  });

  it('reports an invalid organisation file with its fields, exit code 3', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--org', 'org-invalide.json']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'reen : erreur : org-invalide.json est invalide :',
        '  org-invalide.json — erreur [invalid_value] kind : Valeur non reconnue pour « kind » : choisissez parmi commune, epci, metropole, other.',
        '  org-invalide.json — erreur [too_small] population : La valeur de « population » est trop petite (minimum : 0) : corrigez-la.',
        '',
      ].join('\n'),
    );
  });

  it('neutralises formula injection in the text cells of --format csv', async () => {
    // A file name is user data that ends up in the issues' "file" cells.
    const evil = join(work, '=1+2.csv');
    await copyFile(join(FIXTURES, 'parc.csv'), evil);
    const result = await runInProcess(['bilan', '=1+2.csv', '--year', '2024', '--format', 'csv', '-q'], { cwd: work });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\r\n');
    const indicators = ['co2eKg', 'waterL', 'waterScarcityM3eq', 'adpKgSbEq', 'energyKwh'];
    const header = ['section', 'key', 'quantity', ...indicators.flatMap((i) => [i, `${i}Low`, `${i}High`, `${i}P5`, `${i}P50`, `${i}P95`]), 'file', 'line', 'column', 'code', 'message'];
    expect(lines[0]).toBe(header.join(','));
    expect(lines[1]).toMatch(/^total,total,,\d+(\.\d+)?,/);
    const laptop = lines.find((line) => line.startsWith('category,laptop,'));
    expect(laptop).toMatch(/^category,laptop,12(,\d+(\.\d+)?){30},{5}$/);
    // Every indicator: low ≤ P5 ≤ P50 ≤ P95 ≤ high, and low ≤ value ≤ high.
    const cells = (laptop as string).split(',').slice(3, 33).map(Number);
    for (let i = 0; i < 5; i++) {
      const [value, low, high, p5, p50, p95] = cells.slice(i * 6, i * 6 + 6) as [number, number, number, number, number, number];
      expect(low <= p5 && p5 <= p50 && p50 <= p95 && p95 <= high && low <= value && value <= high).toBe(true);
    }
    const issueLine = lines.find((line) => line.includes('quantity_negative'));
    expect(issueLine).toBe(
      `issue,error,,${','.repeat(30)}'=1+2.csv,4,Quantité,quantity_negative,La quantité « -3 » est négative. Correction : Indiquez un nombre entier positif d’équipements (par exemple 3).`,
    );
    expect(lines.filter((line) => /(^|,)[=+@]/.test(line))).toEqual([]);
  });

  it('writes the result only to the path given with --out', async () => {
    const out = join(work, 'bilan.md');
    const result = await runInProcess(['bilan', 'mini.reen.json', '--format', 'md', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Bilan écrit dans ${out}.\n`);
    const markdown = await readFile(out, 'utf8');
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# Bilan 2024 — méthode stock, règle BEGES — facteurs fr-2025.1 — méthodologie reen-2026.1',
      '',
      '| Indicateur | Valeur | P5 | P95 | Basse | Haute | Unité |',
      '|---|---:|---:|---:|---:|---:|---|',
      '| Empreinte carbone | 385,3 | 415,2 | 644,5 | 360,3 | 859,4 | kg CO2e |',
    ]);
  });

  it('gives P5, P50 and P95 beside the bounds on every node, the same on a rerun, with the analysis', async () => {
    const run = async () => JSON.parse((await runInProcess(['bilan', 'mini.reen.json', '--format', 'json'])).stdout) as Record<string, unknown>;
    const json = await run();
    const nodes = [json['totals'], ...(['byCategory', 'byPerimeter', 'bySite', 'byDomain'] as const).flatMap((key) => json[key] as unknown[])] as Record<string, string>[];
    for (const node of nodes) {
      for (const indicator of ['co2eKg', 'waterL', 'waterScarcityM3eq', 'adpKgSbEq', 'energyKwh']) {
        const chain = ['Low', 'P5', 'P50', 'P95', 'High'].map((suffix) => node[`${indicator}${suffix}`] as string);
        for (const value of chain) expect(value).toMatch(/^\d+(\.\d+)?$/);
        const numbers = chain.map(Number);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }
    }
    expect(await run()).toEqual(json);
    const uncertainty = json['uncertainty'] as { draws: number; distribution: string; sensitivity: { co2eKg: { share: string; labelFr: string }[] } };
    expect(uncertainty.draws).toBe(2000);
    expect(uncertainty.distribution).toBe('triangular');
    expect(uncertainty.sensitivity.co2eKg.length).toBeGreaterThan(0);
    expect(uncertainty.sensitivity.co2eKg.length).toBeLessThanOrEqual(10);
    expect(json['dataQuality']).toMatchObject({ levels: expect.any(Array) });
    expect((json['perimeter'] as { notCounted: unknown[] }).notCounted).toHaveLength(7);
    expect(json['plausibility']).toMatchObject({ devicesPerAgent: expect.any(Array), notices: expect.any(Array) });
  });

  it('recognises a project saved under a plain .json name', async () => {
    const renamed = join(work, 'projet.json');
    await copyFile(join(FIXTURES, 'mini.reen.json'), renamed);
    const result = await runInProcess(['bilan', renamed, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ year: 2024, import: { rowsRead: 2, accepted: 2, rejected: 0 } });
  });

  it('holds in a 2021 bilan only the devices bought by 2021, and counts the later ones apart', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--year', '2021', '--format', 'json', '-q']);
    const json = JSON.parse(result.stdout) as { byCategory: { category: string; quantity: number }[]; stockRule: string; stockSummary: Record<string, number> };
    expect(json.byCategory.map(({ category, quantity }) => [category, quantity])).toEqual([['monitor', 5]]);
    expect(json.stockRule).toBe('beges');
    expect(json.stockSummary).toEqual({ devicesWithoutPurchaseYear: 0, devicesBoughtAfterYear: 12 });
  });

  it('gives less manufacturing with the default BEGES rule than with --stock-rule fleet on an ageing fleet', async () => {
    const read = async (extra: string[]) => {
      const result = await runInProcess(['bilan', 'parc.csv', '--year', '2030', '--format', 'json', '-q', ...extra]);
      return JSON.parse(result.stdout) as { stockRule: string; byPhase: { manufacturing: { co2eKg: string } } };
    };
    const beges = await read([]);
    const fleet = await read(['--stock-rule', 'fleet']);
    // In 2030 the laptops (2022, 2023; 5 years) and monitors (2021; 6 years) are past their lifetime.
    expect(beges.byPhase.manufacturing.co2eKg).toBe('0');
    // Fleet rule: 12 × 170 ÷ 5 + 5 × 64.6 ÷ 6 = 408 + 53.8333… kgCO2e
    expect(fleet.stockRule).toBe('fleet');
    expect(fleet.byPhase.manufacturing.co2eKg.startsWith('461.83333333')).toBe(true);
  });

  it('takes year, method and factor set from the command line over the project file', async () => {
    const result = await runInProcess(['bilan', 'mini.reen.json', '--year', '2023', '--method', 'flux', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ year: 2023, method: 'flux', import: { rowsRead: 2, accepted: 2, rejected: 0 }, issues: [] });
    const unknown = await runInProcess(['bilan', 'mini.reen.json', '--factors', 'fr-1999.1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('reen : erreur : jeu de facteurs inconnu « fr-1999.1 ». Disponibles : fr-2025.1, fr-2026.1.\nVoir « reen bilan --help ».\n');
  });
});

describe('reen factors', () => {
  it('lists every row of the set with its source', async () => {
    const result = await runInProcess(['factors', 'list', '--format', 'csv']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,value,unit,low,high,subject,indicator,phase,sourcePublisher,sourceTitle,sourceYear,sourceUrl,sourceVersion,sourceCommit,retrievedAt,licence,validFrom,validTo,uncertaintyBasis,note',
    );
    const core = await import('@reen/core');
    const set = core.getFactorSet('fr-2026.1');
    expect(lines).toHaveLength(set.rows.length + 1);
    const laptop = lines.find((line) => line.startsWith('device.laptop.manufacturing.co2eKg,'));
    const row = set.rows.find((candidate) => candidate.id === 'device.laptop.manufacturing.co2eKg');
    expect(laptop).toContain(`,${row?.value},${row?.unit},`);
    expect(laptop).toContain(row?.source.url);
  });

  it('shows one row in full', async () => {
    const result = await runInProcess(['factors', 'show', 'electricity.FRA.2024.co2eKgPerKwh', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { factorSetVersion: string; id: string; source: { publisher: string } };
    expect(json.factorSetVersion).toBe('fr-2026.1');
    expect(json.id).toBe('electricity.FRA.2024.co2eKgPerKwh');
    expect(json.source.publisher.length).toBeGreaterThan(0);
  });

  it('needs list or show', async () => {
    const result = await runInProcess(['factors', 'montre']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('reen : erreur : sous-commande inconnue « montre » : attendu list | show ID.\nVoir « reen factors --help ».\n');
  });
});

describe('reen template', () => {
  it('prints the CSV template of the importer', async () => {
    const result = await runInProcess(['template']);
    const { templateCsv } = await import('@reen/formats/inventory');
    expect(result.code).toBe(0);
    expect(result.stdoutBytes.equals(Buffer.from(await templateCsv()))).toBe(true);
    expect(result.stdout).toMatch(/^\uFEFFCatégorie;Type;Fabricant;Modèle;/);
  });

  it('writes the XLSX template to --out, and refuses to print it to a terminal', async () => {
    const out = join(work, 'modele.xlsx');
    const result = await runInProcess(['template', '--xlsx', '--out', out]);
    expect(result.code).toBe(0);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const tty = await runInProcess(['template', '--xlsx'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toBe(
      'reen : erreur : le modèle XLSX est un fichier binaire : donnez --out FICHIER.xlsx (ou redirigez la sortie).\nVoir « reen template --help ».\n',
    );
  });
});
