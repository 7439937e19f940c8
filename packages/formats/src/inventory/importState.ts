import type { InventoryItem, Issue } from '@reen/core';
import type { CompanionTable } from './g4itCompanions';
import { DEFAULT_MIN_CATEGORY_SCORE } from './infer';
import type { ClassificationSummary, ImportOptions, RejectedRow, TableReport, UnclassifiedRow } from './types';

/** State shared by every table of one import: results, limits, duplicate serial numbers. */
export interface ImportState {
  readonly options: ImportOptions;
  readonly today: string;
  readonly maxRows: number;
  readonly minScore: number;
  readonly items: InventoryItem[];
  readonly rejected: RejectedRow[];
  readonly unclassified: UnclassifiedRow[];
  readonly classifications: Map<string, ClassificationSummary & { rows: number; devices: number }>;
  readonly issues: Issue[];
  readonly tables: TableReport[];
  /** Serial number (upper case) → where it was first seen: `fileIndex * 2^32 + line` (a number, to keep 1M rows small). */
  readonly serials: Map<string, number>;
  /** Files seen, for `serials`. */
  readonly serialFiles: string[];
  /** Interned labels (manufacturer, model, site…): repeated values share one string. */
  readonly strings: Map<string, string>;
  /** G4IT virtual equipment, data centre and application tables, resolved at the end of the import. */
  readonly companionTables: CompanionTable[];
  /** Names of the accepted G4IT/NumEcoEval physical equipment, for the references of the companion tables. */
  physicalNames: Set<string> | undefined;
  /** Companion rows accepted (they carry no device). */
  companionAccepted: number;
  rowsRead: number;
  devicesAccepted: number;
  devicesRejected: number;
  blankRows: number;
  truncated: boolean;
}

/** Creates the shared state of an import. */
export function createImportState(options: ImportOptions): ImportState {
  return {
    options,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    maxRows: options.maxRows ?? Number.POSITIVE_INFINITY,
    minScore: options.minCategoryScore ?? DEFAULT_MIN_CATEGORY_SCORE,
    items: [],
    rejected: [],
    unclassified: [],
    classifications: new Map(),
    issues: [],
    tables: [],
    serials: new Map(),
    serialFiles: [],
    strings: new Map(),
    companionTables: [],
    physicalNames: undefined,
    companionAccepted: 0,
    rowsRead: 0,
    devicesAccepted: 0,
    devicesRejected: 0,
    blankRows: 0,
    truncated: false,
  };
}

const LINE_SPAN = 2 ** 32;

/** Encodes where a serial number was first seen. */
export function serialCode(state: ImportState, file: string, line: number): number {
  let index = state.serialFiles.lastIndexOf(file);
  if (index === -1) index = state.serialFiles.push(file) - 1;
  return index * LINE_SPAN + line;
}

/** Decodes `serialCode`. */
export function serialOrigin(state: ImportState, code: number): { firstFile: string; firstLine: number } {
  return { firstFile: state.serialFiles[Math.floor(code / LINE_SPAN)] ?? '', firstLine: code % LINE_SPAN };
}

/** Returns one shared copy of a repeated label (bounded table). */
export function intern(state: ImportState, text: string): string {
  const hit = state.strings.get(text);
  if (hit !== undefined) return hit;
  if (state.strings.size < 100_000) state.strings.set(text, text);
  return text;
}
