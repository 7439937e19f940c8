import { parseInventory } from '@reen/core';
import type { InventoryItem, InventoryItemInput, Issue, SourcePosition } from '@reen/core';
import type { RawRow } from './csv';
import type { ClassCount } from './rowCategory';

/** Candidate fields passed through unchanged by the core schema (free strings, the source position). */
const IDENTITY_FIELDS = new Set(['source', 'serialNumber', 'id']);

/** Distinct validated candidates kept per table (a bound on memory, not on correctness). */
const VALIDATION_MEMO_MAX = 50_000;

/** A converted row waiting for validation. */
export interface Pending {
  readonly candidate: InventoryItemInput;
  readonly row: RawRow;
  readonly warnings: Issue[];
  readonly serialKey?: string;
  /** The row's repeated-row key and classification count, to remember the row once it is accepted. */
  readonly rowKey?: readonly (string | undefined)[];
  readonly rowFlag?: number;
  readonly summary?: ClassCount;
  /** Set for a repeated row: the item is already validated. */
  readonly ready?: InventoryItem;
}

/** Per pending row, its validated item, or the core's issues when it fails. */
export interface BatchOutcome {
  readonly items: (InventoryItem | undefined)[];
  /** Undefined when every row passed. */
  readonly failures: (Issue[] | undefined)[] | undefined;
}

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

/**
 * Validates pending candidates through the core's `parseInventory`. Candidates that differ only in
 * their source, serial number or id (free strings the schema passes through unchanged) validate
 * alike, so each distinct rest is validated once, in one batch, and the validated item is reused
 * with the row's own source, serial number and id. A candidate whose rest fails is validated alone,
 * for its issues. `memo` (validation key → item, or undefined for a failure) lives across batches.
 */
export function validateBatch(batch: readonly Pending[], memo: Map<string, InventoryItem | undefined>, today: string): BatchOutcome {
  if (memo.size >= VALIDATION_MEMO_MAX) memo.clear();
  const keys: string[] = new Array<string>(batch.length);
  const reps: Pending[] = [];
  const repKeys: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < batch.length; i++) {
    const p = batch[i] as Pending;
    if (p.ready) continue;
    const key = validationKey(p.candidate);
    keys[i] = key;
    if (!memo.has(key) && !seen.has(key)) {
      seen.add(key);
      reps.push(p);
      repKeys.push(key);
    }
  }
  if (reps.length > 0) {
    const result = parseInventory(
      reps.map((p) => p.candidate),
      { today },
    );
    if (result.success) {
      for (let i = 0; i < reps.length; i++) memo.set(repKeys[i] as string, result.data[i] as InventoryItem);
    } else {
      // Validate each representative alone: a failure is recorded as `undefined`.
      for (let i = 0; i < reps.length; i++) {
        const one = parseInventory([(reps[i] as Pending).candidate], { today });
        memo.set(repKeys[i] as string, one.success ? (one.data[0] as InventoryItem) : undefined);
      }
    }
  }
  const items = new Array<InventoryItem | undefined>(batch.length);
  let failures: (Issue[] | undefined)[] | undefined;
  for (let i = 0; i < batch.length; i++) {
    const p = batch[i] as Pending;
    if (p.ready) {
      items[i] = p.ready;
      continue;
    }
    const rep = memo.get(keys[i] as string);
    if (rep !== undefined) {
      items[i] = withIdentity(rep, p.candidate);
      continue;
    }
    const one = parseInventory([p.candidate], { today });
    if (one.success) items[i] = one.data[0] as InventoryItem;
    else (failures ??= new Array<Issue[] | undefined>(batch.length))[i] = one.issues;
  }
  return { items, failures };
}
