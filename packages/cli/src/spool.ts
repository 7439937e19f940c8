/**
 * What `reen validate` holds until it writes its outputs, kept in temporary files once large: a
 * million issues and rejected rows then take a few megabytes of memory. Each file lives in a
 * directory of its own under the system's temporary directory (mode 700), removed by `dispose`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Characters gathered before a write, and read at a time. */
const BUFFER_CHARS = 1 << 20;

/** How a spool turns its items into strings and back. */
export interface SpoolCodec<T> {
  readonly encode: (item: T) => string;
  readonly decode: (text: string) => T;
}

/**
 * A list written once, in order, then read back any number of times: in memory up to `limit`
 * items, then in a temporary file. Each item is a string (`SpoolCodec`), stored as its length in
 * UTF-16 code units, a colon and the string itself, in UTF-8: no escaping, any text at all.
 */
export class Spool<T> implements Iterable<T> {
  private memory: T[] | undefined = [];
  private directory: string | undefined;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;

  /**
   * @param limit - Items kept in memory; past it, every item goes to the file.
   * @param codec - How an item is stored.
   */
  constructor(
    private readonly limit: number,
    private readonly codec: SpoolCodec<T>,
  ) {}

  /** Items added. */
  get length(): number {
    return this.count;
  }

  /** True once the items are in a temporary file. */
  get onDisk(): boolean {
    return this.memory === undefined;
  }

  /** Adds an item at the end. */
  push(item: T): void {
    this.count++;
    if (this.memory !== undefined) {
      this.memory.push(item);
      if (this.memory.length <= this.limit) return;
      const held = this.memory;
      this.memory = undefined;
      this.open();
      for (const kept of held) this.write(kept);
      return;
    }
    this.write(item);
  }

  /** The items in order, read back from memory or from the file. */
  *[Symbol.iterator](): Generator<T> {
    if (this.memory !== undefined) {
      yield* this.memory;
      return;
    }
    this.flush();
    const fd = this.fd as number;
    const buffer = Buffer.allocUnsafe(BUFFER_CHARS);
    let text = '';
    let at = 0;
    let position = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      // Whole characters only: the bytes of a character cut at the end are read again with the next ones.
      const whole = wholeUtf8(buffer, read);
      if (whole === 0) break;
      position += whole;
      text = text.slice(at) + buffer.toString('utf8', 0, whole);
      at = 0;
      for (;;) {
        const colon = text.indexOf(':', at);
        if (colon === -1) break;
        const end = colon + 1 + Number(text.slice(at, colon));
        if (end > text.length) break;
        yield this.codec.decode(text.slice(colon + 1, end));
        at = end;
      }
    }
  }

  /** Removes the temporary file and its directory, if any. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.directory !== undefined) rmSync(this.directory, { recursive: true, force: true });
    this.directory = undefined;
    this.memory = [];
    this.count = 0;
  }

  private open(): void {
    ({ directory: this.directory, fd: this.fd } = openTemporaryFile());
  }

  private write(item: T): void {
    const text = this.codec.encode(item);
    this.pending.push(`${text.length}:`, text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BUFFER_CHARS) this.flush();
  }

  private flush(): void {
    if (this.fd === undefined || this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    writeAll(this.fd, bytes);
  }
}

/**
 * A new file, open for reading and writing, in a new directory of its own (mode 700) under the
 * system's temporary directory. Both are removed at once where the system allows it (the open
 * file lives on until it is closed, even if the process is killed); else `directory` is set, for
 * the caller to remove.
 */
function openTemporaryFile(): { fd: number; directory: string | undefined } {
  const directory = mkdtempSync(join(tmpdir(), 'reen-'));
  const file = join(directory, 'spool');
  const fd = openSync(file, 'wx+', 0o600);
  try {
    unlinkSync(file);
    rmdirSync(directory);
    return { fd, directory: undefined };
  } catch {
    return { fd, directory };
  }
}

/** The length of the longest start of `bytes[0, length)` that ends on a whole UTF-8 character. */
function wholeUtf8(bytes: Uint8Array, length: number): number {
  let start = length - 1;
  while (start > 0 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
  if (start < 0) return 0;
  const lead = bytes[start] as number;
  const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return start + size <= length ? length : start;
}

/** Size of the pieces `TextSpool.chunks` gives. */
const PIECE = 1 << 16;

/** Cuts bytes into pieces of about `PIECE`, each ending after a line break when there is one to cut at (views, not copies). */
function* linePieces(bytes: Buffer): Generator<Buffer> {
  let start = 0;
  while (bytes.length - start > PIECE) {
    let cut = bytes.lastIndexOf(0x0a, start + PIECE - 1);
    if (cut < start) cut = bytes.indexOf(0x0a, start + PIECE);
    if (cut === -1) break;
    yield bytes.subarray(start, cut + 1);
    start = cut + 1;
  }
  if (start < bytes.length) yield bytes.subarray(start);
}

/** Writes a whole buffer. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/**
 * A text appended piece by piece, then read back once done, as it will be written out: in memory
 * while it is under about a million characters, else in a temporary file as UTF-8, read back as
 * bytes and never decoded. `reen validate` keeps the body of its report this way.
 */
export class TextSpool {
  private directory: string | undefined;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingChars = 0;

  /** True once the text is in a temporary file. */
  get onDisk(): boolean {
    return this.fd !== undefined;
  }

  /** Appends text. */
  append(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars < BUFFER_CHARS) return;
    if (this.fd === undefined) ({ directory: this.directory, fd: this.fd } = openTemporaryFile());
    writeAll(this.fd, Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.pendingChars = 0;
  }

  /**
   * The text in order, as UTF-8 bytes in pieces of about 64 KiB that end with a line break where
   * the text has one: from the file, then the text still in memory.
   */
  *chunks(): Generator<Uint8Array> {
    const fd = this.fd;
    if (fd !== undefined) {
      for (let position = 0; ; ) {
        const buffer = Buffer.allocUnsafe(BUFFER_CHARS);
        const read = readSync(fd, buffer, 0, buffer.length, position);
        if (read === 0) break;
        // Up to the last line break, else (a line longer than the buffer) the last whole character; the rest is read again.
        const end = read < buffer.length ? read : buffer.lastIndexOf(0x0a, read - 1) + 1 || wholeUtf8(buffer, read);
        position += end;
        yield* linePieces(buffer.subarray(0, end));
      }
    }
    // As bytes too, so that the pieces are never joined again on their way out (`batchPieces`).
    if (this.pendingChars > 0) yield* linePieces(Buffer.from(this.pending.join(''), 'utf8'));
  }

  /** Removes the temporary file and its directory, if any. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.directory !== undefined) rmSync(this.directory, { recursive: true, force: true });
    this.directory = undefined;
    this.pending = [];
    this.pendingChars = 0;
  }
}

/**
 * Packs strings into one, each as its length, a colon and itself (`unpackStrings` reads them back).
 *
 * @example
 * packStrings(['ab', '', 'c:d']); // "2:ab0:3:c:d"
 */
export function packStrings(fields: readonly string[]): string {
  let text = '';
  for (const field of fields) text += `${field.length}:${field}`;
  return text;
}

/** The strings of `packStrings`. */
export function unpackStrings(text: string): string[] {
  const fields: string[] = [];
  for (let at = 0; at < text.length; ) {
    const colon = text.indexOf(':', at);
    const end = colon + 1 + Number(text.slice(at, colon));
    fields.push(text.slice(colon + 1, end));
    at = end;
  }
  return fields;
}
