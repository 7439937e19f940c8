/**
 * Parity with ADEME's own model (hard requirement of issue 2).
 *
 * For every terminal that ADEME's model `@incubateur-ademe/publicodes-acv-numerique` (2.1.0, run by
 * `publicodes` 1.10.3) covers and that our factor set takes from it, the core must give the same
 * numbers for the same inputs: one device, its full default lifetime, the default use profile, and
 * the same electricity vintage (the engine's `publicodes-commun . mix électrique . empreinte
 * carbone` is set to our row of that vintage).
 *
 * Units: ADEME gives gCO2e and litres of the EF 3.0 water-use indicator; the core gives kgCO2e and
 * m³ world-eq, so ADEME's values are divided by 1000 (exactly, in Decimal).
 * Doubles are compared at 15 significant digits (see test/ademe.ts).
 */
import rules from '@incubateur-ademe/publicodes-acv-numerique';
import { describe, expect, it } from 'vitest';
import { computeDeviceFootprint, getFactorSet, parseInventory } from '../src/index';
import { ADEME_DEVICES_2_1 as ADEME_DEVICES, ademeEngine, frenchVintages, fromDouble, ours } from './ademe';

const factorSet = getFactorSet('fr-2025.1');

type Covered = keyof typeof ADEME_DEVICES;

const VINTAGES = frenchVintages(factorSet);
const { engine, value: ademe } = ademeEngine(rules);

function device(category: Covered, year: number) {
  const parsed = parseInventory([{ category, quantity: 1 }], { today: '2025-12-31' });
  if (!parsed.success || !parsed.data[0]) throw new Error('fixture item does not parse');
  return computeDeviceFootprint(parsed.data[0], factorSet, { year, method: 'stock' });
}

describe('parity with ADEME publicodes-acv-numerique 2.1.0', () => {
  it('covers every terminal whose rows the factor set takes from ADEME\'s terminal rules (acv . …)', () => {
    const fromAdeme = factorSet.rows
      .filter((row) => /^device\.[a-z-]+\.manufacturing\.co2eKg$/.test(row.id) && row.source.version === '2.1.0' && row.source.title.includes('« acv . '))
      .map((row) => row.id.split('.')[1])
      .sort();
    expect(fromAdeme).toEqual(Object.keys(ADEME_DEVICES).sort());
    expect(VINTAGES.length).toBeGreaterThanOrEqual(2);
  });

  for (const [category, name] of Object.entries(ADEME_DEVICES) as [Covered, string][]) {
    describe(`${category} (ADEME « ${name} »)`, () => {
      for (const vintage of VINTAGES) {
        it(`gives ADEME's numbers with the ${vintage} electricity vintage`, () => {
          const mix = factorSet.rows.find((row) => row.id === `electricity.FRA.${vintage}.co2eKgPerKwh`)?.value;
          engine.setSituation({ 'publicodes-commun . mix électrique . empreinte carbone': `${mix} kgCO2e/kWh` });
          const result = device(category, vintage);
          const rule = (suffix: string) => `acv . ${name} . ${suffix}`;
          expect(result.lifetimeLevel).toBe('default');
          expect(result.lifetimeYears.toFixed()).toBe(String(ademe(rule('durée de vie théorique'))));
          expect({
            manufacturing: ours(result.lifecycle.manufacturing.co2eKg),
            distribution: ours(result.lifecycle.distribution.co2eKg),
            endOfLife: ours(result.lifecycle.endOfLife.co2eKg),
            use: ours(result.lifecycle.use.co2eKg),
            annualKwh: ours(result.energyKwhPerYear),
            waterManufacturing: ours(result.lifecycle.manufacturing.waterScarcityM3eq),
            waterDistribution: ours(result.lifecycle.distribution.waterScarcityM3eq),
          }).toEqual({
            manufacturing: fromDouble(ademe(rule('carbone . fabrication')), true),
            distribution: fromDouble(ademe(rule('carbone . distribution')), true),
            endOfLife: fromDouble(ademe(rule('carbone . fin de vie')), true),
            use: fromDouble(ademe(rule('carbone . usage théorique')), true),
            annualKwh: fromDouble(ademe(rule('consommation annuelle')), false),
            waterManufacturing: fromDouble(ademe(rule('eau . fabrication')), true),
            waterDistribution: fromDouble(ademe(rule('eau . distribution')), true),
          });
        });
      }
    });
  }

  it('gives the laptop numbers exactly, as worked by hand (2025 vintage, 0.0461 kgCO2e/kWh)', () => {
    const laptop = device('laptop', 2025);
    // 26.5 W × 3 h/day × 365 days ÷ 1000 = 29.0175 kWh/yr; × 0.0461 × 5 years = 6.68853375 kgCO2e.
    expect(laptop.energyKwhPerYear.toFixed()).toBe('29.0175');
    expect(laptop.lifecycle.use.co2eKg.toFixed()).toBe('6.68853375');
    expect(laptop.lifecycle.manufacturing.co2eKg.toFixed()).toBe('170');
    expect(laptop.lifecycle.manufacturing.waterScarcityM3eq.toFixed()).toBe('194');
  });
});
