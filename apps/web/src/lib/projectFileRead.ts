/**
 * Reading a `*.reen.json` file without risking the tab: the size is checked first, and a project
 * with very many inventory lines (a million-device export saved line by line) is merged into
 * identical lines before the core validates it. The merge keeps every field the footprint reads,
 * so the bilan is unchanged (the same keys as `aggregateInventory`).
 */

/** Project files above this size are refused plainly (a million compact lines is about 100 MB). */
export const MAX_PROJECT_FILE_BYTES = 160_000_000;
/** Inventories with more lines than this are merged into identical lines before validation. */
export const MERGE_ABOVE_LINES = 20_000;
/** A project still above this many lines once merged is refused plainly (the app edits it line by line). */
export const MAX_MERGED_LINES = 100_000;

export type ProjectFileRead =
  | { readonly kind: 'ok'; readonly raw: unknown; readonly aggregatedFrom?: number }
  | { readonly kind: 'tooLarge'; readonly size: number; readonly max: number }
  | { readonly kind: 'tooManyLines'; readonly lines: number; readonly max: number }
  | { readonly kind: 'notJson'; readonly message: string };

/** Fields a line keeps when merged (the footprint's grouping keys); `purchaseDate` becomes its year. */
const KEPT = ['category', 'sizeClass', 'lifetimeYears', 'status', 'refurbished', 'usage', 'site', 'perimeter', 'country'] as const;

/**
 * Merges raw inventory lines that the footprint cannot tell apart. Lines that do not look valid
 * (no integer quantity, not an object) are kept as they are, so that validation reports them.
 */
export function mergeRawInventory(lines: readonly unknown[]): unknown[] {
  const merged = new Map<string, Record<string, unknown> & { quantity: number }>();
  const kept: unknown[] = [];
  for (const raw of lines) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      kept.push(raw);
      continue;
    }
    const item = raw as Record<string, unknown>;
    const quantity = item['quantity'];
    const date = item['purchaseDate'];
    const year = item['purchaseYear'] ?? (typeof date === 'string' && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : undefined);
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity <= 0 || (date !== undefined && item['purchaseYear'] !== undefined)) {
      kept.push(raw);
      continue;
    }
    const line: Record<string, unknown> = {};
    for (const field of KEPT) if (item[field] !== undefined && item[field] !== false) line[field] = item[field];
    if (year !== undefined) line['purchaseYear'] = year;
    const key = JSON.stringify(line);
    const existing = merged.get(key);
    if (existing) existing.quantity += quantity;
    else merged.set(key, { ...line, quantity });
  }
  return [...merged.values(), ...kept];
}

/** Parses a project file's text and merges a very long inventory. */
export function parseProjectText(text: string): ProjectFileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'notJson', message: error instanceof Error ? error.message : String(error) };
  }
  const inventory = raw && typeof raw === 'object' ? (raw as { inventory?: unknown }).inventory : undefined;
  if (Array.isArray(inventory) && inventory.length > MERGE_ABOVE_LINES) {
    const merged = mergeRawInventory(inventory);
    if (merged.length > MAX_MERGED_LINES) return { kind: 'tooManyLines', lines: merged.length, max: MAX_MERGED_LINES };
    return { kind: 'ok', raw: { ...(raw as object), inventory: merged }, aggregatedFrom: inventory.length };
  }
  return { kind: 'ok', raw };
}
