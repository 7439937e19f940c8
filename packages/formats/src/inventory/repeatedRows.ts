import type { InventoryItem } from '@reen/core';
import type { ClassCount } from './rowCategory';
import type { Columns } from './tableMapping';
import type { FieldId } from './types';

/** A row accepted without any issue: its validated item and the classification it counted in. */
export interface RowMemo {
  readonly item: InventoryItem;
  readonly summary: ClassCount;
}

/** Per key cell, the next level; the last level holds the remembered row. */
type RowTrie = Map<string | undefined, RowTrie | RowMemo>;

/** Fields that the conversion copies (serial number, id) or does not read (name): left out of row keys. */
const ROW_IDENTITY_FIELDS: ReadonlySet<string> = new Set<FieldId>(['serialNumber', 'id', 'name']);

/** Distinct accepted rows remembered per table (a bound on memory, not on correctness). */
const ROW_MEMO_MAX = 50_000;

/**
 * Lookups after which the memory judges whether it pays: when fewer than one row in
 * `MIN_HIT_SHARE` repeats an earlier one (a real export with unique names, dates and places), it
 * switches itself off for the rest of the table, since remembering each row costs more than
 * converting it. A shortcut only: the result is the same with or without it.
 */
const TRIAL_LOOKUPS = 4096;
const MIN_HIT_SHARE = 4;

/**
 * Remembers rows accepted without any issue, keyed by the cells their conversion reads (every
 * mapped column but the serial number, id and name) and by which of serial number and id they
 * have (`flag`, 0–3). A later row with the same key converts and validates to the same item, with
 * its own source, serial number and id, so it skips both. A trie over the key cells: no key string
 * is built, each cell's hash is computed once.
 */
export class RepeatedRows {
  private memo: (RowTrie | RowMemo | undefined)[] = [];
  private size = 0;
  private lookups = 0;
  private hits = 0;
  /** False once the trial showed that rows rarely repeat. */
  private enabled = true;
  /** Columns whose cells make a row's conversion, in column order. */
  private readonly columns: number[];

  constructor(cols: Columns) {
    this.columns = [
      ...new Set(
        Object.entries(cols)
          .filter(([field]) => !ROW_IDENTITY_FIELDS.has(field))
          .map(([, col]) => col.index),
      ),
    ].sort((a, b) => a - b);
  }

  /** False once the trial showed that rows rarely repeat: `find` and `keyOf` then give nothing. */
  get active(): boolean {
    return this.enabled;
  }

  /** Switches the memory off for the rest of the table (the grouped import's fast lane does its work). */
  disable(): void {
    this.enabled = false;
    this.memo = [];
    this.size = 0;
  }

  /** The remembered row with these key cells, or undefined. */
  find(cells: readonly string[], flag: number): RowMemo | undefined {
    if (!this.enabled) return undefined;
    if (++this.lookups === TRIAL_LOOKUPS && this.hits * MIN_HIT_SHARE < this.lookups) {
      this.enabled = false;
      this.memo = [];
      this.size = 0;
      return undefined;
    }
    const columns = this.columns;
    let node = this.memo[flag];
    for (let i = 0; i < columns.length && node !== undefined; i++) node = (node as RowTrie).get(cells[columns[i] as number]);
    if (node !== undefined) this.hits++;
    return node as RowMemo | undefined;
  }

  /** The key cells of a row, to `remember` it once accepted; undefined once the memory is off. */
  keyOf(cells: readonly string[]): (string | undefined)[] | undefined {
    return this.enabled ? this.columns.map((i) => cells[i]) : undefined;
  }

  /** Remembers an accepted row (the memory is emptied when it holds `ROW_MEMO_MAX` rows). */
  remember(key: readonly (string | undefined)[], flag: number, memo: RowMemo): void {
    if (!this.enabled) return;
    if (this.size >= ROW_MEMO_MAX) {
      this.memo = [];
      this.size = 0;
    }
    if (key.length === 0) {
      this.memo[flag] ??= memo;
      return;
    }
    let node = (this.memo[flag] ??= new Map()) as RowTrie;
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
      this.size++;
    }
  }
}
