import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './context';
import { CliError, EXIT } from './errors';
import { isProjectFileName, parseJsonBytes, readInputFile } from './files';

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
