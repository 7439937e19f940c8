import { D } from '@reen/core';
import type { Issue, SourcePosition } from '@reen/core';
import type { RawRow } from './csv';
import { sizeClassFromWeight } from './infer';
import type { ImportState } from './importState';
import { applyValueRules } from './valueMaps';
import type { FieldValueMap } from './valueMaps';
import { addIssue, intern } from './importState';
import { isPlaceholderSerial, mapCountry, mapPerimeter, mapSizeClass, mapStatus } from './labels';
import { RowClassifier } from './rowCategory';
import type { ClassCount } from './rowCategory';
import { serialOrigin } from './importState';
import type { Col, TableMapping } from './tableMapping';
import { parseBooleanText, parseDateText, parseDecimalText, parseQuantityText } from './values';
import type { FieldId, UnclassifiedRow } from './types';

/**
 * The earliest purchase year accepted. Computers were first sold in 1951 (UNIVAC I, US Census
 * Bureau); an earlier year in an IT inventory is a typo (1905 for 2005, 19/03/1918 for 2018).
 */
export const MIN_PURCHASE_YEAR = 1950;

/** Distinct raw labels whose parse is cached per field (a bound on memory, not on correctness). */
const LABEL_CACHE_MAX = 50_000;

/** One shared `path` array per field for the row issues (issues are read-only): a million rejected rows allocate none. */
const FIELD_PATHS = new Map<string, (string | number)[]>();
function pathOf(field: string): (string | number)[] {
  let path = FIELD_PATHS.get(field);
  if (path === undefined) FIELD_PATHS.set(field, (path = [field]));
  return path;
}

type ErrorSink = (code: string, field: FieldId, params: Record<string, string | number>) => void;

/** A row turned into an inventory item candidate, before the core validates it. */
export interface Conversion {
  readonly item: Record<string, unknown>;
  readonly quantity: number;
  /** The row's errors and warnings: reused by the next row, copy them to keep them. */
  readonly errors: Issue[];
  readonly warnings: Issue[];
  /** The serial number in upper case, for duplicate detection. */
  readonly serialKey: string | undefined;
  readonly summary: ClassCount | undefined;
  readonly unclassified: UnclassifiedRow | undefined;
}

/**
 * Reads the cells of one row into an inventory item candidate, field by field: quantity, category,
 * serial number, dates, decimals with their header units, usage, labels. Each cell that cannot be
 * read is an error positioned on its column; nothing is guessed silently.
 */
export class RowConverter {
  private readonly classifier: RowClassifier;
  private readonly labelCache = new Map<string, Map<string, unknown>>();
  /** The value rules of each mapped field that has some (`cell` rewrites through them). */
  private readonly valueRules: Partial<Record<FieldId, FieldValueMap>>;
  // Reused per-row buffers: most rows have no issue, so nothing is allocated for them.
  private readonly errors: Issue[] = [];
  private readonly warnings: Issue[] = [];
  private readonly pivot: number;
  /** G4IT and NumEcoEval name each physical device uniquely (G4IT rejects duplicates): name → first line. */
  private readonly names: Map<string, number> | undefined;
  /** The bilan year + 1: a device bought later is kept with a warning (out of that year's stock). */
  readonly maxYear: number;

  constructor(
    private readonly state: ImportState,
    private readonly table: TableMapping,
    private readonly position: (line: number, column?: string) => SourcePosition,
  ) {
    this.classifier = new RowClassifier(state, table.cols, table.profile);
    this.pivot = Number(state.today.slice(0, 4));
    this.maxYear = (state.options.bilanYear ?? this.pivot) + 1;
    this.names = table.profile.id === 'g4it' && table.cols.name ? new Map() : undefined;
    this.valueRules = {};
    const maps = state.options.valueMaps;
    if (maps) {
      for (const field of Object.keys(maps) as FieldId[]) {
        const map = maps[field];
        if (map && (map.rules.length > 0 || map.otherwise)) this.valueRules[field] = map;
      }
    }
  }

  /** True when some field's cells are rewritten by value rules before they are read. */
  get hasValueRules(): boolean {
    return Object.keys(this.valueRules).length > 0;
  }

  /** True when each row must be converted on its own (its name is checked for duplicates). */
  get checksNames(): boolean {
    return this.names !== undefined;
  }

  convert(row: RawRow): Conversion {
    const errors = this.errors;
    const warnings = this.warnings;
    errors.length = 0;
    warnings.length = 0;
    const c = this.table.cols;
    const err: ErrorSink = (code, field, params) => {
      errors.push({ code, severity: 'error', path: pathOf(field), position: this.position(row.line, c[field]?.header), params });
    };
    const cell = (index: number): string => {
      const v = row.cells[index];
      return v === undefined ? '' : v.trim();
    };
    const item: Record<string, unknown> = {};
    const quantity = this.quantity(row, err);
    item['quantity'] = quantity;
    const { summary, unclassified } = this.classifier.classify(cell, row.line, item, quantity, errors, this.position);
    const serialKey = this.serial(row, item, err);
    this.dates(row, item, err);
    const weight = this.decimals(row, item, err);
    this.labels(row, item, err, weight);
    this.extraCells(row);
    if (this.names) this.uniqueName(row, err);
    item['source'] = this.position(row.line);
    // One shape for every row (conditional spreads made three temporary objects per row).
    return { item, quantity, errors, warnings, serialKey, summary, unclassified };
  }

  /** A quantity column counts that many devices; otherwise a row is one device. */
  private quantity(row: RawRow, err: ErrorSink): number {
    const col = this.table.cols.quantity;
    if (!col) return 1;
    const q = this.cell(row, 'quantity');
    if (q === '') {
      err('required_cell_empty', 'quantity', { column: col.header, field: 'quantity' });
      return 1;
    }
    const r = parseQuantityText(q);
    if (!r.ok) {
      const code = r.reason === 'negative' ? 'quantity_negative' : r.reason === 'not_integer' ? 'quantity_not_integer' : r.reason === 'too_large' ? 'quantity_too_large' : 'quantity_unparsable';
      err(code, 'quantity', { value: q });
      return 1;
    }
    if (r.value === 0) {
      err('quantity_zero', 'quantity', { value: q });
      return 1;
    }
    if (r.note === 'ambiguous_thousands') this.ambiguous(row, 'quantity', q, String(r.value));
    return r.value;
  }

  /** The serial number, with duplicate detection over every file of the import. */
  private serial(row: RawRow, item: Record<string, unknown>, err: ErrorSink): string | undefined {
    if (!this.table.cols.serialNumber) return undefined;
    const s = this.cell(row, 'serialNumber');
    if (s === '' || isPlaceholderSerial(s)) return undefined;
    item['serialNumber'] = s;
    const serialKey = s.toUpperCase();
    const first = this.state.serials.get(serialKey);
    if (first !== undefined) err('serial_duplicate', 'serialNumber', { value: s, ...serialOrigin(this.state, first) });
    return serialKey;
  }

  /** Purchase date and year: a date, or a year alone; two-digit years pivot on today's year. */
  private dates(row: RawRow, item: Record<string, unknown>, err: ErrorSink): void {
    const c = this.table.cols;
    const pivot = this.pivot;
    if (c.purchaseDate) {
      const t = this.cell(row, 'purchaseDate');
      if (t !== '') {
        const r = this.memo('date', t, (x) => parseDateText(x, pivot));
        if (!r.ok) err('date_unparsable', 'purchaseDate', { value: t });
        else {
          if (r.value.kind === 'date') item['purchaseDate'] = r.value.iso;
          else item['purchaseYear'] = r.value.year;
          if (r.note === 'month_first') {
            this.warnings.push({ code: 'date_month_first', severity: 'warning', path: ['purchaseDate'], position: this.position(row.line, c.purchaseDate.header), params: { value: t, date: r.value.kind === 'date' ? r.value.iso : String(r.value.year) } });
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
    // A purchase year before the first computers were sold is a typo. A year after today is left to the
    // core, which rejects a purchase in the future with that reason. A device bought after the bilan year
    // but not in the future is real (a past year's bilan made from today's export): it is kept with a
    // warning, and the core leaves it out of that year's stock (stockSummary.devicesBoughtAfterYear).
    const y = item['purchaseYear'] ?? (typeof item['purchaseDate'] === 'string' ? Number(item['purchaseDate'].slice(0, 4)) : undefined);
    if (typeof y === 'number') {
      const field = item['purchaseYear'] !== undefined && c.purchaseYear ? 'purchaseYear' : 'purchaseDate';
      if (y < MIN_PURCHASE_YEAR) {
        err('year_out_of_range', field, { value: this.cell(row, field), year: y, min: MIN_PURCHASE_YEAR, max: Math.max(this.maxYear, this.pivot + 1) });
      } else if (y > this.maxYear && y <= this.pivot) {
        const col = c[field];
        this.warnings.push({ code: 'year_after_bilan', severity: 'warning', path: [field], ...(col ? { position: this.position(row.line, col.header) } : {}), params: { value: this.cell(row, field), year: y, bilanYear: this.maxYear - 1 } });
      }
    }
    // A retirement date (G4IT, NumEcoEval) is not kept, but one before the purchase is a contradiction (G4IT rejects it too).
    if (c.retirementDate) {
      const t = this.cell(row, 'retirementDate');
      if (t !== '') {
        const r = this.memo('date', t, (x) => parseDateText(x, pivot));
        const bought = item['purchaseDate'];
        if (!r.ok) err('date_unparsable', 'retirementDate', { value: t });
        else if (r.value.kind === 'date' && typeof bought === 'string' && r.value.iso < bought) {
          err('retirement_before_purchase', 'retirementDate', { value: t, purchase: bought });
        }
      }
    }
  }

  /** Lifetime and usage (metered energy, or hours and days with an optional power). Returns the weight, for the printer size class. */
  private decimals(row: RawRow, item: Record<string, unknown>, err: ErrorSink): string | undefined {
    const decimal = (field: FieldId, allowZero: boolean): string | undefined => {
      const col = this.table.cols[field];
      return col ? this.decimalCell(row, col, field, allowZero, err) : undefined;
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
      this.warnings.push({ code: 'usage_incomplete', severity: 'warning', path: ['usage'], position: this.position(row.line), params: { hours: hours ?? '', days: days ?? '', power: power ?? '' } });
    }
    return weight;
  }

  /** Parses a decimal cell, applies the header unit, checks the sign. */
  private decimalCell(row: RawRow, col: Col, field: FieldId, allowZero: boolean, err: ErrorSink): string | undefined {
    const v0 = row.cells[col.index];
    const t = v0 === undefined ? '' : v0.trim();
    if (t === '') return undefined;
    const r = parseDecimalText(t);
    if (!r.ok) {
      err('decimal_unparsable', field, { value: t, field });
      return undefined;
    }
    if (r.note === 'ambiguous_thousands') this.ambiguous(row, field, t, new D(r.value).toFixed());
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

  /** Status, refurbished, perimeter, country, site, id, printer size class; defaults from the options. */
  private labels(row: RawRow, item: Record<string, unknown>, err: ErrorSink, weight: string | undefined): void {
    const c = this.table.cols;
    const defaults = this.state.options.defaults;
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
    } else if (defaults?.perimeter) item['perimeter'] = defaults.perimeter;
    const countryText = this.cell(row, 'country');
    if (countryText !== '') {
      const k = this.memo('country', countryText, mapCountry);
      if (k) item['country'] = k;
      else err('country_unknown', 'country', { value: countryText });
    } else if (defaults?.country) item['country'] = defaults.country;
    const site = this.cell(row, 'site');
    if (site !== '') item['site'] = intern(this.state, site);
    else if (defaults?.site) item['site'] = defaults.site;
    // GLPI's `Entité` path ("Ville > DSI > Pôle"), G4IT's `nomEntite`: kept as written.
    const entity = this.cell(row, 'entity');
    if (entity !== '') item['entity'] = intern(this.state, entity);
    const id = this.cell(row, 'id');
    if (id !== '') item['id'] = id;
    const sizeText = this.cell(row, 'sizeClass');
    const printer = item['category'] === 'mfp' || item['category'] === 'printer';
    if (sizeText !== '') {
      const s = mapSizeClass(sizeText);
      if (s) item['sizeClass'] = s;
      else err('size_class_unknown', 'sizeClass', { value: sizeText });
    } else if (weight !== undefined && printer) item['sizeClass'] = sizeClassFromWeight(weight);
    if (item['sizeClass'] !== undefined && !printer) delete item['sizeClass'];
  }

  /** A name seen before is an error on this row, and a warning on the first one (both rows are suspect, as G4IT says). */
  private uniqueName(row: RawRow, err: ErrorSink): void {
    const name = this.cell(row, 'name');
    if (name === '' || !this.names) return;
    const first = this.names.get(name);
    if (first === undefined) {
      this.names.set(name, row.line);
      return;
    }
    err('name_duplicate', 'name', { value: name, firstLine: first });
    addIssue(this.state, {
      code: 'name_duplicated_later',
      severity: 'warning',
      path: ['name'],
      position: this.position(first, this.table.cols.name?.header),
      params: { value: name, line: row.line },
    });
  }

  /** Warns that `text` ("1.000") was read as `read` (1) but may mean a thousand times more. */
  private ambiguous(row: RawRow, field: FieldId, text: string, read: string): void {
    const alternative = text.replace(/[.,]/, '').replace(/^\+/, '');
    this.warnings.push({ code: 'number_ambiguous', severity: 'warning', path: [field], position: this.position(row.line, this.table.cols[field]?.header), params: { value: text, field, read, alternative } });
  }

  /** Warns once when a row has non-empty cells past the header's last column. */
  private extraCells(row: RawRow): void {
    const width = this.table.headers.length;
    for (let i = width; i < row.cells.length; i++) {
      if ((row.cells[i] ?? '').trim() !== '') {
        this.warnings.push({ code: 'row_extra_cells', severity: 'warning', path: [], position: this.position(row.line), params: { expected: width, found: row.cells.length } });
        return;
      }
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
    if (cache.size >= LABEL_CACHE_MAX) cache.clear();
    cache.set(text, v);
    return v;
  }

  /** The trimmed cell of a field, or '' when the field is not mapped. */
  cell(row: RawRow, field: FieldId): string {
    const col = this.table.cols[field];
    if (!col) return '';
    const v = row.cells[col.index];
    const text = v === undefined ? '' : v.trim();
    const map = this.valueRules[field];
    if (map === undefined || text === '') return text;
    return this.memo(`value:${field}`, text, (t) => applyValueRules(map.rules, t, map.otherwise));
  }
}
