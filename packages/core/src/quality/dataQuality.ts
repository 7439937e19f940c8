/**
 * Data quality of a bilan: each line (inventory group, hosting site, cloud line, usage item) gets
 * a level for its embodied part (manufacturing, distribution, end of life) and for its use part,
 * read from its trace; the result gives the share of the footprint (kg CO2e) at each level and a
 * score.
 *
 * Levels, best first, with their rating (1 = best, 5 = worst, REEN kit's mapping onto the 1–5 scale
 * of the data quality rating of the EU Product Environmental Footprint method):
 *
 * 1. `measured` — measured or specific to the organisation: metered electricity of a device or of
 *    a server room;
 * 2. `model` — specific to the model or the supplier: a size-class factor, a usage profile given
 *    by the organisation, a cloud provider's own coefficients;
 * 3. `category` — the category's default factors;
 * 4. `proxy` — another category's, size's, country's or provider's factor used in place of the
 *    missing one, or no factor at all;
 * 5. `estimate` — the inventory itself is estimated from the number of agents.
 *
 * Score = Σ share × rating, between 1 and 5 (lower is better), banded as in the PEF method
 * (Commission Recommendation (EU) 2021/2279, annex I, data quality requirements): ≤ 1.5 excellent,
 * ≤ 2 very good, ≤ 3 good, ≤ 4 fair, above 4 poor.
 */
import { ZERO, type Dec } from '../internal/decimal';
import type { FootprintNode, FootprintResult, Trace } from '../compute/types';
import { phaseCo2eKgOf } from '../compute/lazyGroup';

export const DATA_QUALITY_LEVELS = ['measured', 'model', 'category', 'proxy', 'estimate'] as const;
export type DataQualityLevel = (typeof DATA_QUALITY_LEVELS)[number];

/** Rating of each level on the 1 (best) – 5 (worst) scale. */
export const DATA_QUALITY_RATING: Readonly<Record<DataQualityLevel, number>> = { measured: 1, model: 2, category: 3, proxy: 4, estimate: 5 };

export const DATA_QUALITY_LEVEL_LABELS_FR: Readonly<Record<DataQualityLevel, string>> = {
  measured: 'Mesuré ou propre à la collectivité',
  model: 'Propre au modèle ou au fournisseur',
  category: 'Valeur par défaut de la catégorie',
  proxy: 'Approximation (autre catégorie, pays ou fournisseur)',
  estimate: 'Estimation à partir du nombre d’agents',
};

export type DataQualityBand = 'excellent' | 'very-good' | 'good' | 'fair' | 'poor';
export const DATA_QUALITY_BAND_LABELS_FR: Readonly<Record<DataQualityBand, string>> = {
  excellent: 'excellente',
  'very-good': 'très bonne',
  good: 'bonne',
  fair: 'passable',
  poor: 'faible',
};

/** One line of the bilan and the level of each of its parts. */
export interface DataQualityLine {
  readonly domain: 'fleet' | 'hosting' | 'cloud' | 'usage';
  /** The group key, site id, cloud line id or usage item. */
  readonly key: string;
  readonly embodied: DataQualityLevel;
  readonly use: DataQualityLevel;
  /** The level of the part with the larger footprint (embodied on a tie). */
  readonly level: DataQualityLevel;
  readonly embodiedCo2eKg: Dec;
  readonly useCo2eKg: Dec;
}

/** Data quality of a bilan. */
export interface DataQuality {
  readonly lines: readonly DataQualityLine[];
  /** kg CO2e at each level. */
  readonly co2eKgByLevel: Readonly<Record<DataQualityLevel, Dec>>;
  /** Share of the footprint (kg CO2e) at each level, between 0 and 1 (all zero when the footprint is zero). */
  readonly shareByLevel: Readonly<Record<DataQualityLevel, Dec>>;
  /** Σ share × rating, from 1 (best) to 5; `undefined` when the footprint is zero. */
  readonly score: Dec | undefined;
  readonly band: DataQualityBand | undefined;
  /**
   * Inventory lines without a purchase year (the stock method then applies the fleet rule to them,
   * the flux method cannot place them): devices, lines and kg CO2e, and their share of the footprint.
   */
  readonly purchaseYearMissing: { readonly lines: number; readonly devices: number; readonly co2eKg: Dec; readonly share: Dec };
}

/** Options of `assessDataQuality`. */
export interface DataQualityOptions {
  /** True when the inventory was estimated from the number of agents (the project's `inventoryIsEstimate`). */
  readonly inventoryIsEstimate?: boolean;
}

const PROXY_FALLBACKS = new Set([
  'size_class_variant_missing',
  'size_class_missing',
  'use_factor_missing',
  'use_profile_without_power',
  'cloud_provider_default',
  'cloud_region_unknown',
  'network_country_fallback',
]);

function codes(trace: Trace): { assumptions: Set<string>; fallbacks: Set<string> } {
  return { assumptions: new Set(trace.assumptions.map((note) => note.code)), fallbacks: new Set(trace.fallbacks.map((note) => note.code)) };
}

/** The electricity of another country, of the EU-27 or of the world in place of the country's own. */
const ELECTRICITY_PROXIES = ['electricity_country_fallback', 'electricity_eu_fallback', 'electricity_world_fallback'];

/** A country fallback of the electricity makes the use part a proxy. */
function electricityProxy(fallbacks: Set<string>): boolean {
  return ELECTRICITY_PROXIES.some((code) => fallbacks.has(code));
}

function hasProxy(fallbacks: Set<string>, only: readonly string[]): boolean {
  return only.some((code) => fallbacks.has(code) && PROXY_FALLBACKS.has(code));
}

/** Embodied and use kg CO2e per phase object: groups of one specification and quantity share one. */
const partsCache = new WeakMap<object, { embodied: Dec; use: Dec }>();

function parts(node: FootprintNode): { embodied: Dec; use: Dec } {
  const phases = phaseCo2eKgOf(node);
  let known = partsCache.get(phases);
  if (!known) {
    known = { embodied: phases.manufacturing.plus(phases.distribution).plus(phases.endOfLife), use: phases.use };
    partsCache.set(phases, known);
  }
  return known;
}

function line(domain: DataQualityLine['domain'], key: string, node: FootprintNode, embodied: DataQualityLevel, use: DataQualityLevel): DataQualityLine {
  const co2 = parts(node);
  return Object.freeze({ domain, key, embodied, use, level: co2.use.gt(co2.embodied) ? use : embodied, embodiedCo2eKg: co2.embodied, useCo2eKg: co2.use });
}

/** The levels of an inventory group's embodied and use parts, read from its trace. */
function groupLevels(trace: Trace): { embodied: DataQualityLevel; use: DataQualityLevel } {
  const { assumptions, fallbacks } = codes(trace);
  const embodied: DataQualityLevel = hasProxy(fallbacks, ['size_class_variant_missing', 'size_class_missing'])
    ? 'proxy'
    : assumptions.has('size_class_variant')
      ? 'model'
      : 'category';
  const use: DataQualityLevel =
    hasProxy(fallbacks, ['use_factor_missing', 'use_profile_without_power']) || electricityProxy(fallbacks)
      ? 'proxy'
      : assumptions.has('use_metered')
        ? 'measured'
        : assumptions.has('use_profile')
          ? 'model'
          : 'category';
  return { embodied, use };
}

function bandOf(score: Dec): DataQualityBand {
  if (score.lte('1.5')) return 'excellent';
  if (score.lte(2)) return 'very-good';
  if (score.lte(3)) return 'good';
  if (score.lte(4)) return 'fair';
  return 'poor';
}

/**
 * The data quality of a bilan (see the module comment for the levels and the score).
 *
 * @param result - A result of `computeFootprint`.
 * @param options - `{ inventoryIsEstimate? }`.
 * @returns One line per group, site, cloud line and usage item, the kg CO2e and share at each
 *   level, and the score with its band.
 * @example
 * assessDataQuality(result).shareByLevel.category.toFixed(2);
 */
export function assessDataQuality(result: FootprintResult, options: DataQualityOptions = {}): DataQuality {
  const lines: DataQualityLine[] = [];
  // Groups of one specification share their trace: their levels are read once.
  const levelsByTrace = new Map<Trace, { embodied: DataQualityLevel; use: DataQualityLevel }>();
  for (const group of result.groups) {
    if (options.inventoryIsEstimate) {
      lines.push(line('fleet', group.key, group, 'estimate', 'estimate'));
      continue;
    }
    let levels = levelsByTrace.get(group.trace);
    if (!levels) {
      levels = groupLevels(group.trace);
      levelsByTrace.set(group.trace, levels);
    }
    lines.push(line('fleet', group.key, group, levels.embodied, levels.use));
  }
  for (const site of result.hosting.sites) {
    const { assumptions, fallbacks } = codes(site.trace);
    const use: DataQualityLevel = electricityProxy(fallbacks) ? 'proxy' : assumptions.has('hosting_it_energy_metered') ? 'measured' : 'category';
    lines.push(line('hosting', site.id, site, 'category', use));
  }
  for (const cloud of result.hosting.cloud) {
    const { fallbacks } = codes(cloud.trace);
    const level: DataQualityLevel = hasProxy(fallbacks, ['cloud_provider_default', 'cloud_region_unknown']) || electricityProxy(fallbacks) ? 'proxy' : 'model';
    lines.push(line('cloud', cloud.id, cloud, level, level));
  }
  for (const item of result.usage.items) {
    const { fallbacks } = codes(item.trace);
    const level: DataQualityLevel = hasProxy(fallbacks, ['network_country_fallback']) ? 'proxy' : 'category';
    lines.push(line('usage', item.key, item, level, level));
  }

  const co2 = { measured: ZERO, model: ZERO, category: ZERO, proxy: ZERO, estimate: ZERO } as Record<DataQualityLevel, Dec>;
  for (const entry of lines) {
    co2[entry.embodied] = co2[entry.embodied].plus(entry.embodiedCo2eKg);
    co2[entry.use] = co2[entry.use].plus(entry.useCo2eKg);
  }
  const total = DATA_QUALITY_LEVELS.reduce((sum, level) => sum.plus(co2[level]), ZERO);
  const share = {} as Record<DataQualityLevel, Dec>;
  let score: Dec | undefined = total.isZero() ? undefined : ZERO;
  for (const level of DATA_QUALITY_LEVELS) {
    share[level] = total.isZero() ? ZERO : co2[level].div(total);
    if (score !== undefined) score = score.plus(co2[level].times(DATA_QUALITY_RATING[level]));
  }
  if (score !== undefined) score = score.div(total);
  const undated = result.groups.filter((group) => group.purchaseYear === undefined && group.status !== 'disposed');
  const undatedCo2 = undated.reduce((sum, group) => sum.plus(group.total.co2eKg), ZERO);
  return Object.freeze({
    purchaseYearMissing: Object.freeze({
      lines: undated.length,
      devices: undated.reduce((sum, group) => sum + group.quantity, 0),
      co2eKg: undatedCo2,
      share: total.isZero() ? ZERO : undatedCo2.div(total),
    }),
    lines: Object.freeze(lines),
    co2eKgByLevel: Object.freeze(co2),
    shareByLevel: Object.freeze(share),
    score,
    band: score === undefined ? undefined : bandOf(score),
  });
}
