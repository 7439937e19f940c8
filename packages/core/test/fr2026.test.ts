/**
 * The fixes of issue 13 that need the factor set fr-2026.1: national grid intensities, video
 * conferences per participant-hour and e-mails per recipient from ADEME's model 2.2.0, and hosting
 * equipment counted once. Values worked out by hand from the rows cited in each test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeFootprint, computeHostingFootprint, computeUsageFootprint, D, getFactorSet } from '../src/index';
import { ademeEngine } from './ademe';
import { hosting, items, organisation, usage } from './helpers';

const set = getFactorSet('fr-2026.1');
const { engine, value: ademe } = ademeEngine(JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/ademe-2.2.0/model.json', import.meta.url)), 'utf8')));
const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);
const stock2025 = { year: 2025, method: 'stock' } as const;

describe('cloud electricity by country (Ember table, never the organisation country)', () => {
  const line = (id: string, region: string) => ({ id, provider: 'gcp' as const, region, vcpuHours: '1000' });

  it('gives a Warsaw line 0.61498 ÷ 0.0461 = 13.3 times the use-phase emissions of the same line in Paris', () => {
    const result = computeHostingFootprint(hosting({ cloud: [line('paris', 'europe-west9'), line('warsaw', 'europe-central2')] }), set, stock2025);
    const [paris, warsaw] = result.cloud;
    // GCP: (0.68 + 0.5 × (4.11 − 0.68)) W × 1000 h ÷ 1000 = 2.395 kWh; × PUE 1.1 = 2.6345 kWh
    expect(paris?.totalEnergyKwh.toFixed()).toBe('2.6345');
    // Paris: 2.6345 × 0.0461 (ADEME 2025) = 0.12145045; Warsaw: 2.6345 × 0.61498 (Ember POL 2024) = 1.62016481
    expect(paris?.byPhase.use.co2eKg.toFixed()).toBe('0.12145045');
    expect(warsaw?.byPhase.use.co2eKg.toFixed()).toBe('1.62016481');
    expect(warsaw?.byPhase.use.co2eKg.gte(paris!.byPhase.use.co2eKg.times(5))).toBe(true);
    expect(warsaw?.trace.factors).toContain('electricity.POL.2024.co2eKgPerKwh');
  });

  it('has a grid row for the country of every cloud region of the set', () => {
    const countries = new Set(set.rows.map((row) => /^electricity\.([A-Z]{3})\.\d{4}\.co2eKgPerKwh$/.exec(row.id)?.[1]).filter(Boolean));
    expect(set.cloudRegions.filter((r) => !countries.has(r.country)).map((r) => `${r.provider}:${r.region}`)).toEqual([]);
  });

  it('takes the EU-27 average for a member without a row and the world average otherwise, and says so', () => {
    const trimmed = { ...set, version: 'fr-2026.1-test', rows: set.rows.filter((row) => !/^electricity\.(LUX|JPN)\./.test(row.id)) };
    const result = computeFootprint(
      { organisation: organisation(), inventory: items([{ category: 'laptop', quantity: 1, purchaseYear: 2024, country: 'LUX' }, { category: 'laptop', quantity: 1, purchaseYear: 2024, country: 'JPN' }]), hosting: hosting(), usage: usage() },
      trimmed,
      stock2025,
    );
    const [lux, jpn] = [...result.groups].sort((a, b) => a.country.localeCompare(b.country)).reverse();
    // 29.0175 kWh × 0.21302 (Ember EU 2024) = 6.18130785; × 0.47294 (Ember world 2024) = 13.72353645
    expect(lux?.byPhase.use.co2eKg.toFixed()).toBe('6.18130785');
    expect(jpn?.byPhase.use.co2eKg.toFixed()).toBe('13.72353645');
    expect(codes(lux!.trace.fallbacks)).toContain('electricity_eu_fallback');
    expect(codes(jpn!.trace.fallbacks)).toContain('electricity_world_fallback');
  });
});

describe('video conferences and e-mails, as ADEME\'s model 2.2.0 (networks and data centres)', () => {
  it('counts 1,000 participant-hours at (transmission + data centre) ÷ devices = 6.638 g each: 6.63827709773432 kgCO2e', () => {
    const result = computeUsageFootprint(usage({ videoConferenceHours: '1000' }), set, { year: 2025 });
    expect(result.total.co2eKg.toFixed()).toBe('6.63827709773432');
    const perParticipantHour = (ademe('visio . transmission') + ademe('visio . data center')) / ademe('visio . emplacements');
    expect(Math.abs(result.total.co2eKg.toNumber() / 1000 - perParticipantHour / 1000) / (perParticipantHour / 1000)).toBeLessThan(1e-12);
    expect(codes(result.trace.assumptions)).toContain('usage_visio_participant_hours');
  });

  it('grows with the recipients: 10,000 e-mails to 3 recipients = 10,000 × (0.528 + 3 × 0.538) g = 21.43063504392826 kgCO2e, as ADEME', () => {
    const result = computeUsageFootprint(usage({ emailsSent: '10000', averageRecipientsPerEmail: '3' }), set, { year: 2025 });
    expect(result.total.co2eKg.toFixed()).toBe('21.43063504392826');
    engine.setSituation({ 'email . destinataires': 3 });
    const grams = ademe('email . transmission') + ademe('email . data center');
    engine.setSituation({});
    expect(new D(grams.toPrecision(15)).times(10).toFixed()).toBe(result.total.co2eKg.toSignificantDigits(15).toFixed());
  });

  it('uses ADEME\'s default of 1 recipient when the usage data do not give it, and says so', () => {
    const result = computeUsageFootprint(usage({ emailsSent: '1000' }), set, { year: 2025 });
    // 1000 × (0.000528082530899368 + 0.000538326991164486) = 1.066409522063854
    expect(result.total.co2eKg.toFixed()).toBe('1.066409522063854');
    expect(codes(result.trace.fallbacks)).toContain('usage_email_recipients_default');
  });

  it('divides fr-2025.1\'s per-call factor by ADEME\'s 2 devices per call (1000 × 0.01324 ÷ 2 = 6.62 kg, 0.3 % from ADEME 2.2.0), and says the recipients are not modelled there', () => {
    const result = computeUsageFootprint(usage({ videoConferenceHours: '1000', emailsSent: '1000', averageRecipientsPerEmail: '3' }), getFactorSet('fr-2025.1'), { year: 2025 });
    expect(result.items.map((i) => [i.key, i.total.co2eKg.toFixed()])).toEqual([
      ['emails', '1.089'],
      ['videoConference', '6.62'],
    ]);
    expect(result.items[1]!.low.co2eKg.toFixed()).toBe('3.31'); // 1000 × 0.00662 ÷ 2
    expect(Math.abs(6.62 / 6.63827709773432 - 1)).toBeLessThan(0.01);
    expect(result.items.flatMap((i) => codes(i.trace.fallbacks))).toEqual(['usage_email_recipients_not_modelled', 'usage_visio_per_call_factor']);
  });
});

describe('network equipment power (measured 24-port switches, not the internet box)', () => {
  it('estimates a server room with 2 switches and a firewall at 24 W each: 3 × 24 W × 24 h × 365 d ÷ 1000 = 630.72 kWh of IT, × PUE 1.5', () => {
    const room = computeHostingFootprint(hosting({ sites: [{ id: 'sr', name: 'Salle', kind: 'server-room', pue: '1.5', equipment: { 'network-switch': 2, firewall: 1 } }] }), set, stock2025).sites[0]!;
    expect(room.itEnergyKwh.toFixed()).toBe('630.72');
    expect(room.totalEnergyKwh.toFixed()).toBe('946.08');
  });
});

describe('storage array and keyboard: sourced defaults instead of ADEME\'s per-drive 6 W and EcoDiag\'s 24 kg', () => {
  it('powers a 12-bay array at 14,800 kWh ÷ 8,760 h ÷ 84 bays × 12 = 241.356816699282 W (Seagate OneStor), not one drive\'s 6 W', () => {
    const row = set.rows.find((r) => r.id === 'device.storage-array.use.activePowerW')!;
    expect([row.value, row.uncertainty.low, row.uncertainty.high]).toEqual(['241.356816699282', '63.5616438356164', '1689.49771689498']);
    expect(row.source.url).toMatch(/^https:\/\/www\.seagate\.com\//);
    const room = { id: 'sr', name: 'Salle', kind: 'server-room' as const, pue: '1.5', equipment: { 'storage-array': 1 } };
    // 241.356816699282 W × 24 h × 365 d ÷ 1000 = 2114.28571428571032 kWh; × PUE 1.5 = 3171.428571428565480 kWh
    const site = computeHostingFootprint(hosting({ sites: [room] }), set, stock2025).sites[0]!;
    expect(site.itEnergyKwh.toFixed()).toBe('2114.28571428571032');
    expect(site.totalEnergyKwh.toFixed()).toBe('3171.42857142856548');
    // fr-2025.1 is unchanged: 6 W × 8.76 = 52.56 kWh
    expect(computeHostingFootprint(hosting({ sites: [room] }), getFactorSet('fr-2025.1'), stock2025).sites[0]!.itEnergyKwh.toFixed()).toBe('52.56');
  });

  it('charges 10 keyboards bought in 2024 at 22 kg ÷ 4 years each in 2025 (Logitech label): 10 × 22 ÷ 4 = 55 kgCO2e, fr-2025.1 still 10 × 24 ÷ 4 = 60', () => {
    const row = set.rows.find((r) => r.id === 'device.keyboard.manufacturing.co2eKg')!;
    expect([row.value, row.uncertainty.low, row.uncertainty.high]).toEqual(['22', '5', '24']);
    const inputs = { organisation: organisation(), inventory: items([{ category: 'keyboard', quantity: 10, purchaseYear: 2024 }]), hosting: hosting(), usage: usage() };
    expect(computeFootprint(inputs, set, stock2025).byPhase.manufacturing.co2eKg.toFixed()).toBe('55');
    expect(computeFootprint(inputs, getFactorSet('fr-2025.1'), stock2025).byPhase.manufacturing.co2eKg.toFixed()).toBe('60');
  });
});

describe('servers in the inventory and in a hosting site', () => {
  const site = { id: 'sr', name: 'Salle serveurs', kind: 'server-room' as const, pue: '1.5', equipment: { server: 4 } };
  const input = (inventory: ReturnType<typeof items>) => ({ organisation: organisation(), inventory, hosting: hosting({ sites: [site] }), usage: usage() });

  it('counts 4 servers given in both once: the same total as the site alone, and says so', () => {
    const both = computeFootprint(input(items([{ category: 'server', quantity: 4, purchaseYear: 2023, site: 'Salle serveurs' }])), set, stock2025);
    const siteOnly = computeFootprint(input([]), set, stock2025);
    expect(both.total.co2eKg.toFixed()).toBe(siteOnly.total.co2eKg.toFixed());
    expect(both.fleet.byPhase.use.co2eKg.toFixed()).toBe('0');
    expect(codes(both.hosting.sites[0]!.trace.fallbacks)).toContain('hosting_equipment_counted_once');
  });

  it('applies the site PUE to a fleet server that sits in a site the site does not count', () => {
    const alone = { ...site, equipment: {} };
    const result = computeFootprint(
      { organisation: organisation(), inventory: items([{ category: 'server', quantity: 1, purchaseYear: 2023, site: 'sr' }]), hosting: hosting({ sites: [alone] }), usage: usage() },
      set,
      stock2025,
    );
    const room = result.hosting.sites[0]!;
    const kwh = set.rows.find((r) => r.id === 'device.server.use.activePowerW')!.value;
    // IT energy = server power × 24 h × 365 d ÷ 1000; total = IT × 1.5
    expect(room.itEnergyKwh.toFixed()).toBe(new D(kwh).times(24).times(365).div(1000).toFixed());
    expect(room.totalEnergyKwh.toFixed()).toBe(room.itEnergyKwh.times('1.5').toFixed());
    expect(result.fleet.byPhase.use.co2eKg.toFixed()).toBe('0');
    expect(codes(room.trace.fallbacks)).toContain('hosting_inventory_equipment_in_site');
  });
});
