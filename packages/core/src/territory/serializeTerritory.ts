import type { Lang } from '../messages/index';
import { serializeTrace, type SerializedTrace } from '../compute/serializeFootprint';
import { mergeTraces } from '../compute/values';
import { TERRITORY_INDICATORS, type TerritoryFootprint, type TerritoryIndicator, type TerritoryNode } from './types';
import { jsonDecimal } from '../internal/decimal';

/** A territorial figure as JSON: only the indicators it covers, each with `…Low` and `…High`. */
export type SerializedTerritoryValues = Partial<Record<TerritoryIndicator | `${TerritoryIndicator}Low` | `${TerritoryIndicator}High`, string>>;

/** The JSON form of a `TerritoryFootprint` (the `territory` field of `reen bilan --format json`). */
export interface SerializedTerritory {
  readonly confidence: 'low';
  readonly year: number;
  readonly population: number;
  /** Indicators the totals cover (the national footprint is carbon only). */
  readonly indicators: TerritoryIndicator[];
  readonly totals: SerializedTerritoryValues;
  readonly perInhabitant: SerializedTerritoryValues | null;
  readonly nationalPerInhabitant: SerializedTerritoryValues;
  readonly residents: {
    readonly terminals: SerializedTerritoryValues;
    readonly dataCentres: SerializedTerritoryValues;
    readonly networks: SerializedTerritoryValues;
    readonly networksBasis: TerritoryFootprint['residents']['networksBasis'];
    readonly terminalsBasis: TerritoryFootprint['residents']['terminalsBasis'];
  };
  readonly networks: (SerializedTerritoryValues & { readonly fixedLines: number; readonly mobileLines: number }) | null;
  readonly dataCentres: (SerializedTerritoryValues & { readonly id: string; readonly name: string; readonly itEnergyKwh: string; readonly pue: string; readonly wueLPerKwh: string })[];
  readonly dataCentresTotal: SerializedTerritoryValues;
  readonly publicServices: (SerializedTerritoryValues & { readonly id: string; readonly name: string; readonly gigabytes: string })[];
  readonly publicServicesTotal: SerializedTerritoryValues;
  readonly trace: SerializedTrace;
}

/** The values of a territorial node as decimal strings: exact where exact, a rounded quotient at 15 significant digits (`jsonDecimal`). */
export function serializeTerritoryValues(node: TerritoryNode): SerializedTerritoryValues {
  const out: SerializedTerritoryValues = {};
  for (const indicator of TERRITORY_INDICATORS) {
    const value = node.values[indicator];
    if (value === undefined) continue;
    out[indicator] = jsonDecimal(value.v);
    out[`${indicator}Low`] = jsonDecimal(value.lo);
    out[`${indicator}High`] = jsonDecimal(value.hi);
  }
  return out;
}

/**
 * Turns a `TerritoryFootprint` into plain JSON (decimals as exact strings, trace notes worded).
 *
 * @param territory - A result of `computeTerritoryFootprint`.
 * @param options - `{ lang? }`, French by default.
 * @example
 * serializeTerritory(computeTerritoryFootprint(input, factorSet, { year: 2025 })).totals.co2eKg;
 */
export function serializeTerritory(territory: TerritoryFootprint, options: { readonly lang?: Lang } = {}): SerializedTerritory {
  const lang = options.lang ?? 'fr';
  const values = serializeTerritoryValues;
  return {
    confidence: territory.confidence,
    year: territory.year,
    population: territory.population,
    indicators: TERRITORY_INDICATORS.filter((indicator) => territory.totals.values[indicator] !== undefined),
    totals: values(territory.totals),
    perInhabitant: territory.perInhabitant ? values(territory.perInhabitant) : null,
    nationalPerInhabitant: values(territory.nationalPerInhabitant),
    residents: {
      terminals: values(territory.residents.terminals),
      dataCentres: values(territory.residents.dataCentres),
      networks: values(territory.residents.networks),
      networksBasis: territory.residents.networksBasis,
      terminalsBasis: territory.residents.terminalsBasis,
    },
    networks: territory.networks ? { fixedLines: territory.networks.fixedLines, mobileLines: territory.networks.mobileLines, ...values(territory.networks) } : null,
    dataCentres: territory.dataCentres.map((centre) => ({
      id: centre.id,
      name: centre.name,
      itEnergyKwh: centre.itEnergyKwh.toFixed(),
      pue: centre.pue.toFixed(),
      wueLPerKwh: centre.wueLPerKwh.toFixed(),
      ...values(centre),
    })),
    dataCentresTotal: values(territory.dataCentresTotal),
    publicServices: territory.publicServices.map((service) => ({ id: service.id, name: service.name, gigabytes: service.gigabytes.toFixed(), ...values(service) })),
    publicServicesTotal: values(territory.publicServicesTotal),
    trace: serializeTrace(mergeTraces([territory.totals.trace, territory.dataCentresTotal.trace, territory.publicServicesTotal.trace]), lang),
  };
}
