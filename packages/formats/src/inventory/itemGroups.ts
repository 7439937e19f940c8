/**
 * Accepted items, kept one by one or grouped for a footprint (`ImportOptions.groupItems`).
 *
 * A bilan needs, per line, only what the footprint reads: category, size class, refurbished,
 * lifetime and usage overrides, country, status, perimeter, site, purchase year (and the entity
 * when the caller attributes lines to entities). Lines equal on all of these become one item whose
 * quantity is their sum: a million rows of a few thousand kinds keep a few thousand items. The
 * group keeps its first line's other fields and `source`, minus what names one device (`id`,
 * `serialNumber`); its `purchaseDate` becomes the `purchaseYear` the lines share.
 */
import type { InventoryItem } from '@reen/core';
import type { ImportState } from './importState';

/** Grouped items: key → index in `state.items`, and the summed quantities. */
export interface ItemGroups {
  readonly byEntity: boolean;
  readonly index: Map<string, number>;
  readonly quantities: number[];
}

/** The purchase year a line counts under. */
function purchaseYearOf(item: InventoryItem): number | undefined {
  if (item.purchaseYear !== undefined) return item.purchaseYear;
  return item.purchaseDate !== undefined ? Number(item.purchaseDate.slice(0, 4)) : undefined;
}

/** The footprint key of a line: every field the footprint reads. */
function groupKey(item: InventoryItem, byEntity: boolean): string {
  const usage = item.usage;
  const usageKey = usage === undefined ? '' : usage.kind === 'metered' ? `m${usage.energyKwhPerYear.toString()}` : `p${usage.hoursPerDay.toString()}x${usage.daysPerYear.toString()}`;
  const lifetime = item.lifetimeYears === undefined ? '' : item.lifetimeYears.toString();
  const entity = byEntity ? (item.entity ?? '') : '';
  return `${item.category}\u0000${item.sizeClass ?? ''}\u0000${item.refurbished ? 'r' : ''}\u0000${lifetime}\u0000${usageKey}\u0000${item.country ?? ''}\u0000${item.status}\u0000${item.perimeter}\u0000${item.site ?? '\u0001'}\u0000${purchaseYearOf(item) ?? ''}\u0000${entity}`;
}

/**
 * The first line of a group, as the group's item (quantity set at the end). A line that names no
 * device and has no date (the fast lane's items, `fastGrouping.ts`) is its group's item already.
 * Items are never changed once kept: `keptItems` copies a group whose quantity grew.
 */
function groupItem(item: InventoryItem): InventoryItem {
  if (item.id === undefined && item.serialNumber === undefined && item.purchaseDate === undefined) return item;
  const { id: _id, serialNumber: _serial, purchaseDate: _date, ...rest } = item;
  const year = purchaseYearOf(item);
  return year === undefined ? rest : { ...rest, purchaseYear: year };
}

/** Adds an accepted item to the import: as is, or into its group. Returns the group's index in `state.items`, or -1 without groups. */
export function keepItem(state: ImportState, item: InventoryItem): number {
  state.devicesAccepted += item.quantity;
  state.acceptedItems++;
  const groups = state.groups;
  if (groups === undefined) {
    state.items.push(item);
    return -1;
  }
  const key = groupKey(item, groups.byEntity);
  const at = groups.index.get(key);
  if (at === undefined) {
    groups.index.set(key, state.items.length);
    groups.quantities.push(item.quantity);
    state.items.push(groupItem(item));
    return state.items.length - 1;
  }
  groups.quantities[at] = (groups.quantities[at] as number) + item.quantity;
  return at;
}

/** The items of the import, each group with its summed quantity. */
export function keptItems(state: ImportState): InventoryItem[] {
  const groups = state.groups;
  if (groups === undefined) return state.items;
  return state.items.map((item, i) => {
    const quantity = groups.quantities[i] as number;
    return quantity === item.quantity ? item : { ...item, quantity };
  });
}
