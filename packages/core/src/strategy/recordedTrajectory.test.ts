import { describe, expect, it } from 'vitest';
import { getFactorSet } from '../factors/factorSets';
import { OrganisationSchema } from '../schemas/organisation';
import { InclusionSchema } from '../schemas/inclusion';
import { objectiveStatuses } from './objectives';
import { syncProjectIndicators } from './projectIndicators';
import { effectShare, projectRecordedIndicator } from './recordedTrajectory';
import { StrategySchema, type StrategyInput } from './schema';

const base: StrategyInput = { version: 1, legal: { entityKind: 'epci' }, baselineYear: 2025, horizonYear: 2030 };
const accompanied = (values: { year: number; value: string }[]) => ({ id: 'acc', label: 'Personnes accompagnées', kind: 'people-accompanied' as const, direction: 'increase' as const, values });
const objective = { id: 'o5', label: 'Accompagner 4 000 personnes par an', indicatorId: 'acc', axis: 'inclusion' as const, kind: 'multi-year' as const, baseline: { year: 2025, value: '3100' }, target: { year: 2030, mode: 'absolute' as const, value: '4000' } };
const measure = (id: string, start: string | undefined, effects: { indicatorId: string; year: number; change: string }[], status: 'in-progress' | 'abandoned' = 'in-progress') => ({
  id,
  title: `Mesure ${id}`,
  axis: 'inclusion' as const,
  status,
  ...(start ? { start } : {}),
  indicatorIds: ['acc'],
  indicatorEffects: effects,
});

describe('effectShare', () => {
  it('accrues an effect evenly from the year before the measure starts to the effect’s year, then holds it', () => {
    // Starts 2026-01-01: from 2025; effect year 2030, so 1/5 a year.
    const m = { start: '2026-01-01', status: 'in-progress' as const };
    expect([2025, 2026, 2028, 2030, 2032].map((y) => effectShare(m, 2030, y, 2025).toFixed())).toEqual(['0', '0.2', '0.6', '1', '1']);
    // Starts 2027-09-01: from 2026; effect year 2028, so 1/2 in 2027.
    expect(effectShare({ start: '2027-09-01', status: 'planned' }, 2028, 2027, 2025).toFixed()).toBe('0.5');
    // No start date: from the baseline year. Abandoned: nothing.
    expect(effectShare({ status: 'planned' }, 2027, 2026, 2025).toFixed()).toBe('0.5');
    expect(effectShare({ start: '2026-01-01', status: 'abandoned' }, 2030, 2030, 2025).toFixed()).toBe('0');
  });
});

describe('projectRecordedIndicator', () => {
  it('projects a recorded indicator from its recorded baseline and the measures’ expected effects', () => {
    const s = StrategySchema.parse({
      ...base,
      indicators: [accompanied([{ year: 2024, value: '2350' }, { year: 2025, value: '3100' }, { year: 2026, value: '3300' }])],
      objectives: [objective],
      // 600 more people by 2030 from 2026 on, 300 more by 2027 from 2026 on (no start: from the baseline year), and an abandoned one.
      measures: [measure('m6', '2026-01-01', [{ indicatorId: 'acc', year: 2030, change: '600' }]), measure('m8', undefined, [{ indicatorId: 'acc', year: 2027, change: '300' }]), measure('m9', '2026-01-01', [{ indicatorId: 'acc', year: 2030, change: '5000' }], 'abandoned')],
    });
    const p = projectRecordedIndicator(s, 'acc')!;
    expect([p.basis, p.baselineYear, p.baselineValue.toFixed()]).toEqual(['measures', 2025, '3100']);
    // 2026: 3100 + 600 × 1/5 + 300 × 1/2 = 3370; 2027: 3100 + 240 + 300 = 3640; 2030: 3100 + 600 + 300 = 4000.
    expect(p.years.map((y) => [y.year, y.expected.toFixed(), y.recorded?.toFixed()])).toEqual([
      [2025, '3100', '3100'],
      [2026, '3370', '3300'],
      [2027, '3640', undefined],
      [2028, '3760', undefined],
      [2029, '3880', undefined],
      [2030, '4000', undefined],
    ]);
    expect(p.contributions.map((c) => [c.measureId, c.change.toFixed()])).toEqual([
      ['m6', '600'],
      ['m8', '300'],
      ['m9', '0'],
    ]);
  });

  it('without an expected effect, follows the straight line from the objective’s baseline to its target', () => {
    const s = StrategySchema.parse({ ...base, indicators: [accompanied([{ year: 2025, value: '3100' }])], objectives: [objective] });
    const p = projectRecordedIndicator(s, 'acc')!;
    // (4000 − 3100) ÷ 5 = 180 a year.
    expect([p.basis, p.objectiveId]).toEqual(['target-path', 'o5']);
    expect(p.years.map((y) => y.expected.toFixed())).toEqual(['3100', '3280', '3460', '3640', '3820', '4000']);
    // Footprint indicators and recorded ones with neither effect nor objective have no such projection.
    expect(projectRecordedIndicator({ ...s, objectives: [] }, 'acc')).toBeUndefined();
  });
});

describe('objectiveStatuses on recorded indicators', () => {
  const strategy = (change: string, values = [{ year: 2025, value: '3100' }]) =>
    StrategySchema.parse({ ...base, indicators: [accompanied(values)], objectives: [objective], measures: [measure('m6', '2026-01-01', [{ indicatorId: 'acc', year: 2030, change }])] });

  it('says from the expected effects whether the measures reach the target, and by how much they miss it', () => {
    // 3100 + 900 = 4000: reached. 3100 + 600 = 3700: 300 missing.
    const [reached] = objectiveStatuses(strategy('900'), { asOf: '2025-12-31' });
    expect([reached?.status, reached?.basis, reached?.plan?.projected.toFixed(), reached?.plan?.reaches]).toEqual(['on-track', 'projection', '4000', true]);
    const [short] = objectiveStatuses(strategy('600'), { asOf: '2025-12-31' });
    expect([short?.status, short?.plan?.projected.toFixed(), short?.plan?.gap.toFixed(), short?.gap?.toFixed()]).toEqual(['off-track', '3700', '300', '300']);
  });

  it('keeps a recorded value first, and the plan beside it', () => {
    // 3250 recorded in 2026 against 3100 + 900 × 1/5 = 3280 expected on the straight line: behind, 750 still missing.
    const [t] = objectiveStatuses(strategy('900', [{ year: 2025, value: '3100' }, { year: 2026, value: '3250' }]), { asOf: '2026-12-31' });
    expect([t?.status, t?.basis, t?.expectedAtLatest?.toFixed(), t?.gap?.toFixed(), t?.plan?.reaches]).toEqual(['off-track', 'recorded-path', '3280', '750', true]);
  });

  it('measures an objective set on a later baseline only by what the effects add after it', () => {
    // Objective from 2027 (3500) to 2030: the effect adds 600 × (5 − 2) / 5 = 360 in those years.
    const later = StrategySchema.parse({
      ...base,
      indicators: [accompanied([])],
      objectives: [{ ...objective, baseline: { year: 2027, value: '3500' } }],
      measures: [measure('m6', '2026-01-01', [{ indicatorId: 'acc', year: 2030, change: '600' }])],
    });
    expect(objectiveStatuses(later, { asOf: '2026-12-31' })[0]?.plan?.projected.toFixed()).toBe('3860');
  });

  it('has no plan without an expected effect: the status rests on the recorded values', () => {
    const s = StrategySchema.parse({ ...base, indicators: [accompanied([{ year: 2025, value: '3100' }])], objectives: [objective] });
    const [t] = objectiveStatuses(s, { asOf: '2025-12-31' });
    expect([t?.status, t?.plan]).toEqual(['no-data', undefined]);
  });
});

describe('syncProjectIndicators', () => {
  it('writes the inclusion records into the recorded indicators, replacing hand-typed values of those years', () => {
    const organisation = OrganisationSchema.parse({ name: 'Beau Pays', kind: 'epci', population: 72000, referenceYear: 2026, agents: 1100 });
    const inclusion = InclusionSchema.parse([
      { year: 2024, peopleAccompanied: 2350, agentsTrained: 88 },
      { year: 2026, peopleAccompanied: 3300, agentsTrained: 418 },
    ]);
    const s = StrategySchema.parse({
      ...base,
      indicators: [accompanied([{ year: 2025, value: '3100' }, { year: 2026, value: '240' }]), { id: 'formes', label: 'Agents sensibilisés', kind: 'agents-trained-share', direction: 'increase' }],
    });
    const synced = syncProjectIndicators(s, { organisation, inclusion }, getFactorSet('fr-2025.1'), 2026);
    const values = (id: string) => synced.indicators.find((i) => i.id === id)?.values.map((v) => [v.year, v.value.toFixed()]);
    // 2025 has no record: the typed 3100 stays; 2026's typed 240 gives way to the record. 88 ÷ 1100 = 8 %, 418 ÷ 1100 = 38 %.
    expect(values('acc')).toEqual([
      [2024, '2350'],
      [2025, '3100'],
      [2026, '3300'],
    ]);
    expect(values('formes')).toEqual([
      [2024, '8'],
      [2026, '38'],
    ]);
  });
});
