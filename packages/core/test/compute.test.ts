/**
 * Exact tests of the compute functions. Every expected string is worked out by hand from the rows of
 * test/fixtures/factorSet.ts (ADEME laptop 170 / 12.3 / 2.79 kgCO2e, 5 years, 26.5 W × 3 h × 365 d;
 * French electricity 0.0461 kgCO2e/kWh in 2025, 0.0519 in 2024; 3.6737 L/kWh).
 */
import { describe, expect, it } from 'vitest';
import {
  computeDeviceFootprint,
  computeFleetFootprint,
  computeFootprint,
  computeHostingFootprint,
  computeUsageFootprint,
  FootprintError,
  METHODOLOGY_VERSION,
} from '../src/index';
import { fixtureFactorSet as factors } from './fixtures/factorSet';
import { hosting, item, items, organisation, usage } from './helpers';

const stock2025 = { year: 2025, method: 'stock' } as const;
const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);

describe('computeDeviceFootprint', () => {
  describe('a laptop in service, stock method, defaults everywhere', () => {
    const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, purchaseYear: 2023 }), factors, stock2025);

    it('spreads manufacturing, distribution and end of life over the 5-year default lifetime', () => {
      expect(laptop.byPhase.manufacturing.co2eKg.toFixed()).toBe('34'); // 170 ÷ 5
      expect(laptop.byPhase.distribution.co2eKg.toFixed()).toBe('2.46'); // 12.3 ÷ 5
      expect(laptop.byPhase.endOfLife.co2eKg.toFixed()).toBe('0.558'); // 2.79 ÷ 5
    });

    it('adds the annual use: 26.5 W × 3 h × 365 d ÷ 1000 = 29.0175 kWh × 0.0461', () => {
      expect(laptop.energyKwhPerYear.toFixed()).toBe('29.0175');
      expect(laptop.byPhase.use.co2eKg.toFixed()).toBe('1.33770675');
      expect(laptop.total.co2eKg.toFixed()).toBe('38.35570675');
      expect(laptop.total.energyKwh.toFixed()).toBe('29.0175');
    });

    it('keeps the two water indicators apart', () => {
      expect(laptop.total.waterL.toFixed()).toBe('106.60158975'); // 29.0175 kWh × 3.6737 L/kWh
      expect(laptop.total.waterScarcityM3eq.toFixed()).toBe('38.81032'); // (194 + 0.0516) ÷ 5
      expect(laptop.byPhase.endOfLife.waterScarcityM3eq.toFixed()).toBe('0');
    });

    it('bounds the total with the factor ranges (lifetime 3–5, power 18.55–34.45 W, mix 0.04418–0.058)', () => {
      // low: 170/5 + 8.61/5 + 1.953/5 + 20.31225 × 0.04418
      expect(laptop.low.co2eKg.toFixed()).toBe('37.009995205');
      // high: (260 + 15.99 + 3.627)/3 + 37.72275 × 0.058
      expect(laptop.high.co2eKg.toFixed(10)).toBe('95.3935861667');
    });

    it('records the lifetime level, factor ids and fallbacks in the trace', () => {
      expect(laptop.lifetimeLevel).toBe('default');
      expect(laptop.trace.factors).toContain('device.laptop.lifetimeYears');
      expect(laptop.trace.factors).toContain('electricity.FRA.2025.co2eKgPerKwh');
      expect(laptop.trace.fallbacks).toContainEqual({
        code: 'lifetime_default',
        params: { category: 'laptop', years: '5', factorId: 'device.laptop.lifetimeYears' },
      });
      expect(codes(laptop.trace.fallbacks)).toContain('use_default');
    });

    it('gives the life-cycle view of one device', () => {
      expect(laptop.lifecycle.manufacturing.co2eKg.toFixed()).toBe('170');
      expect(laptop.lifecycle.use.co2eKg.toFixed()).toBe('6.68853375'); // 1.33770675 × 5
    });

    it('returns a frozen result', () => {
      expect(Object.isFrozen(laptop)).toBe(true);
      expect(Object.isFrozen(laptop.total)).toBe(true);
    });
  });

  it('computes a monitor with a usage profile of 8 h × 220 days and the 2024 vintage', () => {
    const monitor = computeDeviceFootprint(
      item({ category: 'monitor', quantity: 1, usage: { kind: 'profile', hoursPerDay: '8', daysPerYear: '220' } }),
      factors,
      { year: 2024, method: 'stock' },
    );
    // (64.6 + 1.29 + 3.95) ÷ 6 = 11.64; 50 W × 8 × 220 ÷ 1000 = 88 kWh × 0.0519 = 4.5672
    expect(monitor.energyKwhPerYear.toFixed()).toBe('88');
    expect(monitor.total.co2eKg.toFixed()).toBe('16.2072');
    expect(codes(monitor.trace.assumptions)).toContain('use_profile');
  });

  it('uses metered kWh before anything else', () => {
    const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 2, usage: { kind: 'metered', energyKwhPerYear: '40' } }), factors, stock2025);
    // 2 × (185.09 ÷ 5 + 40 × 0.0461) = 2 × (37.018 + 1.844)
    expect(laptop.total.co2eKg.toFixed()).toBe('77.724');
  });

  describe('lifetime cascade', () => {
    const org = organisation({ lifetimeHypotheses: { laptop: '6' } });
    it('takes the item override first', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, lifetimeYears: '4' }), factors, { ...stock2025, organisation: org });
      expect(laptop.lifetimeLevel).toBe('override');
      expect(laptop.byPhase.manufacturing.co2eKg.toFixed()).toBe('42.5'); // 170 ÷ 4
      expect(codes(laptop.trace.assumptions)).toContain('lifetime_override');
    });
    it('then the organisation hypothesis', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1 }), factors, { ...stock2025, organisation: org });
      expect(laptop.lifetimeLevel).toBe('organisation');
      expect(laptop.total.co2eKg.toFixed(20)).toBe('32.18604008333333333333'); // 185.09 ÷ 6 + 1.33770675
      expect(codes(laptop.trace.assumptions)).toContain('lifetime_organisation');
    });
    it('then the factor set default, recorded as a fallback', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1 }), factors, stock2025);
      expect(laptop.lifetimeLevel).toBe('default');
      expect(laptop.lifetimeYears.toFixed()).toBe('5');
    });
  });

  describe('stock and flux methods', () => {
    const bought2025 = item({ category: 'laptop', quantity: 10, purchaseYear: 2025 });
    const bought2022 = item({ category: 'laptop', quantity: 10, purchaseDate: '2022-03-15' });
    it('stock: purchase year does not matter', () => {
      const a = computeDeviceFootprint(bought2025, factors, stock2025);
      const b = computeDeviceFootprint(bought2022, factors, stock2025);
      expect(a.total.co2eKg.toFixed()).toBe('383.5570675');
      expect(b.total.co2eKg.toFixed()).toBe('383.5570675');
    });
    it('flux: a purchase of the year carries its full embodied impact, plus use', () => {
      const laptop = computeDeviceFootprint(bought2025, factors, { year: 2025, method: 'flux' });
      // 10 × (170 + 12.3 + 2.79) + 10 × 1.33770675
      expect(laptop.total.co2eKg.toFixed()).toBe('1864.2770675');
      expect(codes(laptop.trace.assumptions)).toContain('method_flux_purchase');
    });
    it('flux: an older purchase carries only its use', () => {
      const laptop = computeDeviceFootprint(bought2022, factors, { year: 2025, method: 'flux' });
      expect(laptop.total.co2eKg.toFixed()).toBe('13.3770675');
    });
    it('flux with amortisation over 4 years: a 2022 purchase carries a quarter', () => {
      const laptop = computeDeviceFootprint(bought2022, factors, { year: 2025, method: 'flux', amortisationYears: 4 });
      // 1850.9 ÷ 4 + 13.3770675
      expect(laptop.total.co2eKg.toFixed()).toBe('476.1020675');
    });
    it('flux without a purchase year records the fallback', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1 }), factors, { year: 2025, method: 'flux' });
      expect(laptop.byPhase.manufacturing.co2eKg.toFixed()).toBe('0');
      expect(codes(laptop.trace.fallbacks)).toContain('flux_purchase_year_missing');
    });
  });

  describe('status', () => {
    it('a device in stock carries its embodied share but no use', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, status: 'stock' }), factors, stock2025);
      expect(laptop.total.co2eKg.toFixed()).toBe('37.018'); // 185.09 ÷ 5
      expect(laptop.total.energyKwh.toFixed()).toBe('0');
      expect(codes(laptop.trace.assumptions)).toContain('status_stock_no_use');
    });
    it('a device in reuse counts as in service', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, status: 'reuse' }), factors, stock2025);
      expect(laptop.total.co2eKg.toFixed()).toBe('38.35570675');
    });
    it('a disposed device counts nothing', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 3, status: 'disposed' }), factors, stock2025);
      expect(laptop.total.co2eKg.toFixed()).toBe('0');
      expect(laptop.high.co2eKg.toFixed()).toBe('0');
      expect(codes(laptop.trace.assumptions)).toContain('status_disposed_excluded');
    });
  });

  it('charges a refurbished laptop 13 % of the manufacturing', () => {
    const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, refurbished: true }), factors, stock2025);
    // (170 × 0.13 + 12.3 + 2.79) ÷ 5 + 1.33770675 = 7.438 + 1.33770675
    expect(laptop.byPhase.manufacturing.co2eKg.toFixed()).toBe('4.42');
    expect(laptop.total.co2eKg.toFixed()).toBe('8.77570675');
    expect(laptop.trace.factors).toContain('device.refurbished.manufacturingShare');
  });

  describe('printers and MFPs by size class', () => {
    it('uses the size-class rows when present', () => {
      const mfp = computeDeviceFootprint(item({ category: 'mfp', sizeClass: 'small', quantity: 1 }), factors, stock2025);
      // 130 ÷ 5 + 71 kWh × 0.0461
      expect(mfp.total.co2eKg.toFixed()).toBe('29.2731');
      expect(mfp.trace.factors).toContain('device.mfp.small.manufacturing.co2eKg');
    });
    it('falls back to the generic rows when the class has none, and says so', () => {
      const mfp = computeDeviceFootprint(item({ category: 'mfp', sizeClass: 'medium', quantity: 1 }), factors, stock2025);
      // 660 ÷ 5 + 150 × 0.0461
      expect(mfp.total.co2eKg.toFixed()).toBe('138.915');
      expect(mfp.trace.fallbacks).toContainEqual({ code: 'size_class_variant_missing', params: { category: 'mfp', sizeClass: 'medium' } });
    });
    it('records a missing size class', () => {
      const mfp = computeDeviceFootprint(item({ category: 'mfp', quantity: 1 }), factors, stock2025);
      expect(codes(mfp.trace.fallbacks)).toContain('size_class_missing');
    });
  });

  describe('electricity', () => {
    it('falls back to the latest vintage before the year, and says so', () => {
      const laptop = computeDeviceFootprint(item({ category: 'laptop', quantity: 1 }), factors, { year: 2026, method: 'stock' });
      expect(laptop.byPhase.use.co2eKg.toFixed()).toBe('1.33770675');
      expect(laptop.trace.fallbacks).toContainEqual({ code: 'electricity_vintage_fallback', params: { country: 'FRA', year: 2026, vintage: 2025 } });
    });
    it('uses the item country, and falls back to the European average, never the organisation country, when it has no factor', () => {
      const german = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, country: 'DEU' }), factors, stock2025);
      expect(german.byPhase.use.co2eKg.toFixed()).toBe('12.245385'); // 29.0175 × 0.422 (2019 vintage)
      const belgian = computeDeviceFootprint(item({ category: 'laptop', quantity: 1, country: 'BEL' }), factors, stock2025);
      expect(codes(belgian.trace.fallbacks)).toContain('electricity_eu_fallback');
    });
  });

  it('throws a FootprintError when the factor set lacks the category', () => {
    expect(() => computeDeviceFootprint(item({ category: 'webcam', quantity: 1 }), factors, stock2025)).toThrow(FootprintError);
  });
});

describe('computeFleetFootprint', () => {
  it('groups identical rows and keeps disposed devices out of quantities', () => {
    const fleet = computeFleetFootprint(
      items([
        { category: 'laptop', quantity: 2, purchaseYear: 2023, site: 'Mairie' },
        { category: 'laptop', quantity: 3, purchaseYear: 2023, site: 'Mairie' },
        { category: 'laptop', quantity: 4, purchaseYear: 2023, site: 'Mairie', status: 'disposed' },
        { category: 'monitor', quantity: 1, perimeter: 'schools' },
      ]),
      factors,
      stock2025,
    );
    expect(fleet.groups).toHaveLength(3);
    expect(fleet.quantity).toBe(6);
    expect(fleet.byCategory.map((b) => [b.key, b.quantity, b.total.co2eKg.toFixed()])).toEqual([
      ['laptop', 5, '191.77853375'], // 5 × 38.35570675
      ['monitor', 1, '15.0053'], // 11.64 + 73 kWh × 0.0461 = 11.64 + 3.3653
    ]);
    expect(fleet.byPerimeter.map((b) => b.key)).toEqual(['administration', 'schools']);
    expect(fleet.bySite.map((b) => b.key)).toEqual(['', 'Mairie']);
    expect(fleet.total.co2eKg.toFixed()).toBe('206.78383375');
  });
});

describe('computeHostingFootprint', () => {
  it('computes a server room: embodied equipment, IT energy × PUE, WUE water', () => {
    const result = computeHostingFootprint(
      hosting({ sites: [{ id: 'sr', name: 'Salle serveurs', kind: 'server-room', equipment: { server: 4 }, pue: '1.5' }] }),
      factors,
      stock2025,
    );
    const site = result.sites[0];
    // IT: 4 × 367 W × 24 × 365 ÷ 1000 = 12859.68 kWh; × 1.5 = 19289.52 kWh
    expect(site?.itEnergyKwh.toFixed()).toBe('12859.68');
    expect(site?.totalEnergyKwh.toFixed()).toBe('19289.52');
    // 4 × 748 ÷ 5 + 19289.52 × 0.0461
    expect(site?.total.co2eKg.toFixed()).toBe('1487.646872');
    // 12859.68 × 0.425625 (default WUE) + 19289.52 × 3.6737
    expect(site?.total.waterL.toFixed()).toBe('76337.310924');
    expect(site?.total.waterScarcityM3eq.toFixed()).toBe('0');
    // low: 4 × 97 W … × 1.5 × 0.04418 + 4 × 461.8 ÷ 5; high: 4 × 400 W … × 1.5 × 0.058 + 4 × 3660 ÷ 3
    expect(site?.low.co2eKg.toFixed()).toBe('594.6837776');
    expect(site?.high.co2eKg.toFixed()).toBe('6099.392');
    expect(codes(site?.trace.assumptions ?? [])).toContain('hosting_pue_site');
    expect(codes(site?.trace.fallbacks ?? [])).toEqual(expect.arrayContaining(['hosting_wue_default', 'hosting_it_energy_estimated']));
  });

  it('uses the site\'s metered IT energy, PUE and WUE when given', () => {
    const result = computeHostingFootprint(
      hosting({ sites: [{ id: 'co', name: 'Baie', kind: 'server-room', equipment: { server: 2 }, itEnergyKwhPerYear: '10000', pue: '1.2', wueLPerKwh: '1.8' }] }),
      factors,
      stock2025,
    );
    const site = result.sites[0];
    expect(site?.totalEnergyKwh.toFixed()).toBe('12000'); // 10000 × 1.2
    expect(site?.total.co2eKg.toFixed()).toBe('852.4'); // 2 × 748 ÷ 5 + 12000 × 0.0461
    expect(site?.total.waterL.toFixed()).toBe('62084.4'); // 10000 × 1.8 + 12000 × 3.6737
    expect(site?.trace.fallbacks.map((n) => n.code)).not.toContain('hosting_wue_default');
    expect(codes(site?.trace.assumptions ?? [])).toEqual(expect.arrayContaining(['hosting_it_energy_metered', 'hosting_pue_site', 'hosting_wue_site']));
  });

  it('computes a cloud line with the CCF formula', () => {
    const result = computeHostingFootprint(
      hosting({ cloud: [{ id: 'c', provider: 'aws', region: 'eu-west-3', vcpuHours: '1000', memoryGbHours: '4000', storageSsdTbHours: '100', egressGb: '50' }] }),
      factors,
      stock2025,
    );
    const line = result.cloud[0];
    // (0.74 + 0.5 × (3.5 − 0.74)) W × 1000 h ÷ 1000 = 2.12; + 4000 × 0.000392 + 100 × 1.2 ÷ 1000 + 50 × 0.001 = 3.858 kWh
    expect(line?.itEnergyKwh.toFixed()).toBe('3.858');
    expect(line?.totalEnergyKwh.toFixed()).toBe('4.37883'); // × 1.135
    expect(line?.country).toBe('FRA');
    // 4.37883 × 0.0461 + 1000 × 0.000602816
    expect(line?.total.co2eKg.toFixed()).toBe('0.804680063');
    // 3.858 × 0.15 + 4.37883 × 3.6737
    expect(line?.total.waterL.toFixed()).toBe('16.665207771');
  });
});

describe('computeHostingFootprint, provider without coefficients', () => {
  it('uses the generic cloud.other rows and the world average electricity for an unknown region, and says so', () => {
    const result = computeHostingFootprint(hosting({ cloud: [{ id: 's', provider: 'scaleway', region: 'fr-par', vcpuHours: '1000' }] }), factors, stock2025);
    const line = result.cloud[0];
    // (0.74 + 0.5 × (3.54 − 0.74)) W × 1000 h ÷ 1000 = 2.14 kWh; × 1.25 = 2.675 kWh
    expect(line?.totalEnergyKwh.toFixed()).toBe('2.675');
    // 2.675 × 0.47294 (world, 2024 vintage) + 1000 × 0.000602816
    expect(line?.country).toBe('WLD');
    expect(line?.total.co2eKg.toFixed()).toBe('1.8679305');
    // 2.14 × 0.425625; the world average has no water row (traced)
    expect(line?.total.waterL.toFixed()).toBe('0.9108375');
    expect(codes(line?.trace.fallbacks ?? [])).toEqual(expect.arrayContaining(['cloud_provider_default', 'cloud_region_unknown']));
  });
});

describe('computeUsageFootprint', () => {
  it('multiplies each usage by its factor, with the fixed-network factor including the box', () => {
    const result = computeUsageFootprint(
      usage({ networkFixedGb: '1000', networkMobileGb: '100', emailsSent: '10000', videoConferenceHours: '200', website: { pageViews: '1000', pageWeightMb: '2.5' } }),
      factors,
      { year: 2025 },
    );
    expect(result.items.map((i) => [i.key, i.total.co2eKg.toFixed()])).toEqual([
      ['networkFixed', '9.27'],
      ['networkMobile', '2.468'],
      ['emails', '10.89'], // 10000 × 0.001089
      ['videoConference', '1.324'], // 200 participant-hours × 0.01324 per 2-device call-hour ÷ 2
      ['website', '2'],
    ]);
    expect(result.total.co2eKg.toFixed()).toBe('25.952');
    expect(result.total.waterL.toFixed()).toBe('30'); // 1000 × 0.03 L
  });

  it('uses the factor excluding the box when boxes are in the inventory', () => {
    const result = computeUsageFootprint(usage({ networkFixedGb: '1000', boxesInInventory: true }), factors, { year: 2025 });
    expect(result.total.co2eKg.toFixed()).toBe('2.59');
    expect(codes(result.trace.assumptions)).toContain('usage_network_excl_box');
  });
});

describe('computeFootprint', () => {
  const input = {
    organisation: organisation({ agents: 10, population: 1000 }),
    inventory: items([{ category: 'laptop', quantity: 10, purchaseYear: 2024 }]),
    hosting: hosting({ sites: [{ id: 'sr', name: 'Salle serveurs', kind: 'server-room', equipment: { server: 4 }, pue: '1.5' }] }),
    usage: usage({ emailsSent: '10000' }),
  };
  const result = computeFootprint(input, factors, stock2025);

  it('adds fleet, hosting and usage, and stamps the versions', () => {
    // 383.5570675 + 1487.646872 + 10000 × 0.001089
    expect(result.total.co2eKg.toFixed()).toBe('1882.0939395');
    expect(result.methodologyVersion).toBe(METHODOLOGY_VERSION);
    expect(result.factorSetVersion).toBe('tt-2025.1');
    expect(result.byDomain.map((d) => [d.key, d.total.co2eKg.toFixed()])).toEqual([
      ['fleet', '383.5570675'],
      ['hosting', '1487.646872'],
      ['cloud', '0'],
      ['usage', '10.89'],
    ]);
  });

  it('gives ratios per agent and per inhabitant', () => {
    expect(result.perAgent?.co2eKg.toFixed()).toBe('188.20939395');
    expect(result.perInhabitant?.co2eKg.toFixed()).toBe('1.8820939395');
  });

  it('puts hosting sites under their name in the site breakdown', () => {
    expect(result.bySite.map((s) => [s.key, s.quantity])).toEqual([
      ['', 10],
      ['Salle serveurs', 4],
    ]);
  });

  it('returns frozen nodes all the way down', () => {
    for (const node of [result, result.byCategory, result.byCategory[0], result.groups, result.groups[0], result.bySite[0], result.byDomain[0], result.hosting.sites[0], result.usage.items[0], result.trace, result.trace.fallbacks]) {
      expect(Object.isFrozen(node)).toBe(true);
    }
    expect(Object.isFrozen(result.groups[0]?.total)).toBe(true);
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify(input);
    computeFootprint(input, factors, { year: 2025, method: 'flux', amortisationYears: 3 });
    expect(JSON.stringify(input)).toBe(before);
  });
});
