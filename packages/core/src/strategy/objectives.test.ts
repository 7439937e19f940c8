import { describe, expect, it } from 'vitest';
import { dec } from '../internal/decimal';
import { getFactorSet } from '../factors/factorSets';
import { projectTrajectory } from './trajectory';
import { indicatorSeries, indicatorValueFor, objectiveStatuses, resolveTarget } from './objectives';
import { StrategySchema, type StrategyInput } from './schema';
import { handEngine, makeInputs, makeMeasure } from '../../test/strategy/builders';

const base: StrategyInput = { version: 1, legal: { entityKind: 'commune' }, baselineYear: 2024, horizonYear: 2028 };
const objective = (target: { year: number; mode: 'absolute' | 'relative'; value: string }, indicatorId = 'ges') => ({
  id: 'o1',
  label: 'Objectif',
  indicatorId,
  axis: 'lifecycle' as const,
  kind: 'multi-year' as const,
  baseline: { year: 2024, value: '200' },
  target,
});

describe('resolveTarget', () => {
  it('turns −30 % of a 812.5 tCO2e baseline into 568.75 tCO2e', () => {
    const s = StrategySchema.parse({ ...base, objectives: [{ ...objective({ year: 2030, mode: 'relative', value: '-30' }), baseline: { year: 2024, value: '812.5' } }] });
    expect(resolveTarget(s.objectives[0]!).toFixed()).toBe('568.75');
  });
});

describe('objectiveStatuses', () => {
  it('says achieved or off track from the value recorded in the target year, with the gap in the unit', () => {
    const s = StrategySchema.parse({
      ...base,
      indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2026, value: '190' }] }],
      objectives: [objective({ year: 2026, mode: 'absolute', value: '180' })],
    });
    const [t] = objectiveStatuses(s, { asOf: '2026-12-31' });
    expect([t?.status, t?.gap?.toFixed(), t?.unit, t?.basis]).toEqual(['off-track', '10', 'tCO2e', 'recorded-at-target']);
  });

  it('before the target year, compares the last value with the straight line from baseline to target', () => {
    // 200 in 2024 → 100 in 2028: 150 expected in 2026; 140 recorded is ahead.
    const s = StrategySchema.parse({
      ...base,
      indicators: [{ id: 'formes', label: 'Agents formés', kind: 'agents-trained-share', direction: 'increase', values: [{ year: 2026, value: '30' }] }],
      objectives: [{ ...objective({ year: 2028, mode: 'absolute', value: '60' }, 'formes'), baseline: { year: 2024, value: '10' } }],
    });
    const [t] = objectiveStatuses(s, { asOf: '2026-12-31' });
    // Expected 10 + (60 − 10) × 2 / 4 = 35 in 2026; 30 is behind; 30 still missing to the target.
    expect([t?.status, t?.expectedAtLatest?.toFixed(), t?.gap?.toFixed(), t?.basis]).toEqual(['off-track', '35', '30', 'recorded-path']);
  });

  it('uses the scenario projection for computed indicators, scaled to the objective’s baseline', () => {
    // Hand engine, 10 laptops: 210 kgCO2e a year in the trend, 10 kgCO2e in 2025–2026 with a 2-year extension.
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10 }] });
    const measure = makeMeasure({ id: 'm1', levers: [{ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }] });
    const t = projectTrajectory(inputs, [measure], getFactorSet('fr-2025.1'), { baselineYear: 2024, horizonYear: 2026, method: 'flux', amortisationYears: 1, engine: handEngine });
    const s = StrategySchema.parse({
      ...base,
      indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease' }],
      objectives: [objective({ year: 2026, mode: 'relative', value: '-50' })],
    });
    const [tracked] = objectiveStatuses(s, { asOf: '2024-12-31', trajectory: t });
    // 200 × 10 / 210 = 9.52… tCO2e projected against a 100 tCO2e target.
    expect([tracked?.status, tracked?.basis, tracked?.projected?.toDecimalPlaces(4).toFixed(), tracked?.plan?.reaches]).toEqual(['on-track', 'projection', '9.5238', true]);
    expect(indicatorSeries(t, 'co2e-t').map((p) => [p.year, p.trend?.toFixed(), p.scenario?.toFixed()])).toEqual([
      [2024, '0.21', '0.21'],
      [2025, '0.21', '0.01'],
      [2026, '0.21', '0.01'],
    ]);
  });

  it('at a past date with no measurement, rests only on a plan known at that date, else has no data', () => {
    // Same hand trajectory as above: the 2-year extension gives 9.52… tCO2e in 2026 against a 100 t target.
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10 }] });
    const measure = makeMeasure({ id: 'm1', levers: [{ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }] });
    const t = projectTrajectory(inputs, [measure], getFactorSet('fr-2025.1'), { baselineYear: 2024, horizonYear: 2026, method: 'flux', amortisationYears: 1, engine: handEngine });
    const s = StrategySchema.parse({
      ...base,
      indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease' }],
      objectives: [objective({ year: 2026, mode: 'relative', value: '-50' })],
    });
    // The bilan of 2025 written in March 2026 from today's plan: the plan was not known at 31/12/2025.
    const later = objectiveStatuses(s, { asOf: '2025-12-31', trajectory: t, trajectoryDate: '2026-03-15' })[0];
    expect([later?.status, later?.basis, later?.plan, later?.projected, later?.gap]).toEqual(['no-data', 'none', undefined, undefined, undefined]);
    // A plan adopted on 30/06/2025 was known: the status rests on it.
    const adopted = objectiveStatuses(s, { asOf: '2025-12-31', trajectory: t, trajectoryDate: '2025-06-30' })[0];
    expect([adopted?.status, adopted?.basis, adopted?.projected?.toDecimalPlaces(4).toFixed(), adopted?.plan?.reaches]).toEqual(['on-track', 'projection', '9.5238', true]);
    // A plan of the same day counts (the default when no date is given).
    expect(objectiveStatuses(s, { asOf: '2025-12-31', trajectory: t, trajectoryDate: '2025-12-31' })[0]?.basis).toBe('projection');
    expect(objectiveStatuses(s, { asOf: '2025-12-31', trajectory: t })[0]?.basis).toBe('projection');
    expect(() => objectiveStatuses(s, { asOf: '2025-12-31', trajectory: t, trajectoryDate: '15/03/2026' })).toThrow(RangeError);
  });

  it('has no data without values nor projection', () => {
    const s = StrategySchema.parse({ ...base, indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease' }], objectives: [objective({ year: 2026, mode: 'absolute', value: '1' })] });
    expect(objectiveStatuses(s, { asOf: '2026-12-31' })[0]?.status).toBe('no-data');
  });

  it('states the status as of a date: a past date keeps the status it had, whatever is recorded later', () => {
    // 10 % in 2024 → 60 % in 2028: the line expects 22.5 in 2025 and 35 in 2026.
    const s = StrategySchema.parse({
      ...base,
      indicators: [{ id: 'formes', label: 'Agents formés', kind: 'agents-trained-share', direction: 'increase', values: [{ year: 2025, value: '25' }, { year: 2026, value: '30' }] }],
      objectives: [{ ...objective({ year: 2028, mode: 'absolute', value: '60' }, 'formes'), baseline: { year: 2024, value: '10' } }],
    });
    const at2025 = objectiveStatuses(s, { asOf: '2025-12-31' })[0];
    const at2026 = objectiveStatuses(s, { asOf: '2026-06-30' })[0];
    expect([at2025?.status, at2025?.latest?.year, at2025?.expectedAtLatest?.toFixed()]).toEqual(['on-track', 2025, '22.5']);
    expect([at2026?.status, at2026?.latest?.year, at2026?.expectedAtLatest?.toFixed(), at2026?.asOfYear]).toEqual(['off-track', 2026, '35', 2026]);
  });

  it('rests on the recorded value before the projection, and still says whether the measures reach the target', () => {
    // 200 tCO2e in 2024, −50 % by 2026: 150 expected in 2025; 140 recorded is ahead of the line.
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10 }] });
    const t = projectTrajectory(inputs, [], getFactorSet('fr-2025.1'), { baselineYear: 2024, horizonYear: 2026, method: 'flux', amortisationYears: 1, engine: handEngine });
    const s = StrategySchema.parse({
      ...base,
      indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2025, value: '140' }] }],
      objectives: [objective({ year: 2026, mode: 'relative', value: '-50' })],
    });
    const [tracked] = objectiveStatuses(s, { asOf: '2025-12-31', trajectory: t });
    // Without measures the trajectory stays flat: 200 projected in 2026, 100 short of the 100 target.
    expect([tracked?.status, tracked?.basis, tracked?.plan?.reaches, tracked?.plan?.gap.toFixed()]).toEqual(['on-track', 'recorded-path', false, '100']);
  });

  it('takes a footprint indicator’s value from the footprint of that year (one truth)', () => {
    const indicator = { kind: 'co2e-t' as const, values: [{ year: 2026, value: dec('71.2') }] };
    const footprint = { year: 2026, total: { co2eKg: dec('73400'), waterL: dec(0), waterScarcityM3eq: dec(0), energyKwh: dec(0), adpKgSbEq: dec(0) } };
    expect(indicatorValueFor(indicator, 2026, [footprint])?.value.toFixed()).toBe('73.4');
    expect(indicatorValueFor(indicator, 2026, [])?.source).toBe('recorded');
    expect(() => objectiveStatuses(StrategySchema.parse(base), { asOf: '31/12/2026' })).toThrow(RangeError);
  });

  it('reads the year’s computed footprint as the latest value, and says when it reuses an earlier inventory', () => {
    // 200 t in 2024, −50 % by 2028: the line expects 150 t in 2026. The 2026 footprint of 140 t is the
    // one value the bilan shows: the status rests on it (on track), and it remembers it was computed
    // from the 2024 inventory so that the documents say so.
    const total = { co2eKg: dec('140000'), waterL: dec(0), waterScarcityM3eq: dec(0), adpKgSbEq: dec(0), energyKwh: dec(0) };
    const s = StrategySchema.parse({ ...base, indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease' }], objectives: [objective({ year: 2028, mode: 'relative', value: '-50' })] });
    const reused = objectiveStatuses(s, { asOf: '2026-12-31', footprints: [{ year: 2026, total, inventoryYear: 2024 }] })[0];
    const measured = objectiveStatuses(s, { asOf: '2026-12-31', footprints: [{ year: 2026, total }] })[0];
    expect([reused?.status, reused?.basis, reused?.latest?.value.toFixed(), reused?.latest?.inventoryYear, reused?.expectedAtLatest?.toFixed()]).toEqual(['on-track', 'recorded-path', '140', 2024, '150']);
    expect([measured?.status, measured?.latest?.value.toFixed(), measured?.latest?.inventoryYear]).toEqual(['on-track', '140', undefined]);
  });
});

