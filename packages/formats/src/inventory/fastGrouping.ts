/**
 * The grouped import's fast lane (`ImportOptions.groupItems`): a row that falls into a group the
 * import already holds, and whose cells are known to convert and validate without any issue, is
 * counted into that group without building, validating or copying an item.
 *
 * Why it is exact. A row's group is decided by every field the footprint reads. The lane keys a row
 * by the same information, read from its cells, using only what earlier rows taught it:
 * - the category (and size class) that its type, manufacturer and model cells gave to an earlier
 *   row accepted without issue (the classification of a set of labels never changes in a table);
 * - the purchase year of its date, when the date is one the general path accepts without a
 *   warning (checked here with the same parser and bounds, and the core's own date check);
 * - the value that the text of its status, site, perimeter, country, lifetime (and entity, when
 *   groups are per entity) cell gave to an earlier row accepted without issue: these fields are
 *   each read from their own cell alone;
 * - the exact text of the cells read together (usage, weight, size class).
 * Rows with equal keys convert to items that differ only in their identity fields (name, id,
 * serial number, date within the year, quantity, source), which the core's schema passes through
 * unchanged: they validate alike and fall into the same group. Every row accepted without issue
 * teaches the lane its key; a later row with a known key is counted into its group.
 *
 * A row whose cells are all known clean but whose key is new starts a group: its item is the one
 * the general path would validate, put together from what the lane learnt (the labels' category,
 * size class, manufacturer and model; each cell's value; the table's defaults from an accepted
 * item), in the schema's field order, without its identity fields, as `keepItem` keeps a group's
 * first line. Tables with usage, weight or size-class columns (read together) do not start groups
 * this way. Anything else (extra cells, a duplicate or placeholder serial number, a quantity or
 * date that needs a warning, a text not seen yet) takes the general path, which reports it.
 *
 * The lane is a shortcut only: `fastGrouping: false` gives the same result (tested), slower.
 */
import { InventoryItemSchema } from '@reen/core';
import type { InventoryItem, SourcePosition } from '@reen/core';
import type { RawRow } from './csv';
import type { ImportState } from './importState';
import { intern, serialCode } from './importState';
import type { PurchaseDates } from './itemValidation';
import { isPlaceholderSerial } from './labels';
import type { ClassCount } from './rowCategory';
import { MIN_PURCHASE_YEAR } from './rowConverter';
import type { Columns, TableMapping } from './tableMapping';
import type { FieldId } from './types';
import { parseDateText, parseQuantityText } from './values';

/** Fields whose cells take part in the classification: keyed through the learnt labels. */
const CLASSIFICATION_FIELDS = ['category', 'type', 'manufacturer', 'model'] as const satisfies readonly FieldId[];
/** Fields read from their own cell alone: keyed by the value their text gave (the item field of the same name). */
const VALUE_FIELDS = ['status', 'refurbished', 'perimeter', 'country', 'site', 'lifetimeYears'] as const satisfies readonly (FieldId & keyof InventoryItem)[];
/** Fields read together (usage, a printer's size class from its weight): keyed by their exact text. */
const TEXT_FIELDS = ['energyKwhPerYear', 'hoursPerDay', 'daysPerYear', 'powerW', 'weightKg', 'sizeClass'] as const satisfies readonly FieldId[];
/** Fields the lane does not read: a table that maps one of them takes the general path. */
const GENERAL_PATH_FIELDS = ['purchaseYear', 'retirementDate'] as const satisfies readonly FieldId[];

/** Distinct texts and values given an id per column, and distinct dates remembered (bounds on memory, not on correctness). */
const IDS_PER_COLUMN = 4096;
const DATES_REMEMBERED = 100_000;
/** Not a key: the row takes the general path. */
const NO = -1;

/** The labels of an earlier row accepted without issue: its category's id, its classification count, its item. */
interface LearntLabels {
  readonly categoryId: number;
  readonly summary: ClassCount;
  /** The validated item of the row that taught the labels (category, size class, manufacturer, model, the table's defaults). */
  readonly item: InventoryItem;
}

/** The item fields in the order the core's schema outputs them. */
const SCHEMA_ORDER = Object.keys(InventoryItemSchema.shape) as (keyof InventoryItem)[];
/** Fields a group's first line drops (`itemGroups.ts`): they name one device; the purchase year comes last. */
const NOT_IN_GROUP_ITEM: ReadonlySet<string> = new Set(['id', 'serialNumber', 'purchaseDate', 'purchaseYear']);

/** Where a new group's item takes each field from. */
type FieldSource =
  | { readonly from: 'labels' | 'quantity' | 'source' }
  | { readonly from: 'column'; readonly column: number }
  | { readonly from: 'cell'; readonly index: number };

type LabelTrie = Map<string, LabelTrie | LearntLabels>;
/** Per key part, the next level; the last level holds the group's index in `state.items`. */
type GroupTrie = Map<number, GroupTrie | number>;

/** A keyed column: its cell index, and its text → id (learnt for value fields, given on sight for text fields). */
interface KeyedColumn {
  readonly index: number;
  /** The item field whose value keys the column, or undefined for a text field. */
  readonly field: (typeof VALUE_FIELDS)[number] | 'entity' | undefined;
  readonly ids: Map<string, number>;
  /** Value → id, and id → value, for a value field. */
  readonly values: Map<unknown, number>;
  readonly valueOf: unknown[];
}

/** What the lane did with a row: counted it, started a group with this item, or left it to the general path. */
export type Taken = true | { readonly item: InventoryItem; readonly summary: ClassCount } | undefined;

/** The fast lane of one table. */
export class FastGrouping {
  private readonly labelColumns: number[];
  private readonly keyed: KeyedColumn[];
  private readonly labels: LabelTrie = new Map();
  private readonly categories = new Map<string, number>();
  private readonly groups: GroupTrie = new Map();
  /** The groups by packed key, when the key packs into one number (`packedKey`). */
  private readonly packedGroups = new Map<number, number>();
  /** Date text → purchase year when the general path accepts it without a warning, 0 when empty, else `NO`. */
  private readonly years = new Map<string, number>();
  private readonly quantityColumn: number | undefined;
  private readonly serialColumn: number | undefined;
  private readonly dateColumn: number | undefined;
  private readonly width: number;
  /** The key of the row read last: category id, year, then one id per keyed column (reused). */
  private readonly key: number[];
  private learnt: LearntLabels | undefined;
  private serialBase: number | undefined;
  /** How a new group's item is put together, field by field; undefined when the table has columns read together. */
  private readonly plan: readonly (readonly [keyof InventoryItem, FieldSource])[] | undefined;

  /**
   * The lane of a table, or undefined when the table needs the general path for every row: no
   * groups, value rules, G4IT or NumEcoEval names (checked for duplicates), a purchase-year or
   * retirement-date column, no label column.
   */
  static for(
    state: ImportState,
    table: TableMapping,
    options: { checksNames: boolean; hasValueRules: boolean; dates: PurchaseDates; maxYear: number; file: string; position: (line: number) => SourcePosition },
  ): FastGrouping | undefined {
    if (state.groups === undefined || state.options.fastGrouping === false) return undefined;
    if (options.checksNames || options.hasValueRules || table.profile.id === 'g4it') return undefined;
    if (GENERAL_PATH_FIELDS.some((field) => table.cols[field] !== undefined)) return undefined;
    if (!CLASSIFICATION_FIELDS.some((field) => table.cols[field] !== undefined)) return undefined;
    return new FastGrouping(state, table, options.dates, options.maxYear, options.file, options.position);
  }

  private constructor(
    private readonly state: ImportState,
    table: TableMapping,
    private readonly dates: PurchaseDates,
    private readonly maxYear: number,
    private readonly file: string,
    private readonly position: (line: number) => SourcePosition,
  ) {
    const cols: Columns = table.cols;
    this.labelColumns = CLASSIFICATION_FIELDS.flatMap((field) => (cols[field] ? [cols[field].index] : []));
    const valueFields: ((typeof VALUE_FIELDS)[number] | 'entity')[] = state.groups?.byEntity ? [...VALUE_FIELDS, 'entity'] : [...VALUE_FIELDS];
    this.keyed = [
      ...valueFields.flatMap((field) => (cols[field] ? [{ index: cols[field].index, field, ids: new Map(), values: new Map(), valueOf: [] }] : [])),
      ...TEXT_FIELDS.flatMap((field) => (cols[field] ? [{ index: cols[field].index, field: undefined, ids: new Map(), values: new Map(), valueOf: [] }] : [])),
    ];
    this.plan = TEXT_FIELDS.some((field) => cols[field] !== undefined) ? undefined : this.planOf(cols);
    this.key = [0, 0, ...this.keyed.map(() => 0)];
    this.quantityColumn = cols.quantity?.index;
    this.serialColumn = cols.serialNumber?.index;
    this.dateColumn = cols.purchaseDate?.index;
    this.width = table.headers.length;
  }

  /**
   * Counts a row into its group when its key is known and its cells are clean (`true`); starts a
   * group when only the key is new (its item, and the classification count it was added to, for
   * the caller to accept in row order); else `undefined`: the general path converts the row.
   */
  take(row: RawRow): Taken {
    const cells = row.cells;
    if (cells.length > this.width) return undefined;
    // Quantity: a whole positive number without any note.
    let quantity = 1;
    if (this.quantityColumn !== undefined) {
      const r = parseQuantityText((cells[this.quantityColumn] ?? '').trim());
      if (!r.ok || r.value === 0 || r.note !== undefined) return undefined;
      quantity = r.value;
    }
    // Serial number: neither a placeholder nor seen before (the general path reports duplicates).
    let serialKey: string | undefined;
    if (this.serialColumn !== undefined) {
      const serial = (cells[this.serialColumn] ?? '').trim();
      if (serial !== '' && !isPlaceholderSerial(serial)) {
        serialKey = serial.toUpperCase();
        if (this.state.serials.has(serialKey)) return undefined;
      }
    }
    if (!this.readKey(cells)) return undefined;
    const at = this.find();
    if (at === undefined && this.plan === undefined) return undefined;
    // Taken: the same effects as the general path's conversion (serial number, classification count)…
    const state = this.state;
    const learnt = this.learnt as LearntLabels;
    learnt.summary.rows++;
    learnt.summary.devices += quantity;
    if (serialKey !== undefined) state.serials.set(serialKey, (this.serialBase ??= serialCode(state, this.file, 0)) + row.line);
    if (at === undefined) return { item: this.build(cells, row.line, quantity, learnt), summary: learnt.summary };
    // … and acceptance into a group the import holds.
    const groups = state.groups as NonNullable<ImportState['groups']>;
    groups.quantities[at] = (groups.quantities[at] as number) + quantity;
    state.devicesAccepted += quantity;
    state.acceptedItems++;
    return true;
  }

  /** Learns from a row the general path accepted without any issue: its labels, its cells' values, and its group `at`. */
  learn(row: RawRow, item: InventoryItem, summary: ClassCount | undefined, at: number): void {
    const cells = row.cells;
    if (summary === undefined || at < 0 || cells.length > this.width) return;
    this.learnLabels(cells, item, summary);
    for (const column of this.keyed) {
      if (column.field === undefined) continue;
      const text = cells[column.index] ?? '';
      if (column.ids.has(text)) continue;
      const value = item[column.field];
      let id = column.values.get(value);
      if (id === undefined) {
        if (column.values.size >= IDS_PER_COLUMN) return;
        column.values.set(value, (id = column.values.size));
        column.valueOf.push(value);
      }
      if (column.ids.size >= IDS_PER_COLUMN) return;
      column.ids.set(text, id);
    }
    if (this.readKey(cells)) this.learnGroup(at);
  }

  /** Remembers that the key read last (by `take`, or by `learn`) is group `at`. */
  learnGroup(at: number): void {
    const packed = this.packedKey();
    if (packed !== undefined) {
      if (!this.packedGroups.has(packed)) this.packedGroups.set(packed, at);
      return;
    }
    const key = this.key;
    let node = this.groups;
    for (let i = 0; i < key.length - 1; i++) {
      let next = node.get(key[i] as number) as GroupTrie | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(key[i] as number, next);
      }
      node = next;
    }
    const last = key[key.length - 1] as number;
    if (!node.has(last)) node.set(last, at);
  }

  /** Reads a row's key into `key` (and its labels into `learnt`); false when some cell is not known clean. */
  private readKey(cells: readonly string[]): boolean {
    let node: LabelTrie | LearntLabels | undefined = this.labels;
    for (const index of this.labelColumns) {
      node = (node as LabelTrie).get(cells[index] ?? '');
      if (node === undefined) return false;
    }
    const learnt = node as LearntLabels;
    const key = this.key;
    key[0] = learnt.categoryId;
    const year = this.dateColumn === undefined ? 0 : this.yearOf(cells[this.dateColumn] ?? '');
    if (year === NO) return false;
    key[1] = year;
    const keyed = this.keyed;
    for (let i = 0; i < keyed.length; i++) {
      const column = keyed[i] as KeyedColumn;
      const text = cells[column.index] ?? '';
      let id = column.ids.get(text);
      if (id === undefined) {
        // A value field's text is known once a row taught it; a text field's text gets an id on sight.
        if (column.field !== undefined || column.ids.size >= IDS_PER_COLUMN) return false;
        column.ids.set(text, (id = column.ids.size));
      }
      key[i + 2] = id;
    }
    this.learnt = learnt;
    return true;
  }

  /**
   * The key read last as one small integer (a V8 "Smi", hashed without allocating), when it has at
   * most two keyed columns and its parts are small: category id under 32, purchase year 0 or
   * 1950–2076, ids under 256 and 1,024. 30 bits in all. Otherwise the trie is used.
   */
  private packedKey(): number | undefined {
    const key = this.key;
    const length = key.length;
    if (length > 4) return undefined;
    const category = key[0] as number;
    const year = key[1] as number;
    const yearCode = year === 0 ? 0 : year - 1949;
    const first = length > 2 ? (key[2] as number) : 0;
    const second = length > 3 ? (key[3] as number) : 0;
    if (category >= 32 || yearCode < 0 || yearCode >= 128 || first >= 256 || second >= 1024) return undefined;
    return ((category * 128 + yearCode) * 256 + first) * 1024 + second;
  }

  /** The group of the key read last, if known. */
  private find(): number | undefined {
    const packed = this.packedKey();
    if (packed !== undefined) return this.packedGroups.get(packed);
    const key = this.key;
    let node: GroupTrie | number | undefined = this.groups;
    for (let i = 0; i < key.length && node !== undefined; i++) node = (node as GroupTrie).get(key[i] as number);
    return node as number | undefined;
  }

  private learnLabels(cells: readonly string[], item: InventoryItem, summary: ClassCount): void {
    const name = `${item.category}\u0000${item.sizeClass ?? ''}`;
    let categoryId = this.categories.get(name);
    if (categoryId === undefined) this.categories.set(name, (categoryId = this.categories.size));
    let node = this.labels;
    const last = this.labelColumns.length - 1;
    for (let i = 0; i < last; i++) {
      const text = cells[this.labelColumns[i] as number] ?? '';
      let next = node.get(text) as LabelTrie | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(text, next);
      }
      node = next;
    }
    const text = cells[this.labelColumns[last] as number] ?? '';
    if (!node.has(text)) node.set(text, { categoryId, summary, item });
  }

  /** Where each field of a new group's item comes from, in the schema's order. */
  private planOf(cols: Columns): (readonly [keyof InventoryItem, FieldSource])[] {
    const plan: (readonly [keyof InventoryItem, FieldSource])[] = [];
    for (const field of SCHEMA_ORDER) {
      if (NOT_IN_GROUP_ITEM.has(field)) continue;
      const column = this.keyed.findIndex((k) => k.field === field);
      if (field === 'quantity' || field === 'source') plan.push([field, { from: field }]);
      else if (column >= 0) plan.push([field, { from: 'column', column }]);
      // The entity of a line when groups are not per entity: the group keeps its first line's.
      else if (field === 'entity' && cols.entity) plan.push([field, { from: 'cell', index: cols.entity.index }]);
      // The labels' fields, and the fields with no column (the table's defaults, alike in every item).
      else plan.push([field, { from: 'labels' }]);
    }
    return plan;
  }

  /**
   * The item of a row that starts a group, as `keepItem` keeps it: the fields of the validated
   * item, in the schema's order, without the identity fields, and the purchase year last.
   */
  private build(cells: readonly string[], line: number, quantity: number, learnt: LearntLabels): InventoryItem {
    const item: Record<string, unknown> = {};
    for (const [field, source] of this.plan as NonNullable<FastGrouping['plan']>) {
      let value: unknown;
      if (source.from === 'labels') value = learnt.item[field];
      else if (source.from === 'quantity') value = quantity;
      else if (source.from === 'source') value = this.position(line);
      else if (source.from === 'column') {
        const column = this.keyed[source.column] as KeyedColumn;
        value = column.valueOf[this.key[source.column + 2] as number];
      } else if (source.from === 'cell') {
        // Interned, as the general path does: one shared copy, which does not keep its chunk's text alive.
        const text = (cells[source.index] ?? '').trim();
        value = text === '' ? undefined : intern(this.state, text);
      }
      if (value !== undefined) item[field] = value;
    }
    const year = this.key[1] as number;
    if (year !== 0) item['purchaseYear'] = year;
    return item as InventoryItem;
  }

  /** The purchase year of a date the general path accepts without a warning, 0 for no date, else `NO`. */
  private yearOf(raw: string): number {
    let year = this.years.get(raw);
    if (year !== undefined) return year;
    const text = raw.trim();
    year = NO;
    if (text === '') year = 0;
    else {
      const r = parseDateText(text, Number(this.state.today.slice(0, 4)));
      if (r.ok && r.value.kind === 'date' && r.note !== 'month_first') {
        const y = Number(r.value.iso.slice(0, 4));
        if (y >= MIN_PURCHASE_YEAR && y <= this.maxYear && this.dates.passesThrough(r.value.iso)) year = y;
      }
    }
    if (this.years.size >= DATES_REMEMBERED) this.years.clear();
    this.years.set(raw, year);
    return year;
  }
}
