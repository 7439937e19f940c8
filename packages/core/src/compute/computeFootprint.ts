import { dec } from '../internal/decimal';
import { PERIMETERS, type Perimeter } from '../schemas/categories';
import type { FactorSet } from '../schemas/factors';
import type { Hosting } from '../schemas/hosting';
import type { Inventory } from '../schemas/inventory';
import type { Organisation } from '../schemas/organisation';
import type { Usage } from '../schemas/usage';
import { computeFleetFootprint } from './computeFleetFootprint';
import { computeHostingFootprint } from './computeHostingFootprint';
import { hostedCounts } from './hostedInventory';
import { computeUsageFootprint } from './computeUsageFootprint';
import { METHODOLOGY_VERSION } from './methodology';
import type { AccountingMethod, Breakdown, FootprintDomain, FootprintNode, FootprintResult, StockRule, Trace } from './types';
import { addValues, divideIndicators, mergeTraces, toNode, TraceBuilder, ZERO_VALUES, type NodeValues } from './values';

/** What `computeFootprint` computes: the organisation and its parsed inputs. */
export interface FootprintInput {
  readonly organisation: Organisation;
  readonly inventory: Inventory;
  readonly hosting: Hosting;
  readonly usage: Usage;
}

/** Options of `computeFootprint`. */
export interface FootprintOptions {
  /** Bilan year: electricity vintage, flux purchases. Usually `organisation.referenceYear`. */
  readonly year: number;
  readonly method: AccountingMethod;
  /** Flux only: purchases of the last N years each carry 1/N of their embodied impact. Default 1. */
  readonly amortisationYears?: number;
  /** Stock only: `beges` (default, physical-lifetime amortisation) or `fleet` (EcoDiag rule). */
  readonly stockRule?: StockRule;
}

interface Part {
  readonly key: string;
  readonly node: FootprintNode;
  readonly quantity: number;
}

/** Merges parts by key into breakdowns, in the given key order. */
function mergeParts<K extends string>(parts: readonly Part[], order: (a: string, b: string) => number): Breakdown<K>[] {
  const merged = new Map<string, { values: NodeValues; traces: Trace[]; quantity: number }>();
  for (const part of parts) {
    const known = merged.get(part.key) ?? { values: ZERO_VALUES, traces: [], quantity: 0 };
    known.values = addValues(known.values, part.node);
    known.traces.push(part.node.trace);
    known.quantity += part.quantity;
    merged.set(part.key, known);
  }
  return [...merged.keys()].sort(order).map((key) => {
    const entry = merged.get(key) as { values: NodeValues; traces: Trace[]; quantity: number };
    return Object.freeze({ ...toNode(entry.values, mergeTraces(entry.traces)), key: key as K, quantity: entry.quantity });
  });
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Computes the annual environmental footprint of an organisation's digital activity for a bilan
 * year: fleet (`computeFleetFootprint`), hosting on premise and in the cloud
 * (`computeHostingFootprint`) and usage (`computeUsageFootprint`).
 *
 * Phases (`manufacturing`, `distribution`, `use`, `endOfLife`) and indicators (`co2eKg`,
 * `waterL`, `waterScarcityM3eq`, `adpKgSbEq`, `energyKwh`) are kept apart; the two water indicators
 * are never added together. Every total has low and high bounds propagated from the factor rows'
 * uncertainty ranges by interval arithmetic, and every node carries its trace (factor ids,
 * assumptions, fallbacks).
 *
 * @param input - `{ organisation, inventory, hosting, usage }`, already parsed.
 * @param factorSet - The factor set, e.g. `getFactorSet('fr-2026.1')`.
 * @param options - `{ year, method: 'stock' | 'flux', amortisationYears?, stockRule?: 'beges' | 'fleet' }`.
 * @returns A frozen `FootprintResult` stamped with `methodologyVersion` and `factorSetVersion`,
 *   with breakdowns by category, perimeter, site and domain, and ratios per agent and per
 *   inhabitant. Turn it into JSON with `serializeFootprint`.
 * @throws FootprintError when the factor set lacks a row the engine needs.
 * @example
 * const result = computeFootprint(project, getFactorSet('fr-2026.1'), { year: 2025, method: 'stock' });
 * result.total.co2eKg.toFixed(0);
 */
export function computeFootprint(input: FootprintInput, factorSet: FactorSet, options: FootprintOptions): FootprintResult {
  const { organisation } = input;
  const deviceOptions = {
    year: options.year,
    method: options.method,
    organisation,
    ...(options.amortisationYears !== undefined ? { amortisationYears: options.amortisationYears } : {}),
    ...(options.stockRule !== undefined ? { stockRule: options.stockRule } : {}),
  };
  const fleet = computeFleetFootprint(input.inventory, factorSet, { ...deviceOptions, hostingSites: input.hosting.sites });
  const inventoryInSites = hostedCounts(input.inventory, input.hosting, options.year);
  const hosting = computeHostingFootprint(input.hosting, factorSet, { ...deviceOptions, inventoryInSites });
  const usage = computeUsageFootprint(input.usage, factorSet, { year: options.year, organisation });

  const usageTrace = new TraceBuilder().merge(usage.trace);
  if (usage.items.length > 0) usageTrace.assume('usage_perimeter_administration');
  const usageNode = toNode(usage, usageTrace.build());

  const perimeterParts: Part[] = [
    ...fleet.byPerimeter.map((b) => ({ key: b.key, node: b, quantity: b.quantity })),
    ...hosting.sites.map((s) => ({ key: s.perimeter, node: s, quantity: s.quantity })),
    ...hosting.cloud.map((c) => ({ key: c.perimeter, node: c, quantity: 0 })),
    ...(usage.items.length > 0 ? [{ key: 'administration', node: usageNode, quantity: 0 }] : []),
  ];
  const siteParts: Part[] = [
    ...fleet.bySite.map((b) => ({ key: b.key, node: b, quantity: b.quantity })),
    ...hosting.sites.map((s) => ({ key: s.name, node: s, quantity: s.quantity })),
    ...hosting.cloud.map((c) => ({ key: '', node: c, quantity: 0 })),
    ...(usage.items.length > 0 ? [{ key: '', node: usageNode, quantity: 0 }] : []),
  ];
  const sitesQuantity = hosting.sites.reduce((n, s) => n + s.quantity, 0);
  const byDomain: Breakdown<FootprintDomain>[] = [
    Object.freeze({ ...toNode(fleet, fleet.trace), key: 'fleet' as const, quantity: fleet.quantity }),
    Object.freeze({ ...hosting.onPremise, key: 'hosting' as const, quantity: sitesQuantity }),
    Object.freeze({ ...hosting.cloudTotal, key: 'cloud' as const, quantity: 0 }),
    Object.freeze({ ...usageNode, key: 'usage' as const, quantity: 0 }),
  ];

  const values = [fleet, hosting, usage].reduce<NodeValues>((acc, node) => addValues(acc, node), ZERO_VALUES);
  const trace = mergeTraces([fleet.trace, hosting.trace, usageNode.trace]);
  return Object.freeze({
    ...toNode(values, trace),
    methodologyVersion: METHODOLOGY_VERSION,
    factorSetVersion: factorSet.version,
    year: options.year,
    method: options.method,
    stockRule: options.stockRule ?? 'beges',
    stockSummary: fleet.stockSummary,
    amortisationYears: options.method === 'flux' ? (options.amortisationYears ?? 1) : 1,
    groups: fleet.groups,
    byCategory: fleet.byCategory,
    byPerimeter: Object.freeze(mergeParts<Perimeter>(perimeterParts, (a, b) => PERIMETERS.indexOf(a as Perimeter) - PERIMETERS.indexOf(b as Perimeter))),
    bySite: Object.freeze(mergeParts<string>(siteParts, byText)),
    byDomain: Object.freeze(byDomain),
    perAgent: organisation.agents > 0 ? divideIndicators(values.total, dec(organisation.agents)) : undefined,
    perInhabitant: organisation.population > 0 ? divideIndicators(values.total, dec(organisation.population)) : undefined,
    fleet,
    hosting,
    usage,
  });
}
