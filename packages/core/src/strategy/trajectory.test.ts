import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../internal/decimal';
import { getFactorSet } from '../factors/factorSets';
import type { CategoryId } from '../schemas/categories';
import type { InventoryItemInput } from '../schemas/inventory';
import { projectTrajectory, rolloutShare, type Trajectory } from './trajectory';
import { computeProjectTrajectory } from './projectTrajectory';
import { ProjectFileSchema } from '../schemas/project';
import type { LeverInput } from './levers';
import { handEngine, makeInputs, makeMeasure } from '../../test/strategy/builders';

const set = getFactorSet('fr-2025.1');
const options = { baselineYear: 2024, horizonYear: 2028, method: 'flux' as const, amortisationYears: 1, engine: handEngine };
const co2 = (t: Trajectory, which: 'trend' | 'scenario') => t.years.map((y) => y[which].total.co2eKg.toFixed());
const devicesOf = (t: Trajectory, which: 'trend' | 'scenario') => t.years.map((y) => y[which].devices);
const measure = (id: string, lever: LeverInput, extra: Record<string, unknown> = {}) => makeMeasure({ id, levers: [lever], ...extra });

// Laptops (default lifetime 5 years) without purchase year are spread 2 per age over 2020–2024.
const laptops = makeInputs({ inventory: [{ category: 'laptop', quantity: 10 }] });

describe('projectTrajectory', () => {
  it('renews a steady fleet at end of life: 2 of 10 laptops a year, 2 × 100 + 10 = 210 kgCO2e with the hand engine', () => {
    const t = projectTrajectory(laptops, [], set, options);
    expect(co2(t, 'trend')).toEqual(['210', '210', '210', '210', '210']);
    expect(t.years.map((y) => y.trend.purchases)).toEqual([0, 2, 2, 2, 2]);
    expect(t.notes.map((n) => n.code)).toContain('fleet_unknown_purchase_year_spread');
  });

  it('brings new manufacturing in the year a device bought in 2020 reaches its 5-year lifetime', () => {
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 4, purchaseYear: 2020 }] });
    const t = projectTrajectory(inputs, [], set, options);
    expect(co2(t, 'trend')).toEqual(['4', '404', '4', '4', '4']);
  });

  it('lifetime extension (+2 years from 2025) delays the 2020 lot to 2027: 10, 10, 210, 210 against 210 a year', () => {
    const t = projectTrajectory(laptops, [measure('m1', { kind: 'lifetime-extension', category: 'laptop', extraYears: '2' })], set, options);
    expect(co2(t, 'scenario')).toEqual(['210', '10', '10', '210', '210']);
    expect(t.years.map((y) => y.scenario.averageLifetimeYears?.toFixed())).toEqual(['5', '7', '7', '7', '7']);
    expect(t.years[1]?.contributions.map((c) => [c.measureId, c.reduction.co2eKg.toFixed()])).toEqual([['m1', '200']]);
    expect(t.years[1]?.interaction.co2eKg.toFixed()).toBe('0');
  });

  it('refurbished purchases at 50 % buy 1 of the 2 renewed laptops refurbished: 100 + 10 + 10 = 120', () => {
    const t = projectTrajectory(laptops, [measure('m1', { kind: 'refurbished-purchases', categories: ['laptop'], share: '0.5' }, { axis: 'procurement' })], set, options);
    expect(co2(t, 'scenario')).toEqual(['210', '120', '120', '120', '120']);
    expect(t.years[1]?.scenario.refurbishedPurchaseShare?.toFixed()).toBe('0.5');
  });

  it('devices per agent: 10 desktops for 10 agents at 0.5 per agent are not renewed until 5 remain (8, 6, 5, 5)', () => {
    // Desktops last 6 years: 10 spread over ages 0–5 as 1, 1, 2, 2, 2, 2 (remainder to the oldest).
    const inputs = makeInputs({ inventory: [{ category: 'desktop', quantity: 10 }] });
    const t = projectTrajectory(inputs, [measure('m1', { kind: 'devices-per-agent', category: 'desktop', perAgent: '0.5' })], set, options);
    expect(devicesOf(t, 'trend')).toEqual([10, 10, 10, 10, 10]);
    expect(devicesOf(t, 'scenario')).toEqual([10, 8, 6, 5, 5]);
    expect(t.years.map((y) => y.scenario.purchases)).toEqual([0, 0, 0, 1, 2]);
  });

  it('screens per workstation: 20 monitors for 10 laptops fall to 16, 12, 10 at one screen per workstation', () => {
    // Monitors last 6 years: 20 spread as 3, 3, 3, 3, 4, 4 over ages 0–5.
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10 }, { category: 'monitor', quantity: 20 }] });
    const t = projectTrajectory(inputs, [measure('m1', { kind: 'screens-per-workstation', perWorkstation: '1' })], set, options);
    expect(devicesOf(t, 'scenario')).toEqual([30, 26, 22, 20, 20]);
  });

  it('printer pooling: retiring personal printers are replaced by ⌈10 / 5⌉ = 2 shared MFPs, then not at all', () => {
    const inputs = makeInputs({ inventory: [{ category: 'printer', quantity: 10 }] });
    const t = projectTrajectory(inputs, [measure('m1', { kind: 'printer-pooling', agentsPerMfp: '5' })], set, options);
    expect(devicesOf(t, 'scenario')).toEqual([10, 10, 8, 6, 4]);
    expect(t.years.map((y) => y.scenario.purchases)).toEqual([0, 2, 0, 0, 0]);
  });

  it('follows the roll-out schedule: half the extension in 2025, all of it from 2027', () => {
    const m = measure('m1', { kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }, { rollout: [{ year: 2025, share: '0.5' }, { year: 2027, share: '1' }] });
    const t = projectTrajectory(laptops, [m], set, options);
    expect(t.years.map((y) => y.scenario.averageLifetimeYears?.toFixed())).toEqual(['5', '6', '6', '7', '7']);
  });

  it('ignores abandoned measures', () => {
    const t = projectTrajectory(laptops, [measure('m1', { kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }, { status: 'abandoned' })], set, options);
    expect(t.measureIds).toEqual([]);
    expect(co2(t, 'scenario')).toEqual(co2(t, 'trend'));
  });

  it('carries the engine bounds of each year', () => {
    const t = projectTrajectory(laptops, [], set, options);
    expect([t.years[1]?.trend.low.co2eKg.toFixed(), t.years[1]?.trend.high.co2eKg.toFixed()]).toEqual(['189', '231']);
  });

  it('reports the green contract market-based, never in the totals', () => {
    const m = measure('g', {
      kind: 'green-electricity-contract',
      coveredShare: '1',
      contractCo2eKgPerKwh: '0',
      source: { publisher: 'Fournisseur', title: 'Déclaration', year: 2024, url: 'https://example.org', retrievedAt: '2026-11-25' },
    });
    const t = projectTrajectory(laptops, [m], set, options);
    expect(co2(t, 'scenario')).toEqual(co2(t, 'trend'));
    expect(t.years[1]?.scenario.marketBased?.marketBasedCo2eKg.toFixed()).toBe('0');
    expect(t.years[0]?.scenario.marketBased).toBeUndefined();
  });
});

describe('early replacement', () => {
  const once = { rollout: [{ year: 2025, share: '1' }, { year: 2026, share: '0' }] };

  it('in the flux method, shows the new manufacturing in the replacement year (404 in 2025 instead of 2027)', () => {
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 4, purchaseYear: 2022 }] });
    const t = projectTrajectory(inputs, [measure('e', { kind: 'early-replacement', category: 'laptop', minAgeYears: 0, share: '1' }, once)], set, options);
    expect(co2(t, 'trend')).toEqual(['4', '4', '4', '404', '4']);
    expect(co2(t, 'scenario')).toEqual(['4', '404', '4', '4', '4']);
    expect(t.years[1]?.scenario.retirements.map((r) => [r.quantity, r.ageYears, r.lifetimeYears.toFixed(), r.early])).toEqual([[4, 3, '5', true]]);
  });

  it('in the stock method, charges the embodied impact not yet amortised: 10 × 185.09 × (5 − 3) / 5 = 740.36 kgCO2e', () => {
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10, purchaseYear: 2022 }] });
    // Fleet rule: the trend keeps charging ÷ lifetime at every age, so the high bounds differ by the stranded part only.
    const t = projectTrajectory(inputs, [measure('e', { kind: 'early-replacement', category: 'laptop', minAgeYears: 0, share: '1' }, once)], set, {
      baselineYear: 2024,
      horizonYear: 2026,
      method: 'stock',
      amortisationYears: 1,
      stockRule: 'fleet',
    });
    const y = t.years[1];
    expect(y?.scenario.strandedEmbodied?.co2eKg.toFixed()).toBe('740.36');
    expect(y?.contributions[0]?.reduction.co2eKg.toFixed()).toBe('-740.36');
    // The high bounds are repeating decimals (embodied ÷ the low lifetime of 3 years), hence the rounding.
    expect(y?.scenario.high.co2eKg.minus(y.trend.high.co2eKg).toDecimalPlaces(9).toFixed()).toBe('740.36');
    expect(t.years[2]?.scenario.strandedEmbodied).toBeUndefined();
  });
});

describe('rolloutShare', () => {
  it('applies fully from the year after the baseline by default, or from the start date', () => {
    const m = makeMeasure({ id: 'm' });
    expect([2024, 2025].map((y) => rolloutShare(m, y, 2024).toFixed())).toEqual(['0', '1']);
    const started = makeMeasure({ id: 'm', start: '2027-03-01' });
    expect([2026, 2027].map((y) => rolloutShare(started, y, 2024).toFixed())).toEqual(['0', '1']);
  });
});

const categories: CategoryId[] = ['laptop', 'desktop', 'monitor', 'smartphone', 'printer', 'mfp'];
const fleetArb = fc.array(
  fc.record({
    category: fc.constantFrom(...categories),
    quantity: fc.integer({ min: 1, max: 40 }),
    purchaseYear: fc.option(fc.integer({ min: 2012, max: 2024 }), { nil: undefined }),
    refurbished: fc.boolean(),
  }),
  { minLength: 1, maxLength: 6 },
);
const toItems = (rows: { category: CategoryId; quantity: number; purchaseYear: number | undefined; refurbished: boolean }[]): InventoryItemInput[] =>
  rows.map(({ purchaseYear, ...rest }) => (purchaseYear === undefined ? rest : { ...rest, purchaseYear }));

const leverArb: fc.Arbitrary<LeverInput> = fc.oneof(
  fc.record({ kind: fc.constant('lifetime-extension' as const), category: fc.constantFrom(...categories), extraYears: fc.constantFrom('1', '2', '0.5') }),
  fc.record({ kind: fc.constant('refurbished-purchases' as const), categories: fc.constant([] as CategoryId[]), share: fc.constantFrom('0.2', '0.5', '1') }),
  fc.record({ kind: fc.constant('devices-per-agent' as const), category: fc.constantFrom(...categories), perAgent: fc.constantFrom('0', '0.5', '1') }),
  fc.record({ kind: fc.constant('screens-per-workstation' as const), perWorkstation: fc.constantFrom('1', '0.5') }),
  fc.record({ kind: fc.constant('printer-pooling' as const), agentsPerMfp: fc.constantFrom('3', '10') }),
);

describe('projectTrajectory laws', () => {
  it('with no measure, the scenario is the trend (baseline dynamics)', () => {
    fc.assert(
      fc.property(fleetArb, (rows) => {
        const t = projectTrajectory(makeInputs({ inventory: toItems(rows) }), [], set, options);
        expect(co2(t, 'scenario')).toEqual(co2(t, 'trend'));
        expect(t.years.every((y) => y.contributions.length === 0)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('measures rolled out at a share of 0 change nothing', () => {
    fc.assert(
      fc.property(fleetArb, fc.array(leverArb, { minLength: 1, maxLength: 3 }), (rows, levers) => {
        const measures = levers.map((l, i) => measure(`m${i}`, l, { rollout: [{ year: 2025, share: '0' }] }));
        const t = projectTrajectory(makeInputs({ inventory: toItems(rows) }), measures, set, { ...options, contributions: false });
        expect(co2(t, 'scenario')).toEqual(co2(t, 'trend'));
        expect(devicesOf(t, 'scenario')).toEqual(devicesOf(t, 'trend'));
      }),
      { numRuns: 25 },
    );
  });

  it('never retires a device before the end of its lifetime (anti-rebound rule)', () => {
    fc.assert(
      fc.property(fleetArb, fc.array(leverArb, { maxLength: 3 }), (rows, levers) => {
        const measures = levers.map((l, i) => measure(`m${i}`, l));
        const t = projectTrajectory(makeInputs({ inventory: toItems(rows) }), measures, set, { ...options, contributions: false });
        for (const year of t.years) for (const r of year.scenario.retirements) expect(dec(r.ageYears).gte(r.lifetimeYears)).toBe(true);
        // Without printer pooling (which buys shared MFPs), no lever makes more purchases than the trend, year after year.
        if (!levers.some((l) => l.kind === 'printer-pooling')) {
          let trend = 0;
          let scenario = 0;
          for (const year of t.years) {
            trend += year.trend.purchases;
            scenario += year.scenario.purchases;
            expect(scenario).toBeLessThanOrEqual(trend);
          }
        }
        expect(t.years.length).toBe(5);
      }),
      { numRuns: 30 },
    );
  });

  it('independent measures commute', () => {
    fc.assert(
      fc.property(fleetArb, (rows) => {
        const a = measure('a', { kind: 'lifetime-extension', category: 'laptop', extraYears: '2' });
        const b = measure('b', { kind: 'refurbished-purchases', categories: ['desktop', 'monitor'], share: '0.5' });
        const c = measure('c', { kind: 'email-policy', reduction: '0.3' });
        const inputs = makeInputs({ inventory: toItems(rows), usage: { emailsSent: '1000' } });
        const ab = projectTrajectory(inputs, [a, b, c], set, { ...options, contributions: false });
        const ba = projectTrajectory(inputs, [c, b, a], set, { ...options, contributions: false });
        expect(co2(ab, 'scenario')).toEqual(co2(ba, 'scenario'));
      }),
      { numRuns: 25 },
    );
  });
});

describe('projectTrajectory with the footprint engine', () => {
  it('in the flux method, a 2-year extension removes the 2025 purchase of 2 laptops: 2 × (170 + 12.3 + 2.79) = 370.18 kgCO2e', () => {
    const t = projectTrajectory(laptops, [measure('m1', { kind: 'lifetime-extension', category: 'laptop', extraYears: '2' })], set, {
      baselineYear: 2024,
      horizonYear: 2026,
      method: 'flux',
      amortisationYears: 1,
    });
    expect(t.years[1]?.contributions[0]?.reduction.co2eKg.toFixed()).toBe('370.18');
    expect(t.factorSetVersion).toBe('fr-2025.1');
  });

  it('in the stock method, the same extension lowers the annual share of manufacturing', () => {
    const t = projectTrajectory(laptops, [measure('m1', { kind: 'lifetime-extension', category: 'laptop', extraYears: '2' })], set, {
      baselineYear: 2024,
      horizonYear: 2025,
      method: 'stock',
      amortisationYears: 1,
    });
    const saved = t.years[1]?.contributions[0]?.reduction.co2eKg;
    // 10 × 185.09 / 5 − 10 × 185.09 / 7 = 370.18 − 264.414285714… = 105.765714285…
    expect(saved?.toDecimalPlaces(6).toFixed()).toBe('105.765714');
    expect(dec(t.years[1]?.scenario.total.co2eKg ?? 0).lt(t.years[1]?.trend.total.co2eKg ?? 0)).toBe(true);
  });
});

describe('computeProjectTrajectory', () => {
  it('projects a project’s strategy with its method and factor set, and nothing without a strategy', () => {
    const project = ProjectFileSchema.parse({
      schemaVersion: 2,
      id: 'p',
      factorSetVersion: 'fr-2025.1',
      method: 'flux',
      organisation: { name: 'Ville', kind: 'commune', population: 60000, agents: 10, referenceYear: 2024 },
      inventory: [{ category: 'laptop', quantity: 10 }],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      strategy: {
        version: 1,
        legal: { entityKind: 'commune' },
        baselineYear: 2024,
        horizonYear: 2026,
        measures: [{ id: 'm1', title: 'Allonger', axis: 'lifecycle', levers: [{ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }] }],
      },
    });
    const t = computeProjectTrajectory(project, { engine: handEngine });
    expect(t && [t.method, t.factorSetVersion, co2(t, 'trend'), co2(t, 'scenario')]).toEqual(['flux', 'fr-2025.1', ['210', '210', '210'], ['210', '10', '10']]);
    expect(computeProjectTrajectory({ ...project, strategy: undefined } as never)).toBeUndefined();
  });
});
