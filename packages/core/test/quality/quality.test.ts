/**
 * Data quality, plausibility and perimeter, worked by hand on the golden laptop fixture: 10 laptops
 * in service, per laptop 37.018 kg CO2e embodied a year ((170 + 12.3 + 2.79) ÷ 5) and 1.33770675 kg
 * of use (26.5 W × 3 h × 365 d ÷ 1000 × 0.0461), 383.5570675 kg in all, for 650 agents.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseFootprint,
  assessDataQuality,
  assessPlausibility,
  bilanPerimeter,
  computeFootprint,
  dec,
  serializeFootprint,
  type InventoryItemInput,
} from '../../src/index';
import { fixtureFactorSet as factors } from '../fixtures/factorSet';
import { hosting, items, organisation, usage } from '../helpers';

const org = organisation({ agents: 650, population: 52000 });

function bilan(raw: InventoryItemInput[]) {
  return computeFootprint({ organisation: org, inventory: items(raw), hosting: hosting(), usage: usage() }, factors, { year: 2025, method: 'stock' });
}

describe('assessDataQuality', () => {
  it('puts category defaults at level 3', () => {
    const quality = assessDataQuality(bilan([{ category: 'laptop', quantity: 10 }]));
    expect(quality.lines.map((line) => [line.domain, line.embodied, line.use, line.level])).toEqual([['fleet', 'category', 'category', 'category']]);
    expect(quality.co2eKgByLevel.category.toFixed()).toBe('383.5570675');
    expect(quality.shareByLevel.category.toFixed()).toBe('1');
    expect(quality.score?.toFixed()).toBe('3');
    expect(quality.band).toBe('good');
    // No purchase year on the line: counted apart.
    expect(quality.purchaseYearMissing.lines).toBe(1);
    expect(quality.purchaseYearMissing.devices).toBe(10);
    expect(quality.purchaseYearMissing.share.toFixed()).toBe('1');
    expect(assessDataQuality(bilan([{ category: 'laptop', quantity: 10, purchaseYear: 2024 }])).purchaseYearMissing).toMatchObject({ lines: 0, devices: 0 });
  });

  it('counts metered use as measured, and scores the mix', () => {
    // Metered 29.0175 kWh = 26.5 × 3 × 365 ÷ 1000: same use, now measured.
    // Score = (370.18 × 3 + 13.3770675 × 1) ÷ 383.5570675 = 2.930247315805228905083335480449724733595.
    const quality = assessDataQuality(bilan([{ category: 'laptop', quantity: 10, usage: { kind: 'metered', energyKwhPerYear: '29.0175' } }]));
    expect(quality.co2eKgByLevel.measured.toFixed()).toBe('13.3770675');
    expect(quality.co2eKgByLevel.category.toFixed()).toBe('370.18');
    expect(quality.shareByLevel.measured.toFixed()).toBe(dec('13.3770675').div('383.5570675').toFixed());
    expect(quality.score?.toFixed()).toBe('2.930247315805228905083335480449724733595');
    expect(quality.band).toBe('good');
    expect(quality.lines[0]?.level).toBe('category');
  });

  it('marks a missing size class as a proxy and an estimated inventory as an estimate', () => {
    const proxy = assessDataQuality(bilan([{ category: 'mfp', quantity: 1 }]));
    expect(proxy.lines[0]?.embodied).toBe('proxy');
    const estimate = assessDataQuality(bilan([{ category: 'laptop', quantity: 10 }]), { inventoryIsEstimate: true });
    expect(estimate.shareByLevel.estimate.toFixed()).toBe('1');
    expect(estimate.score?.toFixed()).toBe('5');
    expect(estimate.band).toBe('poor');
  });
});

describe('assessPlausibility', () => {
  it('flags a thin inventory in words and figures', () => {
    // 730 laptops for 1,000 agents: 0.73 computer per agent, below the published 1.00–1.18. The
    // schools' 400 laptops and the 50 disposed ones are not agents' workstations.
    const inventory = items([
      { category: 'laptop', quantity: 730 },
      { category: 'laptop', quantity: 400, perimeter: 'schools' },
      { category: 'laptop', quantity: 50, status: 'disposed' },
    ]);
    const result = computeFootprint(
      { organisation: organisation({ agents: 1000 }), inventory, hosting: hosting(), usage: usage() },
      factors,
      { year: 2025, method: 'stock' },
    );
    const plausibility = assessPlausibility(result, { agents: 1000, population: 60000 });
    const computers = plausibility.devicesPerAgent.find((entry) => entry.key === 'computers');
    expect(computers?.quantity).toBe(730);
    expect(computers?.perAgent.toFixed()).toBe('0.73');
    expect(computers?.position).toBe('below');
    expect(plausibility.notices[0]).toEqual({
      code: 'inventory_thin',
      severity: 'warning',
      messageFr: '0,73 poste par agent : l’inventaire semble incomplet (les collectivités publiées comptent de 1,00 à 1,18 poste par agent).',
    });
  });

  it('compares per agent with the benchmark band and per inhabitant with the national figure', () => {
    const plausibility = assessPlausibility(bilan([{ category: 'laptop', quantity: 10 }]), org);
    // 383.5570675 ÷ 650 = 0.59 kg per agent, below 230–460.
    expect(plausibility.perAgent?.co2eKg.toFixed()).toBe(dec('383.5570675').div(650).toFixed());
    expect(plausibility.perAgent?.low.toFixed()).toBe('230');
    expect(plausibility.perAgent?.high.toFixed()).toBe('460');
    expect(plausibility.perAgent?.position).toBe('below');
    expect(plausibility.perAgent?.sources[0]?.url).toBe('https://www.greenit.fr/2021/11/01/numerique-au-bureau-27-de-notre-forfait-ges-soutenable/');
    expect(plausibility.notices.map((notice) => notice.code)).toEqual(['inventory_thin', 'per_agent_below_band']);
    // 29.5 Mt ÷ 68,043,000 inhabitants = 433.549373190482489… kg per person.
    expect(plausibility.perInhabitant?.nationalCo2eKg.toFixed()).toBe('433.5493731904824890142997810208250665021');
    expect(plausibility.perInhabitant?.co2eKg.toFixed()).toBe(dec('383.5570675').div(52000).toFixed());
  });

  it('has nothing to compare without agents or inhabitants', () => {
    const plausibility = assessPlausibility(bilan([{ category: 'laptop', quantity: 10 }]), { agents: 0, population: 0 });
    expect(plausibility).toEqual({ perAgent: undefined, perInhabitant: undefined, devicesPerAgent: [], notices: [] });
  });
});

describe('bilanPerimeter', () => {
  it('lists what is left out, and the categories the water-scarcity indicator covers', () => {
    const perimeter = bilanPerimeter(factors);
    expect(perimeter.notCounted.map((item) => item.id)).toEqual(['paper-consumables', 'saas', 'telecom-lines', 'software-services', 'travel', 'buildings', 'refrigerants']);
    expect(perimeter.counted.map((item) => item.id)).toEqual(['terminals', 'on-premise-hosting', 'cloud', 'network-usage']);
    expect(perimeter.waterScarcity.phases).toEqual(['manufacturing', 'distribution']);
    expect(perimeter.waterScarcity.categories).toEqual(['laptop', 'monitor']);
    expect(perimeter.waterScarcity.categoriesNotCovered).toEqual(['mfp', 'server']);
  });
});

describe('serializeFootprint with the analysis', () => {
  it('adds percentiles beside the bounds, the uncertainty, data quality, plausibility and perimeter', () => {
    const result = bilan([{ category: 'laptop', quantity: 10 }]);
    const json = serializeFootprint(result, { analysis: analyseFootprint(result, { organisation: org, factorSet: factors }), groups: true });
    const { co2eKgLow, co2eKgP5, co2eKgP50, co2eKgP95, co2eKgHigh } = json.totals;
    expect([co2eKgLow, co2eKgP5, co2eKgP50, co2eKgP95, co2eKgHigh].map(Number)).toEqual([...[co2eKgLow, co2eKgP5, co2eKgP50, co2eKgP95, co2eKgHigh].map(Number)].sort((a, b) => a - b));
    expect(json.uncertainty.draws).toBe(2000);
    expect(json.uncertainty.distribution).toBe('triangular');
    expect(json.dataQuality?.score).toBe('3');
    expect(json.dataQuality?.levels.find((level) => level.level === 'category')).toMatchObject({ share: '1', lines: 1, rating: 3 });
    expect(json.plausibility?.notices.map((notice) => notice.code)).toEqual(['inventory_thin', 'per_agent_below_band']);
    expect(json.perimeter?.notCounted).toHaveLength(7);
    expect(json.groups?.[0]).toMatchObject({ dataQuality: { level: 'category', embodied: 'category', use: 'category' } });
    // A repeating quotient (÷ 650 agents) is given at 15 significant digits.
    expect(json.perAgent?.co2eKg).toBe('0.590087796153846');
    expect(json.plausibility?.perAgent?.co2eKg).toBe('0.590087796153846');
  });
});
