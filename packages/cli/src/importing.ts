/**
 * Imports inventory files for `reen validate` and `reen bilan` through @reen/formats/inventory, with
 * the progress bar on stderr. The CLI reads the bytes and reports; the importer parses.
 */
import type { Inventory, Issue } from '@reen/core';
import type { CliIO, GlobalOptions } from './context';
import { inputError, usageError } from './errors';
import type { InputFile } from './files';
import { readInputFile } from './files';
import { ProgressBar } from './progress';
import type { ImportCounts } from './output/bilan';

/** How one file was read: its detected (or forced) profile and column mapping. */
export interface ImportedFileReport {
  readonly name: string;
  readonly sheet?: string;
  readonly profile: string;
  readonly mapping: readonly { readonly column: string; readonly field: string | undefined; readonly confidence: string | undefined }[];
}

/** What the CLI needs from an import. */
export interface ImportOutcome {
  readonly files: readonly ImportedFileReport[];
  readonly inventory: Inventory;
  readonly counts: ImportCounts;
  readonly issues: readonly Issue[];
  /** The rejected rows as CSV with an `erreur` column (formula injection neutralised by the importer). */
  readonly rejectedCsv: () => string;
}

/** Reads the files given on the command line and imports them together. */
export async function importFromCommandLine(
  io: CliIO,
  global: GlobalOptions,
  names: readonly string[],
  values: Readonly<Record<string, unknown>>,
): Promise<ImportOutcome> {
  const files: InputFile[] = [];
  for (const name of names) files.push(await readInputFile(io, name));
  const inventory = await import('@reen/formats/inventory');

  const mapSpec = values['map'] as string | undefined;
  let mapping: ReturnType<typeof inventory.parseMappingSpec> | undefined;
  if (mapSpec !== undefined) {
    mapping = inventory.parseMappingSpec(mapSpec);
  }

  const bar = new ProgressBar({
    stream: io.stderr,
    lang: global.lang,
    enabled: io.stdout.isTTY === true && !global.quiet,
    now: () => io.now().getTime(),
  });
  try {
    const result = await inventory.importInventoryFiles(
      files.map((file) => ({ name: file.name, bytes: file.bytes })),
      {
        ...(values['profile'] !== undefined ? { profile: values['profile'] } : {}),
        ...(mapping !== undefined ? { mapping } : {}),
        ...(values['sheet'] !== undefined ? { sheet: values['sheet'] } : {}),
        today: io.now().toISOString().slice(0, 10),
        onProgress: (progress) => bar.update(progress),
      },
    );
    return adaptResult(result, inventory);
  } finally {
    bar.done();
  }
}

export { inputError, usageError };
