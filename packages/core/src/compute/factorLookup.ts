/**
 * Factor look-up for the compute functions (internal). Rows are found by the ids of
 * docs/factor-ids.md; each row's value and uncertainty become an `Interval`. The look-up of a factor
 * set is built once and cached per factor set object.
 */
import { D } from '../internal/decimal';
import { FootprintError } from '../errors';
import type { FactorRow, FactorSet } from '../schemas/factors';
import type { Interval } from './values';
import { variablePoly } from '../uncertainty/poly';

/** The electricity factor chosen for a country and a year. */
export interface ElectricityChoice {
  readonly id: string;
  readonly country: string;
  readonly vintage: number;
  readonly co2eKgPerKwh: Interval;
  /** `exact` when the vintage equals the year; otherwise the vintage rule's fallback. */
  readonly rule: 'exact' | 'latest-before' | 'earliest-after';
}

/** Cloud region to country, when the factor set carries the mapping. */
export interface CloudRegionEntry {
  readonly provider: string;
  readonly region: string;
  readonly country: string;
}

export interface FactorLookup {
  readonly version: string;
  row(id: string): FactorRow | undefined;
  /** The row's value and uncertainty bounds, or `undefined` when the row is absent. */
  interval(id: string): Interval | undefined;
  /** Like `interval`, but a missing row is a contract error of the factor set. */
  require(id: string): Interval;
  /** Electricity GHG factor for a country and a year, by the vintage rule; `undefined` if the country has none. */
  electricity(country: string, year: number): ElectricityChoice | undefined;
  /** Country (ISO3) of a cloud region, when known. */
  cloudRegionCountry(provider: string, region: string): string | undefined;
}

const ELECTRICITY_ID = /^electricity\.([A-Z]{3})\.(\d{4})\.co2eKgPerKwh$/;

const cache = new WeakMap<FactorSet, FactorLookup>();

function readRegions(factorSet: FactorSet): Map<string, string> {
  // The factor set may carry the cloud region mapping (data/factors/<version>/cloud-regions.json) as
  // `cloudRegions`: an array of { provider, region, country } or a record "provider:region" → ISO3.
  const regions = new Map<string, string>();
  const raw = (factorSet as unknown as { cloudRegions?: unknown }).cloudRegions;
  if (Array.isArray(raw)) {
    for (const entry of raw as Partial<CloudRegionEntry>[]) {
      if (typeof entry?.provider === 'string' && typeof entry.region === 'string' && typeof entry.country === 'string') {
        regions.set(`${entry.provider}:${entry.region}`, entry.country);
      }
    }
  } else if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value === 'string') regions.set(key, value);
      else if (value && typeof value === 'object' && typeof (value as { country?: unknown }).country === 'string') {
        regions.set(key, (value as { country: string }).country);
      }
    }
  }
  return regions;
}

/** Builds (or returns the cached) look-up of a factor set. */
export function lookupOf(factorSet: FactorSet): FactorLookup {
  const cached = cache.get(factorSet);
  if (cached) return cached;

  const rows = new Map<string, FactorRow>();
  for (const row of factorSet.rows) rows.set(row.id, row);
  const intervals = new Map<string, Interval>();
  const vintages = new Map<string, { vintage: number; id: string }[]>();
  for (const row of factorSet.rows) {
    const match = ELECTRICITY_ID.exec(row.id);
    if (!match) continue;
    const country = match[1] as string;
    const list = vintages.get(country) ?? [];
    list.push({ vintage: Number(match[2]), id: row.id });
    vintages.set(country, list);
  }
  for (const list of vintages.values()) list.sort((a, b) => a.vintage - b.vintage);
  const regions = readRegions(factorSet);

  const interval = (id: string): Interval | undefined => {
    const known = intervals.get(id);
    if (known) return known;
    const row = rows.get(id);
    if (!row) return undefined;
    const v = new D(row.value);
    const lo = new D(row.uncertainty.low);
    const hi = new D(row.uncertainty.high);
    // A row with a range is a variable of the Monte Carlo; a row without one is a constant.
    const value: Interval = lo.eq(hi) ? Object.freeze({ v, lo, hi }) : Object.freeze({ v, lo, hi, x: () => variablePoly(row, id, v.toNumber(), lo.toNumber(), hi.toNumber()) });
    intervals.set(id, value);
    return value;
  };

  const lookup: FactorLookup = {
    version: factorSet.version,
    row: (id) => rows.get(id),
    interval,
    require(id) {
      const value = interval(id);
      if (!value) throw new FootprintError('factor_missing', { id, factorSet: factorSet.version });
      return value;
    },
    electricity(country, year) {
      const list = vintages.get(country);
      if (!list || list.length === 0) return undefined;
      let chosen = list.find((entry) => entry.vintage === year);
      let rule: ElectricityChoice['rule'] = 'exact';
      if (!chosen) {
        const before = list.filter((entry) => entry.vintage < year);
        if (before.length > 0) {
          chosen = before[before.length - 1];
          rule = 'latest-before';
        } else {
          chosen = list[0];
          rule = 'earliest-after';
        }
      }
      if (!chosen) return undefined;
      const value = interval(chosen.id);
      if (!value) return undefined;
      return { id: chosen.id, country, vintage: chosen.vintage, co2eKgPerKwh: value, rule };
    },
    cloudRegionCountry: (provider, region) => regions.get(`${provider}:${region}`),
  };
  cache.set(factorSet, lookup);
  return lookup;
}
