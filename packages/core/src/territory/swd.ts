/**
 * The Sustainable Web Design model v4, as implemented by CO2.js 0.19
 * (`src/sustainable-web-design-v4.js`), re-written with exact decimals from the constants of the
 * territorial reference set (`web.swd4.*` rows, CO2.js `src/constants/index.js` at commit
 * 27cbe8328aeaad0824fb07b3640dc45b72228c7b).
 *
 * - Each segment (data centre, network, device) has an operational and an embodied energy per GB.
 * - Operational segments × the grid intensity of their place (default the model's global 494 g/kWh);
 *   embodied segments always × 494 g/kWh.
 * - A green hosting factor g (0…1) scales the data-centre operational emissions by (1 − g).
 * - Per visit: per GB × (first-visit share + returning share × data reload ratio).
 */
import { FootprintError } from '../errors';
import { D, ONE, ZERO, type Dec } from '../internal/decimal';
import type { FactorRow } from '../schemas/factors';
import { addI, exact, mulD, mulI, type Interval } from '../compute/values';

export const SWD_SEGMENTS = ['dataCentre', 'network', 'device'] as const;
export type SwdSegment = (typeof SWD_SEGMENTS)[number];

/** Bytes in one gigabyte, as CO2.js counts them (10^9). */
export const BYTES_PER_GB = new D(1_000_000_000);

/** Options of the SWD v4 computation. */
export interface SwdOptions {
  /** Grid intensity per operational segment, gCO2e/kWh (central value with bounds); default the global intensity. */
  readonly gridIntensity?: Partial<Record<SwdSegment, Interval>>;
  /** Share of the data-centre energy that is green, 0…1 (CO2.js `greenHostingFactor`). */
  readonly greenHostingFactor?: Dec;
}

/** Emissions of a transfer, in grams CO2e, per segment, with the operational energy. */
export interface SwdEmissions {
  readonly operational: Readonly<Record<SwdSegment, Interval>>;
  readonly embodied: Readonly<Record<SwdSegment, Interval>>;
  /** All segments, operational and embodied. */
  readonly total: Interval;
  /** Operational electricity of the transfer, kWh. */
  readonly operationalKwh: Dec;
}

/** Constants of the model, from the reference rows. */
export interface SwdConstants {
  readonly operationalKwhPerGb: Readonly<Record<SwdSegment, Dec>>;
  readonly embodiedKwhPerGb: Readonly<Record<SwdSegment, Dec>>;
  readonly globalGridIntensity: Dec;
  /** Ids of the rows used, for the trace. */
  readonly factorIds: readonly string[];
}

/**
 * Reads the SWD v4 constants from reference rows.
 *
 * @param rows - The territorial reference rows (`getTerritoryReferences().rows`).
 * @throws {FootprintError} `factor_missing` when a `web.swd4.*` row is absent.
 */
export function swdConstants(rows: readonly FactorRow[]): SwdConstants {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ids: string[] = [];
  const value = (id: string): Dec => {
    const row = byId.get(id);
    if (!row) throw new FootprintError('factor_missing', { id, factorSet: 'territory' });
    ids.push(id);
    return new D(row.value);
  };
  const read = (kind: 'operational' | 'embodied') =>
    Object.fromEntries(SWD_SEGMENTS.map((segment) => [segment, value(`web.swd4.${segment}.${kind}.kwhPerGb`)])) as Record<SwdSegment, Dec>;
  const operationalKwhPerGb = read('operational');
  const embodiedKwhPerGb = read('embodied');
  return { operationalKwhPerGb, embodiedKwhPerGb, globalGridIntensity: value('web.swd4.globalGridIntensity.gCo2ePerKwh'), factorIds: ids };
}

/**
 * SWD v4 emissions of a data transfer (CO2.js `perByte` with segment results).
 *
 * @param bytes - Bytes transferred (≥ 0).
 * @param constants - `swdConstants(rows)`.
 * @param options - Grid intensities per operational segment, green hosting factor.
 * @returns Grams CO2e per segment (intervals) and the operational kWh.
 * @throws {FootprintError} `invalid_option` for negative bytes or a green factor outside 0…1.
 * @example
 * swdEmissions(BYTES_PER_GB, swdConstants(getTerritoryReferences().rows)).total.v; // 148.2
 */
export function swdEmissions(bytes: Dec, constants: SwdConstants, options: SwdOptions = {}): SwdEmissions {
  if (bytes.isNegative()) throw new FootprintError('invalid_option', { option: 'bytes', value: bytes.toString() });
  const green = options.greenHostingFactor ?? ZERO;
  if (green.isNegative() || green.gt(ONE)) throw new FootprintError('invalid_option', { option: 'greenHostingFactor', value: green.toString() });
  const gb = bytes.div(BYTES_PER_GB);
  const global = exact(constants.globalGridIntensity);
  const operational = {} as Record<SwdSegment, Interval>;
  const embodied = {} as Record<SwdSegment, Interval>;
  let total = exact(ZERO);
  let operationalKwh = ZERO;
  for (const segment of SWD_SEGMENTS) {
    const kwh = gb.times(constants.operationalKwhPerGb[segment]);
    operationalKwh = operationalKwh.plus(kwh);
    let op = mulI(exact(kwh), options.gridIntensity?.[segment] ?? global);
    if (segment === 'dataCentre' && !green.isZero()) op = mulD(op, ONE.minus(green));
    operational[segment] = op;
    embodied[segment] = mulD(global, gb.times(constants.embodiedKwhPerGb[segment]));
    total = addI(addI(total, op), embodied[segment]);
  }
  return { operational, embodied, total, operationalKwh };
}

/** Visitor behaviour of CO2.js `perVisit`. */
export interface SwdVisitOptions extends SwdOptions {
  readonly firstVisitShare: Dec;
  readonly returnVisitShare: Dec;
  readonly dataReloadRatio: Dec;
}

/**
 * SWD v4 emissions of one visit of a page of `bytes` (CO2.js `perVisit`): the per-byte emissions ×
 * (first-visit share + returning share × reload ratio).
 *
 * @example
 * swdPerVisit(BYTES_PER_GB, constants, { firstVisitShare: dec('0.75'), returnVisitShare: dec('0.25'), dataReloadRatio: dec('0.2') }).v; // 118.56
 */
export function swdPerVisit(bytes: Dec, constants: SwdConstants, options: SwdVisitOptions): Interval {
  const multiplier = options.firstVisitShare.plus(options.returnVisitShare.times(options.dataReloadRatio));
  return mulD(swdEmissions(bytes, constants, options).total, multiplier);
}
