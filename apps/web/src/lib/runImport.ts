import type { CategoryId } from '@reen/core';
import type { FieldId, ImportResult } from '@reen/formats/inventory';
import { aggregateInventory } from './aggregateInventory';
import { MAX_KEPT_ISSUES, type ImportReport, type ImportSettings } from './importTypes';
import type { InventoryItemInput } from '@reen/core';

export interface RunImportOptions {
  readonly settings: ImportSettings;
  readonly today: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { rowsDone: number; bytesDone: number; bytesTotal: number; file: string }) => void;
}

/**
 * Imports inventory files with @reen/formats (loaded on demand: it carries the spreadsheet reader)
 * and turns the result into plain data for the app: merged inventory lines and the report. The
 * import worker runs it; tests and browsers without module workers run it directly.
 */
export async function runImport(
  files: readonly File[],
  options: RunImportOptions,
): Promise<{ items: InventoryItemInput[]; report: Omit<ImportReport, 'baseLines'> }> {
  const { importInventoryFiles, rejectedRowsToCsv, FILE_REFUSAL_CODES, formatImportIssueText } = await import('@reen/formats/inventory');
  const inputs = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const { settings } = options;
  const result: ImportResult = await importInventoryFiles(inputs, {
    today: options.today,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(Object.keys(settings.mapping).length > 0 ? { mapping: settings.mapping as Readonly<Record<string, FieldId | null>> } : {}),
    ...(Object.keys(settings.classifications).length > 0 ? { classifications: settings.classifications as Readonly<Record<string, CategoryId>> } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // A refused file (unreadable, too large, no row at all) fails the import: the inventory the
  // user had is kept, and the reason is shown instead of a "terminé" with zero rows.
  const refusal = result.issues.find((issue) => issue.severity === 'error' && FILE_REFUSAL_CODES.has(issue.code));
  if (refusal) throw new Error(formatImportIssueText(refusal, 'fr'));
  const byKey = new Map<string, ImportReport['unclassified'][number]>();
  for (const row of result.unclassified) {
    const seen = byKey.get(row.key);
    byKey.set(row.key, seen ? { ...seen, rows: seen.rows + 1 } : { ...row, rows: 1 });
  }
  return {
    items: aggregateInventory(result.items),
    report: {
      files: inputs.map((file) => file.name),
      settings,
      tables: result.tables,
      counts: result.counts,
      issues: result.issues.slice(0, MAX_KEPT_ISSUES),
      issuesTruncated: result.issues.length > MAX_KEPT_ISSUES,
      rejectedCsv: result.rejected.length > 0 ? rejectedRowsToCsv(result) : '',
      unclassified: [...byKey.values()],
    },
  };
}
