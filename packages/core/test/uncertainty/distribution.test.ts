/**
 * The Monte Carlo distribution, checked against distributions worked out by hand: a single
 * triangular row, rows shared between devices, lifetimes shared within a category, and the
 * sensitivity of a sum of two independent rows.
 */
import { describe, expect, it } from 'vitest';
import { computeDistribution, computeFootprint, dec, uncertaintySentenceFr, type FactorSet, type InventoryItemInput } from '../../src/index';
import { latinHypercube, triangularQuantile } from '../../src/uncertainty/sampling';
import { quantileOfSorted } from '../../src/uncertainty/quantiles';
import { addPoly, constantPoly, derivedPoly, variablePoly } from '../../src/uncertainty/poly';
import { Simulation } from '../../src/uncertainty/distribution';
import { hosting, items, organisation, usage } from '../helpers';
import { pinnedFactorSet } from './pinned';

function bilan(factorSet: FactorSet, raw: InventoryItemInput[]) {
  const input = { organisation: organisation({ agents: 650, population: 52000 }), inventory: items(raw), hosting: hosting(), usage: usage() };
  return computeFootprint(input, factorSet, { year: 2025, method: 'stock' });
}

describe('sampling', () => {
  it('inverts the triangular distribution function', () => {
    // min 0, mode 1, max 2: F(0.5) = 0.5² ÷ (2 × 1) = 0.125.
    expect(triangularQuantile(0.125, 0, 1, 2)).toBe(0.5);
    // min = mode = 170, max 260: x(u) = 260 − 90 √(1 − u).
    expect(triangularQuantile(0.5, 170, 170, 260)).toBeCloseTo(260 - 90 * Math.sqrt(0.5), 12);
    expect(triangularQuantile(0.3, 5, 5, 5)).toBe(5);
  });

  it('puts exactly one Latin hypercube draw in each stratum, the same for the same seed and key', () => {
    const draws = latinHypercube('seed', 'device.laptop.manufacturing.co2eKg', 2000);
    expect([...draws].map((u) => Math.floor(u * 2000)).sort((a, b) => a - b)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    expect(latinHypercube('seed', 'device.laptop.manufacturing.co2eKg', 2000)).toEqual(draws);
    expect(latinHypercube('seed', 'device.monitor.manufacturing.co2eKg', 2000)).not.toEqual(draws);
  });

  it('interpolates quantiles between order statistics (type 7)', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5]);
    expect(quantileOfSorted(sorted, 0.05)).toBeCloseTo(1.2, 12);
    expect(quantileOfSorted(sorted, 0.5)).toBe(3);
    expect(quantileOfSorted(sorted, 0.95)).toBeCloseTo(4.8, 12);
  });
});

describe('computeDistribution', () => {
  it('gives the analytic percentiles when one triangular row varies', () => {
    // 10 laptops, only the manufacturing row (170, mode 170, max 260) varies:
    // Y = 10 × X ÷ 5 + 10 × [(12.3 + 2.79) ÷ 5 + 26.5 × 3 × 365 ÷ 1000 × 0.0461] = 2X + 43.5570675,
    // X(u) = 260 − 90 √(1 − u): P5 = 388.1147693, P50 = 436.2778469, P95 = 523.3078439.
    const result = bilan(pinnedFactorSet(['device.laptop.manufacturing.co2eKg']), [{ category: 'laptop', quantity: 10, purchaseYear: 2024 }]);
    const distribution = computeDistribution(result);
    expect(distribution.draws).toBe(2000);
    expect(result.total.co2eKg.toFixed()).toBe('383.5570675');
    expect(distribution.total.p5.co2eKg.toNumber()).toBeCloseTo(388.1147693, 0);
    expect(distribution.total.p50.co2eKg.toNumber()).toBeCloseTo(436.2778469, 0);
    expect(distribution.total.p95.co2eKg.toNumber()).toBeCloseTo(523.3078439, 0);
    // The reference value is the row's minimum: no draw falls below it.
    expect(distribution.total.referencePercentile.co2eKg).toBe(0);
    // Indicators without any uncertain row keep their exact value at every percentile.
    expect(distribution.total.p5.energyKwh.toFixed()).toBe(result.total.energyKwh.toFixed());
    expect(distribution.total.referencePercentile.energyKwh).toBe(50);
  });

  it('shares one draw of a row between every device that uses it', () => {
    // Only the laptop manufacturing row varies; two perimeters use it. Perfectly correlated parts:
    // each percentile of the total is the sum of the parts' percentiles.
    const result = bilan(pinnedFactorSet(['device.laptop.manufacturing.co2eKg']), [
      { category: 'laptop', quantity: 10, perimeter: 'administration' },
      { category: 'laptop', quantity: 30, perimeter: 'schools' },
    ]);
    const distribution = computeDistribution(result);
    const [administration, schools] = distribution.byPerimeter;
    for (const p of ['p5', 'p50', 'p95'] as const) {
      const sum = (administration?.[p].co2eKg ?? dec(0)).plus(schools?.[p].co2eKg ?? dec(0));
      expect(Math.abs(sum.minus(distribution.total[p].co2eKg).toNumber())).toBeLessThan(1e-9);
    }
  });

  it('draws default lifetimes per category: size classes share the draw', () => {
    // Only the MFP lifetimes vary (small and large rows, 3 to 5 years, mode 5), on one stream.
    const result = bilan(pinnedFactorSet(['device.mfp.small.lifetimeYears', 'device.mfp.large.lifetimeYears']), [
      { category: 'mfp', sizeClass: 'small', quantity: 4, perimeter: 'administration' },
      { category: 'mfp', sizeClass: 'large', quantity: 2, perimeter: 'schools' },
    ]);
    const distribution = computeDistribution(result);
    expect(distribution.sensitivity.byIndicator.co2eKg.map((entry) => [entry.key, entry.kind, entry.factorIds])).toEqual([
      ['lifetime:mfp', 'lifetime', ['device.mfp.large.lifetimeYears', 'device.mfp.small.lifetimeYears']],
    ]);
    const [administration, schools] = distribution.byPerimeter;
    const sum = (administration?.p95.co2eKg ?? dec(0)).plus(schools?.p95.co2eKg ?? dec(0));
    expect(Math.abs(sum.minus(distribution.total.p95.co2eKg).toNumber())).toBeLessThan(1e-9);
  });

  it('draws different rows independently, and ranks them by their share of the variance', () => {
    // Y = 10 × X_laptop ÷ 5 + 6 × X_monitor ÷ 6 + constant. Var(triangular a, a, b) = (b − a)² ÷ 18:
    // laptop 2² × 90² ÷ 18 = 1,800; monitor 1² × 365.4² ÷ 18 = 7,417.62.
    // First-order shares: monitor 7,417.62 ÷ 9,217.62 = 0.8047, laptop 0.1953.
    const result = bilan(pinnedFactorSet(['device.laptop.manufacturing.co2eKg', 'device.monitor.manufacturing.co2eKg']), [
      { category: 'laptop', quantity: 10 },
      { category: 'monitor', quantity: 6 },
    ]);
    const distribution = computeDistribution(result);
    const ranking = distribution.sensitivity.byIndicator.co2eKg;
    // Both lines have no purchase year: the hypothesis they rest on carries the whole variance.
    expect(ranking[0]?.key).toBe('hypothesis:fleet-rule-undated');
    expect(ranking[0]?.share).toBeCloseTo(1, 2);
    const [first, second] = ranking.filter((entry) => entry.kind !== 'hypothesis');
    expect(first?.key).toBe('device.monitor.manufacturing.co2eKg');
    expect(first?.labelFr).toBe('Écrans : fabrication, gaz à effet de serre');
    expect(first?.share).toBeCloseTo(0.8047, 1);
    expect(second?.key).toBe('device.laptop.manufacturing.co2eKg');
    expect(second?.share).toBeCloseTo(0.1953, 1);
    expect(distribution.sensitivity.explained.co2eKg).toBeCloseTo(1, 1);
    // Independent parts: the P95 of the sum is below the sum of the P95s.
    const [laptop, monitor] = distribution.byCategory;
    expect(distribution.total.p95.co2eKg.lt((laptop?.p95.co2eKg ?? dec(0)).plus(monitor?.p95.co2eKg ?? dec(0)))).toBe(true);
  });

  it('is the same for the same input, whatever the objects', () => {
    const raw: InventoryItemInput[] = [
      { category: 'laptop', quantity: 10 },
      { category: 'server', quantity: 2, site: 'Mairie' },
      { category: 'mfp', quantity: 3 },
    ];
    const first = computeDistribution(bilan(pinnedFactorSet([]), raw));
    const factorSet = pinnedFactorSet(['device.laptop.manufacturing.co2eKg', 'device.server.use.activePowerW', 'device.mfp.lifetimeYears']);
    const a = bilan(factorSet, raw);
    const b = bilan(factorSet, raw);
    const da = computeDistribution(a);
    const db = computeDistribution(b);
    expect(da.seed).toBe(db.seed);
    expect(da.seed).not.toBe(first.seed);
    expect(da.total.p95.co2eKg.toFixed()).toBe(db.total.p95.co2eKg.toFixed());
    expect(da.byCategory.map((node) => node.p50.co2eKg.toFixed())).toEqual(db.byCategory.map((node) => node.p50.co2eKg.toFixed()));
    // Nothing varies in the pinned set: every percentile is the exact reference value.
    expect(first.total.p5.co2eKg.toFixed()).toBe(first.total.p95.co2eKg.toFixed());
  });
});

describe('determinism across computations', () => {
  it('gives the same seed and percentiles whatever the device model cache held before', () => {
    // Laptop lifetime (3, 5, 5): in 2025, devices bought in 2022, 2023 and 2024 all carry a full year
    // (1 ÷ L) over the whole range and share one cached specification. The BEGES share drawn with the
    // lifetime must be named by that class, not by the age that filled the cache first.
    const keep = ['device.laptop.lifetimeYears', 'device.laptop.manufacturing.co2eKg'];
    const target: InventoryItemInput[] = [{ category: 'laptop', quantity: 10, purchaseYear: 2024 }];
    // A fresh factor set object has a fresh device model cache.
    const fresh = computeDistribution(bilan(pinnedFactorSet(keep), target));
    const filled = pinnedFactorSet(keep);
    bilan(filled, [{ category: 'laptop', quantity: 3, purchaseYear: 2023 }]);
    const afterOther = computeDistribution(bilan(filled, target));
    expect(afterOther.seed).toBe(fresh.seed);
    expect(afterOther.total.p5.co2eKg.toFixed()).toBe(fresh.total.p5.co2eKg.toFixed());
  });
});

describe('uncertaintySentenceFr', () => {
  it('words the reference value, its P5–P95 interval and its percentile for documents', () => {
    // The single-row case above: reference 383.5570675 kg, P5 ≈ 388.1 kg, P95 ≈ 523.3 kg, percentile 0.
    const result = bilan(pinnedFactorSet(['device.laptop.manufacturing.co2eKg']), [{ category: 'laptop', quantity: 10, purchaseYear: 2024 }]);
    expect(uncertaintySentenceFr(result, computeDistribution(result))).toBe(
      'Valeur de référence : 0,4\u00a0t\u00a0CO2e. 90\u202f% des 2\u202f000 simulations donnent entre 0,4 et 0,5\u00a0t\u00a0CO2e (intervalle P5 – P95) ; ' +
        'la valeur de référence se situe au centile 0 : 0\u202f% des simulations donnent moins, 100\u202f% donnent plus.',
    );
  });
});

describe('derived variables', () => {
  it('draws a function of a row with the row, so both stay correlated', () => {
    // x triangular (3, mode 5, max 5); y = 1 ÷ x when x > 4, else 0 (a piecewise share).
    const x = variablePoly({}, 'device.laptop.lifetimeYears', 5, 3, 5);
    const f = (years: number) => (years > 4 ? 1 / years : 0);
    const y = derivedPoly(x, 'share', f);
    expect(y?.[0]?.vars[0]?.[0]).toMatchObject({ id: 'device.laptop.lifetimeYears|share', row: 'device.laptop.lifetimeYears', drawKey: 'lifetime:laptop', v: 0.2 });
    const simulation = new Simulation('seed', 2000);
    const xs = simulation.evaluate(x);
    const ys = simulation.evaluate(y ?? []);
    for (let i = 0; i < 2000; i++) expect(ys[i]).toBe(f(xs[i] as number));
    // Not a single row: no derived variable.
    expect(derivedPoly(addPoly(x, constantPoly(1)), 'share', f)).toBeUndefined();
  });
});
