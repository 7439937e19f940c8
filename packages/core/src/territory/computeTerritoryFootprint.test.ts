/**
 * The territorial bilan, worked by hand from the cited rows:
 * - national footprint 29 500 000 000 kg CO2e (ADEME–Arcep 2025) ÷ 68 043 000 inhabitants (Insee,
 *   1 January 2023) = 433.549373190482489… kg per inhabitant;
 * - fixed line 2 640 GB/yr × 0.00926934695867389 kg/GB, mobile line 171.6 GB/yr × 0.0246836791969497 kg/GB;
 * - colocation PUE 1.46, WUE 0.425625 L/kWh, French electricity 2025 0.0461 kg/kWh and 3.6737 L/kWh;
 * - SWD v4: 0.194 operational kWh/GB at the French grid, 0.106 embodied kWh/GB at 494 g/kWh.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getFactorSet, listFactorSets } from '../factors/factorSets';
import { dec } from '../internal/decimal';
import { parseOrganisation } from '../parse/parseProject';
import { DigitalServiceSchema } from '../schemas/digitalServices';
import { TerritorySchema, type TerritoryFileInput } from '../schemas/territory';
import { computeTerritoryFootprint } from './computeTerritoryFootprint';
import { serializeTerritory } from './serializeTerritory';

const factorSet = getFactorSet('fr-2025.1');

function organisation(population: number) {
  const parsed = parseOrganisation({ name: 'Agglo test', kind: 'epci', population, agents: 1000, referenceYear: 2025 });
  if (!parsed.success) throw new Error('organisation');
  return parsed.data;
}
const territory = (input: TerritoryFileInput) => TerritorySchema.parse(input);
/** Compares to 30 significant digits: the per-person ratio is a 40-digit division. */
const sig = (value: { toSignificantDigits(n: number): { toFixed(): string } } | undefined) => value?.toSignificantDigits(30).toFixed();

describe('computeTerritoryFootprint', () => {
  const result = computeTerritoryFootprint(
    {
      organisation: organisation(100000),
      territory: territory({ fixedLines: 40000, mobileLines: 90000, linesSource: 'Arcep, T4 2024', dataCentres: [{ id: 'dc-nord', name: 'DC Nord', itPowerKw: '500' }] }),
      digitalServices: [DigitalServiceSchema.parse({ id: 'portail', name: 'Portail citoyen', pageViewsPerYear: '850000', pageWeightMb: '2.4' })],
    },
    factorSet,
    { year: 2025 },
  );

  it('residents: national per-person footprint × population, split 50 / 46 / 4 %', () => {
    expect(sig(result.nationalPerInhabitant.values.co2eKg?.v)).toBe('433.549373190482489014299781021');
    // 433.549373190482489… × 100 000 × 0.5 and × 0.46
    expect(sig(result.residents.terminals.values.co2eKg?.v)).toBe('21677468.659524124450714989051');
    expect(sig(result.residents.dataCentres.values.co2eKg?.v)).toBe('19943271.166762194494657789927');
    // band: 17.2 Mt and 35.4 Mt ÷ 68 043 000
    expect(sig(result.nationalPerInhabitant.values.co2eKg?.lo)).toBe('252.781329453433858001557838426');
    expect(sig(result.nationalPerInhabitant.values.co2eKg?.hi)).toBe('520.259247828578986817159737225');
  });

  it('networks: the lines entered replace the national share', () => {
    // 40 000 × 2 640 × 0.00926934695867389 = 978 843.038835962784; 90 000 × 171.6 × 0.0246836791969497 = 381 214.7415176911668
    expect(result.residents.networksBasis).toBe('local-lines');
    expect(result.networks?.values.co2eKg?.v.toFixed()).toBe('1360057.7803536539508');
    expect(result.networks?.values.co2eKg?.lo.toFixed()).toBe('404661.000905224752');
    expect(result.networks?.values.co2eKg?.hi.toFixed()).toBe('3047259.237380916264');
    // total = 0.96 × 43 354 937.319… + 1 360 057.780…
    expect(sig(result.totals.values.co2eKg?.v)).toBe('42980797.606639972896172778978');
    expect(result.totals.values.waterL).toBeUndefined();
    expect(sig(result.perInhabitant?.values.co2eKg?.v)).toBe('429.80797606639972896172778978');
  });

  it('data centre: 500 kW × 8 760 h, PUE 1.46, French electricity and water, reported apart', () => {
    const centre = result.dataCentres[0];
    expect(centre?.itEnergyKwh.toFixed()).toBe('4380000');
    expect(centre?.values.energyKwh?.v.toFixed()).toBe('6394800'); // 4 380 000 × 1.46
    expect(centre?.values.energyKwh?.hi.toFixed()).toBe('6613800'); // × 1.51
    expect(centre?.values.co2eKg?.v.toFixed()).toBe('294800.28'); // 6 394 800 × 0.0461
    expect(centre?.values.waterL?.v.toFixed()).toBe('25356814.26'); // 4 380 000 × 0.425625 + 6 394 800 × 3.6737
    expect(centre?.trace.fallbacks.map((note) => note.code)).toEqual(['territory_data_centre_pue_default', 'territory_data_centre_wue_default']);
  });

  it('public service: page views × page weight through SWD v4 with the French grid', () => {
    const service = result.publicServices[0];
    // 850 000 × 2.4 MB = 2 040 GB; 2 040 × 0.194 = 395.76 kWh × 46.1 g + 2 040 × 0.106 × 494 g = 125 067.096 g
    expect(service?.gigabytes.toFixed()).toBe('2040');
    expect(service?.values.energyKwh?.v.toFixed()).toBe('395.76');
    expect(service?.values.co2eKg?.v.toFixed()).toBe('125.067096');
    // grid low 44.18 g/kWh: 395.76 × 44.18 + 106 822.56 = 124 307.2368 g
    expect(service?.values.co2eKg?.lo.toFixed()).toBe('124.3072368');
  });

  it('is flagged low confidence and serialises only the indicators it covers', () => {
    const json = serializeTerritory(result);
    expect(json.confidence).toBe('low');
    expect(json.indicators).toEqual(['co2eKg']);
    expect(Object.keys(json.totals)).toEqual(['co2eKg', 'co2eKgLow', 'co2eKgHigh']);
    expect(json.dataCentres[0]).toMatchObject({ id: 'dc-nord', energyKwh: '6394800', co2eKg: '294800.28', waterL: '25356814.26' });
    expect(json.trace.assumptionNotes.map((note) => note.code)).toContain('territory_low_confidence');
    expect(json.trace.assumptions.join(' ')).toContain('faible confiance');
  });

  it('keeps the national networks share when only one kind of line is given, and uses the website of the usage data', () => {
    const partial = computeTerritoryFootprint(
      { organisation: organisation(60000), territory: territory({ fixedLines: 20000 }), usage: { boxesInInventory: false, website: { pageViews: dec(1000), pageWeightMb: dec(1) } } },
      factorSet,
      { year: 2025 },
    );
    expect(partial.residents.networksBasis).toBe('national-share');
    expect(partial.residents.networks.trace.fallbacks.map((note) => note.code)).toEqual(['territory_networks_lines_incomplete']);
    expect(partial.publicServices.map((service) => service.id)).toEqual(['website']);
    expect(partial.publicServices[0]?.gigabytes.toFixed()).toBe('1');
  });

  it('without lines, the per-inhabitant total equals the national per-person footprint, whatever the population', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000_000 }), (population) => {
        const plain = computeTerritoryFootprint({ organisation: organisation(population) }, factorSet, { year: 2025 });
        const per = plain.perInhabitant?.values.co2eKg?.v;
        const national = plain.nationalPerInhabitant.values.co2eKg?.v;
        expect(per?.minus(national!).abs().lt('1e-25')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('finds the rows it needs in every shipped factor set', () => {
    for (const version of listFactorSets()) {
      const other = computeTerritoryFootprint(
        { organisation: organisation(60000), territory: territory({ fixedLines: 1, mobileLines: 1, dataCentres: [{ id: 'dc', name: 'DC', itPowerKw: '1' }] }) },
        getFactorSet(version),
        { year: 2025 },
      );
      expect(other.dataCentres[0]?.values.co2eKg?.v.gt(0)).toBe(true);
      expect(other.networks?.values.co2eKg?.v.gt(0)).toBe(true);
    }
  });

  it('households: boxes and TVs per household, the rest per person (hand-worked)', () => {
    // One in-service box a year: (60.8 + 0.61 + 1.63) kg ÷ 5 years + 8 W × 24 h × 365 ÷ 1000 × 0.0461 = 15.838688 kg.
    // One TV a year: (325 + 3.26 + 11.9) kg ÷ 8 years + 65 W × 3 h × 365 ÷ 1000 × 0.0461 = 45.8011675 kg.
    // A household: 0.85 box (Baromètre du numérique 2022) + 0.901 TV (Arcom 2022) = 54.7297367175 kg.
    const perHousehold = dec('0.85').times('15.838688').plus(dec('0.901').times('45.8011675'));
    expect(perHousehold.toFixed()).toBe('54.7297367175');
    const at = (households: number | undefined) =>
      computeTerritoryFootprint({ organisation: organisation(100000), territory: territory(households === undefined ? {} : { households }) }, factorSet, { year: 2025 });
    const perPerson = at(undefined).residents.terminals.values.co2eKg!;
    const refined = at(50000);
    // 50 000 households against 30 907 289 × 100 000 ÷ 68 043 000 = 45 423.52… at the national ratio.
    const extra = dec(50000).minus(dec(30907289).times(100000).div(68043000));
    expect(sig(refined.residents.terminals.values.co2eKg?.v)).toBe(sig(perPerson.v.plus(perHousehold.times(extra))));
    expect(refined.residents.terminalsBasis).toBe('households');
    expect(refined.residents.terminals.trace.factors).toEqual(expect.arrayContaining(['territory.households.FRA.2022', 'territory.households.FRA.2022.tvShare', 'device.internet-box.manufacturing.co2eKg']));
    // Bounds: the national band and the device rows' ranges (box 8.44529408–18.026432, TV 22.52765805–54.405095 kg).
    const low = dec('0.85').times('8.44529408').plus(dec('0.901').times('22.52765805'));
    expect(sig(refined.residents.terminals.values.co2eKg?.lo)).toBe(sig(perPerson.lo.plus(low.times(extra))));
    // At the national households-per-person ratio, nothing changes.
    const national = computeTerritoryFootprint({ organisation: organisation(68043000), territory: territory({ households: 30907289 }) }, factorSet, { year: 2025 });
    const plain = computeTerritoryFootprint({ organisation: organisation(68043000) }, factorSet, { year: 2025 });
    expect(national.totals.values.co2eKg?.v.toFixed()).toBe(plain.totals.values.co2eKg?.v.toFixed());
    expect(at(undefined).residents.terminalsBasis).toBe('per-person');
  });
});
