import type { InventoryItem, InventoryItemInput } from '@reen/core';

type Line = InventoryItemInput & { quantity: number };

/**
 * One validated item as a plain inventory line (decimals as strings), without name, serial number or
 * position. The entity label is kept (it attributes the line to an entity), and so are the
 * manufacturer and model shown in the inventory table.
 */
export function toInventoryLine(item: InventoryItem): Line {
  const line: Line = { category: item.category, quantity: item.quantity };
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
  if (item.manufacturer) line.manufacturer = item.manufacturer;
  if (item.model) line.model = item.model;
  if (item.site) line.site = item.site;
  if (item.entity) line.entity = item.entity;
  line.perimeter = item.perimeter;
  if (item.country) line.country = item.country;
  return line;
}

/**
 * Merges plain lines that the footprint cannot tell apart into one line whose quantity is the sum,
 * and keeps, for each merged line, the keys of the lines it merged (the source rows of an import).
 *
 * @param lines - Plain lines with their key (`undefined` keys are merged but not listed).
 * @returns The merged lines in order of first appearance, and the keys per merged line.
 */
export function mergeLines(lines: Iterable<{ line: Line; key?: string }>): { items: InventoryItemInput[]; sources: string[][] } {
  const merged = new Map<string, { line: Line; keys: string[] }>();
  for (const { line, key } of lines) {
    const { quantity: _quantity, ...rest } = line;
    const id = JSON.stringify(rest);
    let entry = merged.get(id);
    if (entry) entry.line.quantity += line.quantity;
    else merged.set(id, (entry = { line: { ...line }, keys: [] }));
    if (key !== undefined) entry.keys.push(key);
  }
  const items: InventoryItemInput[] = [];
  const sources: string[][] = [];
  for (const { line, keys } of merged.values()) {
    items.push(line);
    sources.push(keys);
  }
  return { items, sources };
}

/**
 * Merges imported items that the footprint cannot tell apart (same category, size class, purchase
 * year, lifetime, status, refurbished flag, usage, manufacturer, model, site, entity, perimeter and
 * country) into one line whose
 * quantity is the sum. The core groups by the same keys, so the bilan is unchanged; the project
 * stays small whatever the number of rows. Names, serial numbers and file positions are dropped
 * (the import report keeps the issues with their positions).
 *
 * @param items - Items validated by the core (`importInventoryFiles` output).
 * @returns Plain inventory lines, decimals as strings, in order of first appearance.
 */
export function aggregateInventory(items: readonly InventoryItem[]): InventoryItemInput[] {
  return mergeLines(items.map((item) => ({ line: toInventoryLine(item) }))).items;
}
