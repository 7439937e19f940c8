import type { InventoryItem, Issue } from '@reen/core';
import type { CompanionTable } from './g4itCompanions';
import type { ItemGroups } from './itemGroups';
import { DEFAULT_MIN_CATEGORY_SCORE } from './infer';
import { FILE_REFUSAL_CODES } from './refusalCodes';
import type { ClassificationSummary, ImportOptions, OmittedIssues, RejectedRow, TableReport, UnclassifiedRow } from './types';

/** State shared by every table of one import: results, limits, duplicate serial numbers. */
export interface ImportState {
  readonly options: ImportOptions;
  readonly today: string;
  readonly maxRows: number;
  readonly minScore: number;
  /** Accepted items, or the groups' first lines with `groupItems` (`itemGroups.ts`). */
  readonly items: InventoryItem[];
  /** The groups, with `options.groupItems`. */
  readonly groups: ItemGroups | undefined;
  /** Accepted item rows, grouped or not. */
  acceptedItems: number;
  readonly rejected: RejectedRow[];
  readonly unclassified: UnclassifiedRow[];
  readonly classifications: Map<string, ClassificationSummary & { rows: number; devices: number }>;
  readonly issues: Issue[];
  /** Issues kept per code (`options.issuesPerCode`, else unbounded) and what was left out. */
  readonly issuesPerCode: number;
  readonly issueCounts: Map<string, number>;
  readonly issuesOmitted: Map<string, { code: string; severity: Issue['severity']; count: number }>;
  /** Where kept issues go instead of `issues` (`options.onIssue`). */
  readonly issueSink: ((issue: Issue) => void) | undefined;
  /** Error and warning issues, kept or not. */
  errors: number;
  warnings: number;
  /** Issues with a `FILE_REFUSAL_CODES` code, kept or not. */
  refusals: number;
  /** False when the caller never writes the rejected rows (`options.keepRejectedRows`). */
  readonly keepRejectedRows: boolean;
  /** Where rejected rows go instead of `rejected` (`options.onRejected`). */
  readonly rejectedSink: ((row: RejectedRow) => void) | undefined;
  /** Rejected rows, kept or not. */
  rejectedCount: number;
  /** Unclassified rows (a subset of the rejected ones), kept or not. */
  unclassifiedCount: number;
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
    groups: options.groupItems ? { byEntity: options.groupItems.byEntity ?? false, index: new Map(), quantities: [] } : undefined,
    acceptedItems: 0,
    rejected: [],
    unclassified: [],
    classifications: new Map(),
    issues: [],
    issuesPerCode: options.issuesPerCode ?? Number.POSITIVE_INFINITY,
    issueCounts: new Map(),
    issuesOmitted: new Map(),
    issueSink: options.onIssue,
    errors: 0,
    warnings: 0,
    refusals: 0,
    keepRejectedRows: options.keepRejectedRows ?? true,
    rejectedSink: options.onRejected,
    rejectedCount: 0,
    unclassifiedCount: 0,
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

const SEVERITY_RANK: Readonly<Record<Issue['severity'], number>> = { info: 0, warning: 1, error: 2 };

/**
 * Records an issue: counted always, kept up to `issuesPerCode` of its code (in `issues`, or handed
 * to `options.onIssue`), else counted in `issuesOmitted`.
 */
export function addIssue(state: ImportState, issue: Issue): void {
  if (issue.severity === 'error') state.errors++;
  else if (issue.severity === 'warning') state.warnings++;
  if (FILE_REFUSAL_CODES.has(issue.code)) state.refusals++;
  if (state.issuesPerCode === Number.POSITIVE_INFINITY) {
    keepIssue(state, issue);
    return;
  }
  const n = (state.issueCounts.get(issue.code) ?? 0) + 1;
  state.issueCounts.set(issue.code, n);
  if (n <= state.issuesPerCode) {
    keepIssue(state, issue);
    return;
  }
  const omitted = state.issuesOmitted.get(issue.code);
  if (omitted === undefined) state.issuesOmitted.set(issue.code, { code: issue.code, severity: issue.severity, count: 1 });
  else {
    omitted.count++;
    if (SEVERITY_RANK[issue.severity] > SEVERITY_RANK[omitted.severity]) omitted.severity = issue.severity;
  }
}

function keepIssue(state: ImportState, issue: Issue): void {
  if (state.issueSink === undefined) state.issues.push(issue);
  else state.issueSink(issue);
}

/** The omitted issues of an import, in order of first omission. */
export function omittedIssues(state: ImportState): OmittedIssues[] {
  return [...state.issuesOmitted.values()].map((o) => ({ code: o.code, severity: o.severity, count: o.count }));
}

/** Records a rejected row: counted always, handed to `options.onRejected`, else kept unless the caller never writes them. */
export function addRejected(state: ImportState, row: RejectedRow): void {
  state.rejectedCount++;
  if (state.rejectedSink !== undefined) state.rejectedSink(row);
  else if (state.keepRejectedRows) state.rejected.push(row);
}

/** Records an unclassified row (also rejected): kept with the rejected rows, else only counted. */
export function addUnclassified(state: ImportState, row: UnclassifiedRow): void {
  state.unclassifiedCount++;
  if (state.keepRejectedRows) state.unclassified.push(row);
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
