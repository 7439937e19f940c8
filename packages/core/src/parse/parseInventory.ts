import type { Inventory, InventoryItem, SourcePosition } from '../schemas/inventory';
import { InventorySchema } from '../schemas/inventory';
import type { Issue, ParseResult } from '../schemas/issues';
import { safeParseWith } from './zodIssues';

export interface ParseInventoryOptions {
  /**
   * Today's date, ISO `YYYY-MM-DD`, to reject purchase dates in the future. The core reads no clock
   * of its own unless this is left out, in which case the current date is used.
   */
  readonly today?: string;
}

/** The source position of the item at `path[offset]` of a raw array, with the column of the field. */
export function itemPositionOf(items: readonly unknown[] | undefined, path: readonly PropertyKey[], offset = 0): SourcePosition | undefined {
  const index = path[offset];
  if (typeof index !== 'number' || !items) return undefined;
  const source = (items[index] as { source?: { file: string; sheet?: string; line: number } } | undefined)?.source;
  if (!source || typeof source.file !== 'string' || typeof source.line !== 'number') return undefined;
  const column = path[offset + 1];
  return { ...source, ...(typeof column === 'string' ? { column } : {}) };
}

/** Issues for purchase dates or years after `today`. `prefix` is prepended to each path. */
export function futurePurchaseIssues(items: readonly InventoryItem[], today: string, prefix: readonly (string | number)[] = []): Issue[] {
  const thisYear = Number(today.slice(0, 4));
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const future =
      (item.purchaseDate !== undefined && item.purchaseDate > today) || (item.purchaseYear !== undefined && item.purchaseYear > thisYear);
    if (!future) return;
    const field = item.purchaseDate !== undefined ? 'purchaseDate' : 'purchaseYear';
    issues.push({
      code: 'purchase_date_in_future',
      severity: 'error',
      path: [...prefix, index, field],
      ...(item.source ? { position: { ...item.source, column: field } } : {}),
      params: { field: [...prefix, index, field].join('.'), value: String(item.purchaseDate ?? item.purchaseYear), today },
    });
  });
  return issues;
}

/** Today's date as ISO `YYYY-MM-DD`, unless given. */
export function todayOf(options: { readonly today?: string }): string {
  return options.today ?? new Date().toISOString().slice(0, 10);
}

/**
 * Validates an unknown value as an inventory.
 *
 * Rejections include negative or zero quantities (`quantity_not_positive`), purchase dates in the
 * future (`purchase_date_in_future`), a lifetime of 0 (`must_be_positive`) and unknown categories
 * (`unknown_category`). Word the issues with `formatIssue`.
 *
 * @param raw - Parsed JSON or candidate items from an import adapter.
 * @param options - `today` to check purchase dates against.
 * @returns `{ success: true, data, issues: [] }` with typed, trusted items, or
 *   `{ success: false, issues }`. Each issue has a stable `code`, the `path` of the field and, when
 *   the item came from a file, its `position` (file, line, column).
 * @example
 * const result = parseInventory([{ category: 'laptop', quantity: 10, purchaseYear: 2022 }]);
 * if (result.success) computeFleetFootprint(result.data, factorSet, { year: 2025, method: 'stock' });
 */
export function parseInventory(raw: unknown, options: ParseInventoryOptions = {}): ParseResult<Inventory> {
  const items = Array.isArray(raw) ? raw : undefined;
  const result = safeParseWith(InventorySchema, raw, (path) => itemPositionOf(items, path));
  if (!result.success) return result;
  const issues = futurePurchaseIssues(result.data, todayOf(options));
  if (issues.length > 0) return { success: false, issues };
  return result;
}
