import { D, parseInventory } from '@reen/core';
import type { CategoryId, InventoryItem, InventoryItemInput, Issue, SourcePosition } from '@reen/core';
import type { RawRow, RowSink } from './csv';
import { classificationKey, DEFAULT_MIN_CATEGORY_SCORE, inferCategory, sizeClassFromWeight } from './infer';
import type { CategoryInference } from './infer';
import { isPlaceholderSerial, mapCountry, mapPerimeter, mapSizeClass, mapStatus } from './labels';
import { applyValueRules, valueMapColumns, type FieldValueMap } from './valueMaps';
import type { DetectedProfile } from './mapping';
import { buildMapping, detectProfile, findHeaderRow, profileById } from './mapping';
import { parseBooleanText, parseDateText, parseDecimalText, parseQuantityText } from './values';
import type { ClassificationSummary, ColumnMapping, FieldId, ImportOptions, InventoryFileFormat, RejectedRow, TableReport, UnclassifiedRow } from './types';

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
    rowsRead: 0,
    devicesAccepted: 0,
    devicesRejected: 0,
    blankRows: 0,
    truncated: false,
  };
}

const LINE_SPAN = 2 ** 32;
const NO_ISSUES: Issue[] = [];

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
function intern(state: ImportState, text: string): string {
  const hit = state.strings.get(text);
  if (hit !== undefined) return hit;
  if (state.strings.size < 100_000) state.strings.set(text, text);
  return text;
}

interface Col {
  readonly index: number;
  readonly header: string;
  readonly factor?: string;
}

const HEADER_LOOKAHEAD = 30;
const VALIDATION_BATCH = 2000;
const INFERENCE_CACHE_MAX = 50_000;

/** Distinct validated candidates kept per table (a bound on memory, not on correctness). */
const VALIDATION_MEMO_MAX = 50_000;

/** Candidate fields passed through unchanged by the core schema (free strings, the source position). */
const IDENTITY_FIELDS = new Set(['source', 'serialNumber', 'id']);

/**
 * A key of everything in a candidate that its validation depends on: every field but the source,
 * serial number and id, whose presence only is kept. Candidates with the same key validate alike.
 */
export function validationKey(candidate: InventoryItemInput): string {
  let key = '';
  for (const k in candidate) {
    const v = (candidate as Record<string, unknown>)[k];
    if (v === undefined) key += `${k}\u0002`;
    else if (IDENTITY_FIELDS.has(k)) key += `${k}\u0003`;
    else if (typeof v === 'object' && v !== null) {
      key += `${k}{`;
      for (const j in v) key += `${j}=${typeof (v as Record<string, unknown>)[j]}:${String((v as Record<string, unknown>)[j])}\u0001`;
      key += '}';
    } else key += `${k}=${typeof v}:${String(v)}\u0001`;
  }
  return key;
}

/**
 * The validated item `rep` with the source, serial number and id of `candidate` (validated alike,
 * see `validationKey`): same fields in the same order; nested objects are copied, not shared.
 */
export function withIdentity(rep: InventoryItem, candidate: InventoryItemInput): InventoryItem {
  const out: Record<string, unknown> = {};
  for (const k in rep) {
    const v = (rep as Record<string, unknown>)[k];
    if (k === 'source') out[k] = sourceCopy(candidate.source as SourcePosition);
    else if (k === 'serialNumber' || k === 'id') out[k] = candidate[k];
    else if (k === 'usage') out[k] = { ...(v as object) };
    else out[k] = v;
  }
  return out as InventoryItem;
}

/** A source position with its keys in schema order, as the core's validation outputs it. */
function sourceCopy(s: SourcePosition): SourcePosition {
  const out: { file: string; sheet?: string; line: number; column?: string } = { file: s.file } as { file: string; line: number };
  if (s.sheet !== undefined) out.sheet = s.sheet;
  out.line = s.line;
  if (s.column !== undefined) out.column = s.column;
  return out;
}

interface Pending {
  readonly candidate: InventoryItemInput;
  readonly row: RawRow;
  readonly warnings: Issue[];
  readonly serialKey?: string;
  /** The row's `rowKey` and classification summary, to remember the row once it is accepted. */
  readonly rowKey?: readonly (string | undefined)[];
  readonly rowFlag?: number;
  readonly summary?: { rows: number; devices: number };
  /** Set for a repeated row (see `repeatRow`): the item is already validated. */
  readonly ready?: InventoryItem;
}

/** Per key cell, the next level; the last level holds the remembered row. */
type RowTrie = Map<string | undefined, RowTrie | RowMemo>;

/** A row accepted without any issue: its validated item and what it counted, reused for identical rows. */
interface RowMemo {
  readonly item: InventoryItem;
  readonly summary: { rows: number; devices: number };
}

/** Fields that `convert` copies (serial number, id) or does not read (name): left out of `repeatRow` keys. */
const ROW_IDENTITY_FIELDS: ReadonlySet<string> = new Set<FieldId>(['serialNumber', 'id', 'name']);

/** Distinct accepted rows remembered per table (a bound on memory, not on correctness). */
const ROW_MEMO_MAX = 50_000;

/**
 * Turns the rows of one table (a CSV file or a sheet) into validated inventory items: finds the
 * header row, detects the profile and mapping, parses each cell, infers the category, checks
 * duplicates and validates batches through `@reen/core`'s `parseInventory`. Rows with an error go
 * to `rejected` with their original cells; nothing is dropped.
 */
export class TableProcessor implements RowSink {
  private buffer: RawRow[] | undefined = [];
  private header: RawRow | undefined;
  private headers: string[] = [];
  private mapping: ColumnMapping[] = [];
  private profile: DetectedProfile = profileById('generic');
  private cols: Partial<Record<FieldId, Col>> = {};
  private pending: Pending[] = [];
  /** Per distinct raw labels: classification key, inference, and the summary it counts into. */
  private readonly clueCache = new Map<string, { key: string; inference?: CategoryInference; summary?: { rows: number; devices: number } }>();
  private readonly labelCache = new Map<string, Map<string, unknown>>();
  /** Rows accepted without issue, by `repeatRow` key. */
  private rowMemo: (RowTrie | RowMemo | undefined)[] = [];
  private rowMemoSize = 0;
  /** Columns whose cells make a row's conversion (all mapped columns but the serial number, id and name). */
  private keyColumns: number[] = [];
  /** Validated item per `validationKey`, or `undefined` when that candidate fails validation. */
  private readonly validated = new Map<string, InventoryItem | undefined>();
  private rowsRead = 0;
  private accepted = 0;
  private rejectedCount = 0;
  private noHeader = false;
  private readonly columnOfField = new Map<string, string>();
  stopped = false;

  constructor(
    private readonly state: ImportState,
    private readonly meta: { file: string; sheet?: string; format: InventoryFileFormat; encoding?: string; delimiter?: string },
  ) {}

  /** Counts blank rows skipped by the reader. */
  blank(count: number): void {
    this.state.blankRows += count;
  }

  issue(issue: Issue): void {
    this.state.issues.push(issue);
  }

  private position(line: number, column?: string): SourcePosition {
    const p: { file: string; sheet?: string; line: number; column?: string } = { file: this.meta.file, line };
    if (this.meta.sheet !== undefined) p.sheet = this.meta.sheet;
    if (column !== undefined) p.column = column;
    return p;
  }

  push(rows: RawRow[]): void {
    if (this.buffer) {
      for (const r of rows) this.buffer.push(r);
      if (this.buffer.length >= HEADER_LOOKAHEAD) this.start();
      return;
    }
    this.processRows(rows);
  }

  /** Detects the header among buffered rows; later rows stream through `processRows`. */
  private start(): void {
    const rows = this.buffer ?? [];
    this.buffer = undefined;
    const headerIndex = findHeaderRow(rows, HEADER_LOOKAHEAD);
    if (headerIndex === -1) {
      this.noHeader = true;
      this.issue({ code: 'header_not_found', severity: 'error', path: [], position: this.position(rows[0]?.line ?? 1), params: { rows: Math.min(rows.length, HEADER_LOOKAHEAD) } });
      this.processRows(rows);
      return;
    }
    const header = rows[headerIndex] as RawRow;
    this.setHeader(header);
    if (headerIndex > 0) {
      this.issue({ code: 'title_rows_skipped', severity: 'info', path: [], position: this.position(header.line), params: { count: headerIndex, headerLine: header.line } });
    }
    this.processRows(rows.slice(headerIndex + 1));
  }

  private setHeader(header: RawRow): void {
    this.header = header;
    this.headers = header.cells.map((c) => c.trim());
    const opts = this.state.options;
    const presetProfile = opts.mapping && (opts.mapping as { kind?: string; profile?: string }).kind === 'reen-mapping-preset' ? (opts.mapping as { profile?: string }).profile : undefined;
    const forced = opts.profile ?? (presetProfile as DetectedProfile['id'] | undefined);
    this.profile = forced ? profileById(forced) : detectProfile(this.headers);
    const { mapping, issues } = buildMapping(this.headers, this.profile, opts.mapping);
    this.mapping = mapping;
    for (const i of issues) this.issue({ ...i, position: this.position(header.line) });
    this.issue({ code: 'profile_detected', severity: 'info', path: [], position: this.position(header.line), params: { profile: this.profile.id, label: this.profile.label, score: this.profile.score } });
    for (const c of mapping) {
      if (c.field) {
        this.cols[c.field] = { index: c.index, header: c.header, ...(c.factor !== undefined && c.factor !== '1' ? { factor: c.factor } : {}) };
        this.columnOfField.set(c.field, c.header);
        if (c.confidence < 0.8) {
          this.issue({ code: 'column_low_confidence', severity: 'warning', path: [], position: this.position(header.line, c.header), params: { column: c.header, field: c.field, confidence: c.confidence } });
        }
      } else if (c.header !== '' && c.source === 'none') {
        this.issue({ code: 'column_ignored', severity: 'info', path: [], position: this.position(header.line, c.header), params: { column: c.header } });
      }
    }
    for (const extra of valueMapColumns(this.headers, opts.valueMaps, new Set(Object.keys(this.cols)))) {
      this.cols[extra.field] = { index: extra.index, header: extra.header };
      this.columnOfField.set(extra.field, extra.header);
    }
    this.valueRules = {};
    for (const [field, map] of Object.entries(opts.valueMaps ?? {})) if (map && (map.rules.length > 0 || map.otherwise)) this.valueRules[field as FieldId] = map;
    this.keyColumns = [...new Set(Object.entries(this.cols).filter(([field]) => !ROW_IDENTITY_FIELDS.has(field)).map(([, col]) => (col as Col).index))].sort((a, b) => a - b);
    if (!this.cols.category && !this.cols.type && !this.cols.model) {
      this.issue({ code: 'mapping_no_category_column', severity: this.profile.categoryHint ? 'warning' : 'error', path: [], position: this.position(header.line), params: {} });
    }
    if (!this.cols.quantity) {
      this.issue({
        code: this.profile.oneDevicePerRow ? 'one_device_per_row' : 'quantity_column_missing',
        severity: 'info',
        path: [],
        position: this.position(header.line),
        params: { profile: this.profile.id },
      });
    }
  }

  /** The header and mapping found, for sheet selection (before rows are processed). */
  peekMapping(rows: readonly RawRow[]): { headerIndex: number; mapping: ColumnMapping[]; profile: DetectedProfile } | undefined {
    const headerIndex = findHeaderRow(rows, HEADER_LOOKAHEAD);
    if (headerIndex === -1) return undefined;
    const headers = (rows[headerIndex] as RawRow).cells.map((c) => c.trim());
    const profile = this.state.options.profile ? profileById(this.state.options.profile) : detectProfile(headers);
    return { headerIndex, mapping: buildMapping(headers, profile, this.state.options.mapping).mapping, profile };
  }

  private reject(row: RawRow, issues: Issue[], quantity = 1): void {
    this.state.rejected.push({ source: this.position(row.line), headers: this.headers, cells: row.cells, issues });
    for (const i of issues) this.state.issues.push(i);
    this.state.devicesRejected += quantity;
    this.rejectedCount++;
  }

  private processRows(rows: readonly RawRow[]): void {
    for (const row of rows) {
      if (this.stopped) return;
      if (this.state.rowsRead >= this.state.maxRows) {
        this.stopped = true;
        this.state.truncated = true;
        this.issue({ code: 'too_many_rows', severity: 'error', path: [], position: this.position(row.line), params: { max: this.state.maxRows, line: row.line } });
        return;
      }
      this.state.rowsRead++;
      this.rowsRead++;
      if (row.broken) {
        this.reject(row, [row.broken]);
        continue;
      }
      if (this.noHeader) {
        this.reject(row, [{ code: 'header_not_found', severity: 'error', path: [], position: this.position(row.line), params: {} }]);
        continue;
      }
      if (!this.repeatRow(row)) this.convert(row, this.lastRowKey, this.lastRowFlag);
      if (this.sinceFlush >= VALIDATION_BATCH) this.flush();
    }
  }

  /** Memoises a label parser per field and raw text (labels repeat a lot in real files). */
  private memo<T>(field: string, text: string, parse: (t: string) => T): T {
    let cache = this.labelCache.get(field) as Map<string, T> | undefined;
    if (!cache) {
      cache = new Map<string, T>();
      this.labelCache.set(field, cache);
    }
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const v = parse(text);
    if (cache.size >= INFERENCE_CACHE_MAX) cache.clear();
    cache.set(text, v);
    return v;
  }

  private readonly rowErrors: Issue[] = [];
  private readonly rowWarnings: Issue[] = [];

  /** Pushes a row error on a field, positioned on the field's column. */
  private errorSink(row: RawRow): (code: string, field: FieldId, params: Record<string, string | number>) => void {
    if (this.errorRow !== row) {
      this.errorRow = row;
      this.errorFn = (code, field, params) => {
        this.rowErrors.push({ code, severity: 'error', path: [field], position: this.position(row.line, this.cols[field]?.header), params });
      };
    }
    return this.errorFn as (code: string, field: FieldId, params: Record<string, string | number>) => void;
  }
  private errorRow: RawRow | undefined;
  private errorFn: ((code: string, field: FieldId, params: Record<string, string | number>) => void) | undefined;

  /** Parses a decimal cell, applies the header unit, checks the sign. */
  private decimalCell(row: RawRow, col: Col, field: FieldId, allowZero: boolean, err: (code: string, field: FieldId, params: Record<string, string | number>) => void): string | undefined {
    const v0 = row.cells[col.index];
    const t = v0 === undefined ? '' : v0.trim();
    if (t === '') return undefined;
    const r = parseDecimalText(t);
    if (!r.ok) {
      err('decimal_unparsable', field, { value: t, field });
      return undefined;
    }
    let v = new D(r.value);
    if (col.factor) {
      const [num, den] = col.factor.split('/');
      v = v.mul(num as string);
      if (den !== undefined) v = v.div(den);
    }
    if (v.isNeg() || (!allowZero && v.isZero())) {
      err(allowZero ? 'value_negative' : 'value_not_positive', field, { value: t, field });
      return undefined;
    }
    return v.toFixed();
  }

  private cell(row: RawRow, field: FieldId): string {
    const col = this.cols[field];
    if (!col) return '';
    const v = row.cells[col.index];
    const text = v === undefined ? '' : v.trim();
    const rules = this.valueRules[field];
    return rules === undefined || text === '' ? text : this.memo(`value:${field}`, text, (t) => applyValueRules(rules.rules, t, rules.otherwise));
  }
  /** Value maps by field (`ImportOptions.valueMaps`). */
  private valueRules: Partial<Record<FieldId, FieldValueMap>> = {};

  /**
   * Accepts a row whose cells, apart from the serial number, id and name, repeat a row accepted
   * earlier without any issue: its conversion and validation would give the same item, with this
   * row's source, serial number and id. Returns false (and sets `lastRowKey`) when the row needs the
   * full conversion: a new combination, a duplicate serial number, or extra cells.
   */
  private repeatRow(row: RawRow): boolean {
    this.lastRowKey = undefined;
    const cells = row.cells;
    if (cells.length > this.headers.length) return false;
    let serial: string | undefined;
    let serialKey: string | undefined;
    const sc = this.cols.serialNumber;
    if (sc) {
      const s = (cells[sc.index] ?? '').trim();
      if (s !== '' && !isPlaceholderSerial(s)) {
        serialKey = s.toUpperCase();
        if (this.state.serials.has(serialKey)) return false;
        serial = s;
      }
    }
    const id = this.cell(row, 'id');
    // A trie over the key cells: no key string is built, each cell's hash is computed once.
    const flag = serial !== undefined ? (id !== '' ? 3 : 2) : id !== '' ? 1 : 0;
    const columns = this.keyColumns;
    let node = this.rowMemo[flag];
    for (let i = 0; i < columns.length && node !== undefined; i++) node = (node as RowTrie).get(cells[columns[i] as number]);
    if (node === undefined) {
      this.lastRowKey = columns.map((i) => cells[i]);
      this.lastRowFlag = flag;
      return false;
    }
    const hit = node as RowMemo;
    // Same fields in the same order as the remembered item; only the identity fields differ.
    const item: Record<string, unknown> = { ...hit.item };
    item['source'] = this.source(row.line);
    if (serial !== undefined) item['serialNumber'] = serial;
    if (id !== '') item['id'] = id;
    if (hit.item.usage !== undefined) item['usage'] = { ...hit.item.usage };
    hit.summary.rows++;
    hit.summary.devices += hit.item.quantity;
    if (serialKey !== undefined) this.state.serials.set(serialKey, (this.serialBase ??= serialCode(this.state, this.meta.file, 0)) + row.line);
    const done = item as InventoryItem;
    this.sinceFlush++;
    // Nothing waits for validation: accept now (the order of items is kept), else queue behind.
    if (this.pending.length === 0) this.acceptItem(done);
    else this.pending.push({ candidate: done as InventoryItemInput, row, warnings: NO_ISSUES, ready: done });
    return true;
  }

  /** A source position with its keys in the order the core's validation outputs them. */
  private source(line: number): SourcePosition {
    return this.meta.sheet !== undefined ? { file: this.meta.file, sheet: this.meta.sheet, line } : { file: this.meta.file, line };
  }

  private lastRowKey: (string | undefined)[] | undefined;
  private lastRowFlag = 0;
  /** `serialCode` of line 0 of this file: a line's code is this plus the line. */
  private serialBase: number | undefined;
  /**
   * Rows accepted or queued since the last validation batch, repeated rows included: batches end on
   * the same rows whether or not rows repeat, so issues keep the same order.
   */
  private sinceFlush = 0;

  private convert(row: RawRow, rowKey: readonly (string | undefined)[] | undefined, rowFlag: number): void {
    // Reused per-row buffers: most rows have no issue, so nothing is allocated for them.
    const errors = this.rowErrors;
    const warnings = this.rowWarnings;
    errors.length = 0;
    warnings.length = 0;
    const c = this.cols;
    const err = this.errorSink(row);
    const item: Record<string, unknown> = {};

    // Quantity: a quantity column counts that many devices; otherwise a row is one device.
    let quantity = 1;
    if (c.quantity) {
      const q = this.cell(row, 'quantity');
      if (q === '') err('required_cell_empty', 'quantity', { column: c.quantity.header, field: 'quantity' });
      else {
        const r = parseQuantityText(q);
        if (!r.ok) {
          const code = r.reason === 'negative' ? 'quantity_negative' : r.reason === 'not_integer' ? 'quantity_not_integer' : r.reason === 'too_large' ? 'quantity_too_large' : 'quantity_unparsable';
          err(code, 'quantity', { value: q });
        } else if (r.value === 0) err('quantity_zero', 'quantity', { value: q });
        else quantity = r.value;
      }
    }
    item['quantity'] = quantity;

    // Category.
    const catText = c.category ? this.cell(row, 'category') : undefined;
    const typeText = c.type ? this.cell(row, 'type') : undefined;
    const makerText = c.manufacturer ? this.cell(row, 'manufacturer') : undefined;
    const modelText = c.model ? this.cell(row, 'model') : undefined;
    const clues: { category?: string; type?: string; manufacturer?: string; model?: string } = {};
    if (catText !== undefined) clues.category = catText;
    if (typeText !== undefined) clues.type = typeText;
    if (makerText !== undefined) clues.manufacturer = makerText;
    if (modelText !== undefined) clues.model = modelText;
    const categoryColumn = c.category?.header ?? c.type?.header ?? c.model?.header;
    const rawKey = `${catText ?? ''}\u0001${typeText ?? ''}\u0001${makerText ?? ''}\u0001${modelText ?? ''}`;
    let entry = this.clueCache.get(rawKey);
    if (entry === undefined) {
      entry = { key: classificationKey(clues) };
      if (this.clueCache.size >= INFERENCE_CACHE_MAX) this.clueCache.clear();
      this.clueCache.set(rawKey, entry);
    }
    const key = entry.key;
    const userCategory = this.state.options.classifications?.[key];
    let unclassified: UnclassifiedRow | undefined;
    let summary: { rows: number; devices: number } | undefined;
    if (userCategory) {
      item['category'] = userCategory;
      summary = this.noteClassification(key, clues, { category: userCategory, score: 1, rule: 'user' }, quantity);
    } else if (!clues.category && !clues.type && !clues.model && !clues.manufacturer && !this.profile.categoryHint) {
      errors.push({
        code: 'required_cell_empty',
        severity: 'error',
        path: ['category'],
        position: this.position(row.line, categoryColumn),
        params: { column: categoryColumn ?? '', field: 'category' },
      });
    } else {
      entry.inference ??= inferCategory({ ...clues, ...(this.profile.categoryHint ? { hint: this.profile.categoryHint } : {}) });
      const inf = entry.inference;
      const best = inf.best;
      if (best && best.score >= this.state.minScore) {
        item['category'] = best.category;
        if (best.sizeClass) item['sizeClass'] = best.sizeClass;
        if (entry.summary) {
          entry.summary.rows++;
          entry.summary.devices += quantity;
        } else entry.summary = this.noteClassification(key, clues, best, quantity);
        summary = entry.summary;
      } else {
        const label = [clues.category, clues.type, clues.manufacturer, clues.model].filter((x) => x).join(' / ');
        errors.push({
          code: 'category_unknown',
          severity: 'error',
          path: ['category'],
          position: this.position(row.line, categoryColumn),
          params: {
            value: label,
            candidates: inf.candidates.slice(0, 3).map((x) => `${x.category} (${x.score})`).join(', '),
            key,
          },
        });
        unclassified = {
          key,
          source: this.position(row.line),
          ...(clues.type || clues.category ? { type: clues.type || clues.category } : {}),
          ...(clues.manufacturer ? { manufacturer: clues.manufacturer } : {}),
          ...(clues.model ? { model: clues.model } : {}),
          quantity,
          candidates: inf.candidates.slice(0, 5),
        };
      }
    }
    if (clues.manufacturer) item['manufacturer'] = intern(this.state, clues.manufacturer);
    if (clues.model) item['model'] = intern(this.state, clues.model);

    // Serial number, with duplicate detection over every file of the import.
    let serialKey: string | undefined;
    if (c.serialNumber) {
      const s = this.cell(row, 'serialNumber');
      if (s !== '' && !isPlaceholderSerial(s)) {
        item['serialNumber'] = s;
        serialKey = s.toUpperCase();
        const first = this.state.serials.get(serialKey);
        if (first !== undefined) err('serial_duplicate', 'serialNumber', { value: s, ...serialOrigin(this.state, first) });
      }
    }

    // Dates.
    const pivot = Number(this.state.today.slice(0, 4));
    if (c.purchaseDate) {
      const t = this.cell(row, 'purchaseDate');
      if (t !== '') {
        const r = this.memo('date', t, (x) => parseDateText(x, pivot));
        if (!r.ok) err('date_unparsable', 'purchaseDate', { value: t });
        else {
          if (r.value.kind === 'date') item['purchaseDate'] = r.value.iso;
          else item['purchaseYear'] = r.value.year;
          if (r.note === 'month_first') {
            warnings.push({ code: 'date_month_first', severity: 'warning', path: ['purchaseDate'], position: this.position(row.line, c.purchaseDate.header), params: { value: t, date: r.value.kind === 'date' ? r.value.iso : String(r.value.year) } });
          }
        }
      }
    }
    if (c.purchaseYear) {
      const t = this.cell(row, 'purchaseYear');
      if (t !== '') {
        const r = parseDateText(t, pivot);
        if (!r.ok) err('year_unparsable', 'purchaseYear', { value: t });
        else if (r.value.kind === 'year') item['purchaseYear'] = r.value.year;
        else if (item['purchaseDate'] === undefined) item['purchaseDate'] = r.value.iso;
        else item['purchaseYear'] = Number(r.value.iso.slice(0, 4));
      }
    }
    for (const k of ['purchaseYear'] as const) {
      const y = item[k];
      if (typeof y === 'number' && (y < 1980 || y > 2100)) err('year_out_of_range', k === 'purchaseYear' && c.purchaseYear ? 'purchaseYear' : 'purchaseDate', { value: y });
    }

    // Decimals with header units.
    const decimal = (field: FieldId, allowZero: boolean): string | undefined => {
      const col = c[field];
      if (!col) return undefined;
      return this.decimalCell(row, col, field, allowZero, err);
    };
    const lifetime = decimal('lifetimeYears', false);

    if (lifetime !== undefined) item['lifetimeYears'] = lifetime;
    const energy = decimal('energyKwhPerYear', true);
    const hours = decimal('hoursPerDay', true);
    const days = decimal('daysPerYear', true);
    const power = decimal('powerW', true);
    const weight = decimal('weightKg', false);
    if (energy !== undefined) item['usage'] = { kind: 'metered', energyKwhPerYear: energy };
    else if (hours !== undefined && days !== undefined) {
      if (power !== undefined) item['usage'] = { kind: 'metered', energyKwhPerYear: new D(power).mul(hours).mul(days).div(1000).toFixed() };
      else item['usage'] = { kind: 'profile', hoursPerDay: hours, daysPerYear: days };
    } else if (hours !== undefined || days !== undefined || power !== undefined) {
      warnings.push({ code: 'usage_incomplete', severity: 'warning', path: ['usage'], position: this.position(row.line), params: { hours: hours ?? '', days: days ?? '', power: power ?? '' } });
    }

    // Labels.
    if (c.status) {
      const t = this.cell(row, 'status');
      if (t !== '') {
        const s = this.memo('status', t, mapStatus);
        if (s) item['status'] = s;
        else err('status_unknown', 'status', { value: t });
      }
    }
    if (c.refurbished) {
      const t = this.cell(row, 'refurbished');
      if (t !== '') {
        const b = this.memo('bool', t, parseBooleanText);
        if (b.ok) item['refurbished'] = b.value;
        else err('boolean_unparsable', 'refurbished', { value: t });
      }
    }
    const perimeterText = this.cell(row, 'perimeter');
    if (perimeterText !== '') {
      const p = this.memo('perimeter', perimeterText, mapPerimeter);
      if (p) item['perimeter'] = p;
      else err('perimeter_unknown', 'perimeter', { value: perimeterText });
    } else if (this.state.options.defaults?.perimeter) item['perimeter'] = this.state.options.defaults.perimeter;
    const countryText = this.cell(row, 'country');
    if (countryText !== '') {
      const k = this.memo('country', countryText, mapCountry);
      if (k) item['country'] = k;
      else err('country_unknown', 'country', { value: countryText });
    } else if (this.state.options.defaults?.country) item['country'] = this.state.options.defaults.country;
    const site = this.cell(row, 'site');
    if (site !== '') item['site'] = intern(this.state, site);
    else if (this.state.options.defaults?.site) item['site'] = this.state.options.defaults.site;
    const id = this.cell(row, 'id');
    if (id !== '') item['id'] = id;
    const sizeText = this.cell(row, 'sizeClass');
    if (sizeText !== '') {
      const s = mapSizeClass(sizeText);
      if (s) item['sizeClass'] = s;
      else err('size_class_unknown', 'sizeClass', { value: sizeText });
    } else if (weight !== undefined && (item['category'] === 'mfp' || item['category'] === 'printer')) {
      item['sizeClass'] = sizeClassFromWeight(weight);
    }
    if (item['sizeClass'] !== undefined && item['category'] !== 'mfp' && item['category'] !== 'printer') delete item['sizeClass'];

    if (row.cells.length > this.headers.length) {
      for (let i = this.headers.length; i < row.cells.length; i++) {
        if ((row.cells[i] ?? '').trim() !== '') {
          warnings.push({ code: 'row_extra_cells', severity: 'warning', path: [], position: this.position(row.line), params: { expected: this.headers.length, found: row.cells.length } });
          break;
        }
      }
    }

    item['source'] = this.position(row.line);
    if (unclassified) this.state.unclassified.push(unclassified);
    if (errors.length > 0) {
      this.reject(row, [...errors, ...warnings], quantity);
      errors.length = 0;
      return;
    }
    const kept = warnings.length > 0 ? warnings.slice() : NO_ISSUES;
    this.sinceFlush++;
    const memoable = rowKey !== undefined && summary !== undefined && kept.length === 0;
    this.pending.push({
      candidate: item as InventoryItemInput,
      row,
      warnings: kept,
      ...(serialKey !== undefined ? { serialKey } : {}),
      ...(memoable ? { rowKey, rowFlag, summary: summary as { rows: number; devices: number } } : {}),
    });
    if (serialKey !== undefined) this.state.serials.set(serialKey, serialCode(this.state, this.meta.file, row.line));
  }

  private noteClassification(
    key: string,
    clues: { category?: string; type?: string; manufacturer?: string; model?: string },
    best: { category: CategoryId; score: number; rule: string; sizeClass?: InventoryItem['sizeClass'] },
    quantity: number,
  ): { rows: number; devices: number } {
    const prev = this.state.classifications.get(key);
    if (prev) {
      prev.rows++;
      prev.devices += quantity;
      return prev;
    }
    const summary = {
      key,
      label: [clues.category, clues.type, clues.manufacturer, clues.model].filter((x) => x).join(' / '),
      category: best.category,
      score: best.score,
      rule: best.rule,
      ...(best.sizeClass ? { sizeClass: best.sizeClass } : {}),
      rows: 1,
      devices: quantity,
    };
    this.state.classifications.set(key, summary);
    return summary;
  }

  /**
   * Validates pending candidates through the core. Candidates that differ only in their source,
   * serial number or id (free strings the schema passes through unchanged) validate alike, so each
   * distinct rest is validated once, in one batch, and the validated item is reused with the row's
   * own source, serial number and id. A candidate whose rest fails is validated alone, for its issues.
   */
  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.sinceFlush = 0;
    if (batch.length === 0) return;
    const memo = this.validated;
    if (memo.size >= VALIDATION_MEMO_MAX) memo.clear();
    const keys: string[] = new Array<string>(batch.length);
    const reps: Pending[] = [];
    const repKeys: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < batch.length; i++) {
      if ((batch[i] as Pending).ready) continue;
      const key = validationKey((batch[i] as Pending).candidate);
      keys[i] = key;
      if (!memo.has(key) && !seen.has(key)) {
        seen.add(key);
        reps.push(batch[i] as Pending);
        repKeys.push(key);
      }
    }
    if (reps.length > 0) {
      const result = parseInventory(
        reps.map((p) => p.candidate),
        { today: this.state.today },
      );
      if (result.success) {
        for (let i = 0; i < reps.length; i++) memo.set(repKeys[i] as string, result.data[i] as InventoryItem);
      } else {
        // Validate each representative alone: a failure is recorded as `undefined`.
        for (let i = 0; i < reps.length; i++) {
          const one = parseInventory([(reps[i] as Pending).candidate], { today: this.state.today });
          memo.set(repKeys[i] as string, one.success ? (one.data[0] as InventoryItem) : undefined);
        }
      }
    }
    let failed = false;
    for (let i = 0; i < batch.length; i++) {
      if (!(batch[i] as Pending).ready && memo.get(keys[i] as string) === undefined) {
        failed = true;
        break;
      }
    }
    if (!failed) {
      for (let i = 0; i < batch.length; i++) {
        const p = batch[i] as Pending;
        this.accept(p, p.ready ?? withIdentity(memo.get(keys[i] as string) as InventoryItem, p.candidate));
      }
      return;
    }
    // Rejections first, then acceptances, in row order (as a batch validation with failures did).
    const ok: { p: Pending; item: InventoryItem }[] = [];
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i] as Pending;
      if (p.ready) {
        ok.push({ p, item: p.ready });
        continue;
      }
      const rep = memo.get(keys[i] as string);
      if (rep !== undefined) {
        ok.push({ p, item: withIdentity(rep, p.candidate) });
        continue;
      }
      const one = parseInventory([p.candidate], { today: this.state.today });
      if (one.success) {
        ok.push({ p, item: one.data[0] as InventoryItem });
        continue;
      }
      const issues = one.issues.map((issue) => this.fromCoreIssue(issue, p.row));
      if (p.serialKey !== undefined && this.state.serials.get(p.serialKey) === serialCode(this.state, this.meta.file, p.row.line)) this.state.serials.delete(p.serialKey);
      this.reject(p.row, [...issues, ...p.warnings], (p.candidate.quantity as number | undefined) ?? 1);
    }
    for (const { p, item } of ok) this.accept(p, item);
  }

  private fromCoreIssue(issue: Issue, row: RawRow): Issue {
    const field = issue.path[1];
    const header = typeof field === 'string' ? (this.columnOfField.get(field) ?? (field === 'purchaseYear' ? this.columnOfField.get('purchaseDate') : undefined)) : undefined;
    return {
      ...issue,
      path: issue.path.slice(1),
      position: this.position(row.line, header),
      params: { ...issue.params, ...(header !== undefined ? { column: header } : {}) },
    };
  }

  private accept(p: Pending, item: InventoryItem): void {
    for (const w of p.warnings) this.state.issues.push(w);
    this.acceptItem(item);
    if (p.rowKey !== undefined && p.summary !== undefined) this.remember(p.rowKey, p.rowFlag ?? 0, { item, summary: p.summary });
  }

  /** Adds an accepted row to the `repeatRow` trie (emptied when it holds `ROW_MEMO_MAX` rows). */
  private remember(key: readonly (string | undefined)[], flag: number, memo: RowMemo): void {
    if (this.rowMemoSize >= ROW_MEMO_MAX) {
      this.rowMemo = [];
      this.rowMemoSize = 0;
    }
    if (key.length === 0) {
      this.rowMemo[flag] ??= memo;
      return;
    }
    let node = (this.rowMemo[flag] ??= new Map()) as RowTrie;
    for (let i = 0; i < key.length - 1; i++) {
      let next = node.get(key[i]) as RowTrie | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(key[i], next);
      }
      node = next;
    }
    if (!node.has(key[key.length - 1])) {
      node.set(key[key.length - 1], memo);
      this.rowMemoSize++;
    }
  }

  private acceptItem(item: InventoryItem): void {
    this.state.items.push(item);
    this.state.devicesAccepted += item.quantity;
    this.accepted++;
  }

  /** Ends the table: processes buffered rows, validates the last batch, records the table report. */
  finish(): void {
    if (this.buffer) this.start();
    this.flush();
    this.state.tables.push({
      file: this.meta.file,
      ...(this.meta.sheet !== undefined ? { sheet: this.meta.sheet } : {}),
      format: this.meta.format,
      ...(this.meta.encoding !== undefined ? { encoding: this.meta.encoding } : {}),
      ...(this.meta.delimiter !== undefined ? { delimiter: this.meta.delimiter } : {}),
      headerLine: this.header?.line ?? 0,
      headers: this.headers,
      profile: { id: this.profile.id, label: this.profile.label, score: this.profile.score },
      mapping: this.mapping,
      rowsRead: this.rowsRead,
      accepted: this.accepted,
      rejected: this.rejectedCount,
    });
  }

  /** Sets the delimiter/encoding found by the reader, for the report. */
  setMeta(meta: { encoding?: string; delimiter?: string }): void {
    Object.assign(this.meta, meta);
  }
}
