import type { InventoryItem, InventoryItemInput } from '@reen/core';

/**
 * Merges imported items that the footprint cannot tell apart (same category, size class, purchase
 * year, lifetime, status, refurbished flag, usage, site, perimeter and country) into one line whose
 * quantity is the sum. The core groups by the same keys, so the bilan is unchanged; the project
 * stays small whatever the number of rows. Names, serial numbers and file positions are dropped
 * (the import report keeps the issues with their positions).
 *
 * @param items - Items validated by the core (`importInventoryFiles` output).
 * @returns Plain inventory lines, decimals as strings, in order of first appearance.
 */
export function aggregateInventory(items: readonly InventoryItem[]): InventoryItemInput[] {
  const lines = new Map<string, InventoryItemInput & { quantity: number }>();
  for (const item of items) {
    const line: InventoryItemInput & { quantity: number } = { category: item.category, quantity: item.quantity };
    const purchaseYear = item.purchaseYear ?? (item.purchaseDate ? Number(item.purchaseDate.slice(0, 4)) : undefined);
    if (item.sizeClass) line.sizeClass = item.sizeClass;
    if (purchaseYear !== undefined) line.purchaseYear = purchaseYear;
    if (item.lifetimeYears) line.lifetimeYears = item.lifetimeYears.toFixed();
    line.status = item.status;
    if (item.refurbished) line.refurbished = true;
    if (item.usage) {
      line.usage =
        item.usage.kind === 'profile'
          ? { kind: 'profile', hoursPerDay: item.usage.hoursPerDay.toFixed(), daysPerYear: item.usage.daysPerYear.toFixed() }
          : { kind: 'metered', energyKwhPerYear: item.usage.energyKwhPerYear.toFixed() };
    }
    if (item.site) line.site = item.site;
    line.perimeter = item.perimeter;
    if (item.country) line.country = item.country;
    const { quantity: _quantity, ...key } = line;
    const id = JSON.stringify(key);
    const existing = lines.get(id);
    if (existing) existing.quantity += item.quantity;
    else lines.set(id, line);
  }
  return [...lines.values()];
}
