import { describe, expect, it } from 'vitest';
import { getFactorSet } from '../factors/factorSets';
import { computeFootprint } from '../compute/computeFootprint';
import { buildYearlyBilan, snapshotFootprint } from './yearlyBilan';
import { z } from 'zod';
import { FootprintSnapshotSchema, StrategySchema, type Strategy } from './schema';
import { makeInputs } from '../../test/strategy/builders';

const set2025 = getFactorSet('fr-2025.1');
/** A later factor set where the laptop's manufacturing changed (test copy). */
const set2026 = {
  ...set2025,
  version: 'fr-2026.1',
  rows: set2025.rows.map((r) => (r.id === 'device.laptop.manufacturing.co2eKg' ? { ...r, value: '200' } : r)),
};
const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10, purchaseYear: 2022 }] });
const computeOptions = { year: 2024, method: 'stock' as const, amortisationYears: 1 };

function strategyWith(history: ReturnType<typeof snapshotFootprint>[]): Strategy {
  return StrategySchema.parse({
    version: 1,
    legal: { entityKind: 'metropole' },
    baselineYear: 2024,
    horizonYear: 2030,
    bilan: { history: history.map((h) => z.encode(FootprintSnapshotSchema, h)) },
    indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2024, value: '800' }, { year: 2025, value: '760' }] }],
    objectives: [{ id: 'o1', label: '−30 %', indicatorId: 'ges', axis: 'lifecycle', kind: 'multi-year', baseline: { year: 2024, value: '800' }, target: { year: 2030, mode: 'relative', value: '-30' } }],
    measures: [
      { id: 'm1', title: 'Fini', axis: 'lifecycle', status: 'done', end: '2025-03-31' },
      { id: 'm2', title: 'En retard', axis: 'lifecycle', status: 'in-progress', end: '2025-06-30' },
      { id: 'm3', title: 'En cours', axis: 'lifecycle', status: 'in-progress', end: '2027-12-31' },
      { id: 'm4', title: 'Marquée en retard', axis: 'awareness', status: 'late' },
    ],
  });
}

describe('buildYearlyBilan', () => {
  const previous = snapshotFootprint(computeFootprint(inputs, set2025, computeOptions));

  it('gives indicator values against targets, the change from N−1 and the RDD article of a métropole', () => {
    const bilan = buildYearlyBilan(strategyWith([]), 2025);
    const line = bilan.indicators[0];
    expect([line?.value?.toFixed(), line?.previousValue?.toFixed(), line?.change?.toFixed(), line?.changePercent?.toFixed(), line?.source]).toEqual(['760', '800', '-40', '-5', 'recorded']);
    expect(line?.targets.map((t) => [t.year, t.value.toFixed()])).toEqual([[2030, '560']]);
    expect(bilan.legal.rdd.id).toBe('cgct-l5217-10-2');
    expect(bilan.objectives[0]?.status).toBe('on-track');
  });

  it('takes the greenhouse-gas indicator of a year from its footprint, never a second total', () => {
    // The 2024 footprint of 10 laptops replaces the recorded 800 t: one total per year. 2025 stays recorded, so no change is given across sources.
    const line = buildYearlyBilan(strategyWith([previous]), 2025).indicators[0];
    expect([line?.previousValue?.toFixed(), line?.value?.toFixed(), line?.change, line?.source]).toEqual([previous.total.co2eKg.dividedBy(1000).toFixed(), '760', undefined, 'recorded']);
  });

  it('gives the change of a share in points, not in % of the share', () => {
    const s = StrategySchema.parse({
      version: 1,
      legal: { entityKind: 'commune' },
      baselineYear: 2025,
      horizonYear: 2028,
      indicators: [{ id: 'formes', label: 'Agents sensibilisés', kind: 'agents-trained-share', direction: 'increase', values: [{ year: 2025, value: '12' }, { year: 2026, value: '31' }] }],
    });
    const line = buildYearlyBilan(s, 2026).indicators[0];
    expect([line?.changeKind, line?.change?.toFixed(), line?.changePercent]).toEqual(['points', '19', undefined]);
  });

  it('sorts measures into done, late (end date passed or marked late) and in progress', () => {
    const bilan = buildYearlyBilan(strategyWith([]), 2025);
    expect([bilan.measures.done, bilan.measures.late, bilan.measures.inProgress].map((ls) => ls.map((l) => l.measureId))).toEqual([['m1'], ['m2', 'm4'], ['m3']]);
  });

  it('compares footprints computed with the same factor set', () => {
    const current = computeFootprint(inputs, set2025, { ...computeOptions, year: 2025 });
    const bilan = buildYearlyBilan(strategyWith([previous]), 2025, { current });
    // Only the electricity vintage changes: 10 × 26.5 W × 3 h × 365 d = 290.175 kWh × (0.0461 − 0.0519) kgCO2e/kWh.
    expect(bilan.footprint.change?.co2eKg.toFixed()).toBe('-1.683015');
    expect([bilan.footprint.comparable, bilan.notes]).toEqual([true, []]);
  });

  it('recomputes N−1 with N’s factor set when they differ, and says so', () => {
    const current = computeFootprint(inputs, set2026, { ...computeOptions, year: 2025 });
    const bilan = buildYearlyBilan(strategyWith([previous]), 2025, { current, previousInputs: { inputs, options: computeOptions }, factorSet: set2026 });
    expect(bilan.footprint.recomputedPrevious).toEqual({ fromVersion: 'fr-2025.1', toVersion: 'fr-2026.1' });
    expect(bilan.footprint.previous?.factorSetVersion).toBe('fr-2026.1');
    expect(bilan.footprint.change?.co2eKg.toFixed()).toBe('-1.683015');
    expect(bilan.notes.map((n) => n.code)).toEqual(['previous_recomputed_same_factor_set']);
  });

  it('withholds the change when the factor sets differ and N−1 cannot be recomputed', () => {
    const current = computeFootprint(inputs, set2026, { ...computeOptions, year: 2025 });
    const bilan = buildYearlyBilan(strategyWith([previous]), 2025, { current });
    expect([bilan.footprint.comparable, bilan.footprint.change]).toEqual([false, undefined]);
    expect(bilan.notes).toEqual([{ code: 'previous_factor_set_differs', params: { previousYear: 2024, year: 2025, fromVersion: 'fr-2025.1', toVersion: 'fr-2026.1' } }]);
  });
});
