import type { InventoryItem, InventoryItemInput, Issue, SourcePosition } from '@reen/core';
import type { RawRow, RowSink } from './csv';
import { FastGrouping } from './fastGrouping';
import { CompanionTable, companionKind } from './g4itCompanions';
import { addIssue, addRejected, addUnclassified, serialCode } from './importState';
import type { ImportState } from './importState';
import { keepItem } from './itemGroups';
import { validateBatch, ValidationMemo } from './itemValidation';
import type { Pending } from './itemValidation';
import { isPlaceholderSerial } from './labels';
import { findHeaderRow, profileById } from './mapping';
import type { DetectedProfile } from './mapping';
import { RepeatedRows } from './repeatedRows';
import type { RowMemo } from './repeatedRows';
import type { ClassCount } from './rowCategory';
import { RowConverter } from './rowConverter';
import { HEADER_LOOKAHEAD, mapTable, peekTableMapping } from './tableMapping';
import type { TableMapping } from './tableMapping';
import type { ColumnMapping, InventoryFileFormat } from './types';

/** How the G4IT companion tables are named in the table reports. */
const COMPANION_LABELS = {
  virtual: 'G4IT (équipements virtuels)',
  datacenter: 'G4IT (centres de données)',
  application: 'G4IT (applications)',
} as const;

/** Rows converted between two validation batches. */
const VALIDATION_BATCH = 2000;
/**
 * The first batch is short: the rows accepted in it teach the grouped import's fast lane its first
 * labels and groups, so that the lane is taken from the 200th row on rather than the 2,000th.
 */
const FIRST_VALIDATION_BATCH = 200;
const NO_ISSUES: Issue[] = [];

/**
 * Turns the rows of one table (a CSV file or a sheet) into validated inventory items, step by
 * step: finds the header row (`tableMapping`), converts each row's cells (`rowConverter`), skips
 * rows that repeat an accepted one (`repeatedRows`), validates batches through the core
 * (`itemValidation`). Rows with an error go to `rejected` with their original cells; nothing is
 * dropped.
 */
export class TableProcessor implements RowSink {
  /** Rows held until the header is found (the first `HEADER_LOOKAHEAD` rows). */
  private buffer: RawRow[] | undefined = [];
  private header: RawRow | undefined;
  private table: TableMapping | undefined;
  private converter: RowConverter | undefined;
  private repeated: RepeatedRows | undefined;
  /** The grouped import's fast lane (`fastGrouping.ts`), when the table can use it. */
  private fast: FastGrouping | undefined;
  private pending: Pending[] = [];
  /** Validated item per `validationKey`, or `undefined` when that candidate fails validation. */
  private readonly validated: ValidationMemo;
  /**
   * Rows accepted or queued since the last validation batch, repeated rows included: batches end on
   * the same rows whether or not rows repeat, so issues keep the same order.
   */
  private sinceFlush = 0;
  /** True once a batch was validated (the first one is shorter). */
  private flushed = false;
  /** `serialCode` of line 0 of this file: a line's code is this plus the line. */
  private serialBase: number | undefined;
  private rowsRead = 0;
  private accepted = 0;
  private rejectedCount = 0;
  private noHeader = false;
  /** Set for a G4IT virtual equipment, data centre or application table (no device rows). */
  private companion: CompanionTable | undefined;
  stopped = false;

  constructor(
    private readonly state: ImportState,
    private readonly meta: { file: string; sheet?: string; format: InventoryFileFormat; encoding?: string; delimiter?: string },
  ) {
    this.validated = new ValidationMemo(state.today);
  }

  /** Counts blank rows skipped by the reader. */
  blank(count: number): void {
    this.state.blankRows += count;
  }

  issue(issue: Issue): void {
    addIssue(this.state, issue);
  }

  push(rows: RawRow[]): void {
    if (this.buffer) {
      for (const r of rows) this.buffer.push(r);
      if (this.buffer.length >= HEADER_LOOKAHEAD) this.start();
      return;
    }
    this.processRows(rows);
  }

  /** The header and mapping found, for sheet selection (before rows are processed). */
  peekMapping(rows: readonly RawRow[]): { headerIndex: number; mapping: ColumnMapping[]; profile: DetectedProfile } | undefined {
    return peekTableMapping(rows, this.state.options);
  }

  /** Ends the table: processes buffered rows, validates the last batch, records the table report. */
  finish(): void {
    if (this.buffer) this.start();
    this.flush();
    const companion = this.companion;
    if (companion) companion.reportIndex = this.state.tables.length;
    const profile = companion ? { id: 'g4it' as const, label: COMPANION_LABELS[companion.kind], score: 1 } : (this.table?.profile ?? profileById('generic'));
    this.state.tables.push({
      file: this.meta.file,
      ...(this.meta.sheet !== undefined ? { sheet: this.meta.sheet } : {}),
      format: this.meta.format,
      ...(this.meta.encoding !== undefined ? { encoding: this.meta.encoding } : {}),
      ...(this.meta.delimiter !== undefined ? { delimiter: this.meta.delimiter } : {}),
      headerLine: this.header?.line ?? 0,
      headers: companion ? [...companion.headers] : (this.table?.headers ?? []),
      profile: { id: profile.id, label: profile.label, score: profile.score },
      mapping: this.table?.mapping ?? [],
      rowsRead: this.rowsRead,
      // A companion table's accepted rows are known once its references are resolved (g4itCompanions.ts).
      accepted: companion ? 0 : this.accepted,
      rejected: this.rejectedCount,
    });
  }

  /** Sets the delimiter/encoding found by the reader, for the report. */
  setMeta(meta: { encoding?: string; delimiter?: string }): void {
    Object.assign(this.meta, meta);
  }

  /**
   * A position in this table. Each shape is one object literal: a property added afterwards would
   * move to a separate backing store, about 40 bytes more per issue (a million rejected rows hold
   * two million positions).
   */
  private position(line: number, column?: string): SourcePosition {
    const file = this.meta.file;
    const sheet = this.meta.sheet;
    if (sheet === undefined) return column === undefined ? { file, line } : { file, line, column };
    return column === undefined ? { file, sheet, line } : { file, sheet, line, column };
  }

  /** Detects the header among buffered rows; later rows stream through `processRows`. */
  private start(): void {
    const rows = this.buffer ?? [];
    this.buffer = undefined;
    if (rows.length === 0) return;
    const headerIndex = findHeaderRow(rows, HEADER_LOOKAHEAD);
    if (headerIndex === -1) {
      this.noHeader = true;
      this.issue({ code: 'header_not_found', severity: 'error', path: [], position: this.position(rows[0]?.line ?? 1), params: { rows: Math.min(rows.length, HEADER_LOOKAHEAD) } });
      this.processRows(rows);
      return;
    }
    const header = rows[headerIndex] as RawRow;
    this.header = header;
    const kind = companionKind(header.cells);
    if (kind !== undefined) {
      this.companion = new CompanionTable(kind, header.cells.map((c) => c.trim()), (line, column) => this.position(line, column));
      this.state.companionTables.push(this.companion);
      this.issue({ code: 'g4it_companion_table', severity: 'info', path: [], position: this.position(header.line), params: { label: COMPANION_LABELS[kind] } });
      this.processRows(rows.slice(headerIndex + 1));
      return;
    }
    const { table, issues } = mapTable(header, this.state.options, (line, column) => this.position(line, column));
    this.table = table;
    this.converter = new RowConverter(this.state, table, (line, column) => this.position(line, column));
    this.repeated = new RepeatedRows(table.cols);
    this.fast = FastGrouping.for(this.state, table, {
      checksNames: this.converter.checksNames,
      hasValueRules: this.converter.hasValueRules,
      dates: this.validated.dates,
      maxYear: this.converter.maxYear,
      file: this.meta.file,
      position: (line) => this.position(line),
    });
    // Rows that repeat fall into a known group: the fast lane counts them, the row memory is not needed.
    if (this.fast) this.repeated.disable();
    for (const i of issues) this.issue(i);
    if (headerIndex > 0) {
      this.issue({ code: 'title_rows_skipped', severity: 'info', path: [], position: this.position(header.line), params: { count: headerIndex, headerLine: header.line } });
    }
    this.processRows(rows.slice(headerIndex + 1));
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
      if (this.companion) {
        this.companion.add(row);
        continue;
      }
      if (this.noHeader) {
        this.reject(row, [{ code: 'header_not_found', severity: 'error', path: [], position: this.position(row.line), params: {} }]);
        continue;
      }
      this.processRow(row);
      if (this.sinceFlush >= (this.flushed ? VALIDATION_BATCH : FIRST_VALIDATION_BATCH)) this.flush();
    }
  }

  /**
   * Counts a row of a known group at once (fast lane), accepts a repeat of an accepted row at once,
   * converts any other row and queues it for validation.
   */
  private processRow(row: RawRow): void {
    if (this.fast) {
      const taken = this.fast.take(row);
      if (taken === true) {
        this.accepted++;
        this.sinceFlush++;
        return;
      }
      if (taken !== undefined) {
        this.acceptNewGroup(row, taken.item, taken.summary);
        return;
      }
    }
    const converter = this.converter as RowConverter;
    const repeated = this.repeated as RepeatedRows;
    // Once the shortcut is off (rows of a real export rarely repeat), every row is converted: the
    // serial number and id are read there, once.
    if (!repeated.active) {
      this.convertRow(row, undefined, 0);
      return;
    }
    const cells = row.cells;
    let serialKey: string | undefined;
    let serial: string | undefined;
    const wide = cells.length > (this.table as TableMapping).headers.length;
    const s = converter.cell(row, 'serialNumber');
    if (s !== '' && !isPlaceholderSerial(s)) {
      serialKey = s.toUpperCase();
      serial = s;
    }
    const id = converter.cell(row, 'id');
    // A repeated row needs the full conversion when it has extra cells or a duplicate serial number (both give issues).
    if (wide || converter.checksNames || (serialKey !== undefined && this.state.serials.has(serialKey))) {
      this.convertRow(row, undefined, 0);
      return;
    }
    const flag = serial !== undefined ? (id !== '' ? 3 : 2) : id !== '' ? 1 : 0;
    const hit = repeated.find(cells, flag);
    if (hit === undefined) {
      this.convertRow(row, repeated.keyOf(cells), flag);
      return;
    }
    this.acceptRepeat(row, hit, serial, serialKey, id);
  }

  /** Accepts a row that repeats `hit`: the remembered item with this row's source, serial number and id. */
  private acceptRepeat(row: RawRow, hit: RowMemo, serial: string | undefined, serialKey: string | undefined, id: string): void {
    // Same fields in the same order as the remembered item; only the identity fields differ.
    const item: Record<string, unknown> = { ...hit.item };
    item['source'] = this.meta.sheet !== undefined ? { file: this.meta.file, sheet: this.meta.sheet, line: row.line } : { file: this.meta.file, line: row.line };
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
    else this.pending.push({ candidate: done as InventoryItemInput, row, warnings: NO_ISSUES, serialKey: undefined, rowKey: undefined, rowFlag: undefined, summary: undefined, ready: done });
  }

  /** Accepts the first row of a new group put together by the fast lane, in row order (behind rows waiting for validation). */
  private acceptNewGroup(row: RawRow, item: InventoryItem, summary: ClassCount): void {
    this.sinceFlush++;
    if (this.pending.length === 0) {
      // Nothing waits for validation: the group starts now, under the key the lane has just read.
      (this.fast as FastGrouping).learnGroup(this.acceptItem(item));
      return;
    }
    this.pending.push({ candidate: item as InventoryItemInput, row, warnings: NO_ISSUES, serialKey: undefined, rowKey: undefined, rowFlag: undefined, summary, ready: item });
  }

  /** Converts a row; rejects it on an error, else queues it for validation. */
  private convertRow(row: RawRow, rowKey: readonly (string | undefined)[] | undefined, rowFlag: number): void {
    const c = (this.converter as RowConverter).convert(row);
    if (c.unclassified) addUnclassified(this.state, c.unclassified);
    if (c.errors.length > 0) {
      this.reject(row, [...c.errors, ...c.warnings], c.quantity, c.unclassified?.source);
      return;
    }
    const kept = c.warnings.length > 0 ? c.warnings.slice() : NO_ISSUES;
    this.sinceFlush++;
    const memoable = rowKey !== undefined && c.summary !== undefined && kept.length === 0;
    // One shape for every row: no temporary objects.
    this.pending.push({
      candidate: c.item as InventoryItemInput,
      row,
      warnings: kept,
      serialKey: c.serialKey,
      rowKey: memoable ? rowKey : undefined,
      rowFlag: memoable ? rowFlag : undefined,
      summary: c.summary,
      ready: undefined,
    });
    if (c.serialKey !== undefined) this.state.serials.set(c.serialKey, serialCode(this.state, this.meta.file, row.line));
  }

  /** Validates the pending rows: rejections first, then acceptances, each in row order. */
  private flush(): void {
    this.flushed = true;
    const batch = this.pending;
    this.pending = [];
    this.sinceFlush = 0;
    if (batch.length === 0) return;
    const { items, failures } = validateBatch(batch, this.validated, this.state.today);
    if (failures) {
      for (let i = 0; i < batch.length; i++) {
        const issues = failures[i];
        if (issues === undefined) continue;
        const p = batch[i] as Pending;
        if (p.serialKey !== undefined && this.state.serials.get(p.serialKey) === serialCode(this.state, this.meta.file, p.row.line)) this.state.serials.delete(p.serialKey);
        this.reject(p.row, [...issues.map((issue) => this.fromCoreIssue(issue, p.row)), ...p.warnings], (p.candidate.quantity as number | undefined) ?? 1);
      }
    }
    for (let i = 0; i < batch.length; i++) {
      const item = items[i];
      if (item !== undefined) this.accept(batch[i] as Pending, item);
    }
  }

  /** A core issue on a candidate, repositioned on the row and the field's column. */
  private fromCoreIssue(issue: Issue, row: RawRow): Issue {
    const field = issue.path[1];
    const columns = (this.table as TableMapping).columnOfField;
    const header = typeof field === 'string' ? (columns.get(field) ?? (field === 'purchaseYear' ? columns.get('purchaseDate') : undefined)) : undefined;
    return {
      ...issue,
      path: issue.path.slice(1),
      position: this.position(row.line, header),
      params: { ...issue.params, ...(header !== undefined ? { column: header } : {}) },
    };
  }

  private reject(row: RawRow, issues: Issue[], quantity = 1, source: SourcePosition = this.position(row.line)): void {
    addRejected(this.state, { source, headers: this.table?.headers ?? [], cells: row.cells, issues });
    for (const i of issues) addIssue(this.state, i);
    this.state.devicesRejected += quantity;
    this.rejectedCount++;
  }

  private accept(p: Pending, item: InventoryItem): void {
    for (const w of p.warnings) addIssue(this.state, w);
    const nameColumn = this.table?.profile.id === 'g4it' ? this.table.cols.name : undefined;
    if (nameColumn) (this.state.physicalNames ??= new Set()).add((p.row.cells[nameColumn.index] ?? '').trim());
    const at = this.acceptItem(item);
    if (p.rowKey !== undefined && p.summary !== undefined) (this.repeated as RepeatedRows).remember(p.rowKey, p.rowFlag ?? 0, { item, summary: p.summary });
    // A row accepted without any issue teaches the fast lane its labels and its group.
    if (this.fast && p.warnings.length === 0) this.fast.learn(p.row, item, p.summary, at);
  }

  /** Keeps an accepted item; returns the index of its group in `state.items` (-1 without groups). */
  private acceptItem(item: InventoryItem): number {
    this.accepted++;
    return keepItem(this.state, item);
  }
}
