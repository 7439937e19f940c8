/**
 * The kg CO2e per phase that data quality reads of a fleet group without computing the group's
 * other values are the group's own values.
 */
import { describe, expect, it } from 'vitest';
import { computeFleetFootprint, dec } from '../../src/index';
import { phaseCo2eKgOf } from '../../src/compute/lazyGroup';
import { fixtureFactorSet as factors } from '../fixtures/factorSet';
import { items, organisation } from '../helpers';

const options = { year: 2025, method: 'stock' as const, organisation: organisation() };

describe('phaseCo2eKgOf', () => {
  it('reads the kg CO2e per phase of a group as its values hold them', () => {
    const fleet = computeFleetFootprint(
      items([
        { category: 'laptop', quantity: 1, purchaseYear: 2024, site: 'Mairie' },
        { category: 'laptop', quantity: 7, purchaseYear: 2024, site: 'École' },
        { category: 'laptop', quantity: 7, purchaseYear: 2024, site: 'Piscine' },
      ]),
      factors,
      options,
    );
    const [one, seven, sevenToo] = fleet.groups.map((group) => phaseCo2eKgOf(group));
    // One laptop in its second year: 170 ÷ 5 = 34 kg of manufacturing; seven: 238 kg.
    expect(one?.manufacturing.toFixed()).toBe('34');
    expect(seven?.manufacturing.toFixed()).toBe('238');
    // Groups of one specification and quantity share the object.
    expect(sevenToo).toBe(seven);
    for (const group of fleet.groups) {
      const phases = phaseCo2eKgOf(group);
      for (const phase of ['manufacturing', 'distribution', 'use', 'endOfLife'] as const) {
        expect(phases[phase].eq(group.byPhase[phase].co2eKg)).toBe(true);
      }
    }
    // Once the values are read, they are the source.
    expect(phaseCo2eKgOf(fleet.groups[1] as (typeof fleet.groups)[number]).manufacturing.eq(dec(238))).toBe(true);
  });
});
