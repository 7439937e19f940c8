/**
 * Fast, frozen look-ups into a factor set: rows by id (a `Map`), values and bounds as Decimals, the
 * electricity vintage rule of docs/factor-ids.md, and the cloud region map.
 */
import { FootprintError } from '../errors';
import { D, type Dec } from '../internal/decimal';
import type { FactorRow, FactorSet } from '../schemas/factors';
import type { CloudRegion } from './factorSets';

/** How the electricity vintage was chosen for a bilan year (docs/factor-ids.md, "Vintage lookup"). */
export type ElectricityVintageRule = 'exact' | 'latest-before' | 'earliest-after';

/** The electricity GHG factor chosen for a country and a year. */
export interface ElectricityFactor {
  readonly row: FactorRow;
  readonly country: string;
  /** The vintage year of the chosen row. */
  readonly vintage: number;
  /** The year that was asked for. */
  readonly year: number;
  readonly rule: ElectricityVintageRule;
  /** `true` when the vintage differs from the year: the caller records it in the trace. */
  readonly fallback: boolean;
}

/** Look-ups into one factor set. Every method is pure; the index and what it returns are frozen. */
export interface FactorIndex {
  /** The factor set the index reads. */
  readonly set: FactorSet;
  /** `set.version`, for traces and results. */
  readonly version: string;
  /** Whether a row with this id exists. */
  has(id: string): boolean;
  /** The row with this id, or `undefined`. */
  get(id: string): FactorRow | undefined;
  /** The row with this id. Throws `FootprintError` `factor_missing` when absent. */
  require(id: string): FactorRow;
  /** The row's central value. Throws `factor_missing` when absent. */
  value(id: string): Dec;
  /** The row's low bound. Throws `factor_missing` when absent. */
  low(id: string): Dec;
  /** The row's high bound. Throws `factor_missing` when absent. */
  high(id: string): Dec;
  /** The electricity GHG factor of a country for a bilan year, by the vintage rule; `undefined` if the country has no row. */
  electricityFactor(country: string, year: number): ElectricityFactor | undefined;
  /** The vintages available for a country, ascending. */
  electricityVintages(country: string): readonly number[];
  /** The country (ISO3) of a cloud region, or `undefined` when the region is not mapped. */
  cloudRegionCountry(provider: string, region: string): string | undefined;
}

const ELECTRICITY_ID = /^electricity\.([A-Z]{3})\.(\d{4})\.co2eKgPerKwh$/;

interface Values {
  readonly value: Dec;
  readonly low: Dec;
  readonly high: Dec;
}

/**
 * Builds the look-up index of a factor set. Building is linear in the number of rows; look-ups are
 * `Map` reads, and Decimal values are created once per row on first use.
 *
 * @param set - A factor set, e.g. `getFactorSet()`. Its `cloudRegions` (if present) feed `cloudRegionCountry`.
 * @returns A frozen `FactorIndex`.
 * @example
 * const index = createFactorIndex(getFactorSet('fr-2025.1'));
 * index.value('device.laptop.manufacturing.co2eKg').toString(); // '170'
 * index.electricityFactor('FRA', 2026)?.row.id; // 'electricity.FRA.2025.co2eKgPerKwh' (fallback: true)
 */
export function createFactorIndex(set: FactorSet & { readonly cloudRegions?: readonly CloudRegion[] }): FactorIndex {
  const rows = new Map<string, FactorRow>();
  for (const row of set.rows) rows.set(row.id, row);
  const values = new Map<string, Values>();
  const vintages = new Map<string, { vintage: number; row: FactorRow }[]>();
  for (const row of set.rows) {
    const match = ELECTRICITY_ID.exec(row.id);
    if (!match) continue;
    const country = match[1] as string;
    const list = vintages.get(country) ?? [];
    list.push({ vintage: Number(match[2]), row });
    vintages.set(country, list);
  }
  for (const list of vintages.values()) list.sort((a, b) => a.vintage - b.vintage);
  const regions = new Map<string, string>();
  for (const entry of set.cloudRegions ?? []) regions.set(`${entry.provider}:${entry.region}`, entry.country);

  const require = (id: string): FactorRow => {
    const row = rows.get(id);
    if (!row) throw new FootprintError('factor_missing', { id, factorSet: set.version });
    return row;
  };
  const valuesOf = (id: string): Values => {
    const known = values.get(id);
    if (known) return known;
    const row = require(id);
    const computed = Object.freeze({ value: new D(row.value), low: new D(row.uncertainty.low), high: new D(row.uncertainty.high) });
    values.set(id, computed);
    return computed;
  };

  return Object.freeze({
    set,
    version: set.version,
    has: (id: string) => rows.has(id),
    get: (id: string) => rows.get(id),
    require,
    value: (id: string) => valuesOf(id).value,
    low: (id: string) => valuesOf(id).low,
    high: (id: string) => valuesOf(id).high,
    electricityFactor(country: string, year: number): ElectricityFactor | undefined {
      const list = vintages.get(country);
      if (!list || list.length === 0) return undefined;
      let chosen = list.find((entry) => entry.vintage === year);
      let rule: ElectricityVintageRule = 'exact';
      if (!chosen) {
        const before = list.filter((entry) => entry.vintage < year);
        chosen = before.length > 0 ? before[before.length - 1] : list[0];
        rule = before.length > 0 ? 'latest-before' : 'earliest-after';
      }
      if (!chosen) return undefined;
      return Object.freeze({ row: chosen.row, country, vintage: chosen.vintage, year, rule, fallback: rule !== 'exact' });
    },
    electricityVintages: (country: string) => Object.freeze((vintages.get(country) ?? []).map((entry) => entry.vintage)),
    cloudRegionCountry: (provider: string, region: string) => regions.get(`${provider}:${region}`),
  });
}
