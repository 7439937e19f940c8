/**
 * Filtering, sorting and bulk changes of the inventory table (Inventaire step). Pure functions on
 * the project's lines: the table shows `viewOf`, and a bulk change writes through `applyBulk` to
 * the lines the filter selects, nothing else.
 */
import type { InventoryItemInput } from '@reen/core';

/** A line of the inventory as the table reads it (`entity`: the GLPI Entité or G4IT nomEntite, when imported). */
export type InventoryLine = InventoryItemInput & { entity?: string | undefined };

export interface InventoryFilter {
  /** Words found in the model, manufacturer, site or entity (accents and case ignored). */
  text: string;
  category: string;
  perimeter: string;
  site: string;
  entity: string;
  /** Purchase years, inclusive; undefined: no bound. */
  yearFrom: number | undefined;
  yearTo: number | undefined;
}

export const SORT_KEYS = ['category', 'model', 'quantity', 'purchaseYear', 'lifetimeYears', 'perimeter', 'site', 'entity', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface InventorySort {
  key: SortKey | undefined;
  direction: 'ascending' | 'descending';
}

export const EMPTY_FILTER: InventoryFilter = { text: '', category: '', perimeter: '', site: '', entity: '', yearFrom: undefined, yearTo: undefined };

const normalise = (s: string): string => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** The purchase year of a line (from its date when only the date is known). */
export function yearOf(item: InventoryLine): number | undefined {
  return item.purchaseYear ?? (item.purchaseDate ? Number(item.purchaseDate.slice(0, 4)) : undefined);
}

/** The model as shown: manufacturer and model. */
export function modelOf(item: InventoryLine): string {
  return [item.manufacturer, item.model].filter((p) => p && p.trim() !== '').join(' ');
}

function matches(item: InventoryLine, filter: InventoryFilter, words: readonly string[]): boolean {
  if (filter.category && item.category !== filter.category) return false;
  if (filter.perimeter && (item.perimeter ?? 'administration') !== filter.perimeter) return false;
  if (filter.site && (item.site ?? '') !== filter.site) return false;
  if (filter.entity && (item.entity ?? '') !== filter.entity) return false;
  const year = yearOf(item);
  if (filter.yearFrom !== undefined && (year === undefined || year < filter.yearFrom)) return false;
  if (filter.yearTo !== undefined && (year === undefined || year > filter.yearTo)) return false;
  if (words.length === 0) return true;
  const haystack = normalise([modelOf(item), item.site ?? '', item.entity ?? ''].join(' '));
  return words.every((w) => haystack.includes(w));
}

function sortValue(item: InventoryLine, key: SortKey): string | number {
  switch (key) {
    case 'quantity':
      return typeof item.quantity === 'number' ? item.quantity : 0;
    case 'purchaseYear':
      return yearOf(item) ?? Number.NEGATIVE_INFINITY;
    case 'lifetimeYears':
      return item.lifetimeYears === undefined ? Number.NEGATIVE_INFINITY : Number(item.lifetimeYears);
    case 'model':
      return modelOf(item);
    case 'perimeter':
      return item.perimeter ?? 'administration';
    case 'status':
      return item.status ?? 'in-service';
    default:
      return (item[key] as string | undefined) ?? '';
  }
}

/**
 * The indices of the lines the filter keeps, in the sort's order (stable: equal lines keep the
 * inventory's order). Sorting compares numbers as numbers and text in French collation.
 */
export function viewOf(lines: readonly InventoryLine[], filter: InventoryFilter, sort: InventorySort): number[] {
  const words = normalise(filter.text).split(/\s+/).filter(Boolean);
  const indices = lines.flatMap((item, index) => (matches(item, filter, words) ? [index] : []));
  const key = sort.key;
  if (!key) return indices;
  const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return indices.sort((a, b) => {
    const va = sortValue(lines[a]!, key);
    const vb = sortValue(lines[b]!, key);
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return order === 0 ? a - b : sign * order;
  });
}

/** A bulk change: each field given is set on every selected line (an empty entity removes it). */
export interface BulkChange {
  perimeter?: InventoryItemInput['perimeter'] | undefined;
  entity?: string | undefined;
  /** Lifetime override, years (decimal string). */
  lifetimeYears?: string | undefined;
}

/** One field a bulk change set: the distinct values the changed lines had before, and the new one. */
export interface BulkFieldChange {
  readonly field: keyof BulkChange;
  /** Distinct values before, in the order met (undefined: not set). */
  readonly before: readonly (string | undefined)[];
  readonly after: string | undefined;
}

/** What a bulk change changed: lines, their devices, and each field's values before and after. */
export interface BulkResult {
  readonly lines: number;
  readonly devices: number;
  readonly fields: readonly BulkFieldChange[];
}

const BULK_FIELDS = ['perimeter', 'entity', 'lifetimeYears'] as const;

/** Applies a bulk change to the lines at `indices`, in place; says what changed. */
export function applyBulk(lines: InventoryLine[], indices: readonly number[], change: BulkChange): BulkResult {
  let changed = 0;
  let devices = 0;
  const before = new Map<keyof BulkChange, (string | undefined)[]>();
  const after = new Map<keyof BulkChange, string | undefined>();
  for (const index of indices) {
    const item = lines[index];
    if (!item) continue;
    const textOf = (value: string | number | undefined): string | undefined => (value === undefined ? undefined : String(value));
    const old = { perimeter: item.perimeter, entity: item.entity, lifetimeYears: textOf(item.lifetimeYears) };
    if (change.perimeter !== undefined) item.perimeter = change.perimeter;
    if (change.entity !== undefined) {
      if (change.entity.trim() === '') delete item.entity;
      else item.entity = change.entity.trim();
    }
    if (change.lifetimeYears !== undefined) item.lifetimeYears = change.lifetimeYears;
    let lineChanged = false;
    for (const field of BULK_FIELDS) {
      const now = textOf(item[field]);
      if (now === old[field]) continue;
      lineChanged = true;
      const seen = before.get(field) ?? [];
      if (!seen.includes(old[field])) seen.push(old[field]);
      before.set(field, seen);
      after.set(field, now);
    }
    if (lineChanged) {
      changed += 1;
      devices += item.quantity;
    }
  }
  return { lines: changed, devices, fields: BULK_FIELDS.filter((f) => before.has(f)).map((field) => ({ field, before: before.get(field)!, after: after.get(field) })) };
}

/** The distinct values of a text field of the lines, sorted, for the filter selects. */
export function distinctValues(lines: readonly InventoryLine[], field: 'site' | 'entity'): string[] {
  const values = new Set<string>();
  for (const item of lines) {
    const value = item[field];
    if (value) values.add(value);
  }
  return [...values].sort(new Intl.Collator('fr').compare);
}
