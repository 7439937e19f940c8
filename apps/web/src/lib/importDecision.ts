import type { InventoryItemInput, Issue } from '@reen/core';
import type { LostEdit } from './importEdits';
import type { ImportRun } from './importTypes';

/** Why an applied change waits for the user's confirmation. */
export type ConfirmReason = 'replace' | 'rejects' | 'lost';

/** Line and device counts of an inventory, for the before/after of a confirmation. */
export interface InventoryCounts {
  readonly lines: number;
  readonly devices: number;
}

export function countInventory(items: readonly InventoryItemInput[]): InventoryCounts {
  return { lines: items.length, devices: items.reduce((n, item) => n + (typeof item.quantity === 'number' ? item.quantity : 0), 0) };
}

/**
 * A re-import "rejects most rows" when more than half the rows read are rejected and more than
 * before: the change is shown as a preview and applied only if the user confirms.
 */
export function rejectsMost(run: ImportRun, rejectedBefore: number | undefined): boolean {
  const { rowsRead, rejected } = run.report.counts;
  return rowsRead > 0 && rejected * 2 > rowsRead && rejected > (rejectedBefore ?? 0);
}

/** The reasons a run with no accepted row is refused: its errors, at most `max`, file-level ones first. */
export function refusalIssues(issues: readonly Issue[], max = 3): Issue[] {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const fileLevel = errors.filter((issue) => issue.path.length === 0);
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const issue of [...fileLevel, ...errors]) {
    const key = `${issue.code}|${issue.position?.file ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
    if (out.length === max) break;
  }
  return out;
}

/** Lost edits, merged: quantity edits line by line, rejected rows counted once. */
export function lostEdits(quantity: readonly LostEdit[], rejectedRows: number): LostEdit[] {
  return rejectedRows > 0 ? [...quantity, { kind: 'rejected', rows: rejectedRows }] : [...quantity];
}
