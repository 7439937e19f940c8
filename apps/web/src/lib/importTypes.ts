import type { InventoryItemInput, Issue, SourcePosition } from '@reen/core';

/** One column of a file and the REEN kit field it feeds (`undefined`: ignored). */
export interface MappingEntry {
  readonly column: string;
  readonly field: string | undefined;
  /** 0 to 1, as given by the detector. */
  readonly confidence: number;
}

/** A row whose category could not be inferred: the user picks it. */
export interface UnclassifiedRow {
  readonly key: string;
  /** What the file said (type, model…), shown as a hint; user text, rendered as text only. */
  readonly hint: string;
  readonly source: SourcePosition | undefined;
  /** The candidate item without its category. */
  readonly item: Omit<InventoryItemInput, 'category'>;
}

/** What the last inventory import produced, kept with the project so a reload shows it again. */
export interface ImportReport {
  readonly files: readonly string[];
  readonly profile: string;
  readonly mapping: readonly MappingEntry[];
  readonly counts: { readonly read: number; readonly accepted: number; readonly rejected: number };
  readonly issues: readonly Issue[];
  /** The rejected rows as CSV with an "erreur" column (from @reen/formats). */
  readonly rejectedCsv: string;
  readonly unclassified: readonly UnclassifiedRow[];
}
