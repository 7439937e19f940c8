/**
 * Fleet-renewal simulation: the in-service devices are followed as lots (same item, same purchase
 * year); a lot reaching the end of its lifetime is renewed in that year, which brings a new
 * purchase (new manufacturing in the flux method). Renewal levers act only there.
 */
import { dec, sum, ZERO, ONE, D, type Dec } from '../internal/decimal';
import type { CategoryId } from '../schemas/categories';
import type { FactorSet } from '../schemas/factors';
import type { InventoryItem } from '../schemas/inventory';
import type { TraceNote } from '../compute/types';
import type { Lever } from './levers';
import type { ScheduledLever, StrategyInputs } from './applyLevers';
import { cascadeLifetime, deviceParam, factorParamsOf } from './factorParams';

/** A group of identical in-service devices bought the same year. */
export interface FleetLot {
  readonly item: InventoryItem;
  readonly quantity: number;
  readonly purchaseYear: number;
  /** Lifetime from the engine's cascade, before any lever. */
  readonly baseLifetimeYears: Dec;
  /** Whether the item carried its own lifetime override. */
  readonly hasOverride: boolean;
}

/** Devices leaving the fleet in a year. Without an early-replacement lever, `ageYears ≥ lifetimeYears` always holds (anti-rebound rule). */
export interface RetirementEvent {
  readonly category: CategoryId;
  readonly quantity: number;
  readonly purchaseYear: number;
  readonly ageYears: number;
  readonly lifetimeYears: Dec;
  /** True for an early-replacement campaign (the only case where `ageYears < lifetimeYears`). */
  readonly early: boolean;
  /** The replaced devices' item (without id, serial or date). */
  readonly item: InventoryItem;
}

/** The fleet in one year. */
export interface FleetState {
  readonly year: number;
  readonly lots: readonly FleetLot[];
  /** Items that are not renewed: not in service (stock, reuse, disposed) or without any lifetime. */
  readonly staticItems: readonly InventoryItem[];
  /** Effective lifetime per category in that year (lever extensions included). */
  readonly lifetimeExtraYears: Readonly<Partial<Record<CategoryId, Dec>>>;
  readonly purchases: number;
  readonly refurbishedPurchases: number;
  readonly retired: readonly RetirementEvent[];
}

/** Categories counted as workstations for the screens-per-workstation lever. */
export const WORKSTATION_CATEGORIES: readonly CategoryId[] = ['laptop', 'desktop', 'all-in-one', 'thin-client', 'workstation'];

const yearOf = (item: InventoryItem): number | undefined => item.purchaseYear ?? (item.purchaseDate ? Number(item.purchaseDate.slice(0, 4)) : undefined);

const templateKeys = new WeakMap<InventoryItem, string>();

/** Key of an item template (memoised per object: renewed lots share their template). */
function templateKey(item: InventoryItem): string {
  let key = templateKeys.get(item);
  if (key === undefined) {
    const { quantity: _q, ...rest } = item;
    key = JSON.stringify(rest);
    templateKeys.set(item, key);
  }
  return key;
}

const lotKey = (lot: FleetLot): string => `${lot.purchaseYear}|${lot.baseLifetimeYears.toFixed()}|${lot.hasOverride}|${templateKey(lot.item)}`;

function mergeLots(lots: readonly FleetLot[]): FleetLot[] {
  const byKey = new Map<string, FleetLot>();
  for (const lot of lots) {
    if (lot.quantity <= 0) continue;
    const key = lotKey(lot);
    const existing = byKey.get(key);
    byKey.set(key, existing ? { ...existing, quantity: existing.quantity + lot.quantity } : lot);
  }
  return [...byKey.values()];
}

/** Template of a renewed device: no id, serial, date or source position. */
function templateOf(item: InventoryItem): InventoryItem {
  const { id: _id, serialNumber: _s, purchaseDate: _d, purchaseYear: _y, source: _src, ...rest } = item;
  return rest;
}

/**
 * Builds the fleet of the baseline year. Devices without a purchase year are spread evenly over the
 * ages 0 … ⌈lifetime⌉ − 1 (steady-state fleet), the remainder going to the oldest ages.
 */
export function initFleet(inputs: StrategyInputs, factorSet: FactorSet, baselineYear: number, notes: TraceNote[]): FleetState {
  const params = factorParamsOf(factorSet);
  const lots: FleetLot[] = [];
  const staticItems: InventoryItem[] = [];
  for (const item of inputs.inventory) {
    if (item.status !== 'in-service') {
      staticItems.push(item);
      continue;
    }
    const lifetime = cascadeLifetime(item, inputs.organisation, params);
    if (!lifetime) {
      notes.push({ code: 'fleet_no_lifetime_not_renewed', params: { category: item.category } });
      staticItems.push(item);
      continue;
    }
    const template = templateOf(item);
    const base = { item: template, baseLifetimeYears: lifetime.years, hasOverride: lifetime.level === 'override' };
    const year = yearOf(item);
    if (year !== undefined) {
      lots.push({ ...base, quantity: item.quantity, purchaseYear: Math.min(year, baselineYear) });
      continue;
    }
    const ages = Math.max(1, lifetime.years.ceil().toNumber());
    const each = Math.floor(item.quantity / ages);
    const remainder = item.quantity % ages;
    for (let age = 0; age < ages; age += 1) {
      const extra = age >= ages - remainder ? 1 : 0;
      lots.push({ ...base, quantity: each + extra, purchaseYear: baselineYear - age });
    }
    notes.push({ code: 'fleet_unknown_purchase_year_spread', params: { category: item.category, quantity: item.quantity, ages } });
  }
  return { year: baselineYear, lots: mergeLots(lots), staticItems, lifetimeExtraYears: {}, purchases: 0, refurbishedPurchases: 0, retired: [] };
}

const countOf = (lots: readonly FleetLot[], category: CategoryId): number => lots.reduce((n, lot) => (lot.item.category === category ? n + lot.quantity : n), 0);

/** Moves a fleet target from the baseline count to `target` by `share` of the way (only downwards), rounded up. */
function interpolatedTarget(baselineCount: number, target: Dec, share: Dec): number {
  const t = target.ceil();
  if (t.gte(baselineCount)) return Number.POSITIVE_INFINITY;
  return dec(baselineCount).minus(dec(baselineCount).minus(t).times(share)).ceil().toNumber();
}

type Of<K extends Lever['kind']> = Extract<Lever, { kind: K }>;
const leversOf = <K extends Lever['kind']>(levers: readonly ScheduledLever[], kind: K): { lever: Of<K>; share: Dec }[] =>
  levers.filter((l): l is { lever: Of<K>; share: Dec } => l.lever.kind === kind && l.share.gt(0));

/**
 * Advances the fleet by one year: retires the lots at end of life and renews them, applying the
 * renewal levers. `baselineFleet` gives the category counts the reduction targets start from.
 */
export function stepFleet(previous: FleetState, levers: readonly ScheduledLever[], inputs: StrategyInputs, baselineFleet: FleetState, factorSet: FactorSet): FleetState {
  const year = previous.year + 1;
  const agents = dec(inputs.organisation.agents);

  const lifetimeExtraYears: Partial<Record<CategoryId, Dec>> = {};
  for (const { lever, share } of leversOf(levers, 'lifetime-extension')) {
    lifetimeExtraYears[lever.category] = (lifetimeExtraYears[lever.category] ?? ZERO).plus(lever.extraYears.times(share));
  }
  const effective = (lot: FleetLot): Dec => lot.baseLifetimeYears.plus(lifetimeExtraYears[lot.item.category] ?? ZERO);

  const staying: FleetLot[] = [];
  const retiredLots: FleetLot[] = [];
  const retired: RetirementEvent[] = [];
  for (const lot of previous.lots) {
    const age = year - lot.purchaseYear;
    const lifetime = effective(lot);
    if (dec(age).gte(lifetime)) {
      retiredLots.push(lot);
      retired.push({ category: lot.item.category, quantity: lot.quantity, purchaseYear: lot.purchaseYear, ageYears: age, lifetimeYears: lifetime, early: false, item: lot.item });
    } else staying.push(lot);
  }

  // Early-replacement campaigns: the oldest eligible devices first, round-half-even of eligible × share.
  for (const { lever, share } of leversOf(levers, 'early-replacement')) {
    const eligible = staying.filter((l) => l.item.category === lever.category && year - l.purchaseYear >= lever.minAgeYears).sort((a, b) => a.purchaseYear - b.purchaseYear);
    const total = eligible.reduce((n, l) => n + l.quantity, 0);
    let left = dec(total).times(lever.share).times(share).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber();
    for (const lot of eligible) {
      if (left <= 0) break;
      const taken = Math.min(left, lot.quantity);
      left -= taken;
      const index = staying.indexOf(lot);
      staying.splice(index, 1, ...(lot.quantity > taken ? [{ ...lot, quantity: lot.quantity - taken }] : []));
      retiredLots.push({ ...lot, quantity: taken });
      retired.push({ category: lot.item.category, quantity: taken, purchaseYear: lot.purchaseYear, ageYears: year - lot.purchaseYear, lifetimeYears: effective(lot), early: true, item: lot.item });
    }
  }

  const categories = [...new Set(retiredLots.map((l) => l.item.category))];
  // Workstations first, monitors last (their target depends on the workstations), MFPs after printers.
  const order = (c: CategoryId): number => (c === 'monitor' ? 3 : c === 'mfp' ? 2 : c === 'printer' ? 1 : 0);
  categories.sort((a, b) => order(a) - order(b) || a.localeCompare(b));

  const renewed: FleetLot[] = [];
  let purchases = 0;
  let refurbishedPurchases = 0;
  let printersDropped = 0;
  const pooling = leversOf(levers, 'printer-pooling');
  const refurbishedShareFor = (c: CategoryId): Dec =>
    leversOf(levers, 'refurbished-purchases')
      .filter(({ lever }) => lever.categories.length === 0 || lever.categories.includes(c))
      .reduce((max, { lever, share }) => maxOf(max, lever.share.times(share)), ZERO);

  const renewCategory = (category: CategoryId, lotsOfCategory: readonly FleetLot[], count: number): void => {
    let left = count;
    const newLots: FleetLot[] = [];
    for (const lot of lotsOfCategory) {
      if (left <= 0) break;
      const quantity = Math.min(left, lot.quantity);
      left -= quantity;
      newLots.push({ ...lot, quantity, purchaseYear: year });
    }
    const total = newLots.reduce((n, l) => n + l.quantity, 0);
    const alreadyRefurbished = newLots.reduce((n, l) => (l.item.refurbished ? n + l.quantity : n), 0);
    let toConvert = Math.max(0, dec(total).times(refurbishedShareFor(category)).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber() - alreadyRefurbished);
    const bought: FleetLot[] = [];
    for (const lot of newLots) {
      if (toConvert > 0 && !lot.item.refurbished) {
        const converted = Math.min(toConvert, lot.quantity);
        toConvert -= converted;
        bought.push({ ...lot, item: { ...lot.item, refurbished: true }, quantity: converted });
        bought.push({ ...lot, quantity: lot.quantity - converted });
      } else bought.push(lot);
    }
    renewed.push(...bought);
    purchases += total;
    refurbishedPurchases += bought.reduce((n, l) => (l.item.refurbished ? n + l.quantity : n), 0);
  };

  for (const category of categories) {
    const lotsOfCategory = retiredLots.filter((l) => l.item.category === category);
    const retiredCount = lotsOfCategory.reduce((n, l) => n + l.quantity, 0);
    const remaining = countOf(staying, category) + countOf(renewed, category);
    const baselineCount = countOf(baselineFleet.lots, category);
    let count = retiredCount;
    for (const { lever, share } of leversOf(levers, 'devices-per-agent')) {
      if (lever.category !== category) continue;
      const target = interpolatedTarget(baselineCount, lever.perAgent.times(agents), share);
      count = Math.min(count, Math.max(0, target - remaining));
    }
    if (category === 'monitor') {
      const workstations = WORKSTATION_CATEGORIES.reduce((n, c) => n + countOf(staying, c) + countOf(renewed, c), 0);
      for (const { lever, share } of leversOf(levers, 'screens-per-workstation')) {
        const target = interpolatedTarget(baselineCount, lever.perWorkstation.times(workstations), share);
        count = Math.min(count, Math.max(0, target - remaining));
      }
    }
    if (category === 'printer') {
      for (const { share } of pooling) {
        const kept = dec(count).times(ONE.minus(share)).floor().toNumber();
        printersDropped += count - kept;
        count = kept;
      }
    }
    if (category === 'mfp') {
      for (const { lever, share } of pooling) {
        const target = interpolatedTarget(baselineCount, agents.dividedBy(lever.agentsPerMfp), share);
        count = Math.min(count, Math.max(0, target - remaining));
      }
    }
    renewCategory(category, lotsOfCategory, count);
  }

  // Printer pooling: printers dropped this year are replaced by shared MFPs up to ⌈agents / agentsPerMfp⌉.
  if (printersDropped > 0) {
    for (const { lever } of pooling) {
      const target = agents.dividedBy(lever.agentsPerMfp).ceil().toNumber();
      const mfps = countOf(staying, 'mfp') + countOf(renewed, 'mfp');
      const missing = Math.min(target - mfps, printersDropped);
      if (missing <= 0) continue;
      const model = [...staying, ...renewed, ...previous.lots].find((l) => l.item.category === 'mfp');
      const params = factorParamsOf(factorSet);
      const item: InventoryItem = model?.item ?? { category: 'mfp', sizeClass: 'medium', quantity: 1, status: 'in-service', refurbished: false, perimeter: 'administration' };
      const lifetime = model?.baseLifetimeYears ?? deviceParam(params, 'mfp', item.sizeClass, 'lifetimeYears')?.value;
      if (!lifetime) continue;
      renewCategory('mfp', [{ item, quantity: missing, purchaseYear: year, baseLifetimeYears: lifetime, hasOverride: model?.hasOverride ?? false }], missing);
    }
  }

  return { year, lots: mergeLots([...staying, ...renewed]), staticItems: previous.staticItems, lifetimeExtraYears, purchases, refurbishedPurchases, retired };
}

function maxOf(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

/** The inventory of a fleet state, as the engine reads it. Lifetimes changed by levers become overrides. */
export function fleetInventory(state: FleetState): InventoryItem[] {
  const items: InventoryItem[] = [...state.staticItems];
  for (const lot of state.lots) {
    const extra = state.lifetimeExtraYears[lot.item.category];
    const lifetime = extra && extra.gt(0) ? lot.baseLifetimeYears.plus(extra) : lot.hasOverride ? lot.baseLifetimeYears : undefined;
    const { lifetimeYears: _l, ...rest } = lot.item;
    items.push(lifetime ? { ...rest, quantity: lot.quantity, purchaseYear: lot.purchaseYear, lifetimeYears: lifetime } : { ...rest, quantity: lot.quantity, purchaseYear: lot.purchaseYear });
  }
  return items;
}

/** Quantity-weighted average lifetime of the in-service fleet, in years; undefined for an empty fleet. */
export function averageLifetimeYears(state: FleetState): Dec | undefined {
  const quantity = state.lots.reduce((n, l) => n + l.quantity, 0);
  if (quantity === 0) return undefined;
  const weighted = sum(state.lots.map((l) => l.baseLifetimeYears.plus(state.lifetimeExtraYears[l.item.category] ?? ZERO).times(l.quantity)));
  return weighted.dividedBy(quantity);
}
