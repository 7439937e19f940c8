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
 *
 * Exactness: publicodes computes with IEEE-754 doubles, which hold 15 significant decimal digits
 * faithfully (e.g. it prints 6688.5337500000005 for 29.0175 × 0.0461 × 1000 × 5 = 6688.53375).
 * Both sides are therefore compared as decimal strings at 15 significant digits, which is the whole
 * information a double carries; the core's own value is exact.
 */
import Engine from 'publicodes';
import rules from '@incubateur-ademe/publicodes-acv-numerique';
import { describe, expect, it } from 'vitest';
import { computeDeviceFootprint, D, getFactorSet, parseInventory, type Dec } from '../src/index';

const factorSet = getFactorSet('fr-2025.1');

/** Our category → ADEME's device, as fixed by issue 2 (desktop = professional screenless desktop). */
const ADEME_DEVICES = {
  laptop: 'ordinateur portable',
  desktop: 'ordinateur fixe pro',
  monitor: 'écran',
  smartphone: 'smartphone',
  tablet: 'tablette',
  'tv-display': 'TV',
  'internet-box': 'box',
  'external-drive': 'disque dur externe',
  'usb-stick': 'clé USB',
} as const;
type Covered = keyof typeof ADEME_DEVICES;

const VINTAGES = factorSet.rows
  .map((row) => /^electricity\.FRA\.(\d{4})\.co2eKgPerKwh$/.exec(row.id))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => Number(match[1]))
  .sort();

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
const engine = new Engine(rules as ConstructorParameters<typeof Engine>[0], { logger: silent });

function ademe(rule: string): number {
  const value = engine.evaluate(rule).nodeValue;
  if (typeof value !== 'number') throw new Error(`ADEME rule ${rule} has no numeric value`);
  return value;
}

/** A double as a decimal string at 15 significant digits, optionally divided by 1000 (g→kg, L→m³). */
function fromDouble(value: number, divideBy1000: boolean): string {
  const exact = new D(value.toPrecision(15));
  return (divideBy1000 ? exact.div(1000) : exact).toSignificantDigits(15).toFixed();
}
const ours = (value: Dec): string => value.toSignificantDigits(15).toFixed();

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
