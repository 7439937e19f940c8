#!/usr/bin/env node
// The `reen` command. It always runs compiled JavaScript when it can:
// - in an installed package (no `src/`), the bundled build in dist/;
// - in the workspace, dist/ too, rebuilt first when the TypeScript sources changed since it was
//   built (bin/build.mjs: a fingerprint check of a few milliseconds, a build of a few seconds).
// Only when that build cannot be used (another process is building it, or it failed) does it
// run the TypeScript sources through tsx, with the `@reen/source` export condition so that
// @reen/core and @reen/formats resolve to their sources too. REEN_CLI_FROM_SOURCE=1 forces the
// sources, REEN_CLI_USE_DIST=1 forces dist/ as it is. The commands that read inventories run dist/'s
// single-file build through a V8 code cache (bin/bundle.mjs); REEN_CLI_ESM=1 runs the ESM build instead.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceEntry = join(here, '..', 'src', 'main.ts');
const distDir = join(here, '..', 'dist');
const builtEntry = join(distDir, 'index.js');

async function runSources() {
  // reen writes only where the user says: no transform cache in the system temp directory.
  if (process.env.TSX_DISABLE_CACHE === undefined) process.env.TSX_DISABLE_CACHE = '1';
  else if (process.env.TSX_DISABLE_CACHE === '0') delete process.env.TSX_DISABLE_CACHE;
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  register(pathToFileURL(join(here, 'source-conditions.mjs')));
  const { runFromProcess } = await import(pathToFileURL(sourceEntry).href);
  return runFromProcess();
}

/** Commands that read inventories: they run the single-file build through its code cache (bin/bundle.mjs). */
const BUNDLE_COMMANDS = new Set(['bilan', 'validate', 'strategy', 'rapport']);

async function runBuilt() {
  if (process.env.REEN_CLI_ESM !== '1' && process.argv.slice(2).some((arg) => BUNDLE_COMMANDS.has(arg))) {
    const { hasBundle, loadBundle } = await import('./bundle.mjs');
    if (hasBundle(distDir)) return loadBundle(distDir).runFromProcess();
  }
  const { runFromProcess } = await import(pathToFileURL(builtEntry).href);
  return runFromProcess();
}

async function start() {
  if (!existsSync(sourceEntry) || process.env.REEN_CLI_USE_DIST === '1') return runBuilt();
  if (process.env.REEN_CLI_FROM_SOURCE === '1') return runSources();
  const { ensureBuilt } = await import('./build.mjs');
  const build = ensureBuilt();
  if (build.ok) return runBuilt();
  if (process.env.REEN_CLI_DEBUG_BUILD === '1') process.stderr.write(`reen: using the sources: ${build.reason}\n`);
  return runSources();
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
