import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../internal/decimal';
import { InventoryItemSchema, type InventoryItemInput } from '../schemas/inventory';
import { baselineDrift, computeWorkstationLifetime, isBaselineAdrift } from './baseline';

const items = (list: InventoryItemInput[]) => list.map((i) => InventoryItemSchema.parse(i));

describe('computeWorkstationLifetime', () => {
  it('averages the real ages of the PCs in service, weighted by quantity, and ignores other devices', () => {
    // 10 laptops bought in 2020 (4 years old in 2024) and 10 desktops bought in 2018 (6 years):
    // (10 × 4 + 10 × 6) ÷ 20 = 5 years. The 30 monitors of 2010 do not count.
    const lifetime = computeWorkstationLifetime(
      items([
        { category: 'laptop', quantity: 10, purchaseYear: 2020 },
        { category: 'desktop', quantity: 10, purchaseDate: '2018-06-01' },
        { category: 'monitor', quantity: 30, purchaseYear: 2010 },
        { category: 'laptop', quantity: 4 },
      ]),
      2024,
    );
    expect(lifetime?.years.toFixed()).toBe('5');
    expect(lifetime).toMatchObject({ basis: 'in-service-age', quantity: 20, withoutYear: 4 });
  });

  it('takes the age at retirement of the PCs that left the fleet when there are some', () => {
    // Retired in 2024: 3 laptops of 2017 (7 years) and 1 desktop of 2015 (9 years): (21 + 9) ÷ 4 = 7.5.
    const lifetime = computeWorkstationLifetime(
      items([
        { category: 'laptop', quantity: 3, purchaseYear: 2017, status: 'disposed' },
        { category: 'desktop', quantity: 1, purchaseYear: 2015, status: 'reuse' },
        { category: 'laptop', quantity: 50, purchaseYear: 2023 },
      ]),
      2024,
    );
    expect(lifetime?.years.toFixed()).toBe('7.5');
    expect(lifetime?.basis).toBe('retired');
  });

  it('gives nothing without a dated PC', () => {
    expect(computeWorkstationLifetime(items([{ category: 'monitor', quantity: 2, purchaseYear: 2020 }]), 2024)).toBeUndefined();
  });

  it('does not change when the inventory is reordered (property)', () => {
    const base = items([
      { category: 'laptop', quantity: 3, purchaseYear: 2019 },
      { category: 'desktop', quantity: 2, purchaseYear: 2016 },
      { category: 'workstation', quantity: 1, purchaseYear: 2022 },
    ]);
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: 3, maxLength: 3 }), (shuffled) => computeWorkstationLifetime(shuffled, 2024)!.years.eq(computeWorkstationLifetime(base, 2024)!.years)),
    );
  });
});

describe('baselineDrift', () => {
  it('is |frozen − live| ÷ live: 19.3 t frozen against 60 t live is 67.8333… %', () => {
    expect(baselineDrift(dec('19.3'), dec('60'))?.toFixed(6)).toBe('0.678333');
    expect(isBaselineAdrift(dec('19.3'), dec('60'))).toBe(true);
  });

  it('flags only beyond 5 %: 104 against 100 is not flagged, 106 is', () => {
    expect(isBaselineAdrift(dec('104'), dec('100'))).toBe(false);
    expect(isBaselineAdrift(dec('105'), dec('100'))).toBe(false);
    expect(isBaselineAdrift(dec('106'), dec('100'))).toBe(true);
  });

  it('has no relative gap against a zero live value', () => {
    expect(baselineDrift(dec('3'), dec('0'))).toBeUndefined();
  });
});
