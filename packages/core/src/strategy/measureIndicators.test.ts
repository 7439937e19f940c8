import { describe, expect, it } from 'vitest';
import { getFactorSet } from '../factors/factorSets';
import { computeFootprint } from '../compute/computeFootprint';
import { measureIndicators, recordMeasuredIndicators } from './measureIndicators';
import { StrategySchema } from './schema';
import { makeInputs } from '../../test/strategy/builders';

const set = getFactorSet('fr-2025.1');
const inputs = makeInputs({
  inventory: [
    { category: 'laptop', quantity: 7, purchaseYear: 2024 },
    { category: 'laptop', quantity: 3, purchaseYear: 2024, refurbished: true },
    { category: 'desktop', quantity: 5, purchaseYear: 2020 },
  ],
  hosting: { sites: [{ id: 's1', name: 'Salle', kind: 'server-room', equipment: { server: 2 } }] },
});
const result = computeFootprint(inputs, set, { year: 2024, method: 'stock' });

describe('measureIndicators', () => {
  const measured = measureIndicators(inputs, result, set);

  it('measures the fleet indicators of the year', () => {
    // Refurbished: 3 of the 10 devices bought in 2024. Lifetime: (10 × 5 + 5 × 6) / 15 = 5.333… years.
    expect(measured.values['refurbished-purchase-share']?.toFixed()).toBe('30');
    expect(measured.values['average-lifetime-years']?.toDecimalPlaces(6).toFixed()).toBe('5.333333');
    // Server room without its own PUE: the factor set default 1.63.
    expect(measured.values.pue?.toFixed()).toBe('1.63');
  });

  it('converts the footprint into the indicators’ units', () => {
    expect(measured.values['co2e-t']?.times(1000).eq(result.total.co2eKg)).toBe(true);
    expect(measured.values['water-m3']?.times(1000).eq(result.total.waterL)).toBe(true);
    expect([measured.year, measured.factorSetVersion]).toEqual([2024, 'fr-2025.1']);
  });

  it('records the values into the computed indicators only, replacing the same year', () => {
    const strategy = StrategySchema.parse({
      version: 1,
      legal: { entityKind: 'commune' },
      baselineYear: 2024,
      horizonYear: 2030,
      indicators: [
        { id: 'life', label: 'Durée de vie', kind: 'average-lifetime-years', direction: 'increase', values: [{ year: 2024, value: '4' }, { year: 2023, value: '4.5' }] },
        { id: 'formes', label: 'Agents formés', kind: 'agents-trained-share', direction: 'increase', values: [] },
      ],
    });
    const recorded = recordMeasuredIndicators(strategy, measured);
    expect(recorded.indicators[0]?.values.map((v) => [v.year, v.value.toDecimalPlaces(2).toFixed(), v.factorSetVersion])).toEqual([
      [2023, '4.5', undefined],
      [2024, '5.33', 'fr-2025.1'],
    ]);
    expect(recorded.indicators[1]).toBe(strategy.indicators[1]);
  });
});
