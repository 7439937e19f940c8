import type { InventoryItemInput, Issue } from '@reen/core';
import type { ImportCounts, ProfileId, TableReport, UnclassifiedRow } from '@reen/formats/inventory';

/** Options the user sets on the import screen (plain JSON: stored with the report). */
export interface ImportSettings {
  /** Column overrides, header text → field (`null`: ignore the column). */
  readonly mapping: Readonly<Record<string, string | null>>;
  /** Categories chosen for unclassified rows, by `UnclassifiedRow.key`. */
  readonly classifications: Readonly<Record<string, string>>;
  readonly profile?: ProfileId;
}

/** What the last inventory import produced, kept with the project so a reload shows it again. */
export interface ImportReport {
  readonly files: readonly string[];
  readonly settings: ImportSettings;
  readonly tables: readonly TableReport[];
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
}

/** Messages between the app and the import worker. */
export type ImportRequest =
  | { readonly type: 'import'; readonly files: readonly File[]; readonly settings: ImportSettings; readonly today: string }
  | { readonly type: 'cancel' };

export type ImportResponse =
  | { readonly type: 'progress'; readonly rowsDone: number; readonly bytesDone: number; readonly bytesTotal: number; readonly file: string }
  | { readonly type: 'done'; readonly report: Omit<ImportReport, 'baseLines'>; readonly items: InventoryItemInput[] }
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string };

/** Issues kept in the report (and in IndexedDB); the counts keep the totals. */
export const MAX_KEPT_ISSUES = 2000;
