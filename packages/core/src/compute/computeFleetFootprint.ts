import { dec } from '../internal/decimal';
import { CATEGORY_IDS, PERIMETERS, type CategoryId, type Perimeter } from '../schemas/categories';
import type { FactorSet } from '../schemas/factors';
import type { Inventory } from '../schemas/inventory';
import { purchaseYearOf, specOfItem, type DeviceFootprintOptions } from './computeDeviceFootprint';
import { DeviceModel, type DeviceSpec, type UnitFootprint } from './deviceModel';
import type { Breakdown, FleetFootprint, GroupFootprint } from './types';
import { addValues, mergeTraces, scaleValues, toNode, ZERO_VALUES, type NodeValues } from './values';

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

/** Σ unit × quantity over a tally: one multiplication per distinct spec, not per row. */
function valuesOf(counts: Tally, units: Map<string, UnitFootprint>): { values: NodeValues; quantity: number; unitKeys: string[] } {
  let values: NodeValues = ZERO_VALUES;
  let quantity = 0;
  const unitKeys: string[] = [];
  for (const [unitKey, count] of counts) {
    const unit = units.get(unitKey) as UnitFootprint;
    unitKeys.push(unitKey);
    if (unit.counted) quantity += count;
    values = addValues(values, scaleValues(unit.annual, dec(count)));
  }
  return { values, quantity, unitKeys };
}

function breakdowns<K extends string>(map: Map<string, Tally>, units: Map<string, UnitFootprint>, order: (a: string, b: string) => number): Breakdown<K>[] {
  return [...map.keys()].sort(order).map((key) => {
    const counts = map.get(key) as Tally;
    const { values, quantity, unitKeys } = valuesOf(counts, units);
    const trace = mergeTraces(unitKeys.map((unitKey) => (units.get(unitKey) as UnitFootprint).trace));
    return Object.freeze({ ...toNode(values, trace), key: key as K, quantity });
  });
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
 * breakdowns come back sorted, so the order of the rows does not matter.
 *
 * @param inventory - Parsed inventory items (from `parseInventory`).
 * @param factorSet - The factor set.
 * @param options - `{ year, method, amortisationYears?, organisation? }`, as for `computeDeviceFootprint`.
 * @returns A frozen `FleetFootprint`: total, bounds, phases, groups, and breakdowns by category,
 *   perimeter and site (devices without a site under `""`), each with its trace.
 * @example
 * const fleet = computeFleetFootprint(inventory, factorSet, { year: 2025, method: 'stock', organisation });
 * fleet.byCategory.map((b) => [b.key, b.total.co2eKg.toFixed(0)]);
 */
export function computeFleetFootprint(inventory: Inventory, factorSet: FactorSet, options: DeviceFootprintOptions): FleetFootprint {
  const model = new DeviceModel(factorSet, options);
  const defaultCountry = options.organisation?.country ?? 'FRA';

  const drafts = new Map<string, GroupDraft>();
  for (const item of inventory) {
    const spec = specOfItem(item, defaultCountry);
    const unitKey = model.keyOf(spec);
    const purchaseYear = purchaseYearOf(item);
    const key = `${unitKey}|${item.perimeter}|${item.site ?? ''}|${purchaseYear ?? ''}`;
    const draft = drafts.get(key);
    if (draft) draft.quantity += item.quantity;
    else drafts.set(key, { key, unitKey, spec, perimeter: item.perimeter, site: item.site, purchaseYear, quantity: item.quantity });
  }

  const units = new Map<string, UnitFootprint>();
  const total: Tally = new Map();
  const perCategory = new Map<string, Tally>();
  const perPerimeter = new Map<string, Tally>();
  const perSite = new Map<string, Tally>();
  const groups: GroupFootprint[] = [];

  for (const key of [...drafts.keys()].sort(byText)) {
    const draft = drafts.get(key) as GroupDraft;
    let unit = units.get(draft.unitKey);
    if (!unit) {
      unit = model.unit(draft.spec, draft.unitKey);
      units.set(draft.unitKey, unit);
    }
    total.set(draft.unitKey, (total.get(draft.unitKey) ?? 0) + draft.quantity);
    tally(perCategory, draft.spec.category, draft.unitKey, draft.quantity);
    tally(perPerimeter, draft.perimeter, draft.unitKey, draft.quantity);
    tally(perSite, draft.site ?? '', draft.unitKey, draft.quantity);
    groups.push(
      Object.freeze({
        ...toNode(scaleValues(unit.annual, dec(draft.quantity)), unit.trace),
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
      }),
    );
  }

  const whole = valuesOf(total, units);
  const trace = mergeTraces([...total.keys()].map((unitKey) => (units.get(unitKey) as UnitFootprint).trace));
  return Object.freeze({
    ...toNode(whole.values, trace),
    groups: Object.freeze(groups),
    quantity: whole.quantity,
    byCategory: Object.freeze(breakdowns<CategoryId>(perCategory, units, byList(CATEGORY_IDS))),
    byPerimeter: Object.freeze(breakdowns<Perimeter>(perPerimeter, units, byList(PERIMETERS))),
    bySite: Object.freeze(breakdowns<string>(perSite, units, byText)),
  });
}
