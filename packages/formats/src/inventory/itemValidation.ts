import { InventoryItemSchema, parseInventory } from '@reen/core';
import type { InventoryItem, InventoryItemInput, Issue, SourcePosition } from '@reen/core';
import type { RawRow } from './csv';
import type { ClassCount } from './rowCategory';

/**
 * Candidate fields passed through unchanged by the core schema: free strings and the source
 * position. Only their presence enters a validation key, so that rows of a real export (every
 * name, serial number, model and place its own) share the validation of their other fields.
 */
const IDENTITY_FIELDS = new Set(['source', 'serialNumber', 'id', 'manufacturer', 'model', 'site', 'entity']);
/** One-letter codes of the candidate fields in validation keys (any other field keeps its name). */
const FIELD_CODES = new Map(
  ['id', 'category', 'sizeClass', 'manufacturer', 'model', 'serialNumber', 'quantity', 'purchaseDate', 'purchaseYear', 'lifetimeYears', 'status', 'refurbished', 'usage', 'site', 'perimeter', 'country', 'source', 'entity'].map(
    (field, index) => [field, String.fromCharCode(65 + index)],
  ),
);
/** The core's own check of a purchase date (an ISO calendar date), used on each distinct date. */
const PURCHASE_DATE = InventoryItemSchema.shape.purchaseDate;
/** Distinct purchase dates whose check is remembered. */
const DATE_MEMO_MAX = 100_000;

/** Distinct validated candidates kept per table (a bound on memory, not on correctness). */
const VALIDATION_MEMO_MAX = 50_000;
/** Candidates after which the memory judges whether it pays (see `ValidationMemo`). */
const TRIAL_CANDIDATES = 4096;
/** The memory stays on when at least one candidate in this many reuses an earlier validation. */
const MIN_HIT_SHARE = 4;

/**
 * Validation key → validated item (or undefined for a failure), kept across batches. When fewer
 * than one candidate in `MIN_HIT_SHARE` reuses an earlier one over the first `TRIAL_CANDIDATES`
 * (a real export: every purchase date differs), it switches itself off, since building and
 * hashing a key per row then costs more than it saves. A shortcut only: the items are the same.
 */
export class ValidationMemo {
  readonly items = new Map<string, InventoryItem | undefined>();
  readonly dates: PurchaseDates;
  enabled = true;
  private candidates = 0;
  private hits = 0;

  constructor(today: string) {
    this.dates = new PurchaseDates(today);
  }

  /** Counts a candidate (and whether it reused a validation) during the trial. */
  count(hit: boolean): void {
    if (this.candidates >= TRIAL_CANDIDATES) return;
    this.candidates++;
    if (hit) this.hits++;
    if (this.candidates === TRIAL_CANDIDATES && this.hits * MIN_HIT_SHARE < this.candidates) {
      this.enabled = false;
      this.items.clear();
    }
  }
}

/** A converted row waiting for validation. */
export interface Pending {
  readonly candidate: InventoryItemInput;
  readonly row: RawRow;
  readonly warnings: Issue[];
  readonly serialKey?: string | undefined;
  /** The row's repeated-row key (and flag), to remember the row once it is accepted; its classification count. */
  readonly rowKey?: readonly (string | undefined)[] | undefined;
  readonly rowFlag?: number | undefined;
  readonly summary?: ClassCount | undefined;
  /** Set for a repeated row: the item is already validated. */
  readonly ready?: InventoryItem | undefined;
}

/** Per pending row, its validated item, or the core's issues when it fails. */
export interface BatchOutcome {
  readonly items: (InventoryItem | undefined)[];
  /** Undefined when every row passed. */
  readonly failures: (Issue[] | undefined)[] | undefined;
}

/**
 * Purchase dates that the core's schema accepts (a valid ISO date), remembered per string, so that
 * the date alone does not need a validation per row.
 */
export class PurchaseDates {
  private readonly valid = new Map<string, boolean>();

  constructor(private readonly today: string) {}

  /**
   * True when `date` passes through the core unchanged: a valid ISO date, not after today. The
   * candidate must have no purchase year (the core compares both).
   */
  passesThrough(date: unknown): boolean {
    if (typeof date !== 'string' || date > this.today) return false;
    let ok = this.valid.get(date);
    if (ok === undefined) {
      ok = PURCHASE_DATE.safeParse(date).success;
      if (this.valid.size >= DATE_MEMO_MAX) this.valid.clear();
      this.valid.set(date, ok);
    }
    return ok;
  }
}

/**
 * A key of everything in a candidate that its validation depends on: every field but the free
 * strings and source (`IDENTITY_FIELDS`) and a purchase date that passes through (`dates`), whose
 * presence only is kept. Candidates with the same key validate alike.
 */
export function validationKey(candidate: InventoryItemInput, dates: PurchaseDates): string {
  // A short key hashes fast: one letter per known field name, one per value type.
  let key = '';
  const dateIsIdentity = candidate.purchaseYear === undefined && dates.passesThrough(candidate.purchaseDate);
  for (const k in candidate) {
    const v = (candidate as Record<string, unknown>)[k];
    const name = FIELD_CODES.get(k) ?? `${k}\u0004`;
    if (v === undefined) key += `${name}\u0002`;
    else if (IDENTITY_FIELDS.has(k) || (dateIsIdentity && k === 'purchaseDate')) key += `${name}\u0003`;
    else if (typeof v === 'object' && v !== null) {
      key += `${name}{`;
      for (const j in v) key += `${j}=${typeof (v as Record<string, unknown>)[j]}:${String((v as Record<string, unknown>)[j])}\u0001`;
      key += '}';
    } else key += `${name}${typeof v === 'string' ? 's' : typeof v === 'number' ? 'n' : typeof v}${String(v)}\u0001`;
  }
  return key;
}

/**
 * The validated item `rep` with the identity fields (source, free strings, purchase date) of
 * `candidate` (validated alike, see `validationKey`): same fields in the same order; nested
 * objects are copied, not shared.
 */
export function withIdentity(rep: InventoryItem, candidate: InventoryItemInput): InventoryItem {
  const plan = planOf(rep);
  const out: Record<string, unknown> = {};
  const { keys, kinds } = plan;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const kind = kinds[i];
    if (kind === KEEP) out[k] = (rep as Record<string, unknown>)[k];
    else if (kind === IDENTITY) out[k] = (candidate as Record<string, unknown>)[k];
    else if (kind === SOURCE) out[k] = sourceCopy(candidate.source as SourcePosition);
    else out[k] = { ...((rep as Record<string, unknown>)[k] as object) };
  }
  return out as InventoryItem;
}

/** How `withIdentity` fills each field of a validated item: its own value, the candidate's, a copy. */
const KEEP = 0;
const IDENTITY = 1;
const SOURCE = 2;
const COPY = 3;
interface IdentityPlan {
  readonly keys: readonly string[];
  readonly kinds: Uint8Array;
}
/** Per validated item (a memory entry, reused by many rows), its fields in order and how each is filled. */
const PLANS = new WeakMap<InventoryItem, IdentityPlan>();
function planOf(rep: InventoryItem): IdentityPlan {
  let plan = PLANS.get(rep);
  if (plan === undefined) {
    const keys = Object.keys(rep);
    const kinds = new Uint8Array(keys.length);
    keys.forEach((k, i) => {
      kinds[i] = k === 'source' ? SOURCE : IDENTITY_FIELDS.has(k) || k === 'purchaseDate' ? IDENTITY : k === 'usage' ? COPY : KEEP;
    });
    plan = { keys, kinds };
    PLANS.set(rep, plan);
  }
  return plan;
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
export function validateBatch(batch: readonly Pending[], validated: ValidationMemo, today: string): BatchOutcome {
  if (!validated.enabled) return validateEach(batch, today);
  const memo = validated.items;
  if (memo.size >= VALIDATION_MEMO_MAX) memo.clear();
  const keys: string[] = new Array<string>(batch.length);
  const reps: Pending[] = [];
  const repKeys: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < batch.length; i++) {
    const p = batch[i] as Pending;
    if (p.ready) continue;
    const key = validationKey(p.candidate, validated.dates);
    keys[i] = key;
    const known = memo.has(key);
    const repeated = known || seen.has(key);
    validated.count(repeated);
    if (!repeated) {
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

/** Validates a batch without the memory: one call of the core for the batch, each row alone on a failure. */
function validateEach(batch: readonly Pending[], today: string): BatchOutcome {
  const items = new Array<InventoryItem | undefined>(batch.length);
  const fresh: number[] = [];
  for (let i = 0; i < batch.length; i++) {
    const ready = (batch[i] as Pending).ready;
    if (ready) items[i] = ready;
    else fresh.push(i);
  }
  if (fresh.length === 0) return { items, failures: undefined };
  const all = parseInventory(
    fresh.map((i) => (batch[i] as Pending).candidate),
    { today },
  );
  if (all.success) {
    for (let k = 0; k < fresh.length; k++) items[fresh[k] as number] = all.data[k] as InventoryItem;
    return { items, failures: undefined };
  }
  let failures: (Issue[] | undefined)[] | undefined;
  for (const i of fresh) {
    const one = parseInventory([(batch[i] as Pending).candidate], { today });
    if (one.success) items[i] = one.data[0] as InventoryItem;
    else (failures ??= new Array<Issue[] | undefined>(batch.length))[i] = one.issues;
  }
  return { items, failures };
}
