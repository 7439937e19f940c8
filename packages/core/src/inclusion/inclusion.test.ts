/**
 * Reuse and the project-measured indicators, worked by hand: a laptop's manufacturing is 170 kg
 * CO2e (ADEME, `device.laptop.manufacturing.co2eKg`, range 170–260 kg from the sources'
 * disagreement); a refurbished device costs 0.13 of it (0.03–0.57, `device.refurbished.manufacturingShare`).
 */
import { describe, expect, it } from 'vitest';
import { getFactorSet } from '../factors/factorSets';
import { parseOrganisation } from '../parse/parseProject';
import { DigitalServiceSchema } from '../schemas/digitalServices';
import { InclusionSchema } from '../schemas/inclusion';
import { StrategySchema } from '../strategy/schema';
import { measureProjectIndicators, recordProjectIndicators } from '../strategy/projectIndicators';
import { computeReuseAvoided } from './reuse';

const factorSet = getFactorSet('fr-2025.1');
const parsed = parseOrganisation({ name: 'Agglo', kind: 'epci', population: 72000, agents: 1100, referenceYear: 2025 });
if (!parsed.success) throw new Error('organisation');
const organisation = parsed.data;

describe('computeReuseAvoided', () => {
  it('10 laptops donated avoid 10 × 170 × (1 − 0.13) = 1 479 kg CO2e (731 to 2 522)', () => {
    const avoided = computeReuseAvoided([{ category: 'laptop', quantity: 10 }], factorSet, { year: 2025, organisation });
    expect(avoided.devices).toBe(10);
    expect(avoided.total.co2eKg.toFixed()).toBe('1479');
    expect(avoided.low.co2eKg.toFixed()).toBe('731'); // 10 × 170 (the factor's low bound) × (1 − 0.57)
    expect(avoided.high.co2eKg.toFixed()).toBe('2522'); // 10 × 260 (the factor's high bound) × (1 − 0.03)
    expect(avoided.trace.factors).toContain('device.refurbished.manufacturingShare');
    expect(avoided.trace.factors).toContain('device.laptop.manufacturing.co2eKg');
    expect(avoided.trace.assumptions.find((note) => note.code === 'reuse_avoided_bounds')?.params).toEqual({ category: 'laptop', low: '170', high: '260', shareLow: '0.03', shareHigh: '0.57' });
  });
});

describe('computeReuseAvoided on the demo’s donations', () => {
  // Per device: a laptop avoids 170 × (1 − 0.13) = 147.9 kg (73.1 to 252.2); a monitor 64.6 × 0.87 =
  // 56.202 kg (64.6 × 0.43 = 27.778 to 430 × 0.97 = 417.1). Fewer devices can avoid almost as much:
  // monitors avoid far less than laptops.
  it('45 laptops and 30 monitors avoid 8 341.56 kg (4 122.84 to 23 862); 52 laptops 7 690.8 kg (3 801.2 to 13 114.4)', () => {
    const mixed = computeReuseAvoided([{ category: 'laptop', quantity: 45 }, { category: 'monitor', quantity: 30 }], factorSet, { year: 2025, organisation });
    expect(mixed.devices).toBe(75);
    expect(mixed.total.co2eKg.toFixed()).toBe('8341.56'); // 45 × 147.9 + 30 × 56.202
    expect(mixed.low.co2eKg.toFixed()).toBe('4122.84'); // 45 × 73.1 + 30 × 27.778
    expect(mixed.high.co2eKg.toFixed()).toBe('23862'); // 45 × 252.2 + 30 × 417.1
    const laptops = computeReuseAvoided([{ category: 'laptop', quantity: 52 }], factorSet, { year: 2026, organisation });
    expect(laptops.total.co2eKg.toFixed()).toBe('7690.8');
    expect(laptops.low.co2eKg.toFixed()).toBe('3801.2');
    expect(laptops.high.co2eKg.toFixed()).toBe('13114.4');
  });
});

describe('measureProjectIndicators', () => {
  const digitalServices = [
    DigitalServiceSchema.parse({ id: 'a', name: 'Portail', rgesn: [{ year: 2025, declarationPublished: true, answers: { '1.1': 'conforme', '1.2': 'non-conforme' } }], rgaa: { status: 'totale', rate: '100', declarationDate: '2025-03-01' } }),
    DigitalServiceSchema.parse({ id: 'b', name: 'Appli', rgesn: [{ year: 2024, answers: { '1.1': 'conforme' } }], rgaa: { status: 'partielle', rate: '74' } }),
    DigitalServiceSchema.parse({ id: 'c', name: 'Intranet', kind: 'intranet' }),
    DigitalServiceSchema.parse({ id: 'd', name: 'Démarches', rgaa: { status: 'totale', declarationDate: '2026-01-10' } }),
  ];
  const inclusion = InclusionSchema.parse([
    { year: 2025, publicAccessPoints: 16, digitalAdvisers: 6, peopleAccompanied: 3100, devicesDonated: [{ category: 'laptop', quantity: 10 }], agentsTrained: 110, electedTrained: 20, agentsSecurityAware: 550 },
  ]);
  const measured = measureProjectIndicators({ organisation, digitalServices, inclusion }, factorSet, 2025);

  it('measures the eco-design indicators of the digital services', () => {
    expect(measured.values['rgesn-audited-services']?.toFixed()).toBe('1'); // only the portail in 2025
    expect(measured.values['rgesn-declaration-share']?.toFixed()).toBe('25'); // 1 published of 4 services
    // latest scores: portail 1.5 ÷ 3 = 50 %, appli (2024) 100 % → mean 75 %
    expect(measured.values['rgesn-score']?.toFixed()).toBe('75');
    expect(measured.values['rgaa-full-compliance-share']?.toFixed()).toBe('25'); // « Démarches » is dated 2026
  });

  it('measures inclusion and awareness, and the CO2e avoided by reuse', () => {
    expect(measured.values['public-access-points']?.toFixed()).toBe('16');
    expect(measured.values['people-accompanied']?.toFixed()).toBe('3100');
    expect(measured.values['france-services']).toBeUndefined(); // not entered: absent, never 0
    expect(measured.values['devices-donated']?.toFixed()).toBe('10');
    expect(measured.values['reuse-avoided-co2e-t']?.toFixed()).toBe('1.479');
    expect(measured.values['agents-trained-share']?.toFixed()).toBe('10'); // 110 of 1 100 agents
    expect(measured.values['security-awareness-share']?.toFixed()).toBe('50');
    expect(measureProjectIndicators({ organisation, inclusion }, factorSet, 2024).values).toEqual({});
  });

  it('records the values into the strategy indicators of those kinds', () => {
    const strategy = StrategySchema.parse({
      version: 1,
      legal: { entityKind: 'epci' },
      baselineYear: 2024,
      horizonYear: 2030,
      indicators: [
        { id: 'rgesn', label: 'Part des services avec une déclaration RGESN', kind: 'rgesn-declaration-share', direction: 'increase', values: [{ year: 2024, value: '0' }] },
        { id: 'ges', label: 'Émissions', kind: 'co2e-t', direction: 'decrease' },
      ],
    });
    const recorded = recordProjectIndicators(strategy, measured);
    expect(recorded.indicators[0]?.values.map((v) => [v.year, v.value.toFixed()])).toEqual([
      [2024, '0'],
      [2025, '25'],
    ]);
    expect(recorded.indicators[1]?.values).toEqual([]);
  });
});
