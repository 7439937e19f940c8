/** Laws of the fleet computation, checked with fast-check on random inventories. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeviceFootprint, computeFleetFootprint, INDICATORS, PHASES, sum, type Dec, type Inventory, type InventoryItemInput } from '../src/index';
import { fixtureFactorSet as factors } from './fixtures/factorSet';
import { items, organisation } from './helpers';

const itemArb: fc.Arbitrary<InventoryItemInput> = fc.record(
  {
    category: fc.constantFrom('laptop' as const, 'monitor' as const, 'mfp' as const, 'server' as const),
    quantity: fc.integer({ min: 1, max: 500 }),
    purchaseYear: fc.integer({ min: 2016, max: 2025 }),
    status: fc.constantFrom('in-service' as const, 'stock' as const, 'reuse' as const, 'disposed' as const),
    refurbished: fc.boolean(),
    perimeter: fc.constantFrom('administration' as const, 'schools' as const, 'public-services' as const, 'territory' as const),
    site: fc.constantFrom('Mairie', 'École A', 'Médiathèque'),
    lifetimeYears: fc.constantFrom('3', '4', '6.5'),
    sizeClass: fc.constantFrom('small' as const, 'large' as const),
  },
  { requiredKeys: ['category', 'quantity'] },
);
const inventoryArb = fc.array(itemArb, { maxLength: 25 }).map((raw) => items(raw));
const optionsArb = fc.record({
  year: fc.constantFrom(2024, 2025),
  method: fc.constantFrom('stock' as const, 'flux' as const),
  amortisationYears: fc.integer({ min: 1, max: 5 }),
});
/**
 * Decimals are exact except for non-terminating divisions (÷ lifetime, e.g. 185.09 ÷ 3), which round
 * at the 40th significant digit of the core's Decimal; sums computed in another order can then
 * differ in that last digit. The laws are checked at 30 significant digits, far below any
 * meaningful quantity and far above that rounding.
 */
const at30 = (value: Dec): string => value.toSignificantDigits(30).toFixed();
const org = organisation({ lifetimeHypotheses: { monitor: '7' } });

const totals = (inventory: Inventory, options: { year: number; method: 'stock' | 'flux'; amortisationYears: number }) =>
  computeFleetFootprint(inventory, factors, { ...options, organisation: org });

describe('computeFleetFootprint laws', () => {
  it('the fleet total equals the sum of its groups, of its device lines, and of each breakdown', () => {
    fc.assert(
      fc.property(inventoryArb, optionsArb, (inventory, options) => {
        const fleet = totals(inventory, options);
        for (const indicator of INDICATORS) {
          const expected = at30(fleet.total[indicator]);
          expect(at30(sum(fleet.groups.map((g) => g.total[indicator])))).toBe(expected);
          expect(at30(sum(inventory.map((i) => computeDeviceFootprint(i, factors, { ...options, organisation: org }).total[indicator])))).toBe(expected);
          for (const breakdown of [fleet.byCategory, fleet.byPerimeter, fleet.bySite]) {
            expect(at30(sum(breakdown.map((b) => b.total[indicator])))).toBe(expected);
          }
          expect(at30(sum(PHASES.map((p) => fleet.byPhase[p][indicator])))).toBe(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('multiplying every quantity by k multiplies the footprint by k', () => {
    fc.assert(
      fc.property(inventoryArb, optionsArb, fc.integer({ min: 2, max: 1000 }), (inventory, options, k) => {
        const scaled = inventory.map((i) => ({ ...i, quantity: i.quantity * k }));
        const a = totals(inventory, options);
        const b = totals(scaled, options);
        for (const indicator of INDICATORS) {
          expect(at30(b.total[indicator])).toBe(at30(a.total[indicator].times(k)));
          expect(at30(b.high[indicator])).toBe(at30(a.high[indicator].times(k)));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the order of the rows does not matter', () => {
    fc.assert(
      fc.property(
        inventoryArb.chain((inventory) => fc.tuple(fc.constant(inventory), fc.shuffledSubarray(inventory, { minLength: inventory.length, maxLength: inventory.length }))),
        optionsArb,
        ([inventory, shuffled], options) => {
          const a = totals(inventory, options);
          const b = totals(shuffled, options);
          expect(b.total.co2eKg.toFixed()).toBe(a.total.co2eKg.toFixed());
          expect(b.groups.map((g) => g.key)).toEqual(a.groups.map((g) => g.key));
          expect(b.trace).toEqual(a.trace);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('an empty inventory gives zero', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const fleet = totals([], options);
        for (const indicator of INDICATORS) {
          expect(fleet.total[indicator].toFixed()).toBe('0');
          expect(fleet.high[indicator].toFixed()).toBe('0');
        }
        expect(fleet.groups).toHaveLength(0);
      }),
      { numRuns: 10 },
    );
  });

  it('no indicator is ever negative, and low ≤ total ≤ high', () => {
    fc.assert(
      fc.property(inventoryArb, optionsArb, (inventory, options) => {
        const fleet = totals(inventory, options);
        for (const node of [fleet, ...fleet.groups]) {
          for (const indicator of INDICATORS) {
            expect(node.low[indicator].isNegative()).toBe(false);
            expect(node.low[indicator].lte(node.total[indicator])).toBe(true);
            expect(node.total[indicator].lte(node.high[indicator])).toBe(true);
            for (const phase of PHASES) expect(node.byPhase[phase][indicator].isNegative()).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
