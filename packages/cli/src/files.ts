import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { CliIO } from './context';
import { inputError } from './errors';

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

/** Reads a file given on the command line; a missing, unreadable or too large file is an input error (exit 3). */
export async function readInputFile(io: CliIO, name: string, maxBytes = MAX_INPUT_BYTES): Promise<InputFile> {
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

/** Writes a file at exactly the path the user gave (never anywhere else). */
export async function writeOutputFile(io: CliIO, name: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, name), data);
  } catch (error) {
    throw inputError('input.cannotWrite', { file: name, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, [], error);
  }
}

/** True when the file name says it is a REEN kit project file (`*.reen.json`). */
export function isProjectFileName(name: string): boolean {
  return basename(name).toLowerCase().endsWith('.reen.json');
}
