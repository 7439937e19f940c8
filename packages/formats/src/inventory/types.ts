import type { CategoryId, InventoryItem, Issue, SizeClass, SourcePosition } from '@reen/core';
import type { ValueMaps } from './valueMaps';

/** Fields a column can be mapped to. `type` is free text used for category inference. */
export const FIELD_IDS = [
  'category',
  'type',
  'manufacturer',
  'model',
  'name',
  'serialNumber',
  'quantity',
  'purchaseDate',
  'purchaseYear',
  'retirementDate',
  'lifetimeYears',
  'status',
  'refurbished',
  'hoursPerDay',
  'daysPerYear',
  'energyKwhPerYear',
  'powerW',
  'weightKg',
  'site',
  'entity',
  'perimeter',
  'country',
  'sizeClass',
  'id',
  'entity',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Built-in profile ids (`generic` means header synonyms only). */
export const PROFILE_IDS = [
  'canonical',
  'g4it',
  'glpi',
  'glpi-computers',
  'glpi-monitors',
  'glpi-printers',
  'glpi-phones',
  'glpi-network',
  'ocs',
  'ecodiag',
  'generic',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** File formats the importer reads. */
export type InventoryFileFormat = 'csv' | 'tsv' | 'xlsx' | 'ods' | 'xls' | 'json';

/** One input file: a name (used in every issue position) and its bytes. */
export interface InventoryFileInput {
  readonly name: string;
  /** The whole file, or with `source` its first bytes (at least 4 kB, or the whole file). */
  readonly bytes: Uint8Array;
  /**
   * The whole file read on demand, slice by slice (the CLI reads large files from disk this way).
   * CSV and TSV files in valid UTF-8 (or with a byte order mark) are then never held whole; any
   * other file is read whole from it first.
   */
  readonly source?: ByteSource;
}

/** Bytes read slice by slice: a `Uint8Array` is one, a file read from disk on demand another. */
export interface ByteSource {
  readonly length: number;
  subarray(start: number, end: number): Uint8Array;
}

/** Progress report, sent after each chunk of rows. */
export interface ImportProgress {
  /** Data rows processed so far, all files together. */
  readonly rowsDone: number;
  /** Bytes processed so far, all files together. */
  readonly bytesDone: number;
  /** Total bytes of all files. */
  readonly bytesTotal: number;
  /** The file being read. */
  readonly file: string;
}

/** How a column was mapped. */
export type MappingSource = 'profile' | 'synonym' | 'contains' | 'unit' | 'override' | 'preset' | 'none';

/** One column of a detected mapping. */
export interface ColumnMapping {
  /** 0-based column index. */
  readonly index: number;
  /** Spreadsheet letter of the column (A, B, …, AA). */
  readonly letter: string;
  /** Header text as written in the file. */
  readonly header: string;
  /** Target field, or null when the column is ignored. */
  readonly field: FieldId | null;
  /** 0 to 1: 1 for a profile header or an override, 0.9 for an exact synonym, 0.7 for a partial one, 0.6 from a unit alone. */
  readonly confidence: number;
  readonly source: MappingSource;
  /** Unit read in the header, e.g. `kWh/an`, `W`, `mois`. */
  readonly unit?: string;
  /** Conversion to the field's unit: a decimal string or an exact fraction `a/b` (e.g. `1/1000` for Wh, `1/12` for months). */
  readonly factor?: string;
}

/**
 * A saved mapping: header text (or `#3`, 1-based column number, or a column letter `@C`) to field,
 * `null` to ignore a column. Plain JSON, so the web app can store it and the CLI can read it.
 */
export interface MappingPreset {
  readonly kind: 'reen-mapping-preset';
  readonly version: 1;
  readonly name?: string;
  readonly profile?: ProfileId;
  readonly columns: Readonly<Record<string, FieldId | null>>;
}

/** A mapping override: a preset, or a plain `{ header: field }` record. */
export type MappingOverride = MappingPreset | Readonly<Record<string, FieldId | null>>;

/** Options of `importInventoryFiles`. */
export interface ImportOptions {
  /** Force a profile instead of detecting it. */
  readonly profile?: ProfileId;
  /** Column overrides (from `parseMappingSpec`, a saved preset, or the web mapping screen). */
  readonly mapping?: MappingOverride;
  /** Sheet to read in XLSX/ODS files: a name, a 0-based index, or `'all'`. Default: every sheet with a recognisable header. */
  readonly sheet?: string | number | 'all';
  /** Today's date, ISO `YYYY-MM-DD`, to reject future purchase dates. Default: the current date. */
  readonly today?: string;
  /**
   * The year of the bilan the import is for: a device bought after it + 1 (but not in the future) is
   * kept with a `year_after_bilan` warning; the core leaves it out of that year's stock. Purchase years
   * before 1950 are rejected (`year_out_of_range`). Default: the year of `today`.
   */
  readonly bilanYear?: number;
  /** Maximum size of one file in bytes. Default `DEFAULT_LIMITS.maxBytes`. */
  readonly maxBytes?: number;
  /** Maximum data rows over all files. Default `DEFAULT_LIMITS.maxRows`. */
  readonly maxRows?: number;
  /** Maximum uncompressed size of an XLSX/ODS archive. Default `DEFAULT_LIMITS.maxUncompressedBytes`. */
  readonly maxUncompressedBytes?: number;
  /**
   * Maximum cells the sheets of one workbook may make once read (rows × the column of their last
   * cell, merged and hyperlink ranges, repeated rows and columns), checked before the workbook is
   * opened. Default `DEFAULT_LIMITS.maxCells`.
   */
  readonly maxCells?: number;
  /** Force the text encoding of CSV/TSV/JSON files. */
  readonly encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15' | 'macintosh';
  /** Force the CSV delimiter. */
  readonly delimiter?: ',' | ';' | '\t' | '|';
  /**
   * Keep at most this many issues of each code in `issues`; the others are only counted, in
   * `issuesOmitted` (and in `counts.errors` and `counts.warnings`). A file of a million bad rows
   * then keeps a few hundred issue objects, not two million. Default: every issue is kept.
   */
  readonly issuesPerCode?: number;
  /**
   * Keep the rejected rows (their cells and issues, for `rejectedRowsToCsv`) and the unclassified
   * ones. Default true. A caller that never shows them (`reen bilan`) sets false: `rejected` and
   * `unclassified` are then empty, and `counts.rejected` and `counts.unclassified` still count them.
   */
  readonly keepRejectedRows?: boolean;
  /**
   * Receives each issue the import keeps, in reading order, as it is found; `issues` then stays
   * empty (`counts` and `issuesOmitted` are unchanged). For a caller that writes a million issues
   * out instead of holding them (`reen validate`). The issue is read-only and may share parts with
   * others. Default: the issues are kept in `issues`.
   */
  readonly onIssue?: (issue: Issue) => void;
  /**
   * Receives each rejected row, in reading order, as it is found, whatever `keepRejectedRows`
   * says; `rejected` then stays empty (`counts.rejected` still counts them). Its issues are also
   * recorded as issues. Default: the rows are kept in `rejected` (see `keepRejectedRows`).
   */
  readonly onRejected?: (row: RejectedRow) => void;
  /**
   * Group the accepted lines for a footprint (`itemGroups.ts`): lines equal on every field the
   * footprint reads (and on `entity` with `byEntity`) become one item with their summed quantity,
   * the first line's `source` and other fields, no `id` or `serialNumber`, and the purchase year
   * instead of the date. `counts` still counts rows; issues keep their exact lines. Default: every
   * line is its own item. `reen bilan` sets it, so a million rows keep a few thousand items.
   */
  readonly groupItems?: { readonly byEntity?: boolean };
  /**
   * With `groupItems`: count a row into a group the import already holds without building its
   * item, when its cells are known to convert and validate without issue (`fastGrouping.ts`).
   * Default true. False runs every row through the general path: the result is the same, slower.
   */
  readonly fastGrouping?: boolean;
  /** Minimum category match score to accept an inferred category (0–1). Default: the rule table's `minScore` (0.7). */
  readonly minCategoryScore?: number;
  /** Categories chosen by the user for unclassified rows, keyed by `UnclassifiedRow.key`. */
  readonly classifications?: Readonly<Record<string, CategoryId>>;
  /** Value rules by field: cell text rewritten before it is read (`valueMaps.ts`). */
  readonly valueMaps?: ValueMaps;
  /** Defaults applied to rows whose file has no such column. */
  readonly defaults?: {
    readonly perimeter?: InventoryItem['perimeter'];
    readonly country?: string;
    readonly site?: string;
  };
  /** Called after each chunk of rows. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import: the promise rejects with the signal's reason (an `AbortError` DOMException by default). */
  readonly signal?: AbortSignal;
}

/** A row that was not accepted, with its original cells for the rejected-rows file. */
export interface RejectedRow {
  readonly source: SourcePosition;
  /** Header cells of the table the row comes from. */
  readonly headers: readonly string[];
  readonly cells: readonly string[];
  /** Every issue of the row (at least one error). */
  readonly issues: readonly Issue[];
}

/** A candidate category with its match score. */
export interface CategoryCandidate {
  readonly category: CategoryId;
  readonly score: number;
  /** Id of the rule that matched (from `data/category-rules.json`), or `profile:<id>`, `label`, `user`. */
  readonly rule: string;
  readonly sizeClass?: SizeClass;
}

/** A row whose category could not be inferred with enough confidence. It is also in `rejected`. */
export interface UnclassifiedRow {
  /** Key to pass in `options.classifications` to classify every row with the same labels. */
  readonly key: string;
  readonly source: SourcePosition;
  readonly type?: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly quantity: number;
  /** Best guesses, best first (may be empty). */
  readonly candidates: readonly CategoryCandidate[];
}

/** How the rows of one label set were classified (one entry per distinct type/manufacturer/model). */
export interface ClassificationSummary {
  readonly key: string;
  readonly label: string;
  readonly category: CategoryId;
  readonly score: number;
  readonly rule: string;
  readonly sizeClass?: SizeClass;
  readonly rows: number;
  readonly devices: number;
}

/** What was read from one table (a CSV file, or one sheet). */
export interface TableReport {
  readonly file: string;
  readonly sheet?: string;
  readonly format: InventoryFileFormat;
  readonly encoding?: string;
  readonly delimiter?: string;
  /** 1-based line (or spreadsheet row) of the header. */
  readonly headerLine: number;
  readonly headers: readonly string[];
  readonly profile: { readonly id: ProfileId; readonly label: string; readonly score: number };
  readonly mapping: readonly ColumnMapping[];
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** Sheets found in a workbook, for the sheet picker. */
export interface SheetInfo {
  readonly file: string;
  readonly name: string;
  readonly index: number;
  readonly rows: number;
  readonly imported: boolean;
}

/** Counts. `rowsRead === accepted + rejected` always holds. */
export interface ImportCounts {
  readonly files: number;
  readonly tables: number;
  /** Data rows read (blank rows and title rows above the header are not counted). */
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Rejected rows that only lack a category (subset of `rejected`). */
  readonly unclassified: number;
  /** Devices in accepted rows (sum of quantities). */
  readonly devicesAccepted: number;
  /** Devices in rejected rows whose quantity could be read (1 otherwise). */
  readonly devicesRejected: number;
  readonly blankRows: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Issues of one code left out of `ImportResult.issues` by `issuesPerCode`. */
export interface OmittedIssues {
  readonly code: string;
  readonly severity: Issue['severity'];
  readonly count: number;
}

/** Result of an import. */
export interface ImportResult {
  /** Accepted rows, validated by `@reen/core`'s `parseInventory`; each has `source` {file, sheet, line}. */
  readonly items: InventoryItem[];
  readonly rejected: RejectedRow[];
  readonly unclassified: UnclassifiedRow[];
  readonly classifications: ClassificationSummary[];
  /** Every issue: file-level ones and row-level ones, in reading order (the first `issuesPerCode` of each code when that option is set). */
  readonly issues: Issue[];
  /** Per code, the issues left out of `issues` by `issuesPerCode`: how many, and their highest severity. Empty by default. */
  readonly issuesOmitted: OmittedIssues[];
  readonly tables: TableReport[];
  readonly sheets: SheetInfo[];
  readonly counts: ImportCounts;
  /** True when `maxRows` stopped the reading. */
  readonly truncated: boolean;
}
