import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { chmod, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIO } from './context';
import { inputError, usageError } from './errors';

/**
 * Largest input file the CLI reads, in bytes (200 MiB). A 100,000-row inventory CSV is about 15 MB;
 * this cap keeps a mistaken path (a disk image, a video) from exhausting memory. The importer
 * applies its own limits on top.
 */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** An input file read into memory. */
export interface InputFile {
  /** The path as the user gave it (used in messages and issues). */
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** An inventory file: whole in memory, or (large files) its first bytes and the file read slice by slice. */
export interface InventoryInputFile extends InputFile {
  /** With `source`, `bytes` holds only the first `HEAD_BYTES` bytes. */
  readonly source?: { readonly length: number; subarray(start: number, end: number): Uint8Array };
  /** Closes the file (after the import). */
  readonly close: () => void;
}

/** Inventory files larger than this are read slice by slice rather than whole (8 MiB). */
export const READ_WHOLE_UP_TO = 8 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

/**
 * Opens an inventory file given on the command line. Up to `READ_WHOLE_UP_TO` bytes it is read
 * whole; a larger one is read slice by slice on demand (the importer then never holds a large CSV
 * whole). Errors as `readInputFile`.
 */
export async function openInventoryFile(io: CliIO, name: string, maxBytes = MAX_INPUT_BYTES): Promise<InventoryInputFile> {
  const { path, size } = await statInputFile(io, name, maxBytes);
  if (size <= READ_WHOLE_UP_TO) return { ...(await readInputFile(io, name, maxBytes)), close: () => {} };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw inputError('input.unreadable', { file: name, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, [], error);
  }
  const read = (start: number, end: number): Uint8Array => {
    const length = Math.max(0, Math.min(end, size) - start);
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    try {
      while (done < length) {
        const n = readSync(fd, buffer, done, length - done, start + done);
        if (n === 0) break;
        done += n;
      }
    } catch (error) {
      throw inputError('input.unreadable', { file: name, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, [], error);
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, done);
  };
  let open = true;
  return {
    name,
    path,
    bytes: read(0, HEAD_BYTES),
    source: { length: size, subarray: read },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** The path and size of an input file; a missing, unreadable or too large file is an input error (exit 3). */
async function statInputFile(io: CliIO, name: string, maxBytes: number): Promise<{ path: string; size: number }> {
  const path = resolve(io.cwd, name);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw inputError('input.notAFile', { file: name });
    size = info.size;
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw inputError('input.missingFile', { file: name }, [], error);
    throw inputError('input.unreadable', { file: name, detail: code ?? String(error) }, [], error);
  }
  if (size > maxBytes) throw inputError('input.tooLarge', { file: name, size, max: maxBytes });
  return { path, size };
}

/** Reads a file given on the command line; a missing, unreadable or too large file is an input error (exit 3). */
export async function readInputFile(io: CliIO, name: string, maxBytes = MAX_INPUT_BYTES): Promise<InputFile> {
  const { path } = await statInputFile(io, name, maxBytes);
  try {
    const buffer = await readFile(path);
    return { name, path, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    throw inputError('input.unreadable', { file: name, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, [], error);
  }
}

/** Reads and parses a JSON file given on the command line (organisation, hosting, usage, project). */
export async function readJsonFile(io: CliIO, name: string): Promise<unknown> {
  const file = await readInputFile(io, name);
  return parseJsonBytes(file);
}

/** Parses the bytes of a JSON file (UTF-8, optional BOM); invalid JSON is an input error. */
export function parseJsonBytes(file: InputFile): unknown {
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError('input.badJson', { file: file.name, detail: error instanceof Error ? error.message : String(error) }, [], error);
  }
}

/**
 * Writes a file at exactly the path the user gave, atomically: the data goes to a temporary file
 * next to it (same directory, so the same disk), which then replaces the target by a rename. A
 * failed write (full disk, no permission) leaves the previous file as it was, removes the
 * temporary file and is an error (exit 3). A target that is not a regular file (`/dev/stdout`, a
 * named pipe, a device) is written directly, as there is nothing to replace. A symbolic link is
 * followed: the file it points to is replaced, the link stays.
 *
 * `data` may be a text given in chunks (an iterable of strings or UTF-8 bytes, read once, lazily), so that a large
 * output is written piece by piece and never held whole; an error thrown while making a chunk is
 * rethrown as it is, not reported as a write error.
 */
export async function writeOutputFile(io: CliIO, name: string, data: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
  const sourceFailure: { error?: { cause: unknown } } = {};
  const fail = (error: unknown) => {
    if (sourceFailure.error) return sourceFailure.error.cause;
    return inputError('input.cannotWrite', { file: name, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, [], error);
  };
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) data = guardChunks(data, sourceFailure);
  let target = resolve(io.cwd, name);
  let mode: number | undefined;
  const info = await stat(target).catch(() => undefined);
  if (info !== undefined && !info.isFile()) {
    try {
      await writeFile(target, data);
      return;
    } catch (error) {
      throw fail(error);
    }
  }
  if (info !== undefined) {
    target = await realpath(target).catch(() => target);
    mode = info.mode & 0o7777;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.reen-tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw fail(error);
  }
}

/** Passes chunks through, noting an error thrown while making one (it is not the disk's). */
function* guardChunks(chunks: Iterable<string | Uint8Array>, failure: { error?: { cause: unknown } }): Generator<string | Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    failure.error = { cause: error };
    throw error;
  }
}

/** Device and inode of a path, or undefined when it does not exist (yet). */
function identity(path: string): string | undefined {
  try {
    const info = statSync(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path (`--out`, `--rejected`) that is one of the input files, or the other
 * output, before anything is read: writing it would destroy what the user gave. The same file is
 * recognised through links and relative paths (same device and inode). A usage error (exit 2).
 */
export function refuseOutputOverInputs(io: CliIO, outputs: Readonly<Record<string, string | undefined>>, inputs: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const id = identity(resolve(io.cwd, input));
    if (id !== undefined) seen.set(id, input);
  }
  for (const [option, output] of Object.entries(outputs)) {
    if (output === undefined) continue;
    const id = identity(resolve(io.cwd, output));
    if (id === undefined) continue;
    const input = seen.get(id);
    if (input !== undefined) throw usageError('usage.outputIsInput', { option, file: output, input });
    seen.set(id, `${option} ${output}`);
  }
}

/** True when the file name says it is a REEN kit project file (`*.reen.json`). */
export function isProjectFileName(name: string): boolean {
  return basename(name).toLowerCase().endsWith('.reen.json');
}
