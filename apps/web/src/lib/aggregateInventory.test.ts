import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, computeFootprint, getFactorSet, parseInventory, parseOrganisation, PERIMETERS, serializeFootprint, STATUSES } from '@reen/core';
import { aggregateInventory } from './aggregateInventory';

const organisation = parseOrganisation({ name: 'Test', kind: 'commune', population: 60000, agents: 500, referenceYear: 2024 });

const itemArbitrary = fc.record({
  category: fc.constantFrom(...CATEGORY_IDS.slice(0, 6)),
  quantity: fc.integer({ min: 1, max: 50 }),
  purchaseDate: fc.constantFrom('2019-02-03', '2019-11-30', '2022-06-01'),
  status: fc.constantFrom(...STATUSES),
  perimeter: fc.constantFrom(...PERIMETERS),
  serialNumber: fc.string({ maxLength: 6 }),
  site: fc.constantFrom('Hôtel de ville', 'École'),
});

describe('aggregateInventory', () => {
  it('merges lines that differ only by name, serial number or date within the year, and keeps model and entity', () => {
    const parsed = parseInventory(
      [
        { category: 'laptop', quantity: 2, purchaseDate: '2022-01-10', serialNumber: 'A', model: 'X', entity: 'Val > CIAS' },
        { category: 'laptop', quantity: 3, purchaseDate: '2022-09-10', serialNumber: 'B', model: 'X', entity: 'Val > CIAS' },
        { category: 'laptop', quantity: 4, purchaseDate: '2022-09-10', serialNumber: 'C', model: 'X', entity: 'Val > DSI' },
        { category: 'laptop', quantity: 1, purchaseYear: 2021 },
      ],
      { today: '2025-01-01' },
    );
    if (!parsed.success) throw new Error('fixture invalid');
    expect(aggregateInventory(parsed.data)).toEqual([
      { category: 'laptop', quantity: 5, purchaseYear: 2022, status: 'in-service', model: 'X', entity: 'Val > CIAS', perimeter: 'administration' },
      { category: 'laptop', quantity: 4, purchaseYear: 2022, status: 'in-service', model: 'X', entity: 'Val > DSI', perimeter: 'administration' },
      { category: 'laptop', quantity: 1, purchaseYear: 2021, status: 'in-service', perimeter: 'administration' },
    ]);
  });

  it('keeps the number of devices and the bilan of the core unchanged', () => {
    if (!organisation.success) throw new Error('organisation invalid');
    const factors = getFactorSet();
    fc.assert(
      fc.property(fc.array(itemArbitrary, { minLength: 1, maxLength: 25 }), (items) => {
        const parsed = parseInventory(items, { today: '2025-01-01' });
        if (!parsed.success) throw new Error('arbitrary invalid');
        const merged = parseInventory(aggregateInventory(parsed.data), { today: '2025-01-01' });
        if (!merged.success) throw new Error('merged invalid');
        const devices = (list: readonly { quantity: number }[]) => list.reduce((n, item) => n + item.quantity, 0);
        expect(devices(merged.data)).toBe(devices(parsed.data));
        const compute = (inventory: typeof parsed.data) =>
          serializeFootprint(
            computeFootprint({ organisation: organisation.data, inventory, hosting: { sites: [], cloud: [] }, usage: { boxesInInventory: false } }, factors, {
              year: 2024,
              method: 'stock',
            }),
          ).totals;
        expect(compute(merged.data)).toEqual(compute(parsed.data));
      }),
      { numRuns: 40 },
    );
  });
});
