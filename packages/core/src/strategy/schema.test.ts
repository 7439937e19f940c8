import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { getFactorSet } from '../factors/factorSets';
import { computeFootprint } from '../compute/computeFootprint';
import { parseProject } from '../parse/parseProject';
import { PROJECT_SCHEMA_VERSION, ProjectFileSchema } from '../schemas/project';
import { FootprintSnapshotSchema, StrategySchema } from './schema';
import { LeverSchema } from './levers';
import { snapshotFootprint } from './yearlyBilan';
import { fullStrategy, makeInputs } from '../../test/strategy/builders';

describe('StrategySchema', () => {
  it('round-trips: decode then encode gives back the same decimal strings', () => {
    const decoded = StrategySchema.parse(fullStrategy);
    const encoded = z.encode(StrategySchema, decoded);
    expect(StrategySchema.parse(encoded)).toEqual(decoded);
    expect(encoded.measures?.[0]?.budget?.[0]?.amountEur).toBe('15000.5');
    expect(encoded.objectives?.[0]?.target.value).toBe('-30');
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
    expect(encoded.strategy?.measures?.[0]?.fte).toBe('0.3');
  });
});
