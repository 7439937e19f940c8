import { dec, type Dec } from '../internal/decimal';
import { CATEGORY_IDS, PERIMETERS, type CategoryId, type Perimeter } from '../schemas/categories';
import type { FactorSet } from '../schemas/factors';
import type { Inventory, InventoryItem } from '../schemas/inventory';
import { specOfItem, type DeviceFootprintOptions } from './computeDeviceFootprint';
import type { HostingSite } from '../schemas/hosting';
import { siteFinder } from './hostedInventory';
import { deviceModelFor, type DeviceModel, type DeviceSpec, type UnitFootprint } from './deviceModel';
import type { Breakdown, FleetFootprint, GroupFootprint, StockRuleSummary } from './types';
import { lazyGroup } from './lazyGroup';
import { LinearSum, scaledCells, toNode, TraceBuilder, type NodeValues, type ScaledCells } from './values';

interface GroupDraft {
  readonly key: string;
  readonly unitKey: string;
  readonly spec: DeviceSpec;
  readonly perimeter: Perimeter;
  readonly site: string | undefined;
  readonly purchaseYear: number | undefined;
  quantity: number;
}

/** Quantities per unit spec, for one breakdown key. */
type Tally = Map<string, number>;

function tally(map: Map<string, Tally>, key: string, unitKey: string, quantity: number): void {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  inner.set(unitKey, (inner.get(unitKey) ?? 0) + quantity);
}

/**
 * Products unit × count, per unit key and count: the breakdowns of many sites add the same few
 * products (a site's count of one specification is often another site's), each computed once.
 */
class Products {
  readonly #byUnit = new Map<string, Map<number, { factor: Dec; cells: ScaledCells }>>();

  constructor(private readonly units: Map<string, UnitFootprint>) {}

  of(unitKey: string, count: number): { factor: Dec; cells: ScaledCells } {
    let byCount = this.#byUnit.get(unitKey);
    if (!byCount) {
      byCount = new Map();
      this.#byUnit.set(unitKey, byCount);
    }
    let product = byCount.get(count);
    if (!product) {
      const factor = dec(count);
      product = { factor, cells: scaledCells((this.units.get(unitKey) as UnitFootprint).annual, factor) };
      byCount.set(count, product);
    }
    return product;
  }
}

/** Σ unit × quantity over a tally: one multiplication per distinct spec, not per row. */
function valuesOf(counts: Tally, units: Map<string, UnitFootprint>, products: Products): { values: NodeValues; quantity: number; unitKeys: string[] } {
  const values = new LinearSum();
  let quantity = 0;
  const unitKeys: string[] = [];
  for (const [unitKey, count] of counts) {
    const unit = units.get(unitKey) as UnitFootprint;
    unitKeys.push(unitKey);
    if (unit.counted) quantity += count;
    const product = products.of(unitKey, count);
    values.addScaled(unit.annual, product.factor, product.cells);
  }
  return { values: values.toValues(), quantity, unitKeys };
}

function breakdowns<K extends string>(map: Map<string, Tally>, units: Map<string, UnitFootprint>, products: Products, model: DeviceModel, order: (a: string, b: string) => number): Breakdown<K>[] {
  return [...map.keys()].sort(order).map((key) => {
    const counts = map.get(key) as Tally;
    const { values, quantity, unitKeys } = valuesOf(counts, units, products);
    return Object.freeze({ ...toNode(values, model.mergedTrace(unitKeys)), key: key as K, quantity });
  });
}

/** Whether an inventory line sits in a hosting site (its electricity is then counted by the site). */
type SiteTest = (item: InventoryItem) => HostingSite | undefined;

function specInSite(item: InventoryItem, defaultCountry: string, inSite: SiteTest): DeviceSpec {
  const spec = specOfItem(item, defaultCountry);
  const site = inSite(item);
  return site ? { ...spec, country: site.country, siteEnergy: true } : spec;
}

/** Options of `computeFleetFootprint`: the device options, and the hosting sites of the organisation. */
export type FleetFootprintOptions = DeviceFootprintOptions & {
  /**
   * Hosting sites: hosting equipment of the inventory whose `site` names one of them has its
   * electricity counted by the site (× PUE), not by the fleet.
   */
  readonly hostingSites?: readonly HostingSite[];
};

/** Stable, readable key of a group (also its sort key). */
function groupKey(item: InventoryItem, purchaseYear: number | undefined): string {
  const usage = item.usage;
  const usageKey = usage === undefined ? '' : usage.kind === 'metered' ? `m${usage.energyKwhPerYear.toString()}` : `p${usage.hoursPerDay.toString()}x${usage.daysPerYear.toString()}`;
  return `${item.category}|${item.sizeClass ?? ''}|${item.refurbished ? 'r' : ''}|${item.lifetimeYears === undefined ? '' : item.lifetimeYears.toString()}|${usageKey}|${item.country ?? ''}|${item.status}|${item.perimeter}|${item.site ?? ''}|${purchaseYear ?? ''}`;
}

const CATEGORY_INDEX: Readonly<Record<string, number>> = Object.fromEntries(CATEGORY_IDS.map((id, i) => [id, i]));
const SIZE_INDEX: Readonly<Record<string, number>> = { small: 1, medium: 2, large: 3 };
const STATUS_INDEX: Readonly<Record<string, number>> = { 'in-service': 0, stock: 1, reuse: 2, disposed: 3 };
const PERIMETER_INDEX: Readonly<Record<string, number>> = Object.fromEntries(PERIMETERS.map((id, i) => [id, i]));

/** Gives small integers to strings, up to a capacity. */
class Interner {
  private readonly ids = new Map<string, number>();
  constructor(private readonly capacity: number) {}
  /** 0 for undefined; -1 when the capacity is exceeded. */
  id(value: string | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size + 1;
      if (id >= this.capacity) return -1;
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * Groups rows by every field the calculation depends on, plus perimeter, site and purchase year.
 * The fast path packs the fields into one integer (mixed-radix, < 2^53) so that a row costs a few
 * look-ups and no string; the readable key is built once per group. Inventories with more distinct
 * values than the radices allow (over 4,095 sites, for instance) take the string-key path.
 */
function groupRows(inventory: Inventory, model: DeviceModel, defaultCountry: string, inSite: SiteTest): Map<number | string, GroupDraft> {
  const lifetimes = new Interner(256);
  const usages = new Interner(256);
  const countries = new Interner(32);
  const sites = new Interner(4096);
  const drafts = new Map<number | string, GroupDraft>();
  // Rows that differ only by perimeter and site (outside hosting sites) share one spec and unit key.
  const specs = new Map<number, { spec: DeviceSpec; unitKey: string }>();
  let packed = true;
  for (const item of inventory) {
    const purchaseYear = item.purchaseYear ?? (item.purchaseDate !== undefined ? Number(item.purchaseDate.slice(0, 4)) : undefined);
    let key: number | string = -1;
    let specKey = -1;
    if (packed) {
      const usage = item.usage;
      const lifetime = item.lifetimeYears === undefined ? 0 : lifetimes.id(item.lifetimeYears.toString());
      const usageId =
        usage === undefined ? 0 : usages.id(usage.kind === 'metered' ? `m${usage.energyKwhPerYear.toString()}` : `p${usage.hoursPerDay.toString()}x${usage.daysPerYear.toString()}`);
      const country = countries.id(item.country);
      const site = sites.id(item.site);
      const year = purchaseYear === undefined ? 0 : purchaseYear - 1979;
      if (lifetime < 0 || usageId < 0 || country < 0 || site < 0 || year < 0 || year > 127) {
        packed = false;
      } else {
        const specPart =
          (((((CATEGORY_INDEX[item.category] as number) * 4 + (item.sizeClass ? (SIZE_INDEX[item.sizeClass] as number) : 0)) * 2 + (item.refurbished ? 1 : 0)) * 256 + lifetime) * 256 + usageId) * 32 +
          country;
        const withStatus = specPart * 4 + (STATUS_INDEX[item.status] as number);
        key = (withStatus * 4 + (PERIMETER_INDEX[item.perimeter] as number)) * 4096 * 128 + site * 128 + year;
        specKey = withStatus * 128 + year;
      }
      if (!packed) return groupRowsByString(inventory, model, defaultCountry, inSite);
    }
    const draft = drafts.get(key);
    if (draft) draft.quantity += item.quantity;
    else {
      const hosted = inSite(item) !== undefined;
      let shared = hosted ? undefined : specs.get(specKey);
      if (!shared) {
        const spec = specInSite(item, defaultCountry, inSite);
        shared = { spec, unitKey: model.keyOf(spec) };
        if (!hosted) specs.set(specKey, shared);
      }
      drafts.set(key, { key: groupKey(item, purchaseYear), unitKey: shared.unitKey, spec: shared.spec, perimeter: item.perimeter, site: item.site, purchaseYear, quantity: item.quantity });
    }
  }
  return drafts;
}

/** The general path of `groupRows`: one string key per row. */
function groupRowsByString(inventory: Inventory, model: DeviceModel, defaultCountry: string, inSite: SiteTest): Map<number | string, GroupDraft> {
  const drafts = new Map<number | string, GroupDraft>();
  for (const item of inventory) {
    const purchaseYear = item.purchaseYear ?? (item.purchaseDate !== undefined ? Number(item.purchaseDate.slice(0, 4)) : undefined);
    const key = groupKey(item, purchaseYear);
    const draft = drafts.get(key);
    if (draft) draft.quantity += item.quantity;
    else {
      const spec = specInSite(item, defaultCountry, inSite);
      drafts.set(key, { key, unitKey: model.keyOf(spec), spec, perimeter: item.perimeter, site: item.site, purchaseYear, quantity: item.quantity });
    }
  }
  return drafts;
}

const byList =
  (list: readonly string[]) =>
  (a: string, b: string): number =>
    list.indexOf(a) - list.indexOf(b);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Computes the annual footprint of a whole inventory for the bilan year.
 *
 * Items are grouped by every field the calculation depends on (category, size class, refurbished,
 * lifetime override, usage, country, status, flux window) and by the fields reported (perimeter,
 * site, purchase year). The per-device footprint is computed once per distinct specification and
 * multiplied by quantities, so the cost grows with distinct groups, not with rows. Groups and
 * breakdowns come back sorted, so the order of the rows does not matter. Devices bought after the
 * bilan year are in no group and no breakdown: `stockSummary` counts them, and the devices without
 * a purchase year. Hosting equipment whose `site` names one of `hostingSites` has its electricity
 * counted by the site (`computeHostingFootprint`), not here.
 *
 * @param inventory - Parsed inventory items (from `parseInventory`).
 * @param factorSet - The factor set.
 * @param options - `{ year, method, amortisationYears?, stockRule?, organisation?, hostingSites? }`.
 * @returns A frozen `FleetFootprint`: total, bounds, phases, groups, and breakdowns by category,
 *   perimeter and site (devices without a site under `""`), each with its trace.
 * @example
 * const fleet = computeFleetFootprint(inventory, factorSet, { year: 2025, method: 'stock', organisation });
 * fleet.byCategory.map((b) => [b.key, b.total.co2eKg.toFixed(0)]);
 */
export function computeFleetFootprint(inventory: Inventory, factorSet: FactorSet, options: FleetFootprintOptions): FleetFootprint {
  const model = deviceModelFor(factorSet, options);
  const defaultCountry = options.organisation?.country ?? 'FRA';

  const drafts = groupRows(inventory, model, defaultCountry, siteFinder(options.hostingSites ?? []));

  const units = new Map<string, UnitFootprint>();
  const total: Tally = new Map();
  const perCategory = new Map<string, Tally>();
  const perPerimeter = new Map<string, Tally>();
  const perSite = new Map<string, Tally>();
  const groups: GroupFootprint[] = [];
  let withoutPurchaseYear = 0;
  let boughtAfterYear = 0;

  // In key order. The array's own sort compares strings by UTF-16 code units, as `byText` does,
  // without a call back into JavaScript per comparison (tens of thousands of long keys).
  const byKey = new Map<string, GroupDraft>();
  for (const draft of drafts.values()) byKey.set(draft.key, draft);
  for (const key of [...byKey.keys()].sort()) {
    const draft = byKey.get(key) as GroupDraft;
    let unit = units.get(draft.unitKey);
    if (!unit) {
      unit = model.unit(draft.spec, draft.unitKey);
      units.set(draft.unitKey, unit);
    }
    if (draft.purchaseYear !== undefined && draft.purchaseYear > options.year) {
      // Not in this year's fleet: in no group, no breakdown, only in the summary's count.
      if (draft.spec.status !== 'disposed') boughtAfterYear += draft.quantity;
      continue;
    }
    if (draft.spec.status !== 'disposed' && draft.purchaseYear === undefined) withoutPurchaseYear += draft.quantity;
    total.set(draft.unitKey, (total.get(draft.unitKey) ?? 0) + draft.quantity);
    tally(perCategory, draft.spec.category, draft.unitKey, draft.quantity);
    tally(perPerimeter, draft.perimeter, draft.unitKey, draft.quantity);
    tally(perSite, draft.site ?? '', draft.unitKey, draft.quantity);
    groups.push(
      lazyGroup(unit, draft.quantity, {
        key,
        category: draft.spec.category,
        perimeter: draft.perimeter,
        site: draft.site,
        status: draft.spec.status,
        purchaseYear: draft.purchaseYear,
        quantity: draft.quantity,
        lifetimeYears: unit.lifetimeYears,
        lifetimeLevel: unit.lifetimeLevel,
        sizeClass: draft.spec.sizeClass,
        refurbished: draft.spec.refurbished,
        country: draft.spec.country,
        energyKwhPerYear: unit.energyKwhPerYear,
        trace: unit.trace,
      }),
    );
  }

  const products = new Products(units);
  const whole = valuesOf(total, units, products);
  const stockSummary: StockRuleSummary = Object.freeze({
    rule: model.stockRule,
    devicesWithoutPurchaseYear: options.method === 'stock' ? withoutPurchaseYear : 0,
    devicesBoughtAfterYear: boughtAfterYear,
  });
  const trace = new TraceBuilder().merge(model.mergedTrace([...total.keys()]));
  if (options.method === 'stock') trace.assume(`stock_rule_${stockSummary.rule}`);
  if (stockSummary.devicesWithoutPurchaseYear > 0) trace.fallback('stock_purchase_year_missing_count', { count: stockSummary.devicesWithoutPurchaseYear, rule: stockSummary.rule });
  if (boughtAfterYear > 0) trace.assume('purchased_after_year_count', { count: boughtAfterYear, year: options.year });
  return Object.freeze({
    ...toNode(whole.values, trace.build()),
    stockSummary,
    groups: Object.freeze(groups),
    quantity: whole.quantity,
    byCategory: Object.freeze(breakdowns<CategoryId>(perCategory, units, products, model, byList(CATEGORY_IDS))),
    byPerimeter: Object.freeze(breakdowns<Perimeter>(perPerimeter, units, products, model, byList(PERIMETERS))),
    bySite: Object.freeze(breakdowns<string>(perSite, units, products, model, byText)),
  });
}
