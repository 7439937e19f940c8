import { D, dec, ONE, ZERO, type Dec } from '../internal/decimal';
import { INDICATORS, type FactorSet, type Indicator } from '../schemas/factors';
import type { DonatedDevices } from '../schemas/inclusion';
import type { Organisation } from '../schemas/organisation';
import { computeDeviceFootprint } from '../compute/computeDeviceFootprint';
import { lookupOf } from '../compute/factorLookup';
import type { Indicators, Trace } from '../compute/types';
import { TraceBuilder } from '../compute/values';

/** The impact avoided by devices given away for reuse. */
export interface ReuseAvoided {
  readonly devices: number;
  /** Manufacturing of new devices avoided, less the refurbishing share, per indicator. */
  readonly total: Indicators;
  readonly low: Indicators;
  readonly high: Indicators;
  readonly trace: Trace;
}

const SHARE_ID = 'device.refurbished.manufacturingShare';

/**
 * The impact avoided by devices donated for reuse: each one spares the manufacture of a new device
 * of its category, less what refurbishing it costs: manufacturing of a new device (the engine's
 * device model: size classes, factor rows) × (1 − the refurbished manufacturing share of the factor
 * set, ADEME 2022). The bounds combine both ranges: low = the device's manufacturing low bound ×
 * (1 − the share's high bound), high = its high bound × (1 − the share's low bound); both are
 * positive, so these are the interval's ends.
 *
 * @param donated - Devices donated in a year.
 * @param factorSet - The factor set.
 * @param options - `{ year, organisation? }`.
 * @example
 * computeReuseAvoided([{ category: 'laptop', quantity: 10 }], getFactorSet('fr-2025.1'), { year: 2025 }).total.co2eKg;
 */
export function computeReuseAvoided(donated: readonly DonatedDevices[], factorSet: FactorSet, options: { readonly year: number; readonly organisation?: Organisation }): ReuseAvoided {
  const share = lookupOf(factorSet).require(SHARE_ID);
  const kept = { v: ONE.minus(share.v), lo: ONE.minus(share.hi), hi: ONE.minus(share.lo) };
  const sums = { total: new Map<Indicator, Dec>(), low: new Map<Indicator, Dec>(), high: new Map<Indicator, Dec>() };
  const trace = new TraceBuilder().factor(SHARE_ID);
  let devices = 0;
  const deviceOptions = { year: options.year, method: 'stock' as const, ...(options.organisation ? { organisation: options.organisation } : {}) };
  for (const lot of donated) {
    devices += lot.quantity;
    const fresh = computeDeviceFootprint({ category: lot.category, quantity: 1, status: 'in-service', perimeter: 'administration', refurbished: false }, factorSet, deviceOptions);
    const made = fresh.newManufacturing;
    trace.merge(fresh.trace).assume('reuse_avoided', { quantity: lot.quantity, category: lot.category, share: share.v.toFixed() });
    trace.assume('reuse_avoided_bounds', {
      category: lot.category,
      low: made.low.co2eKg.toFixed(),
      high: made.high.co2eKg.toFixed(),
      shareLow: share.lo.toFixed(),
      shareHigh: share.hi.toFixed(),
    });
    for (const indicator of INDICATORS) {
      const quantity = dec(lot.quantity);
      for (const [bound, manufacturing, factor] of [['total', made.total, kept.v], ['low', made.low, kept.lo], ['high', made.high, kept.hi]] as const) {
        sums[bound].set(indicator, (sums[bound].get(indicator) ?? ZERO).plus(manufacturing[indicator].times(quantity).times(factor)));
      }
    }
  }
  const freeze = (map: Map<Indicator, Dec>): Indicators => Object.freeze(Object.fromEntries(INDICATORS.map((indicator) => [indicator, map.get(indicator) ?? new D(0)])) as Record<Indicator, Dec>);
  return Object.freeze({ devices, total: freeze(sums.total), low: freeze(sums.low), high: freeze(sums.high), trace: trace.build() });
}
