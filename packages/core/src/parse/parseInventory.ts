import type { Inventory } from '../schemas/inventory';
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

/**
 * Validates an unknown value as an inventory.
 *
 * @param raw - Parsed JSON or candidate items from an import adapter.
 * @param options - `today` to check purchase dates against.
 * @returns `{ success: true, data }` with typed, trusted items, or `{ success: false, issues }`.
 *   Each issue has a stable `code`, the `path` of the field and, when the item came from a file, its
 *   `position` (file, line, column).
 * @example
 * const result = parseInventory([{ category: 'laptop', quantity: 10, purchaseYear: 2022 }]);
 * if (result.success) computeFootprint({ inventory: result.data, … });
 */
export function parseInventory(raw: unknown, options: ParseInventoryOptions = {}): ParseResult<Inventory> {
  const items = Array.isArray(raw) ? raw : undefined;
  const result = safeParseWith(InventorySchema, raw, (path) => {
    const index = path[0];
    if (typeof index !== 'number' || !items) return undefined;
    const source = (items[index] as { source?: { file: string; sheet?: string; line: number } } | undefined)?.source;
    if (!source || typeof source.file !== 'string' || typeof source.line !== 'number') return undefined;
    const column = path[1];
    return { ...source, ...(typeof column === 'string' ? { column } : {}) };
  });
  if (!result.success) return result;

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  const issues: Issue[] = [];
  result.data.forEach((item, index) => {
    const future =
      (item.purchaseDate !== undefined && item.purchaseDate > today) || (item.purchaseYear !== undefined && item.purchaseYear > thisYear);
    if (future) {
      const field = item.purchaseDate !== undefined ? 'purchaseDate' : 'purchaseYear';
      issues.push({
        code: 'purchase_date_in_future',
        severity: 'error',
        path: [index, field],
        ...(item.source ? { position: { ...item.source, column: field } } : {}),
        params: { value: String(item.purchaseDate ?? item.purchaseYear), today },
      });
    }
  });
  if (issues.length > 0) return { success: false, issues };
  return result;
}
