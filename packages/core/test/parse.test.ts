/** parseProject, parseHosting, parseUsage, parseOrganisation and the project migrations. */
import { describe, expect, it } from 'vitest';
import { demoProjectFile } from '../src/demo';
import { formatIssue, migrateProject, parseHosting, parseOrganisation, parseProject, parseUsage, PROJECT_SCHEMA_VERSION, type ProjectMigration } from '../src/index';

const project = (patch: Record<string, unknown> = {}) => ({
  schemaVersion: PROJECT_SCHEMA_VERSION,
  id: 'p1',
  factorSetVersion: 'fr-2025.1',
  organisation: { name: 'Ville test', kind: 'commune', population: 55000, agents: 700, referenceYear: 2025 },
  inventory: [{ category: 'laptop', quantity: 3, purchaseYear: 2023 }],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...patch,
});
const codes = (result: { success: boolean; issues: { code: string; path: (string | number)[] }[] }) => result.issues.map((i) => `${i.code} @ ${i.path.join('.')}`);

describe('parseProject', () => {
  it('accepts a project and applies the defaults', () => {
    const result = parseProject(project(), { today: '2025-06-01' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.method).toBe('stock');
    expect(result.data.hosting).toEqual({ sites: [], cloud: [] });
    expect(result.data.inventory[0]?.status).toBe('in-service');
  });

  it('rejects negative quantities, a zero lifetime, unknown categories, future dates and PUE < 1, with paths', () => {
    const result = parseProject(
      project({
        inventory: [
          { category: 'laptop', quantity: -2 },
          { category: 'monitor', quantity: 1, lifetimeYears: '0' },
          { category: 'toaster', quantity: 1 },
        ],
        hosting: { sites: [{ id: 's', name: 'Salle', kind: 'server-room', pue: '0.9' }] },
      }),
      { today: '2025-06-01' },
    );
    expect(codes(result)).toEqual([
      'quantity_not_positive @ inventory.0.quantity',
      'must_be_positive @ inventory.1.lifetimeYears',
      'unknown_category @ inventory.2.category',
      'pue_below_one @ hosting.sites.0.pue',
    ]);
    const future = parseProject(project({ inventory: [{ category: 'laptop', quantity: 1, purchaseDate: '2026-02-01', source: { file: 'parc.csv', line: 7 } }] }), { today: '2025-06-01' });
    expect(codes(future)).toEqual(['purchase_date_in_future @ inventory.0.purchaseDate']);
    expect(future.issues[0]?.position).toEqual({ file: 'parc.csv', line: 7, column: 'purchaseDate' });
  });

  it('names the file and the line of an imported item in the message', () => {
    const result = parseProject(project({ inventory: [{ category: 'laptop', quantity: 0, source: { file: 'glpi.csv', line: 12 } }] }));
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => formatIssue(i))).toEqual([
      'glpi.csv, ligne 12, colonne quantity : La quantité doit être un entier strictement positif (1 ou plus) : corrigez la ligne ou supprimez-la.',
    ]);
  });

  it('refuses what is not a project, a missing version and a version from the future', () => {
    expect(codes(parseProject([]))).toEqual(['not_an_object @ ']);
    const { schemaVersion: _dropped, ...unversioned } = project();
    expect(codes(parseProject(unversioned))).toEqual(['schema_version_missing @ schemaVersion']);
    expect(codes(parseProject(project({ schemaVersion: PROJECT_SCHEMA_VERSION + 1 })))).toEqual(['schema_version_too_new @ schemaVersion']);
  });

  it('migrates the demo project file and keeps its inventory', () => {
    const result = parseProject(demoProjectFile, { today: '2025-12-31' });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
  });
});

describe('migrateProject', () => {
  const migrations: ProjectMigration[] = [
    { from: 1, description: 'rename nom → name', migrate: (p) => ({ ...p, name: p['nom'] }) },
    { from: 2, description: 'add tags', migrate: (p) => ({ ...p, tags: [] }) },
  ];

  it('applies the steps in order up to the current version without touching its input', () => {
    const raw = Object.freeze({ schemaVersion: 1, nom: 'x' });
    const result = migrateProject(raw, migrations, 3);
    expect(result).toEqual({ success: true, data: { schemaVersion: 3, nom: 'x', name: 'x', tags: [] }, applied: [1, 2] });
    expect(raw).toEqual({ schemaVersion: 1, nom: 'x' });
  });

  it('reports a version without a migration path', () => {
    const result = migrateProject({ schemaVersion: 1 }, [migrations[1] as ProjectMigration], 3);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'schema_version_unsupported', params: { version: 1, known: '2, 3' } });
  });
});

describe('parseHosting, parseUsage, parseOrganisation', () => {
  it('parse valid input into Decimals', () => {
    const hosting = parseHosting({ sites: [{ id: 'a', name: 'Salle', kind: 'colocation', pue: '1.4', wueLPerKwh: '0.2' }] });
    expect(hosting.success && hosting.data.sites[0]?.pue?.toFixed()).toBe('1.4');
    const usage = parseUsage({ emailsSent: 1000, website: { pageViews: '10', pageWeightMb: '1.5' } });
    expect(usage.success && usage.data.emailsSent?.toFixed()).toBe('1000');
    const organisation = parseOrganisation({ name: 'X', kind: 'metropole', population: 1, agents: 1, referenceYear: 2025, lifetimeHypotheses: { laptop: '6' } });
    expect(organisation.success && organisation.data.lifetimeHypotheses.laptop?.toFixed()).toBe('6');
  });

  it('reject bad values with stable codes', () => {
    expect(codes(parseHosting({ sites: [{ id: 'a', name: 'Salle', kind: 'server-room', pue: '0.5' }] }))).toEqual(['pue_below_one @ sites.0.pue']);
    expect(codes(parseUsage({ emailsSent: '-3' }))).toEqual(['must_be_non_negative @ emailsSent']);
    expect(codes(parseOrganisation({ name: 'X', kind: 'région', population: 1, agents: 1, referenceYear: 2025, lifetimeHypotheses: { laptop: '0' } }))).toEqual([
      'invalid_value @ kind',
      'must_be_positive @ lifetimeHypotheses.laptop',
    ]);
  });
});

describe('parseProject and the categories of the project\'s factor set', () => {
  const base = { schemaVersion: PROJECT_SCHEMA_VERSION, id: 'p', organisation: { name: 'X', kind: 'commune', population: 60000, agents: 800, referenceYear: 2025 }, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };
  it('refuses an external SSD in a fr-2025.1 project, naming the line, the set and the fix', () => {
    const result = parseProject({ ...base, factorSetVersion: 'fr-2025.1', inventory: [{ category: 'laptop', quantity: 1 }, { category: 'external-ssd', quantity: 2, source: { file: 'parc.csv', line: 7 } }] }, { today: '2025-12-31' });
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      { code: 'category_not_in_factor_set', severity: 'error', path: ['inventory', 1, 'category'], position: { file: 'parc.csv', line: 7, column: 'category' }, params: { category: 'external-ssd', factorSet: 'fr-2025.1', latest: 'fr-2026.1' } },
    ]);
    expect(formatIssue(result.issues[0]!)).toBe('parc.csv, ligne 7, colonne category : La catégorie « external-ssd » n’existe pas dans le jeu de facteurs fr-2025.1 du projet : passez le projet au jeu fr-2026.1 ou choisissez une autre catégorie.');
  });

  it('accepts it in a fr-2026.1 project', () => {
    expect(parseProject({ ...base, factorSetVersion: 'fr-2026.1', inventory: [{ category: 'external-ssd', quantity: 2 }] }, { today: '2025-12-31' }).success).toBe(true);
  });
});
