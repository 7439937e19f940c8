import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { getFactorSet } from '../factors/factorSets';
import { computeFootprint } from '../compute/computeFootprint';
import { parseProject } from '../parse/parseProject';
import { PROJECT_SCHEMA_VERSION, ProjectFileSchema } from '../schemas/project';
import { FootprintSnapshotSchema, StrategySchema, type StrategyInput } from './schema';
import { LeverSchema } from './levers';
import { snapshotFootprint } from './yearlyBilan';
import { makeInputs } from '../../test/strategy/builders';

const source = { publisher: 'Fournisseur', title: 'Déclaration', year: 2024, url: 'https://example.org/contrat', retrievedAt: '2026-11-25' };

/** A full strategy as it would be written in a project file (decimal strings). */
export const fullStrategy: StrategyInput = {
  version: 1,
  legal: { entityKind: 'metropole', programmeDeTravailDate: '2022-12-15', strategyAdoptedDate: '2024-12-12', deliberation: 'DEL-2024-112' },
  baselineYear: 2024,
  horizonYear: 2030,
  actors: [
    { id: 'dsi', name: 'Direction des systèmes d’information', kind: 'internal-service', role: 'Pilote technique', family: 'dsi' },
    { id: 'elu', name: 'Mme Martin, adjointe au numérique', kind: 'elected-official', role: 'Élue référente' },
    { id: 'opsn', name: 'OPSN départemental', kind: 'external-partner', role: 'Achats mutualisés', family: 'opsn' },
  ],
  bilan: {
    usages: {
      agents: 1200,
      users: 1500,
      digitalServices: [{ name: 'Démarches en ligne', annualUses: '45000' }],
      websites: [{ url: 'https://www.example-metropole.fr', annualPageViews: '2500000' }],
      publicAccessPoints: { count: 14, comment: 'Médiathèques et France Services' },
      schoolEquipment: { schools: 38, devices: 2100 },
      comments: 'Écoles incluses.',
    },
  },
  engagedActions: [{ id: 'a1', description: 'Don de 200 ordinateurs à une association', date: '2023-06-01', axis: 'inclusion' }],
  customAxes: [{ id: 'sobriete-energetique', label: 'Sobriété énergétique' }],
  indicators: [
    { id: 'ges', label: 'Empreinte carbone du numérique', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2024, value: '812.5' }] },
    { id: 'formes', label: 'Part des agents formés', kind: 'agents-trained-share', direction: 'increase', values: [{ year: 2024, value: '12' }] },
  ],
  objectives: [
    { id: 'o1', label: 'Réduire l’empreinte carbone de 30 %', indicatorId: 'ges', axis: 'lifecycle', kind: 'multi-year', baseline: { year: 2024, value: '812.5' }, target: { year: 2030, mode: 'relative', value: '-30' } },
  ],
  measures: [
    {
      id: 'm1',
      catalogueId: 'allonger-duree-vie-portables',
      title: 'Allonger la durée de vie des portables',
      axis: 'lifecycle',
      pilotService: 'dsi',
      electedOfficial: 'elu',
      partners: ['opsn'],
      status: 'in-progress',
      priority: 'high',
      start: '2025-01-01',
      end: '2027-12-31',
      budget: [{ kind: 'operating', amountEur: '15000.50', year: 2025, funders: [{ name: 'Métropole', amountEur: '15000.50' }] }],
      fte: '0.3',
      indicatorIds: ['ges'],
      expectedEffect: 'Moins d’achats de portables neufs',
      levers: [{ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }],
      rollout: [{ year: 2025, share: '0.5' }, { year: 2026, share: '1' }],
      notes: [{ year: 2025, text: 'Politique validée en comité' }],
    },
    {
      id: 'm2',
      title: 'Contrat d’électricité renouvelable',
      axis: 'custom:sobriete-energetique',
      levers: [{ kind: 'green-electricity-contract', coveredShare: '1', contractCo2eKgPerKwh: '0.012', source }],
    },
  ],
  maturity: [{ questionId: 'gov-referent', answer: 'yes' }],
};

describe('StrategySchema', () => {
  it('round-trips: decode then encode gives back the same decimal strings', () => {
    const decoded = StrategySchema.parse(fullStrategy);
    const encoded = z.encode(StrategySchema, decoded);
    expect(StrategySchema.parse(encoded)).toEqual(decoded);
    expect(encoded.measures[0]?.budget[0]?.amountEur).toBe('15000.5');
    expect(encoded.objectives[0]?.target.value).toBe('-30');
    expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded);
  });

  it('fills the defaults of a minimal strategy', () => {
    const minimal = StrategySchema.parse({ version: 1, legal: { entityKind: 'commune' }, baselineYear: 2024, horizonYear: 2030 });
    expect(minimal).toMatchObject({ actors: [], bilan: { history: [] }, objectives: [], measures: [], maturity: [] });
  });

  it('rejects a relative share outside 0–1, a target year before the baseline and an unknown axis form', () => {
    const result = StrategySchema.safeParse({
      ...fullStrategy,
      objectives: [{ ...fullStrategy.objectives?.[0], target: { year: 2020, mode: 'absolute', value: '1' } }],
      measures: [{ id: 'm', title: 'x', axis: 'custom:Bad Axis', rollout: [{ year: 2025, share: '1.5' }] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toMatchInlineSnapshot(`
      [
        [
          "objectives.0.target.year",
          "target_year_not_after_baseline",
        ],
        [
          "measures.0.axis",
          "custom_axis_id_expected",
        ],
        [
          "measures.0.rollout.0.share",
          "share_between_0_and_1",
        ],
      ]
    `);
  });

  it('round-trips any lever whose parameters are decimal strings', () => {
    const decimal = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toString());
    const leverArb = fc.oneof(
      decimal.map((share) => ({ kind: 'refurbished-purchases', categories: ['laptop'], share })),
      decimal.map((reduction) => ({ kind: 'email-policy', reduction })),
      fc.integer({ min: 1, max: 20 }).map((n) => ({ kind: 'server-virtualisation', consolidationRatio: String(n) })),
      decimal.map((v) => ({ kind: 'cloud-right-sizing', lineIds: [], vcpuReduction: v, memoryReduction: v })),
    );
    fc.assert(
      fc.property(leverArb, (raw) => {
        const decoded = LeverSchema.parse(raw);
        expect(LeverSchema.parse(z.encode(LeverSchema, decoded))).toEqual(decoded);
      }),
    );
  });
});

describe('FootprintSnapshotSchema', () => {
  it('freezes an engine result as decimal strings and reads it back unchanged', () => {
    const set = getFactorSet('fr-2025.1');
    const result = computeFootprint(makeInputs({ inventory: [{ category: 'laptop', quantity: 10, purchaseYear: 2022 }] }), set, { year: 2024, method: 'stock' });
    const snapshot = snapshotFootprint(result, '2025-01-15T10:00:00.000Z');
    const encoded = z.encode(FootprintSnapshotSchema, snapshot);
    expect(encoded.total.co2eKg).toBe(result.total.co2eKg.toFixed());
    expect(encoded.factorSetVersion).toBe('fr-2025.1');
    expect(typeof encoded.byPhase.manufacturing.co2eKg).toBe('string');
    expect(FootprintSnapshotSchema.parse(JSON.parse(JSON.stringify(encoded)))).toEqual(snapshot);
  });
});

describe('project file with a strategy', () => {
  const project = {
    id: 'p1',
    factorSetVersion: 'fr-2025.1',
    organisation: { name: 'Métropole test', kind: 'metropole', population: 300000, agents: 1200, referenceYear: 2024 },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };

  it('is at schema version 2', () => {
    expect(PROJECT_SCHEMA_VERSION).toBe(2);
  });

  it('migrates a version 1 file (no strategy) to version 2', () => {
    const parsed = parseProject({ ...project, schemaVersion: 1 });
    expect(parsed.success).toBe(true);
    expect(parsed.success && [parsed.data.schemaVersion, parsed.data.strategy]).toEqual([2, undefined]);
  });

  it('round-trips a version 2 file with a full strategy', () => {
    const decoded = ProjectFileSchema.parse({ ...project, schemaVersion: 2, strategy: fullStrategy });
    const encoded = z.encode(ProjectFileSchema, decoded);
    expect(ProjectFileSchema.parse(JSON.parse(JSON.stringify(encoded)))).toEqual(decoded);
    expect(encoded.strategy?.measures[0]?.fte).toBe('0.3');
  });
});
