/**
 * Imports inventory files for `reen validate` and `reen bilan` through @reen/formats/inventory, with
 * the progress bar on stderr. The CLI reads the bytes and reports; the importer parses, maps,
 * infers categories and validates.
 */
import type { Inventory, Issue } from '@reen/core';
import type { ImportProgress, ImportResult, MappingOverride, OmittedIssues, ProfileId, RejectedRow, TableReport } from '@reen/formats/inventory';
import type { CliIO, GlobalOptions } from './context';
import { CliError, inputError } from './errors';
import { importIssueWording, renderIssueLines } from './engine';
import type { InventoryInputFile } from './files';
import { openInventoryFile } from './files';
import { ProgressBar } from './progress';
import { importLimits } from './commands/importOptions';

/** What the CLI needs from an import. */
export interface ImportOutcome {
  /** One report per table read (a CSV file, or a sheet of a workbook): profile, mapping, counts. */
  readonly tables: readonly TableReport[];
  readonly inventory: Inventory;
  readonly counts: { readonly rowsRead: number; readonly accepted: number; readonly rejected: number };
  readonly issues: readonly Issue[];
  /** Per code, the issues left out of `issues` (only with `summaryOnly`). */
  readonly issuesOmitted: readonly OmittedIssues[];
  /** Issues that made a whole file unreadable (exit code 3). */
  readonly unreadable: readonly Issue[];
  readonly result: ImportResult;
}

/** How much of the import a command keeps. */
export interface ImportKeep {
  /**
   * Keep only the first `perCode` issues of each code (the others are counted) and no rejected or
   * unclassified row: what `reen bilan` needs, so that a million bad rows stay small in memory.
   * Without it everything is kept (`reen validate` lists every issue and writes `--rejected`).
   */
  readonly summaryOnly?: { readonly perCode: number };
  /**
   * Group the accepted lines for a footprint (the importer's `groupItems`): `inventory` then holds
   * one item per kind of line with the summed quantity, which is all `reen bilan` computes on.
   */
  readonly groupItems?: { readonly byEntity: boolean };
  /**
   * Keep the rejected rows in `result.rejected`, or hand them to `sinks.onRejected` (default true).
   * `reen validate` without `--rejected` sets false: the rows are then only counted, and a million
   * of them take no memory.
   */
  readonly rejectedRows?: boolean;
  /**
   * Hand each issue (and each rejected row, unless `rejectedRows` is false) to these as the import
   * finds them, in reading order, instead of keeping them: `issues` and `result.rejected` are then
   * empty (`unreadable` is still given). `reen validate` writes a million of them out this way.
   */
  readonly sinks?: { readonly onIssue: (issue: Issue) => void; readonly onRejected: (row: RejectedRow) => void };
}

/** Reads the files given on the command line and imports them together. */
export async function importFromCommandLine(
  io: CliIO,
  global: GlobalOptions,
  names: readonly string[],
  values: Readonly<Record<string, unknown>>,
  keep: ImportKeep = {},
): Promise<ImportOutcome> {
  const limits = importLimits(values);
  const files: InventoryInputFile[] = [];
  try {
    for (const name of names) files.push(await openInventoryFile(io, name, limits.maxBytes));
    return await importFiles(io, global, files, values, keep);
  } finally {
    for (const file of files) file.close();
  }
}

async function importFiles(
  io: CliIO,
  global: GlobalOptions,
  files: readonly InventoryInputFile[],
  values: Readonly<Record<string, unknown>>,
  keep: ImportKeep,
): Promise<ImportOutcome> {
  const limits = importLimits(values);
  const inventory = await import('@reen/formats/inventory');

  const mapSpecs = values['map'] as string[] | undefined;
  let mapping: MappingOverride | undefined;
  if (mapSpecs !== undefined && mapSpecs.length > 0) {
    const parsed = inventory.parseMappingSpec(mapSpecs);
    if (!parsed.success) {
      const wording = await importIssueWording();
      const [first, ...others] = parsed.issues;
      throw new CliError('usage', 'usage.badMap', { detail: first ? wording.bare(first, global.lang) : mapSpecs.join(', ') }, renderIssueLines(others, global.lang, wording));
    }
    mapping = parsed.data;
  }

  // The bar is drawn only for a person at a terminal. Without it the importer is given no progress
  // callback, so that it does not yield to the event loop after every chunk (a timer each, about
  // 1 ms: 90 ms on a 22 MB file).
  const showProgress = io.stdout.isTTY === true && !global.quiet;
  const bar = new ProgressBar({
    stream: io.stderr,
    lang: global.lang,
    enabled: showProgress,
    now: () => io.now().getTime(),
  });
  const isUnreadable = (issue: Issue) => issue.severity === 'error' && inventory.FILE_REFUSAL_CODES.has(issue.code);
  const unreadable: Issue[] = [];
  const sinks = keep.sinks;
  let result: ImportResult;
  try {
    result = await inventory.importInventoryFiles(
      files.map((file) => ({ name: file.name, bytes: file.bytes, ...(file.source ? { source: file.source } : {}) })),
      {
        ...(values['profile'] !== undefined ? { profile: values['profile'] as ProfileId } : {}),
        ...(mapping !== undefined ? { mapping } : {}),
        ...(values['sheet'] !== undefined ? { sheet: values['sheet'] as string } : {}),
        today: io.now().toISOString().slice(0, 10),
        ...limits,
        ...(keep.summaryOnly ? { issuesPerCode: keep.summaryOnly.perCode, keepRejectedRows: false } : {}),
        ...(keep.rejectedRows === false ? { keepRejectedRows: false } : {}),
        ...(keep.groupItems ? { groupItems: keep.groupItems } : {}),
        ...(sinks
          ? {
              onIssue: (issue: Issue) => {
                if (isUnreadable(issue)) unreadable.push(issue);
                sinks.onIssue(issue);
              },
              keepRejectedRows: false,
              ...(keep.rejectedRows === false ? {} : { onRejected: sinks.onRejected }),
            }
          : {}),
        ...(values['year'] !== undefined && /^\d{4}$/.test(values['year'] as string) ? { bilanYear: Number(values['year']) } : {}),
        ...(showProgress ? { onProgress: (progress: ImportProgress) => bar.update(progress) } : {}),
      },
    );
  } finally {
    bar.done();
  }
  return {
    tables: result.tables,
    inventory: result.items,
    counts: { rowsRead: result.counts.rowsRead, accepted: result.counts.accepted, rejected: result.counts.rejected },
    issues: result.issues,
    issuesOmitted: result.issuesOmitted,
    unreadable: sinks ? unreadable : result.issues.filter(isUnreadable),
    result,
  };
}

/** Throws the exit-code-3 error for files the importer could not read, listing their issues. */
export async function failOnUnreadable(outcome: ImportOutcome, global: GlobalOptions): Promise<void> {
  const first = outcome.unreadable[0];
  if (!first) return;
  const wording = await importIssueWording();
  throw inputError('input.importFailed', { file: first.position?.file ?? '', detail: wording.bare(first, global.lang) }, renderIssueLines(outcome.unreadable.slice(1), global.lang, wording));
}
