import { D, parseInventory } from '@reen/core';
import type { CategoryId, InventoryItem, InventoryItemInput, Issue, SourcePosition } from '@reen/core';
import type { RawRow, RowSink } from './csv';
import { classificationKey, DEFAULT_MIN_CATEGORY_SCORE, inferCategory, sizeClassFromWeight } from './infer';
import type { CategoryInference } from './infer';
import { isPlaceholderSerial, mapCountry, mapPerimeter, mapSizeClass, mapStatus } from './labels';
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

interface Pending {
  readonly candidate: InventoryItemInput;
  readonly row: RawRow;
  readonly warnings: Issue[];
  readonly serialKey?: string;
}

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
      this.convert(row);
      if (this.pending.length >= VALIDATION_BATCH) this.flush();
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
    return v === undefined ? '' : v.trim();
  }

  private convert(row: RawRow): void {
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
    if (userCategory) {
      item['category'] = userCategory;
      this.noteClassification(key, clues, { category: userCategory, score: 1, rule: 'user' }, quantity);
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
    this.pending.push(serialKey !== undefined ? { candidate: item as InventoryItemInput, row, warnings: kept, serialKey } : { candidate: item as InventoryItemInput, row, warnings: kept });
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

  /** Validates pending candidates through the core, in one batch when it passes, row by row otherwise. */
  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const result = parseInventory(
      batch.map((p) => p.candidate),
      { today: this.state.today },
    );
    if (result.success) {
      for (let i = 0; i < batch.length; i++) this.accept(batch[i] as Pending, result.data[i] as InventoryItem);
      return;
    }
    const failing = new Set<number>();
    for (const issue of result.issues) if (typeof issue.path[0] === 'number') failing.add(issue.path[0]);
    const ok: Pending[] = [];
    batch.forEach((p, i) => {
      if (!failing.has(i)) {
        ok.push(p);
        return;
      }
      const one = parseInventory([p.candidate], { today: this.state.today });
      if (one.success) {
        ok.push(p);
        return;
      }
      const issues = one.issues.map((issue) => this.fromCoreIssue(issue, p.row));
      if (p.serialKey !== undefined && this.state.serials.get(p.serialKey) === serialCode(this.state, this.meta.file, p.row.line)) this.state.serials.delete(p.serialKey);
      this.reject(p.row, [...issues, ...p.warnings], (p.candidate.quantity as number | undefined) ?? 1);
    });
    if (ok.length === 0) return;
    // Every remaining candidate passed alone, so the batch passes (issues never depend on other rows).
    const again = parseInventory(
      ok.map((p) => p.candidate),
      { today: this.state.today },
    );
    if (again.success) {
      for (let i = 0; i < ok.length; i++) this.accept(ok[i] as Pending, again.data[i] as InventoryItem);
      return;
    }
    for (const p of ok) {
      const one = parseInventory([p.candidate], { today: this.state.today });
      if (one.success) this.accept(p, one.data[0] as InventoryItem);
      else this.reject(p.row, one.issues.map((issue) => this.fromCoreIssue(issue, p.row)), 1);
    }
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
    this.state.items.push(item);
    for (const w of p.warnings) this.state.issues.push(w);
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
