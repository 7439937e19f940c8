/**
 * Stock method: BEGES rule (default) against the fleet rule (issue 13, section 1).
 *
 * BEGES physical-lifetime amortisation (ABC/ADEME, « Méthode pour la réalisation des bilans
 * d'émissions de gaz à effet de serre », v5, 2022): a capital good bought in year P with a lifetime
 * of L years carries its embodied impact ÷ L in the years P … P + L − 1, nothing after, and is not
 * in the fleet of a year before P. Fixture laptop: embodied 170 + 12.3 + 2.79 = 185.09 kgCO2e,
 * lifetime 5 years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeviceFootprint, computeFleetFootprint, D, type Dec } from '../src/index';
import { fixtureFactorSet as factors } from './fixtures/factorSet';
import { item, items } from './helpers';

const embodied = (node: { byPhase: { manufacturing: { co2eKg: Dec }; distribution: { co2eKg: Dec }; endOfLife: { co2eKg: Dec } } }) =>
  node.byPhase.manufacturing.co2eKg.plus(node.byPhase.distribution.co2eKg).plus(node.byPhase.endOfLife.co2eKg).toFixed();
const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);

describe('BEGES stock rule (default)', () => {
  const beges = { year: 2025, method: 'stock' } as const;
  const fleet = { year: 2025, method: 'stock', stockRule: 'fleet' } as const;

  it('charges 185.09 ÷ 5 = 37.018 kgCO2e a year to a laptop within its lifetime, as the fleet rule does', () => {
    const laptop = item({ category: 'laptop', quantity: 1, purchaseYear: 2023 });
    expect(embodied(computeDeviceFootprint(laptop, factors, beges))).toBe('37.018');
    expect(embodied(computeDeviceFootprint(laptop, factors, fleet))).toBe('37.018');
  });

  it('charges nothing embodied to a laptop past its lifetime (bought 2018, 7 years old), only its use; the fleet rule still charges 37.018', () => {
    const old = item({ category: 'laptop', quantity: 1, purchaseYear: 2018 });
    const result = computeDeviceFootprint(old, factors, beges);
    expect(embodied(result)).toBe('0');
    // 26.5 W × 3 h × 365 d ÷ 1000 = 29.0175 kWh × 0.0461 = 1.33770675 kgCO2e
    expect(result.byPhase.use.co2eKg.toFixed()).toBe('1.33770675');
    expect(codes(result.trace.assumptions)).toContain('method_stock_beges_amortised');
    expect(embodied(computeDeviceFootprint(old, factors, fleet))).toBe('37.018');
  });

  it('splits a 2.5-year lifetime 1 ÷ 2.5, 1 ÷ 2.5, 0.5 ÷ 2.5: 0.4, 0.4 and 0.2 of the embodied impact', () => {
    const shares = [2025, 2024, 2023, 2022].map((purchaseYear) =>
      computeDeviceFootprint(item({ category: 'laptop', quantity: 1, purchaseYear, lifetimeYears: '2.5' }), factors, beges).byPhase.manufacturing.co2eKg.toFixed(),
    );
    // 170 × 0.4 = 68; 170 × 0.2 = 34
    expect(shares).toEqual(['68', '68', '34', '0']);
  });

  it('leaves a device bought after the bilan year out of the fleet, under both rules, and counts it', () => {
    const inventory = items([
      { category: 'laptop', quantity: 3, purchaseYear: 2019 },
      { category: 'laptop', quantity: 5, purchaseYear: 2023 },
    ]);
    for (const options of [{ year: 2019, method: 'stock' } as const, { year: 2019, method: 'stock', stockRule: 'fleet' } as const]) {
      const result = computeFleetFootprint(inventory, factors, options);
      expect(result.quantity).toBe(3);
      expect(result.groups.map((g) => g.purchaseYear)).toEqual([2019]);
      expect(result.stockSummary.devicesBoughtAfterYear).toBe(5);
      expect(embodied(result)).toBe('111.054');
    }
  });

  it('applies the fleet rule to a line without a purchase year, says so and counts the devices', () => {
    const result = computeFleetFootprint(items([{ category: 'laptop', quantity: 4 }, { category: 'laptop', quantity: 2, purchaseYear: 2024 }]), factors, beges);
    expect(result.stockSummary).toEqual({ rule: 'beges', devicesWithoutPurchaseYear: 4, devicesBoughtAfterYear: 0 });
    expect(codes(result.trace.fallbacks)).toEqual(expect.arrayContaining(['stock_purchase_year_missing', 'stock_purchase_year_missing_count']));
    expect(embodied(result)).toBe('222.108'); // 6 × 37.018
  });

  it('gives less embodied impact than the fleet rule on an ageing fleet: 10 laptops of 2017 and 10 of 2024 → 370.18 against 740.36', () => {
    const inventory = items([
      { category: 'laptop', quantity: 10, purchaseYear: 2017 },
      { category: 'laptop', quantity: 10, purchaseYear: 2024 },
    ]);
    expect(embodied(computeFleetFootprint(inventory, factors, beges))).toBe('370.18');
    expect(embodied(computeFleetFootprint(inventory, factors, fleet))).toBe('740.36');
  });

  it('keeps low ≤ central ≤ high on the BEGES share, including lifetimes whose range straddles the device age', () => {
    // Lifetime row: 5 years, range 3–5. At age 3 the share is 0 at L = 3, 1 ÷ 4 at L = 4, 1 ÷ 5 at L = 5.
    const result = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, purchaseYear: 2022 }), factors, beges);
    expect(result.total.co2eKg.gte(result.low.co2eKg)).toBe(true);
    expect(result.high.co2eKg.gte(result.total.co2eKg)).toBe(true);
    expect(result.byPhase.manufacturing.co2eKg.toFixed()).toBe('34'); // 170 ÷ 5
  });

  it('charges exactly the whole embodied impact over the years of a device life, whatever the lifetime (law)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 150 }), (tenths) => {
        const lifetime = new D(tenths).div(10);
        let total = new D(0);
        for (let age = 0; age <= Math.ceil(tenths / 10) + 1; age += 1) {
          const laptop = item({ category: 'laptop', quantity: 1, purchaseYear: 2025 - age, lifetimeYears: lifetime.toString() });
          total = total.plus(computeDeviceFootprint(laptop, factors, beges).byPhase.manufacturing.co2eKg);
        }
        return total.toDecimalPlaces(30).eq(170);
      }),
      { numRuns: 60 },
    );
  });
});
