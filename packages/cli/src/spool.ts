/**
 * A list written once, in order, then read back any number of times, that moves to a temporary file
 * once it grows past a bound: `reen validate` keeps a million issues and rejected rows this way,
 * in a few megabytes of memory, until the report is written. The file is one JSON text a line, in
 * a directory of its own under the system's temporary directory (mode 700), removed by `dispose`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Characters gathered before a write, and bytes read at a time. */
const BUFFER_CHARS = 1 << 20;

/** How a spool turns its items into one line of text (no line break inside) and back. */
export interface SpoolCodec<T> {
  readonly encode: (item: T) => string;
  readonly decode: (line: string) => T;
}

/** A list kept in memory up to `limit` items, then in a temporary file. */
export class Spool<T> implements Iterable<T> {
  private memory: T[] | undefined = [];
  private directory: string | undefined;
  private file: string | undefined;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;

  /**
   * @param limit - Items kept in memory; past it, every item goes to the file.
   * @param codec - Line encoding of the items.
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
    const fd = openSync(this.file as string, 'r');
    try {
      const decoder = new StringDecoder('utf8');
      const buffer = Buffer.allocUnsafe(BUFFER_CHARS);
      let carry = '';
      for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, null);
        if (read === 0) break;
        const text = carry + decoder.write(buffer.subarray(0, read));
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
          yield this.codec.decode(text.slice(start, end));
          start = end + 1;
        }
        carry = text.slice(start);
      }
    } finally {
      closeSync(fd);
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
    this.directory = mkdtempSync(join(tmpdir(), 'reen-'));
    this.file = join(this.directory, 'spool.jsonl');
    this.fd = openSync(this.file, 'wx', 0o600);
  }

  private write(item: T): void {
    const line = `${this.codec.encode(item)}\n`;
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.pendingChars >= BUFFER_CHARS) this.flush();
  }

  private flush(): void {
    if (this.fd === undefined || this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
  }
}
