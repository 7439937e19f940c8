import type { InventoryItemInput, Issue } from '@reen/core';
import type { ImportCounts, ProfileId, TableReport, UnclassifiedRow, ValueMaps } from '@reen/formats/inventory';
import type { RowEdit } from './importEdits';

/** Settings of one imported file: its column mapping and value maps (a file's settings never touch another file). */
export interface FileSettings {
  /** Column overrides, header text → field (`null`: ignore the column). */
  readonly mapping: Readonly<Record<string, string | null>>;
  /** Value rules by field (GLPI `Entité` path segments to perimeters, sizes to size classes). */
  readonly valueMaps?: ValueMaps;
}

/** Options the user sets on the import screen (plain JSON: stored with the report). */
export interface ImportSettings {
  /**
   * Column overrides applied to every file. Only reports saved before per-file mapping have it
   * non-empty; `files` holds the per-file settings.
   */
  readonly mapping: Readonly<Record<string, string | null>>;
  /** Per-file settings, in the order of `ImportReport.files`. */
  readonly files?: readonly FileSettings[];
  /** Categories chosen for unclassified rows, by `UnclassifiedRow.key`. */
  readonly classifications: Readonly<Record<string, string>>;
  readonly profile?: ProfileId;
}

/** What identifies an imported file, to check that the stored copy is the one the report describes. */
export interface FileSignature {
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
}

/** What the last inventory import produced, kept with the project so a reload shows it again. */
export interface ImportReport {
  readonly files: readonly string[];
  readonly settings: ImportSettings;
  /** Tables read, with the index of their file in `files` (absent in older reports: match by name). */
  readonly tables: readonly (TableReport & { readonly fileIndex?: number })[];
  readonly counts: ImportCounts;
  /** Issues, in reading order (at most `MAX_KEPT_ISSUES`; `counts` has the totals). */
  readonly issues: readonly Issue[];
  readonly issuesTruncated: boolean;
  /** The rejected rows as CSV with an "erreur" column (from @reen/formats). */
  readonly rejectedCsv: string;
  /** Rows to classify, one per distinct label set (`key`), with the number of rows. */
  readonly unclassified: readonly (UnclassifiedRow & { readonly rows: number })[];
  /** Inventory lines kept from before the import (0 when the import replaced the inventory). */
  readonly baseLines: number;
  /** Id of the stored files of this import (IndexedDB `importSources`); absent in reports saved before it existed. */
  readonly filesId?: string;
  /** Id of the stored lines of this import and their source rows; absent in older reports. */
  readonly linesId?: string;
  readonly fileSignatures?: readonly FileSignature[];
  /** Manual edits of imported lines, by source row key (`sourceKey`), re-applied on every re-import. */
  readonly overrides?: Readonly<Record<string, RowEdit>>;
}

/** The result of reading files, before it is applied: the report part, the lines and their source rows. */
export interface ImportRun {
  readonly report: Omit<ImportReport, 'baseLines'>;
  readonly items: InventoryItemInput[];
  /** Source row keys of each line (`sourceKey`), in the order of `items`. */
  readonly sources: string[][];
  /** Override keys that matched no accepted row (their rows are rejected now). */
  readonly unmatchedOverrides: string[];
  /** Files refused as a whole (unreadable, too large, over a budget, no data row): the import is refused. */
  readonly refusals: Issue[];
}

/** Messages between the app and the import worker. */
export type ImportRequest =
  | {
      readonly type: 'import';
      readonly files: readonly File[];
      readonly settings: ImportSettings;
      readonly overrides: Readonly<Record<string, RowEdit>>;
      readonly today: string;
    }
  | { readonly type: 'cancel' };

export type ImportResponse =
  | { readonly type: 'progress'; readonly rowsDone: number; readonly bytesDone: number; readonly bytesTotal: number; readonly file: string }
  | ({ readonly type: 'done' } & ImportRun)
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string };

/** Issues kept in the report (and in IndexedDB); the counts keep the totals. */
export const MAX_KEPT_ISSUES = 2000;
