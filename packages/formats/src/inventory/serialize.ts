import type { InventoryItem, InventoryItemInput } from '@reen/core';

/**
 * Turns validated items back into plain JSON-safe input (Decimal values as decimal strings), e.g.
 * to post them from a Web Worker, store them in a project file, or print them as JSON. Passing the
 * output to `parseInventory` gives the same items back.
 *
 * @param items - Items of an `ImportResult`.
 * @returns Items whose `lifetimeYears` and usage quantities are strings.
 */
export function inventoryItemsToInput(items: readonly InventoryItem[]): InventoryItemInput[] {
  return items.map((item) => {
    const out: Record<string, unknown> = { ...item };
    if (item.lifetimeYears !== undefined) out['lifetimeYears'] = item.lifetimeYears.toFixed();
    if (item.usage) {
      out['usage'] =
        item.usage.kind === 'metered'
          ? { kind: 'metered', energyKwhPerYear: item.usage.energyKwhPerYear.toFixed() }
          : { kind: 'profile', hoursPerDay: item.usage.hoursPerDay.toFixed(), daysPerYear: item.usage.daysPerYear.toFixed() };
    }
    if (item.source) out['source'] = { ...item.source };
    return out as InventoryItemInput;
  });
}
