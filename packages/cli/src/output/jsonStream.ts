/**
 * JSON documents written piece by piece: the same text as `JSON.stringify(value, null, 2)`, but a
 * list marked with `streamedList` is serialised one element at a time, when it is read. A report
 * with a million issues then never becomes one string (V8 refuses strings past about 512 MiB, and
 * the whole document would sit in memory next to the issues it was made from).
 */

const STREAMED: unique symbol = Symbol('streamed JSON list');
const SERIALIZED: unique symbol = Symbol('serialized JSON elements');

/** A list of a JSON document serialised element by element (see `jsonPieces`). */
export interface StreamedList {
  readonly [STREAMED]: Iterable<unknown>;
}

/**
 * Marks a list to be serialised element by element. The elements are read once, lazily: pass a
 * generator to make each element only when it is written.
 */
export function streamedList(items: Iterable<unknown>): StreamedList {
  return { [STREAMED]: items };
}

/** The elements of a list, already serialised and joined (see `serializedList`). */
export interface SerializedElements {
  /** How many elements. */
  readonly length: number;
  /** Their text: each element as `jsonAt(element, depth + 1)` gives it for a list at `depth`, separated by `jsonListSeparator(depth)`. */
  chunks(): Iterable<string | Uint8Array>;
}

/**
 * Marks a list whose elements are already serialised and joined, written as they are (`reen
 * validate` words its issues while the import runs and keeps their text, maybe as UTF-8 bytes).
 */
export function serializedList(elements: SerializedElements): StreamedList {
  return { [STREAMED]: [], [SERIALIZED]: elements } as StreamedList;
}

/** What separates two elements of a list at `depth` (nested `depth` levels deep). */
export function jsonListSeparator(depth: number): string {
  return `,\n${INDENT.repeat(depth + 1)}`;
}

/** Maps a list lazily, one element at a time (for `streamedList`). */
export function* mapLazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

const INDENT = '  ';

function isStreamed(value: unknown): value is StreamedList {
  return typeof value === 'object' && value !== null && STREAMED in value;
}

function isPlainContainer(value: unknown): value is Readonly<Record<string, unknown>> | readonly unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** True when a plain object or array holds a streamed list (at any depth). */
function holdsStreamed(value: unknown): boolean {
  if (isStreamed(value)) return true;
  if (!isPlainContainer(value)) return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsStreamed);
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep (an element of a list at `depth - 1`). */
export function jsonAt(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  // Line breaks inside JSON strings are escaped: every raw "\n" is one of the layout's.
  return depth === 0 ? text : text.replaceAll('\n', `\n${INDENT.repeat(depth)}`);
}

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces. Values that hold no streamed list are
 * serialised whole; objects and arrays that hold one are written key by key, and the streamed list
 * element by element. Joined, the pieces are exactly the document `JSON.stringify` would give for
 * the same value with plain arrays in place of the streamed lists.
 *
 * @example
 * [...jsonPieces({ a: 1, b: streamedList([1, 2]) })].join('') // '{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}'
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string | Uint8Array> {
  if (!holdsStreamed(value)) {
    yield jsonAt(value, depth);
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  const close = `\n${INDENT.repeat(depth)}`;
  if (isStreamed(value) || Array.isArray(value)) {
    if (SERIALIZED in value) {
      const elements = (value as { [SERIALIZED]: SerializedElements })[SERIALIZED];
      if (elements.length === 0) yield '[]';
      else {
        yield `[\n${inner}`;
        yield* elements.chunks();
        yield `${close}]`;
      }
      return;
    }
    const items: Iterable<unknown> = isStreamed(value) ? value[STREAMED] : (value as readonly unknown[]);
    let first = true;
    for (const item of items) {
      yield first ? `[\n${inner}` : `,\n${inner}`;
      first = false;
      yield* jsonPieces(isSkipped(item) ? null : item, depth + 1);
    }
    yield first ? '[]' : `${close}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value as Readonly<Record<string, unknown>>)) {
    if (isSkipped(item)) continue;
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(item, depth + 1);
  }
  yield first ? '{}' : `${close}}`;
}

/** A JSON document as the CLI prints it: `jsonPieces`, then a line break. */
export function* jsonDocument(value: unknown): Generator<string | Uint8Array> {
  yield* jsonPieces(value);
  yield '\n';
}

/** Joins small pieces into strings of about `size` characters, so that writes are few and large; bytes pass through as they are. */
export function batchPieces(pieces: Iterable<string>, size?: number): Generator<string>;
export function batchPieces(pieces: Iterable<string | Uint8Array>, size?: number): Generator<string | Uint8Array>;
export function* batchPieces(pieces: Iterable<string | Uint8Array>, size = 64 * 1024): Generator<string | Uint8Array> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (length > 0) yield batch.join('');
      batch = [];
      length = 0;
      yield piece;
      continue;
    }
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield batch.join('');
}
