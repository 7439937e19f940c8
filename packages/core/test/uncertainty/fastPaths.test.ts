/**
 * The linear-time helpers of the Monte Carlo give what their plain definitions give: order
 * statistics as a full sort, quantiles as type 7 on the sorted draws, and a sum of many polys as
 * `addPoly` applied one by one (same terms, same coefficients, same order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../src/uncertainty/sampling';
import { orderStatistics, quantileOfSorted, quantilesOfUnsorted } from '../../src/uncertainty/quantiles';
import { addPoly, constantPoly, mulPoly, scalePoly, sumPolys, sumScaledPolys, variablePoly, type Poly } from '../../src/uncertainty/poly';

describe('latinHypercube', () => {
  it('draws the same stream as before the generator was restructured', () => {
    // Values of the stream as drawn by the first release of the simulation (sfc32 as a closure):
    // the percentiles of every published bilan depend on them.
    const draws = latinHypercube('seed', 'device.laptop.manufacturing.co2eKg', 2000);
    expect([draws[0], draws[1], draws[1999]]).toEqual([0.3079153923438862, 0.4822420989739476, 0.6192286544539966]);
  });
});

describe('orderStatistics', () => {
  it('reads ranks of unsorted draws by hand', () => {
    const draws = Float64Array.from([9, 1, 7, 3, 5, 3, 8]);
    // Sorted: 1, 3, 3, 5, 7, 8, 9.
    expect(orderStatistics(draws, [0, 1, 2, 3, 6])).toEqual([1, 3, 3, 5, 9]);
    // The draws keep their order.
    expect([...draws]).toEqual([9, 1, 7, 3, 5, 3, 8]);
    expect(orderStatistics(Float64Array.from([4, 4, 4]), [0, 2])).toEqual([4, 4]);
    // Not all finite: a full sort of a copy (NaN last).
    expect(orderStatistics(Float64Array.from([2, Infinity, 1]), [0, 1, 2])).toEqual([1, 2, Infinity]);
    expect(orderStatistics(Float64Array.from([2, Number.NaN, 1]), [0, 1])).toEqual([1, 2]);
  });

  it('gives the values of a full sort', () => {
    const draws = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(draws, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (values, picks) => {
        const array = Float64Array.from(values);
        const sorted = Float64Array.from(values).sort();
        const ranks = picks.map((pick) => pick % values.length);
        expect(orderStatistics(array, ranks)).toEqual(ranks.map((rank) => sorted[rank]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('quantilesOfUnsorted', () => {
  it('interpolates between order statistics as quantileOfSorted (type 7)', () => {
    // 1…5 shuffled: P5 = 1 + 0.2 × (2 − 1) = 1.2, P50 = 3, P95 = 4 + 0.8 × (5 − 4) = 4.8.
    const [p5, p50, p95] = quantilesOfUnsorted(Float64Array.from([4, 1, 5, 3, 2]), [0.05, 0.5, 0.95]) as [number, number, number];
    expect(p5).toBeCloseTo(1.2, 12);
    expect(p50).toBe(3);
    expect(p95).toBeCloseTo(4.8, 12);
  });

  it('equals quantileOfSorted on the sorted draws, bit for bit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 2500 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const ps = [0.05, 0.5, 0.95];
        expect(quantilesOfUnsorted(Float64Array.from(values), ps)).toEqual(ps.map((p) => quantileOfSorted(sorted, p)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('sumPolys', () => {
  const x = variablePoly({}, 'x', 2, 1, 3);
  const y = variablePoly({}, 'y', 5, 4, 6);
  const z = variablePoly({}, 'z', 1, 0.5, 2);

  it('adds like addPoly one by one', () => {
    // 2x + 3y + (−2x) + z: x cancels and is dropped; a later x goes last.
    const parts: Poly[] = [scalePoly(x, 2), [], scalePoly(y, 3), scalePoly(x, -2), z, x];
    const sum = sumPolys(parts);
    expect(sum.map((term) => [term.key, term.c])).toEqual([
      ['y', 3],
      ['z', 1],
      ['x', 1],
    ]);
    expect(sum).toEqual(parts.reduce(addPoly, []));
    // One poly alone is returned as given.
    expect(sumPolys([[], y])).toBe(y);
    expect(sumPolys([])).toEqual([]);
  });

  it('gives the terms of addPoly one by one on random sums', () => {
    const atoms = [x, y, z, mulPoly(x, y), constantPoly(1.5)];
    const part = fc.tuple(fc.integer({ min: 0, max: atoms.length - 1 }), fc.integer({ min: -3, max: 3 })).map(([i, k]) => scalePoly(atoms[i] as Poly, k));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 20 }), (parts) => {
        expect(sumPolys(parts)).toEqual(parts.reduce(addPoly, []));
      }),
      { numRuns: 300 },
    );
  });

  it('sums scaled polys as scalePoly then sumPolys', () => {
    // 3 × (2x + y) + 0 × z + 1 × x = 7x + 3y.
    const parts: (readonly [Poly, number])[] = [[addPoly(scalePoly(x, 2), y), 3], [z, 0], [x, 1]];
    expect(sumScaledPolys(parts).map((term) => [term.key, term.c])).toEqual([
      ['x', 7],
      ['y', 3],
    ]);
    const atoms = [x, y, z, mulPoly(x, y), constantPoly(1.5), []];
    const part = fc.tuple(fc.integer({ min: 0, max: atoms.length - 1 }), fc.constantFrom(-2, -1, 0, 0.5, 1, 3)).map(([i, k]) => [atoms[i] as Poly, k] as const);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 20 }), (pairs) => {
        expect(sumScaledPolys(pairs)).toEqual(sumPolys(pairs.map(([poly, k]) => scalePoly(poly, k))));
      }),
      { numRuns: 300 },
    );
  });
});
