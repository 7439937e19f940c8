import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './context';
import { CliError, EXIT } from './errors';
import { isProjectFileName, openInventoryFile, parseJsonBytes, readInputFile, writeOutputFile } from './files';

const io: CliIO = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  cwd: fileURLToPath(new URL('../test/fixtures/', import.meta.url)),
  env: {},
  now: () => new Date('2025-06-30T12:00:00Z'),
};

async function failure(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('readInputFile', () => {
  it('reads a file relative to the working directory, keeping the name as given', async () => {
    const file = await readInputFile(io, 'parc.csv');
    expect(file.name).toBe('parc.csv');
    expect(new TextDecoder().decode(file.bytes.subarray(0, 10))).toBe('Catégorie');
  });

  it('refuses a file over the size limit with an input error (exit code 3)', async () => {
    const error = await failure(readInputFile(io, 'parc.csv', 100));
    expect(error.exitCode).toBe(EXIT.input);
    expect(error.key).toBe('input.tooLarge');
    expect(error.params).toMatchObject({ file: 'parc.csv', max: 100 });
  });

  it('reports a missing file as an input error', async () => {
    const error = await failure(readInputFile(io, 'absent.csv'));
    expect(error.exitCode).toBe(3);
    expect(error.key).toBe('input.missingFile');
  });
});

describe('parseJsonBytes', () => {
  it('accepts a UTF-8 BOM and rejects invalid JSON as unreadable input', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"a":1}');
    expect(parseJsonBytes({ name: 'x.json', path: 'x.json', bytes })).toEqual({ a: 1 });
    const bad = (() => {
      try {
        parseJsonBytes({ name: 'x.json', path: 'x.json', bytes: new TextEncoder().encode('{a:') });
      } catch (error) {
        return error as CliError;
      }
      throw new Error('expected a CliError');
    })();
    expect(bad.exitCode).toBe(3);
    expect(bad.key).toBe('input.badJson');
  });
});

describe('isProjectFileName', () => {
  it('recognises *.reen.json whatever the case and the folder', () => {
    expect(isProjectFileName('dossier/Beau-Pays.REEN.json')).toBe(true);
    expect(isProjectFileName('inventaire.json')).toBe(false);
  });
});

describe('openInventoryFile', () => {
  it('reads a small file whole', async () => {
    const file = await openInventoryFile(io, 'parc.csv');
    expect(file.source).toBeUndefined();
    expect(new TextDecoder().decode(file.bytes.subarray(0, 10))).toBe('Catégorie');
    file.close();
  });

  it('reads a file over 8 MiB slice by slice: its first 64 kB, then any slice on demand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reen-open-'));
    try {
      // 9 MiB: byte i is i mod 251.
      const bytes = Uint8Array.from({ length: 9 * 1024 * 1024 }, (_, i) => i % 251);
      writeFileSync(join(dir, 'big.csv'), bytes);
      const file = await openInventoryFile({ ...io, cwd: dir }, 'big.csv');
      expect(file.bytes).toEqual(bytes.subarray(0, 65536));
      expect(file.source?.length).toBe(9 * 1024 * 1024);
      expect(file.source?.subarray(5_000_000, 5_000_010)).toEqual(bytes.subarray(5_000_000, 5_000_010));
      // A slice past the end stops at the end.
      expect(file.source?.subarray(9 * 1024 * 1024 - 3, 9 * 1024 * 1024 + 10)).toEqual(bytes.subarray(9 * 1024 * 1024 - 3));
      file.close();
      file.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writeOutputFile with a text in chunks', () => {
  it('writes the chunks in order, through a temporary file renamed at the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reen-chunks-'));
    try {
      writeFileSync(join(dir, 'rapport.json'), 'ancien');
      const seen: string[] = [];
      function* chunks(): Generator<string> {
        for (const chunk of ['{\n', '  "a": 1', '\n}\n']) {
          // While chunks are written, the target still holds the previous report.
          seen.push(readFileSync(join(dir, 'rapport.json'), 'utf8'));
          yield chunk;
        }
      }
      await writeOutputFile({ ...io, cwd: dir }, 'rapport.json', chunks());
      expect(seen).toEqual(['ancien', 'ancien', 'ancien']);
      expect(readFileSync(join(dir, 'rapport.json'), 'utf8')).toBe('{\n  "a": 1\n}\n');
      expect(readdirSync(dir)).toEqual(['rapport.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the previous file and rethrows, as it is, an error made while producing a chunk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reen-chunks-'));
    try {
      writeFileSync(join(dir, 'rapport.json'), 'ancien');
      const defect = new TypeError('defect in a report');
      function* chunks(): Generator<string> {
        yield 'début';
        throw defect;
      }
      await expect(writeOutputFile({ ...io, cwd: dir }, 'rapport.json', chunks())).rejects.toBe(defect);
      expect(readFileSync(join(dir, 'rapport.json'), 'utf8')).toBe('ancien');
      expect(readdirSync(dir)).toEqual(['rapport.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a full disk as an input error (exit 3)', async () => {
    const error = await failure(writeOutputFile(io, '/dev/full', ['{', '}']));
    expect(error.exitCode).toBe(EXIT.input);
    expect(error.key).toBe('input.cannotWrite');
    expect(error.params).toEqual({ file: '/dev/full', detail: 'ENOSPC' });
  });
});
