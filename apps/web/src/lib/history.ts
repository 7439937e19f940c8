import type { InventoryItemInput } from '@reen/core';
import type { ImportReport } from './importTypes';

/** What an undo step undoes (worded by `safety.history.actions.*`). */
export type HistoryAction = 'import' | 'replace' | 'remap' | 'valueMap' | 'classify' | 'edit' | 'clear' | 'estimate' | 'clearEstimate' | 'bulk';

/** The inventory part of a project that undo restores. The report is kept without its rejected-rows CSV (restored from its stored lines). */
export interface InventoryState {
  readonly inventory: InventoryItemInput[];
  readonly inventoryIsEstimate: boolean;
  readonly importReport: ImportReport | null;
}

export interface HistoryEntry {
  readonly action: HistoryAction;
  /** A short detail for the label: file names of an import, the column of a mapping change. */
  readonly detail?: string;
  /** When the change was made (ISO date-time). */
  readonly at: string;
  /** The state before the change (in `undo`), or after it (in `redo`). */
  readonly state: InventoryState;
}

/** A project's undo and redo stacks, kept in IndexedDB so that they survive a reload. */
export interface HistoryRecord {
  readonly projectId: string;
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

/** Undo steps kept per project (the issue asks for at least 20). */
export const HISTORY_LIMIT = 30;

/** Appends an entry, dropping the oldest past `HISTORY_LIMIT`. */
export function pushBounded(list: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = [...list, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/** The import sources (files and lines) that a report refers to. */
export function reportSources(report: ImportReport | null | undefined): string[] {
  return [report?.filesId, report?.linesId].filter((id): id is string => id !== undefined);
}

/** Every import source that the current report or an undo/redo step refers to: the others can be deleted. */
export function referencedSources(record: Pick<HistoryRecord, 'undo' | 'redo'>, current: ImportReport | null | undefined): Set<string> {
  const ids = new Set(reportSources(current));
  for (const entry of [...record.undo, ...record.redo]) for (const id of reportSources(entry.state.importReport)) ids.add(id);
  return ids;
}
