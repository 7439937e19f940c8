import { resolveG4itCompanions } from './g4itCompanions';
import type { Issue } from '@reen/core';
import { isCompoundFile, isZip } from './archive';
import { readDelimited } from './csv';
import type { CsvDelimiter, RawRow } from './csv';
import { ChunkDecoder, detectEncoding, encodingFromHead, isValidUtf8, sniffNonText } from './encoding';
import type { EncodingGuess } from './encoding';
import { importJsonItems } from './jsonItems';
import { readWorkbook, SheetTooLarge } from './spreadsheet';
import type { SheetTable } from './spreadsheet';
import { addIssue, createImportState, omittedIssues } from './importState';
export { FILE_REFUSAL_CODES } from './refusalCodes';
import { TableProcessor } from './table';
import type { ImportState } from './importState';
import { keptItems } from './itemGroups';
import { checkWorkbook } from './workbookCheck';
import type { ImportOptions, ImportResult, InventoryFileFormat, InventoryFileInput, SheetInfo } from './types';

/**
 * Default limits. They are settings, not facts: raise them with the options for very large fleets.
 * They keep any input under 50 MB within 1 GB of memory and 60 s in the CLI (measured in
 * docs/inventory-import.md, "Limits").
 * - `maxBytes`: 200 MB per file (a 1M-row GLPI export is about 150 MB).
 * - `maxRows`: 1,000,000 data rows per import.
 * - `maxUncompressedBytes`: 150 MB of XML inside an XLSX/ODS archive (a 100,000-row, 11-column
 *   sheet with inline strings is 60 MB).
 * - `maxCells`: 3,000,000 cells per workbook once read (100,000 rows of 30 columns).
 */
export const DEFAULT_LIMITS = {
  maxBytes: 200_000_000,
  maxRows: 1_000_000,
  maxUncompressedBytes: 150_000_000,
  maxCells: 3_000_000,
} as const;

/** Rows handed to the table processor per step when reading spreadsheets (progress and cancel granularity). */
const SHEET_ROWS_PER_STEP = 20_000;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The import was aborted.', 'AbortError');
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Guesses the format of a file from its first bytes, then its extension. */
export function detectFileFormat(file: InventoryFileInput): InventoryFileFormat | 'zip' | 'unknown' {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (isZip(file.bytes)) {
    if (ext === 'ods') return 'ods';
    if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
    return 'zip';
  }
  if (isCompoundFile(file.bytes)) return 'xls';
  if (ext === 'json') return 'json';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  // Sniff JSON by its first non-blank character.
  let i = 0;
  if (file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf) i = 3;
  while (i < file.bytes.length && (file.bytes[i] === 0x20 || file.bytes[i] === 0x0a || file.bytes[i] === 0x0d || file.bytes[i] === 0x09)) i++;
  if (ext !== 'csv' && (file.bytes[i] === 0x5b || file.bytes[i] === 0x7b)) return 'json';
  if (ext === 'csv' || ext === 'txt' || ext === '') return 'csv';
  if (ext === 'xlsx' || ext === 'ods' || ext === 'xls') return 'unknown';
  return 'csv';
}

/**
 * Imports inventory files (CSV, TSV, XLSX, XLS, ODS, JSON) into validated `@reen/core` inventory
 * items. Encoding, delimiter, header row, profile (GLPI, OCS, G4IT, EcoDiag, REEN template or
 * generic synonyms) and column mapping are detected; each row's category is inferred from its type,
 * model and manufacturer with a match score. Every problem is an issue with file, sheet, line and
 * column; a row with an error is rejected with its original cells, never dropped, so
 * `counts.rowsRead === counts.accepted + counts.rejected`.
 *
 * Works in browsers and Node (no Node APIs; bytes are `Uint8Array`).
 *
 * @param files - Files with their names (used in issue positions) and bytes.
 * @param options - Profile, mapping overrides, sheet, limits, progress callback and abort signal.
 * @returns The import result: `items` (typed InventoryItems with `source`), `rejected`, `unclassified`, `issues`, `tables`, `counts`.
 * @throws The signal's reason (a DOMException named `AbortError` by default) when `options.signal` aborts. No other throw: bad input becomes issues.
 * @example
 * const result = await importInventoryFiles([{ name: 'glpi.csv', bytes }], { today: '2026-01-15' });
 * result.items;              // InventoryItem[]
 * rejectedRowsToCsv(result); // the rejected rows with an "erreur" column
 */
export async function importInventoryFiles(files: readonly InventoryFileInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const state = createImportState({ ...options, maxRows: options.maxRows ?? DEFAULT_LIMITS.maxRows });
  const bytesTotal = files.reduce((n, f) => n + sizeOf(f), 0);
  let bytesBefore = 0;
  const sheets: SheetInfo[] = [];
  const signal = options.signal;
  if (signal?.aborted) throw abortError(signal);

  // Yield to the event loop between chunks only when someone listens (progress bar, cancel button).
  const interactive = options.onProgress !== undefined || signal !== undefined;
  const progress = async (file: string, bytesDone: number): Promise<void> => {
    options.onProgress?.({ rowsDone: state.rowsRead, bytesDone: bytesBefore + bytesDone, bytesTotal, file });
    if (interactive) await yieldToEventLoop();
    if (signal?.aborted) throw abortError(signal);
  };

  for (const file of files) {
    if (state.truncated) break;
    await importOneFile(file, state, sheets, progress);
    bytesBefore += sizeOf(file);
  }

  resolveG4itCompanions(state, state.companionTables, state.physicalNames);
  return {
    items: keptItems(state),
    rejected: state.rejected,
    unclassified: state.unclassified,
    classifications: [...state.classifications.values()].sort((a, b) => b.devices - a.devices || a.key.localeCompare(b.key)),
    issues: state.issues,
    issuesOmitted: omittedIssues(state),
    tables: state.tables,
    sheets,
    counts: {
      files: files.length,
      tables: state.tables.length,
      rowsRead: state.rowsRead,
      accepted: state.acceptedItems + state.companionAccepted,
      rejected: state.rejectedCount,
      unclassified: state.unclassifiedCount,
      devicesAccepted: state.devicesAccepted,
      devicesRejected: state.devicesRejected,
      blankRows: state.blankRows,
      errors: state.errors,
      warnings: state.warnings,
    },
    truncated: state.truncated,
  };
}

function fileIssue(state: ImportState, file: string, code: string, params: Record<string, string | number>, severity: Issue['severity'] = 'error'): void {
  addIssue(state, { code, severity, path: [], position: { file, line: 1 }, params });
}

/**
 * Imports one file. A file that gives no data row at all (empty, a byte order mark alone, a header
 * alone, an empty JSON list) and was not refused for a stated reason is refused as `file_no_rows`:
 * a bilan of zero devices must never look like a success.
 */
async function importOneFile(
  file: InventoryFileInput,
  state: ImportState,
  sheets: SheetInfo[],
  progress: (file: string, bytesDone: number) => Promise<void>,
): Promise<void> {
  const rowsBefore = state.rowsRead;
  const refusalsBefore = state.refusals;
  await readOneFile(file, state, sheets, progress);
  if (state.rowsRead > rowsBefore || state.refusals > refusalsBefore) return;
  fileIssue(state, file.name, 'file_no_rows', {});
}

/** Size of a file, whole or read from a source. */
function sizeOf(file: InventoryFileInput): number {
  return file.source?.length ?? file.bytes.length;
}

/** The file with all its bytes in memory (read from its source when it has one). */
function whole(file: InventoryFileInput): InventoryFileInput {
  return file.source ? { name: file.name, bytes: file.source.subarray(0, file.source.length) } : file;
}

async function readOneFile(
  input: InventoryFileInput,
  state: ImportState,
  sheets: SheetInfo[],
  progress: (file: string, bytesDone: number) => Promise<void>,
): Promise<void> {
  const options = state.options;
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const size = sizeOf(input);
  if (size === 0) {
    fileIssue(state, input.name, 'file_empty', {});
    return;
  }
  if (size > maxBytes) {
    fileIssue(state, input.name, 'file_too_large', { size, max: maxBytes });
    return;
  }
  // Format, binary and BOM sniffing read the first bytes only (`bytes` is at least the first 4 kB).
  const format = detectFileFormat(input);
  if (format === 'unknown' || format === 'zip') {
    fileIssue(state, input.name, 'unsupported_format', { name: input.name });
    return;
  }
  // Only a delimited text file is read slice by slice, and only when it is valid UTF-8 (or has a BOM).
  let file = format === 'csv' || format === 'tsv' ? input : whole(input);
  if (format === 'xlsx' || format === 'ods' || format === 'xls') {
    await importWorkbook(file, format, state, sheets, progress);
    return;
  }
  if (!options.encoding) {
    const nonText = sniffNonText(file.bytes);
    if (nonText?.kind === 'binary') {
      fileIssue(state, file.name, 'file_binary', { format: nonText.format });
      return;
    }
    if (nonText?.kind === 'encoding') {
      fileIssue(state, file.name, 'encoding_unsupported', { encoding: nonText.encoding });
      return;
    }
  }
  let guess: EncodingGuess;
  if (options.encoding) guess = { encoding: options.encoding, bomLength: bomLength(file.bytes, options.encoding) };
  else if (file.source) {
    const fromHead = encodingFromHead(file.bytes);
    if (fromHead) guess = fromHead;
    else if (isValidUtf8(file.source)) guess = { encoding: 'utf-8', bomLength: 0 };
    else {
      // Damaged or legacy text: the whole file decides, as for bytes in memory.
      file = whole(file);
      guess = detectEncoding(file.bytes);
    }
  } else guess = detectEncoding(file.bytes);
  reportInvalidBytes(state, file.name, guess);
  if (format === 'json') {
    await importJson(file, guess, state, progress);
    return;
  }
  const table = new TableProcessor(state, { file: file.name, format, encoding: guess.encoding });
  const meta = await readDelimited(file.source ?? file.bytes, table, {
    file: file.name,
    guess,
    ...(options.delimiter ? { delimiter: options.delimiter as CsvDelimiter } : format === 'tsv' ? { delimiter: '\t' as CsvDelimiter } : {}),
    afterChunk: (done) => progress(file.name, done),
  });
  table.setMeta({ encoding: meta.encoding, delimiter: meta.delimiter });
  table.finish();
  if (guess.encoding !== 'utf-8') fileIssue(state, file.name, 'encoding_detected', { encoding: guess.encoding }, 'info');
}

/** One warning per invalid UTF-8 byte (line, column, byte), then one for those not located. */
function reportInvalidBytes(state: ImportState, file: string, guess: EncodingGuess): void {
  for (const b of guess.invalidBytes ?? []) {
    addIssue(state, { code: 'encoding_invalid_byte', severity: 'warning', path: [], position: { file, line: b.line, column: String(b.column) }, params: { byte: b.byte, line: b.line, column: b.column } });
  }
  const more = (guess.invalidByteCount ?? 0) - (guess.invalidBytes?.length ?? 0);
  if (more > 0) fileIssue(state, file, 'encoding_invalid_bytes_more', { count: more }, 'warning');
}

function bomLength(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return 2;
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return 2;
  return 0;
}

async function importWorkbook(
  file: InventoryFileInput,
  format: 'xlsx' | 'ods' | 'xls',
  state: ImportState,
  sheets: SheetInfo[],
  progress: (file: string, bytesDone: number) => Promise<void>,
): Promise<void> {
  const options = state.options;
  const maxCells = options.maxCells ?? DEFAULT_LIMITS.maxCells;
  if (format !== 'xls') {
    const refusal = checkWorkbook(file.bytes, format, { maxUncompressedBytes: options.maxUncompressedBytes ?? DEFAULT_LIMITS.maxUncompressedBytes, maxCells });
    if (refusal) {
      const sheet = refusal.params['sheet'];
      addIssue(state, { code: refusal.code, severity: 'error', path: [], position: { file: file.name, ...(typeof sheet === 'string' ? { sheet } : {}), line: 1 }, params: refusal.params });
      return;
    }
  }
  let tables: SheetTable[];
  try {
    tables = await readWorkbook(file.bytes, maxCells);
  } catch (error) {
    if (error instanceof SheetTooLarge) {
      const params = { sheet: error.sheet, range: error.range, cells: error.cells, total: error.cells, max: error.max };
      addIssue(state, { code: `sheet_too_large_${error.reason}`, severity: 'error', path: [], position: { file: file.name, sheet: error.sheet, line: 1 }, params });
    } else fileIssue(state, file.name, 'file_corrupt', { detail: error instanceof Error ? error.message : String(error) });
    return;
  }
  await progress(file.name, Math.floor(file.bytes.length / 2));

  const wanted = options.sheet;
  let chosen: SheetTable[];
  if (wanted === undefined || wanted === 'all') {
    chosen = tables.filter((t) => {
      if (wanted === 'all') return t.rows.length > 0;
      const probe = new TableProcessor(state, { file: file.name, sheet: t.name, format });
      const peek = probe.peekMapping(t.rows);
      return peek !== undefined && peek.mapping.some((c) => c.field === 'category' || c.field === 'type' || c.field === 'model');
    });
    if (chosen.length === 0) {
      fileIssue(state, file.name, 'no_inventory_sheet', { sheets: tables.map((t) => t.name).join(', ') });
    }
  } else {
    const match = typeof wanted === 'number' ? tables[wanted] : (tables.find((t) => t.name === wanted) ?? tables.find((t) => t.name.trim().toLowerCase() === wanted.trim().toLowerCase()));
    chosen = match ? [match] : [];
    if (!match) fileIssue(state, file.name, 'sheet_not_found', { sheet: String(wanted), sheets: tables.map((t) => t.name).join(', ') });
  }
  for (const t of tables) {
    const imported = chosen.includes(t);
    sheets.push({ file: file.name, name: t.name, index: t.index, rows: t.rows.length, imported });
    if (!imported && chosen.length > 0) {
      addIssue(state, { code: 'sheet_skipped', severity: 'info', path: [], position: { file: file.name, sheet: t.name, line: 1 }, params: { sheet: t.name } });
    }
  }
  let done = 0;
  const total = chosen.reduce((n, t) => n + t.rows.length, 0) || 1;
  for (const t of chosen) {
    const table = new TableProcessor(state, { file: file.name, sheet: t.name, format });
    for (let i = 0; i < t.rows.length; i += SHEET_ROWS_PER_STEP) {
      table.push(t.rows.slice(i, i + SHEET_ROWS_PER_STEP) as RawRow[]);
      done += Math.min(SHEET_ROWS_PER_STEP, t.rows.length - i);
      await progress(file.name, Math.floor(file.bytes.length / 2 + (file.bytes.length / 2) * (done / total)));
      if (table.stopped) break;
    }
    table.finish();
    if (state.truncated) break;
  }
}

async function importJson(file: InventoryFileInput, guess: EncodingGuess, state: ImportState, progress: (file: string, bytesDone: number) => Promise<void>): Promise<void> {
  const text = new ChunkDecoder(guess.encoding).decode(file.bytes.subarray(guess.bomLength), true);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail);
    let line = 1;
    let column = 1;
    if (at) {
      const pos = Number(at[1]);
      for (let i = 0; i < pos && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
          line++;
          column = 1;
        } else column++;
      }
    }
    addIssue(state, { code: 'json_invalid', severity: 'error', path: [], position: { file: file.name, line, column: String(column) }, params: { detail } });
    return;
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { inventory?: unknown }).inventory)
      ? ((data as { inventory: unknown[] }).inventory as unknown[])
      : typeof data === 'object' && data !== null && Array.isArray((data as { items?: unknown }).items)
        ? ((data as { items: unknown[] }).items as unknown[])
        : undefined;
  if (!list) {
    fileIssue(state, file.name, 'json_not_inventory', {});
    return;
  }
  importJsonItems(list, file.name, state);
  await progress(file.name, file.bytes.length);
}
