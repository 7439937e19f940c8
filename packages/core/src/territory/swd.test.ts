/**
 * Contract test: the Sustainable Web Design v4 values published in CO2.js's own tests
 * (`src/sustainable-web-design-v4.test.js` and `src/constants/test-constants.js`, commit
 * 27cbe8328aeaad0824fb07b3640dc45b72228c7b), reproduced exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../internal/decimal';
import { exact } from '../compute/values';
import { getTerritoryReferences } from './references';
import { BYTES_PER_GB, swdConstants, swdEmissions, swdPerVisit } from './swd';

const constants = swdConstants(getTerritoryReferences().rows);
const GB = BYTES_PER_GB;

describe('SWD v4 (CO2.js contract)', () => {
  it('operational emissions of 1 GB: 27.17 / 29.146 / 39.52 g', () => {
    const result = swdEmissions(GB, constants);
    expect(result.operational.dataCentre.v.toFixed()).toBe('27.17');
    expect(result.operational.network.v.toFixed()).toBe('29.146');
    expect(result.operational.device.v.toFixed()).toBe('39.52');
    expect(result.operationalKwh.toFixed()).toBe('0.194');
  });

  it('operational emissions with custom grid intensities 100 / 200 / 300 g/kWh: 5.5 / 11.8 / 24 g', () => {
    const result = swdEmissions(GB, constants, { gridIntensity: { dataCentre: exact(dec(100)), network: exact(dec(200)), device: exact(dec(300)) } });
    expect(result.operational.dataCentre.v.toFixed()).toBe('5.5');
    expect(result.operational.network.v.toFixed()).toBe('11.8');
    expect(result.operational.device.v.toFixed()).toBe('24');
  });

  it('embodied emissions of 1 GB: 5.928 / 6.422 / 40.014 g', () => {
    const result = swdEmissions(GB, constants);
    expect(result.embodied.dataCentre.v.toFixed()).toBe('5.928');
    expect(result.embodied.network.v.toFixed()).toBe('6.422');
    expect(result.embodied.device.v.toFixed()).toBe('40.014');
  });

  it('per byte: 148.2 g per GB, 121.03 fully green, 134.615 half green, 0 for 0 bytes', () => {
    expect(swdEmissions(GB, constants).total.v.toFixed()).toBe('148.2');
    expect(swdEmissions(GB, constants, { greenHostingFactor: dec(1) }).total.v.toFixed()).toBe('121.03');
    expect(swdEmissions(GB, constants, { greenHostingFactor: dec('0.5') }).total.v.toFixed()).toBe('134.615');
    expect(swdEmissions(dec(0), constants).total.v.toFixed()).toBe('0');
  });

  it('per visit: 118.56 g (75 % new visitors, 20 % reloaded), 96.824 green, 107.692 half green', () => {
    const visit = { firstVisitShare: dec('0.75'), returnVisitShare: dec('0.25'), dataReloadRatio: dec('0.2') };
    expect(swdPerVisit(GB, constants, visit).v.toFixed()).toBe('118.56');
    expect(swdPerVisit(GB, constants, { ...visit, greenHostingFactor: dec(1) }).v.toFixed()).toBe('96.824');
    expect(swdPerVisit(GB, constants, { ...visit, greenHostingFactor: dec('0.5') }).v.toFixed()).toBe('107.692');
  });

  it('is linear in the bytes transferred', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (a, b) => {
        const sum = swdEmissions(dec(a.toString()), constants).total.v.plus(swdEmissions(dec(b.toString()), constants).total.v);
        expect(swdEmissions(dec((a + b).toString()), constants).total.v.eq(sum)).toBe(true);
      }),
    );
  });

  it('refuses negative bytes and a green factor above 1', () => {
    expect(() => swdEmissions(dec(-1), constants)).toThrow();
    expect(() => swdEmissions(GB, constants, { greenHostingFactor: dec('1.5') })).toThrow();
  });
});
