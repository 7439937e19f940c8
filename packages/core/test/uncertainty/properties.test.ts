/** Laws of the Monte Carlo distribution, checked with fast-check on random bilans. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDistribution, computeFootprint, INDICATORS, type FootprintNode, type FootprintResult, type InventoryItemInput } from '../../src/index';
import { fixtureFactorSet as factors } from '../fixtures/factorSet';
import { hosting, items, organisation, usage } from '../helpers';

const itemArb: fc.Arbitrary<InventoryItemInput> = fc.record(
  {
    category: fc.constantFrom('laptop' as const, 'monitor' as const, 'mfp' as const, 'server' as const),
    quantity: fc.integer({ min: 1, max: 500 }),
    purchaseYear: fc.integer({ min: 2016, max: 2025 }),
    status: fc.constantFrom('in-service' as const, 'stock' as const, 'reuse' as const, 'disposed' as const),
    refurbished: fc.boolean(),
    perimeter: fc.constantFrom('administration' as const, 'schools' as const),
    site: fc.constantFrom('Mairie', 'École A'),
    lifetimeYears: fc.constantFrom('3', '6.5'),
    sizeClass: fc.constantFrom('small' as const, 'large' as const),
    usage: fc.constantFrom({ kind: 'metered' as const, energyKwhPerYear: '40' }, { kind: 'profile' as const, hoursPerDay: '8', daysPerYear: '220' }),
  },
  { requiredKeys: ['category', 'quantity'] },
);

const inputArb = fc.record({
  inventory: fc.array(itemArb, { maxLength: 12 }),
  cloud: fc.boolean(),
  site: fc.boolean(),
  emails: fc.integer({ min: 0, max: 1_000_000 }),
  method: fc.constantFrom('stock' as const, 'flux' as const),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function compute(input: Input): FootprintResult {
  return computeFootprint(
    {
      organisation: organisation(),
      inventory: items(input.inventory),
      hosting: hosting({
        sites: input.site ? [{ id: 's1', name: 'Salle', kind: 'server-room', country: 'FRA', equipment: { server: 4 } }] : [],
        cloud: input.cloud ? [{ id: 'c1', provider: 'ovhcloud', region: 'gra', vcpuHours: '87600', memoryGbHours: '350400', storageSsdTbHours: '8760', egressGb: '1000' }] : [],
      }),
      usage: usage({ emailsSent: String(input.emails) }),
    },
    factors,
    { year: 2025, method: input.method, amortisationYears: 3 },
  );
}

function nodesOf(result: FootprintResult): FootprintNode[] {
  return [
    result,
    ...result.byCategory,
    ...result.byPerimeter,
    ...result.bySite,
    ...result.byDomain,
    ...result.groups,
    ...result.hosting.sites,
    ...result.hosting.cloud,
    ...result.usage.items,
  ];
}

describe('computeDistribution laws', () => {
  it('Low ≤ P5 ≤ P50 ≤ P95 ≤ High on every node and indicator, and the same on a rerun', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = compute(input);
        const distribution = computeDistribution(result);
        const again = computeDistribution(compute(input));
        expect(again.seed).toBe(distribution.seed);
        const rerun = nodesOf(compute(input));
        nodesOf(result).forEach((node, index) => {
          const d = distribution.of(node);
          const r = again.of(rerun[index] as FootprintNode);
          for (const indicator of INDICATORS) {
            expect(node.low[indicator].lte(d.p5[indicator])).toBe(true);
            expect(d.p5[indicator].lte(d.p50[indicator])).toBe(true);
            expect(d.p50[indicator].lte(d.p95[indicator])).toBe(true);
            expect(d.p95[indicator].lte(node.high[indicator])).toBe(true);
            expect(r.p5[indicator].toFixed()).toBe(d.p5[indicator].toFixed());
            expect(r.p95[indicator].toFixed()).toBe(d.p95[indicator].toFixed());
          }
        });
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
