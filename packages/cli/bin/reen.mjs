#!/usr/bin/env node
// The `reen` command. It runs the built CLI (dist/) when the package ships without its sources,
// and otherwise the TypeScript sources through tsx, with the `@reen/source` export condition so
// that @reen/core and @reen/formats also resolve to their sources: no build step is needed on a
// fresh clone.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceEntry = join(here, '..', 'src', 'main.ts');
const builtEntry = join(here, '..', 'dist', 'index.js');

async function start() {
  if (existsSync(sourceEntry) && process.env.REEN_CLI_USE_DIST !== '1') {
    // reen writes only where the user says: no transform cache in the system temp directory
    // (set TSX_DISABLE_CACHE=0 to let tsx keep one; it saves a few hundred milliseconds per run).
    if (process.env.TSX_DISABLE_CACHE === undefined) process.env.TSX_DISABLE_CACHE = '1';
    else if (process.env.TSX_DISABLE_CACHE === '0') delete process.env.TSX_DISABLE_CACHE;
    const { register: registerTsx } = await import('tsx/esm/api');
    registerTsx();
    register(pathToFileURL(join(here, 'source-conditions.mjs')));
    const { runFromProcess } = await import(pathToFileURL(sourceEntry).href);
    return runFromProcess();
  }
  const { runFromProcess } = await import(pathToFileURL(builtEntry).href);
  return runFromProcess();
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only a defect of the CLI itself lands here: user errors are handled inside runFromProcess.
    process.stderr.write(`reen: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
