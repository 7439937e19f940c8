import type { InventoryItemInput } from '@reen/core';

/**
 * Manual edits of imported lines, kept as overrides keyed to their source rows so that they survive
 * a re-import (a mapping change, a classification). An imported line carries `importRef`
 * (`<linesId>#<index>`), a draft-only key that the core's validation drops: it links the line to
 * the rows it merges, stored beside the import (`StoredLines`).
 */

/** Fields of an inventory line that an edit can set on its source rows. Quantity cannot: it is a sum of rows. */
export const EDITABLE_FIELDS = ['category', 'sizeClass', 'purchaseYear', 'lifetimeYears', 'status', 'refurbished', 'site', 'perimeter', 'country'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What the user changed on a source row: removed it, or set/cleared fields. */
export type RowEdit =
  | { readonly removed: true }
  | { readonly set: Readonly<Partial<Record<EditableField, unknown>>>; readonly unset?: readonly EditableField[] };

/** The lines an import produced (after overrides), and the source rows of each. */
export interface StoredLines {
  readonly linesId: string;
  readonly items: readonly InventoryItemInput[];
  readonly sources: readonly (readonly string[])[];
}

/** An edit that a re-import cannot keep, said exactly to the user before anything is applied. */
export type LostEdit =
  | { readonly kind: 'quantity'; readonly line: number; readonly category: string; readonly from: number; readonly to: number }
  | { readonly kind: 'rejected'; readonly rows: number }
  | { readonly kind: 'untracked'; readonly lines: number };

/** The key of a source row: the file's index in the import, the sheet and the line. */
export function sourceKey(fileIndex: number, sheet: string | undefined, line: number): string {
  return `${fileIndex}|${sheet ?? ''}|${line}`;
}

export const IMPORT_REF = 'importRef';

/** The `importRef` of a line, if it belongs to the import whose lines are `linesId`: its index there. */
export function importIndex(item: InventoryItemInput, linesId: string): number | undefined {
  const ref = (item as Record<string, unknown>)[IMPORT_REF];
  if (typeof ref !== 'string' || !ref.startsWith(`${linesId}#`)) return undefined;
  const index = Number(ref.slice(linesId.length + 1));
  return Number.isInteger(index) ? index : undefined;
}

/** Marks imported lines with their `importRef`. */
export function withImportRefs(items: readonly InventoryItemInput[], linesId: string): InventoryItemInput[] {
  return items.map((item, index) => ({ ...item, [IMPORT_REF]: `${linesId}#${index}` }) as InventoryItemInput);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function merge(previous: RowEdit | undefined, next: RowEdit): RowEdit {
  if ('removed' in next || !previous || 'removed' in previous) return next;
  const set = { ...previous.set, ...next.set };
  const unset = new Set([...(previous.unset ?? []), ...(next.unset ?? [])]);
  for (const field of Object.keys(next.set) as EditableField[]) unset.delete(field);
  for (const field of next.unset ?? []) delete set[field];
  return unset.size > 0 ? { set, unset: [...unset] } : { set };
}

/**
 * Compares the inventory with the lines the import produced and turns every manual change into
 * overrides on the source rows, merged with the overrides kept so far. Quantity changes of merged
 * lines cannot be traced to rows: they are listed as lost.
 */
export function collectEdits(
  inventory: readonly InventoryItemInput[],
  stored: StoredLines,
  previous: Readonly<Record<string, RowEdit>> = {},
): { overrides: Record<string, RowEdit>; lost: LostEdit[] } {
  const overrides: Record<string, RowEdit> = { ...previous };
  const lost: LostEdit[] = [];
  const current = new Map<number, { item: InventoryItemInput; position: number }>();
  inventory.forEach((item, position) => {
    const index = importIndex(item, stored.linesId);
    if (index !== undefined) current.set(index, { item, position });
  });
  stored.items.forEach((original, index) => {
    const keys = stored.sources[index] ?? [];
    const found = current.get(index);
    if (!found) {
      for (const key of keys) overrides[key] = { removed: true };
      return;
    }
    const set: Partial<Record<EditableField, unknown>> = {};
    const unset: EditableField[] = [];
    for (const field of EDITABLE_FIELDS) {
      const before = original[field];
      const after = found.item[field];
      if (sameValue(before, after)) continue;
      if (after === undefined) unset.push(field);
      else set[field] = after;
    }
    if (Object.keys(set).length > 0 || unset.length > 0) {
      const edit: RowEdit = unset.length > 0 ? { set, unset } : { set };
      for (const key of keys) overrides[key] = merge(overrides[key], edit);
    }
    if (found.item.quantity !== original.quantity) {
      lost.push({ kind: 'quantity', line: found.position + 1, category: String(found.item.category), from: Number(original.quantity), to: Number(found.item.quantity) });
    }
  });
  return { overrides, lost };
}

/** Applies a row's override to its plain line: `undefined` when the row was removed. */
export function applyEdit<T extends Record<string, unknown>>(line: T, edit: RowEdit | undefined): T | undefined {
  if (!edit) return line;
  if ('removed' in edit) return undefined;
  const out: Record<string, unknown> = { ...line, ...edit.set };
  for (const field of edit.unset ?? []) delete out[field];
  if (edit.set.purchaseYear !== undefined) delete out['purchaseDate'];
  return out as T;
}
