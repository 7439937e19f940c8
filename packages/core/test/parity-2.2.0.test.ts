/**
 * Parity with ADEME's model 2.2.0 (issue 13, section 2). npm still serves 2.1.0 (test/parity.test.ts),
 * so the 2.2.0 model is vendored as a fixture: test/fixtures/ademe-2.2.0/model.json, built from
 * incubateur-ademe/publicodes-acv-numerique at commit 70676e47ea3c50c03f4a3859f5377ed5cf16154d and
 * publicodes-commun at bbbc2a100519d007577641261c24fd2a742b1df4 by scripts/vendor-ademe-model.py
 * (MIT, see the fixture's README). Every device ADEME's model covers is compared, one device over
 * its default lifetime, with the fleet rule, for every French vintage of fr-2026.1; numbers are
 * compared at 15 significant digits, all a double carries (test/ademe.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeDeviceFootprint, getFactorSet, parseInventory, type CategoryId } from '../src/index';
import { ADEME_DEVICES_2_2 as ADEME_DEVICES, ademeEngine, frenchVintages, fromDouble, ours } from './ademe';

const factorSet = getFactorSet('fr-2026.1');
const rules = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/ademe-2.2.0/model.json', import.meta.url)), 'utf8')) as object;
const { engine, value: ademe } = ademeEngine(rules);

/** ADEME gives chargers no lifetime and no annual consumption: those two are not compared. */
const NO_LIFETIME = new Set(['laptop-charger', 'phone-charger']);

const VINTAGES = frenchVintages(factorSet);

function device(category: CategoryId, year: number) {
  const parsed = parseInventory([{ category, quantity: 1 }], { today: '2025-12-31' });
  if (!parsed.success || !parsed.data[0]) throw new Error('fixture item does not parse');
  return computeDeviceFootprint(parsed.data[0], factorSet, { year, method: 'stock', stockRule: 'fleet' });
}

describe('parity with ADEME publicodes-acv-numerique 2.2.0 (vendored model)', () => {
  it('covers every device of the model (acv . …) except the personal desktop and the consumer printer, which fr-2026.1 takes elsewhere', () => {
    const inModel = [...new Set(Object.keys(rules).filter((k) => k.startsWith('acv . ')).map((k) => k.split(' . ')[1] as string))].sort();
    const compared = new Set(Object.values(ADEME_DEVICES));
    expect(inModel.filter((name) => !compared.has(name))).toEqual(['imprimante', 'ordinateur fixe']);
    expect(ademe('publicodes-commun . mix électrique . empreinte carbone')).toBe(0.0461);
    expect(VINTAGES).toEqual([2022, 2023, 2024, 2025]);
  });

  for (const [category, name] of Object.entries(ADEME_DEVICES) as [CategoryId, string][]) {
    describe(`${category} (ADEME « ${name} »)`, () => {
      for (const vintage of VINTAGES) {
        it(`gives ADEME's numbers with the ${vintage} electricity vintage`, () => {
          const mix = factorSet.rows.find((row) => row.id === `electricity.FRA.${vintage}.co2eKgPerKwh`)?.value;
          engine.setSituation({ 'publicodes-commun . mix électrique . empreinte carbone': `${mix} kgCO2e/kWh` });
          const result = device(category, vintage);
          const rule = (suffix: string) => `acv . ${name} . ${suffix}`;
          const expected: Record<string, string> = {
            manufacturing: fromDouble(ademe(rule('carbone . fabrication')), true),
            distribution: fromDouble(ademe(rule('carbone . distribution')), true),
            endOfLife: fromDouble(ademe(rule('carbone . fin de vie')), true),
            use: fromDouble(ademe(rule('carbone . usage théorique')), true),
          };
          const actual: Record<string, string> = {
            manufacturing: ours(result.lifecycle.manufacturing.co2eKg),
            distribution: ours(result.lifecycle.distribution.co2eKg),
            endOfLife: ours(result.lifecycle.endOfLife.co2eKg),
            use: ours(result.lifecycle.use.co2eKg),
          };
          // The video projector has no water data in ADEME's model (SONUM, unpublished): none compared.
          if (rule('eau . fabrication') in rules) {
            expected.waterManufacturing = fromDouble(ademe(rule('eau . fabrication')), true);
            expected.waterDistribution = fromDouble(ademe(rule('eau . distribution')), true);
            actual.waterManufacturing = ours(result.lifecycle.manufacturing.waterScarcityM3eq);
            actual.waterDistribution = ours(result.lifecycle.distribution.waterScarcityM3eq);
          }
          if (!NO_LIFETIME.has(category)) {
            expected.lifetime = String(ademe(rule('durée de vie théorique')));
            expected.annualKwh = fromDouble(ademe(rule('consommation annuelle')), false);
            actual.lifetime = result.lifetimeYears.toFixed();
            actual.annualKwh = ours(result.energyKwhPerYear);
          }
          expect(actual).toEqual(expected);
          engine.setSituation({});
        });
      }
    });
  }
});
