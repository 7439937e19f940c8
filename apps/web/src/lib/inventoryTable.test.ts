import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBulk, EMPTY_FILTER, viewOf, type InventoryLine } from './inventoryTable';

const LINES: InventoryLine[] = [
  { category: 'laptop', quantity: 10, purchaseYear: 2021, perimeter: 'administration', site: 'Hôtel de ville', manufacturer: 'Dell', model: 'Latitude 5420', entity: 'Ville > DSI' },
  { category: 'desktop', quantity: 4, purchaseYear: 2018, perimeter: 'schools', site: 'École Jaurès', model: 'OptiPlex 7050', entity: 'Ville > Écoles' },
  { category: 'laptop', quantity: 2, purchaseDate: '2023-03-01', perimeter: 'schools', site: 'École Jaurès', manufacturer: 'Lenovo', model: 'ThinkPad E14' },
  { category: 'monitor', quantity: 25, purchaseYear: 2019, perimeter: 'administration', site: 'Hôtel de ville' },
];

describe('viewOf', () => {
  it('filters on several criteria at once: laptops of the schools', () => {
    expect(viewOf(LINES, { ...EMPTY_FILTER, category: 'laptop', perimeter: 'schools' }, { key: undefined, direction: 'ascending' })).toEqual([2]);
  });

  it('finds words in the model, site and entity without accents or case', () => {
    expect(viewOf(LINES, { ...EMPTY_FILTER, text: 'ecoles' }, { key: undefined, direction: 'ascending' })).toEqual([1]);
    expect(viewOf(LINES, { ...EMPTY_FILTER, text: 'jaures thinkpad' }, { key: undefined, direction: 'ascending' })).toEqual([2]);
  });

  it('keeps purchase years within the bounds, reading the year of a purchase date', () => {
    expect(viewOf(LINES, { ...EMPTY_FILTER, yearFrom: 2020 }, { key: undefined, direction: 'ascending' })).toEqual([0, 2]);
    expect(viewOf(LINES, { ...EMPTY_FILTER, yearTo: 2019 }, { key: undefined, direction: 'ascending' })).toEqual([1, 3]);
  });

  it('sorts numbers as numbers, both ways, and is stable', () => {
    expect(viewOf(LINES, EMPTY_FILTER, { key: 'quantity', direction: 'descending' })).toEqual([3, 0, 1, 2]);
    expect(viewOf(LINES, EMPTY_FILTER, { key: 'purchaseYear', direction: 'ascending' })).toEqual([1, 3, 0, 2]);
    expect(viewOf(LINES, EMPTY_FILTER, { key: 'site', direction: 'ascending' })).toEqual([1, 2, 0, 3]);
  });

  it('returns a permutation of the kept lines, whatever the sort (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(['category', 'model', 'quantity', 'purchaseYear', 'site', 'entity'] as const)), fc.boolean(), (key, up) => {
        const view = viewOf(LINES, EMPTY_FILTER, { key, direction: up ? 'ascending' : 'descending' });
        return [...view].sort().join() === '0,1,2,3';
      }),
    );
  });
});

describe('applyBulk', () => {
  it('changes the perimeter, entity and lifetime of the selected lines only', () => {
    const lines: InventoryLine[] = structuredClone(LINES);
    const selected = viewOf(lines, { ...EMPTY_FILTER, site: 'École Jaurès' }, { key: undefined, direction: 'ascending' });
    // Lines 2 and 3 (4 + 2 devices): schools → administration, « Ville > Écoles » and no entity → « Ville > Éducation », no lifetime → 6.
    expect(applyBulk(lines, selected, { perimeter: 'administration', entity: 'Ville > Éducation', lifetimeYears: '6' })).toEqual({
      lines: 2,
      devices: 6,
      fields: [
        { field: 'perimeter', before: ['schools'], after: 'administration' },
        { field: 'entity', before: ['Ville > Écoles', undefined], after: 'Ville > Éducation' },
        { field: 'lifetimeYears', before: [undefined], after: '6' },
      ],
    });
    expect(lines.map((l) => [l.perimeter, l.entity, l.lifetimeYears])).toEqual([
      ['administration', 'Ville > DSI', undefined],
      ['administration', 'Ville > Éducation', '6'],
      ['administration', 'Ville > Éducation', '6'],
      ['administration', undefined, undefined],
    ]);
  });

  it('counts only the lines that really change', () => {
    const lines: InventoryLine[] = structuredClone(LINES);
    expect(applyBulk(lines, [0, 3], { perimeter: 'administration' })).toEqual({ lines: 0, devices: 0, fields: [] });
  });
});
