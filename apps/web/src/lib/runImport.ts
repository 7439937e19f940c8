import type { CategoryId } from '@reen/core';
import type { FieldId, ImportCounts, ImportResult, RejectedRow, TableReport } from '@reen/formats/inventory';
import { mergeLines, toInventoryLine } from './aggregateInventory';
import { applyEdit, sourceKey, type RowEdit } from './importEdits';
import { MAX_KEPT_ISSUES, type FileSettings, type ImportRun, type ImportSettings } from './importTypes';

export interface RunImportOptions {
  readonly settings: ImportSettings;
  readonly today: string;
  /** Manual edits kept as overrides, by source row key. */
  readonly overrides?: Readonly<Record<string, RowEdit>>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { rowsDone: number; bytesDone: number; bytesTotal: number; file: string }) => void;
}

/** The settings of file `index`: its own, or the mapping that older reports applied to every file. */
export function fileSettings(settings: ImportSettings, index: number): FileSettings {
  return settings.files?.[index] ?? { mapping: settings.mapping };
}

const COUNT_KEYS = ['files', 'tables', 'rowsRead', 'accepted', 'rejected', 'unclassified', 'devicesAccepted', 'devicesRejected', 'blankRows', 'errors', 'warnings'] as const;

function addCounts(total: ImportCounts | undefined, next: ImportCounts): ImportCounts {
  if (!total) return next;
  const out = { ...total } as Record<(typeof COUNT_KEYS)[number], number>;
  for (const key of COUNT_KEYS) out[key] += next[key];
  return out as ImportCounts;
}

/**
 * Imports inventory files with @reen/formats (loaded on demand: it carries the spreadsheet reader),
 * each file with its own mapping and value maps, and turns the result into plain data for the app:
 * merged inventory lines with their source rows (manual edits re-applied), and the report. The
 * import worker runs it; tests and browsers without module workers run it directly. The row
 * budget (`DEFAULT_LIMITS.maxRows`) holds over all files together; the other budgets (bytes,
 * archive size, cells) are the formats defaults.
 */
export async function runImport(files: readonly File[], options: RunImportOptions): Promise<ImportRun> {
  const { importInventoryFiles, rejectedRowsToCsv, DEFAULT_LIMITS, FILE_REFUSAL_CODES } = await import('@reen/formats/inventory');
  const { settings } = options;
  const overrides = options.overrides ?? {};
  const bytesTotal = files.reduce((n, file) => n + file.size, 0);
  let bytesBefore = 0;
  let rowsBefore = 0;
  let counts: ImportCounts | undefined;
  const tables: (TableReport & { fileIndex: number })[] = [];
  const issues: ImportResult['issues'] = [];
  const refusals: ImportResult['issues'] = [];
  const rejected: RejectedRow[] = [];
  const unclassified = new Map<string, ImportRun['report']['unclassified'][number]>();
  const lines: { line: ReturnType<typeof toInventoryLine>; key: string }[] = [];
  const matched = new Set<string>();
  let issueCount = 0;
  for (const [index, file] of files.entries()) {
    const own = fileSettings(settings, index);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result: ImportResult = await importInventoryFiles([{ name: file.name, bytes }], {
      today: options.today,
      maxRows: Math.max(1, DEFAULT_LIMITS.maxRows - rowsBefore),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(Object.keys(own.mapping).length > 0 ? { mapping: own.mapping as Readonly<Record<string, FieldId | null>> } : {}),
      ...(own.valueMaps && Object.keys(own.valueMaps).length > 0 ? { valueMaps: own.valueMaps } : {}),
      ...(Object.keys(settings.classifications).length > 0 ? { classifications: settings.classifications as Readonly<Record<string, CategoryId>> } : {}),
      ...(settings.profile ? { profile: settings.profile } : {}),
      ...(options.onProgress
        ? { onProgress: (p) => options.onProgress?.({ rowsDone: rowsBefore + p.rowsDone, bytesDone: bytesBefore + p.bytesDone, bytesTotal, file: p.file }) }
        : {}),
    });
    bytesBefore += file.size;
    rowsBefore += result.counts.rowsRead;
    counts = addCounts(counts, result.counts);
    for (const table of result.tables) tables.push({ ...table, fileIndex: index });
    for (const issue of result.issues) {
      issueCount++;
      if (issue.severity === 'error' && FILE_REFUSAL_CODES.has(issue.code)) refusals.push(issue);
      if (issues.length < MAX_KEPT_ISSUES) issues.push(issue);
    }
    for (const row of result.rejected) rejected.push(row);
    for (const row of result.unclassified) {
      const seen = unclassified.get(row.key);
      unclassified.set(row.key, seen ? { ...seen, rows: seen.rows + 1 } : { ...row, rows: 1 });
    }
    for (const item of result.items) {
      const key = sourceKey(index, item.source?.sheet, item.source?.line ?? 0);
      const edit = overrides[key];
      if (edit) matched.add(key);
      const line = applyEdit(toInventoryLine(item), edit);
      if (line) lines.push({ line, key });
    }
  }
  const { items, sources } = mergeLines(lines);
  return {
    items,
    sources,
    unmatchedOverrides: Object.keys(overrides).filter((key) => !matched.has(key)),
    refusals,
    report: {
      files: files.map((file) => file.name),
      fileSignatures: files.map((file) => ({ name: file.name, size: file.size, lastModified: file.lastModified })),
      settings,
      tables,
      counts: counts ?? { files: 0, tables: 0, rowsRead: 0, accepted: 0, rejected: 0, unclassified: 0, devicesAccepted: 0, devicesRejected: 0, blankRows: 0, errors: 0, warnings: 0 },
      issues,
      issuesTruncated: issueCount > MAX_KEPT_ISSUES,
      rejectedCsv: rejected.length > 0 ? rejectedRowsToCsv({ rejected }) : '',
      unclassified: [...unclassified.values()],
      ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
    },
  };
}
