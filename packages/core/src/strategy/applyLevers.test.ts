import { describe, expect, it } from 'vitest';
import { dec } from '../internal/decimal';
import { getFactorSet } from '../factors/factorSets';
import { computeFootprint } from '../compute/computeFootprint';
import { applyLever, applyLevers } from './applyLevers';
import { LeverSchema, type LeverInput } from './levers';
import { marketBasedMemo } from './trajectory';
import { handEngine, makeInputs } from '../../test/strategy/builders';

const set = getFactorSet('fr-2025.1');
const lever = (input: LeverInput) => LeverSchema.parse(input);
const ONE = dec(1);
const HALF = dec('0.5');

describe('applyLever', () => {
  describe('lifetime-extension', () => {
    it('adds the extra years to the factor set default (laptop 5 years + 2 = 7)', () => {
      const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10 }] });
      const out = applyLever(inputs, lever({ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }), ONE, set);
      expect(out.inventory[0]?.lifetimeYears?.toFixed()).toBe('7');
    });

    it('adds extraYears × share to the organisation hypothesis (6 + 2 × 0.5 = 7)', () => {
      const inputs = makeInputs({ organisation: { lifetimeHypotheses: { laptop: '6' } }, inventory: [{ category: 'laptop', quantity: 1 }] });
      const out = applyLever(inputs, lever({ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }), HALF, set);
      expect(out.inventory[0]?.lifetimeYears?.toFixed()).toBe('7');
    });

    it('lowers the stock-method manufacturing of 10 laptops from 10 × 170 / 5 to 10 × 170 / 7 kgCO2e', () => {
      const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10 }] });
      const before = computeFootprint(inputs, set, { year: 2024, method: 'stock' });
      const after = computeFootprint(applyLever(inputs, lever({ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }), ONE, set), set, { year: 2024, method: 'stock' });
      expect(before.byPhase.manufacturing.co2eKg.toFixed()).toBe('340');
      expect(after.byPhase.manufacturing.co2eKg.toDecimalPlaces(9).toFixed()).toBe('242.857142857');
    });

    it('leaves other categories and devices not in service alone', () => {
      const inputs = makeInputs({ inventory: [{ category: 'desktop', quantity: 1 }, { category: 'laptop', quantity: 1, status: 'stock' }] });
      const out = applyLever(inputs, lever({ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }), ONE, set);
      expect(out.inventory).toEqual(inputs.inventory);
    });
  });

  describe('power-management', () => {
    const pm = lever({ kind: 'power-management', categories: ['desktop'], hoursPerDay: '4' });

    it('caps the default profile (desktop 6 h/day, 365 days) at 4 h/day', () => {
      const out = applyLever(makeInputs({ inventory: [{ category: 'desktop', quantity: 1 }] }), pm, ONE, set);
      const usage = out.inventory[0]?.usage;
      expect(usage?.kind === 'profile' && [usage.hoursPerDay.toFixed(), usage.daysPerYear.toFixed()]).toEqual(['4', '365']);
    });

    it('goes half way with a share of 0.5 (6 − (6 − 4) × 0.5 = 5 h/day)', () => {
      const out = applyLever(makeInputs({ inventory: [{ category: 'desktop', quantity: 1 }] }), pm, HALF, set);
      const usage = out.inventory[0]?.usage;
      expect(usage?.kind === 'profile' && usage.hoursPerDay.toFixed()).toBe('5');
    });

    it('cuts one desktop’s use energy from 70 W × 6 h × 365 = 153.3 kWh to 70 W × 4 h × 365 = 102.2 kWh', () => {
      const inputs = makeInputs({ inventory: [{ category: 'desktop', quantity: 1 }] });
      const before = computeFootprint(inputs, set, { year: 2024, method: 'stock' });
      const after = computeFootprint(applyLever(inputs, pm, ONE, set), set, { year: 2024, method: 'stock' });
      expect(before.byPhase.use.energyKwh.toFixed()).toBe('153.3');
      expect(after.byPhase.use.energyKwh.toFixed()).toBe('102.2');
    });

    it('never raises hours and leaves metered devices unchanged, with a note', () => {
      const notes: { code: string }[] = [];
      const inputs = makeInputs({
        inventory: [
          { category: 'desktop', quantity: 1, usage: { kind: 'profile', hoursPerDay: '3', daysPerYear: '220' } },
          { category: 'desktop', quantity: 1, usage: { kind: 'metered', energyKwhPerYear: '90' } },
        ],
      });
      const out = applyLever(inputs, pm, ONE, set, notes as never[]);
      expect(out.inventory).toEqual(inputs.inventory);
      expect(notes.map((n) => n.code)).toEqual(['lever_metered_usage_unchanged']);
    });
  });

  describe('server-virtualisation', () => {
    const site = { id: 's1', name: 'Salle', kind: 'server-room' as const, equipment: { server: 10, 'network-switch': 2 } };
    it('consolidates 10 servers at 4:1 into ⌈10 / 4⌉ = 3', () => {
      const out = applyLever(makeInputs({ hosting: { sites: [site] } }), lever({ kind: 'server-virtualisation', consolidationRatio: '4' }), ONE, set);
      expect(out.hosting.sites[0]?.equipment).toEqual({ server: 3, 'network-switch': 2 });
    });
    it('removes ⌊7 × 0.5⌋ = 3 servers at half roll-out', () => {
      const out = applyLever(makeInputs({ hosting: { sites: [site] } }), lever({ kind: 'server-virtualisation', consolidationRatio: '4' }), HALF, set);
      expect(out.hosting.sites[0]?.equipment.server).toBe(7);
    });
    it('touches only the named site', () => {
      const inputs = makeInputs({ hosting: { sites: [site, { ...site, id: 's2' }] } });
      const out = applyLever(inputs, lever({ kind: 'server-virtualisation', consolidationRatio: '4', siteId: 's2' }), ONE, set);
      expect(out.hosting.sites.map((s) => s.equipment.server)).toEqual([10, 3]);
    });
  });

  describe('hosting-efficiency', () => {
    it('moves the server-room default PUE 1.63 to 1.46, or to 1.545 at half roll-out', () => {
      const inputs = makeInputs({ hosting: { sites: [{ id: 's1', name: 'Salle', kind: 'server-room' }] } });
      const l = lever({ kind: 'hosting-efficiency', pue: '1.46' });
      expect(applyLever(inputs, l, ONE, set).hosting.sites[0]?.pue?.toFixed()).toBe('1.46');
      expect(applyLever(inputs, l, HALF, set).hosting.sites[0]?.pue?.toFixed()).toBe('1.545');
    });
    it('never raises a PUE already better than the target', () => {
      const inputs = makeInputs({ hosting: { sites: [{ id: 's1', name: 'Salle', kind: 'server-room', pue: '1.3' }] } });
      expect(applyLever(inputs, lever({ kind: 'hosting-efficiency', pue: '1.46' }), ONE, set).hosting.sites[0]?.pue?.toFixed()).toBe('1.3');
    });
    it('moves the default WUE 0.425625 L/kWh half way to 0.28: 0.3528125', () => {
      const inputs = makeInputs({ hosting: { sites: [{ id: 's1', name: 'Salle', kind: 'server-room' }] } });
      expect(applyLever(inputs, lever({ kind: 'hosting-efficiency', wueLPerKwh: '0.28' }), HALF, set).hosting.sites[0]?.wueLPerKwh?.toFixed()).toBe('0.3528125');
    });
  });

  it('cloud-right-sizing removes 30 % of vCPU-hours and 50 % of memory GB-hours', () => {
    const inputs = makeInputs({ hosting: { cloud: [{ id: 'c1', provider: 'ovhcloud', region: 'GRA', vcpuHours: '1000', memoryGbHours: '2000' }] } });
    const out = applyLever(inputs, lever({ kind: 'cloud-right-sizing', vcpuReduction: '0.3', memoryReduction: '0.5' }), ONE, set);
    expect([out.hosting.cloud[0]?.vcpuHours.toFixed(), out.hosting.cloud[0]?.memoryGbHours.toFixed()]).toEqual(['700', '1000']);
  });

  it('storage-cleanup deletes 20 % of online storage and of cloud storage', () => {
    const inputs = makeInputs({ usage: { storageGbYears: '500' }, hosting: { cloud: [{ id: 'c1', provider: 'aws', region: 'eu-west-3', storageSsdTbHours: '10' }] } });
    const out = applyLever(inputs, lever({ kind: 'storage-cleanup', share: '0.2' }), ONE, set);
    expect([out.usage.storageGbYears?.toFixed(), out.hosting.cloud[0]?.storageSsdTbHours.toFixed()]).toEqual(['400', '8']);
  });

  describe('email-policy', () => {
    it('sends 20 % fewer e-mails: 10 000 → 8 000, saving 2 000 × 0.001089 = 2.178 kgCO2e', () => {
      const inputs = makeInputs({ usage: { emailsSent: '10000' } });
      const out = applyLever(inputs, lever({ kind: 'email-policy', reduction: '0.2' }), ONE, set);
      expect(out.usage.emailsSent?.toFixed()).toBe('8000');
      const saved = computeFootprint(inputs, set, { year: 2024, method: 'stock' }).total.co2eKg.minus(computeFootprint(out, set, { year: 2024, method: 'stock' }).total.co2eKg);
      expect(saved.toFixed()).toBe('2.178');
    });
  });

  it('video-resolution scales 1 000 visio hours by 1 − 0.5 × 0.9819 × (1 − 0.1640625 / 0.7) = 0.62411640625', () => {
    const inputs = makeInputs({ usage: { videoConferenceHours: '1000' } });
    const out = applyLever(
      inputs,
      lever({
        kind: 'video-resolution',
        share: '0.5',
        fromGbPerHour: '0.7',
        toGbPerHour: '0.1640625',
        networkShareOfFactor: '0.9819',
        source: { publisher: 'ADEME', title: 't', year: 2024, url: 'https://example.org', retrievedAt: '2026-11-25' },
      }),
      ONE,
      set,
    );
    expect(out.usage.videoConferenceHours?.toFixed()).toBe('624.11640625');
  });

  it('video-resolution on fr-2026.1 uses that set’s network share: 1 − 0.5 × 0.977443811932211 × (1 − 0.1640625 / 0.7) = 0.6258222907447004765625', () => {
    // 1 − 0.1640625 / 0.7 = 0.765625; 0.5 × 0.977443811932211 × 0.765625 = 0.3741777092552995234375.
    const inputs = makeInputs({ usage: { videoConferenceHours: '1000' } });
    const video = lever({
      kind: 'video-resolution',
      share: '0.5',
      fromGbPerHour: '0.7',
      toGbPerHour: '0.1640625',
      networkShareOfFactor: '0.9819',
      source: { publisher: 'ADEME', title: 't', year: 2024, url: 'https://example.org', retrievedAt: '2026-11-25' },
    });
    const set2026 = getFactorSet('fr-2026.1');
    expect(set2026.rows.find((row) => row.id === 'usage.videoConference.networkShare')?.value).toBe('0.977443811932211');
    expect(applyLever(inputs, video, ONE, set2026).usage.videoConferenceHours?.toFixed()).toBe('625.8222907447004765625');
    // The same lever on fr-2025.1 keeps the lever's own 0.9819 (previous test).
    expect(applyLever(inputs, video, ONE, set).usage.videoConferenceHours?.toFixed()).toBe('624.11640625');
  });

  it('renewal levers change nothing outside the trajectory and say so', () => {
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 3 }] });
    const notes: { code: string }[] = [];
    expect(applyLever(inputs, lever({ kind: 'refurbished-purchases', share: '0.5' }), ONE, set, notes as never[])).toBe(inputs);
    expect(notes.map((n) => n.code)).toEqual(['lever_acts_at_renewal']);
  });

  it('a share of 0 changes nothing', () => {
    const inputs = makeInputs({ usage: { emailsSent: '10' } });
    expect(applyLever(inputs, lever({ kind: 'email-policy', reduction: '0.5' }), dec(0), set)).toBe(inputs);
  });
});

describe('applyLevers', () => {
  it('with no lever returns the inputs unchanged', () => {
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 3 }], usage: { emailsSent: '10' } });
    const out = applyLevers(inputs, [], set);
    expect(out.inputs).toBe(inputs);
    expect(out.notes).toEqual([]);
  });
});

describe('marketBasedMemo', () => {
  it('reports own electricity with the contract factor apart from the location-based total', () => {
    const inputs = makeInputs({ inventory: [{ category: 'laptop', quantity: 10, purchaseYear: 2020 }] });
    const result = handEngine(inputs, set, { year: 2024, method: 'stock', amortisationYears: 1 });
    const green = lever({
      kind: 'green-electricity-contract',
      coveredShare: '0.5',
      contractCo2eKgPerKwh: '0.01',
      source: { publisher: 'Fournisseur', title: 'Déclaration', year: 2024, url: 'https://example.org', retrievedAt: '2026-11-25' },
    });
    const memo = marketBasedMemo(result, [{ lever: green, share: ONE }]);
    // Hand engine: 10 devices → 10 kgCO2e and 100 kWh of use. Market-based: 10 × 0.5 + 100 × 0.5 × 0.01 = 5.5.
    expect([memo?.energyKwh.toFixed(), memo?.locationBasedCo2eKg.toFixed(), memo?.marketBasedCo2eKg.toFixed()]).toEqual(['100', '10', '5.5']);
    expect(result.total.co2eKg.toFixed()).toBe('10');
  });
});
