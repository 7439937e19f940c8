// Keeps packages/cli/dist/ (the compiled, bundled CLI) up to date with the TypeScript sources of
// the workspace, so that `reen` runs compiled JavaScript instead of transpiling on every call.
//
// - `isBuildFresh()` compares a fingerprint of the sources (number, total size and newest
//   modification time of the source files of @reen/cli, @reen/formats and @reen/core, and of
//   their package and build configuration) with the one stored in dist/.source-stamp when dist was
//   built. It costs a few milliseconds.
// - `ensureBuilt()` rebuilds when the fingerprint differs: tsup writes to a fresh directory, which
//   then replaces dist/ by renames, so a concurrent `reen` never sees a half-written build. A lock
//   directory keeps two processes from building at once; the loser returns false and its caller
//   runs the sources (bin/reen.mjs does it through tsx) for that one call.
//
// Run directly (`node packages/cli/bin/build.mjs`), it builds when stale and prints what it did;
// scripts/run.mjs calls it after installing the workspace.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cliRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagesRoot = join(cliRoot, '..');
const distDir = join(cliRoot, 'dist');
const stampFile = join(distDir, '.source-stamp');
const lockDir = join(cliRoot, '.dist-build.lock');
/** A lock older than this is left over by a killed build. */
const STALE_LOCK_MS = 5 * 60 * 1000;

/** Files whose change does not change the built CLI. */
const IGNORED = /\.(test|bench|test-d)\.ts$/;

function walk(dir, acc) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, acc);
    else if (!IGNORED.test(entry.name)) {
      const info = statSync(path);
      acc.count += 1;
      acc.size += info.size;
      acc.mtime = Math.max(acc.mtime, info.mtimeMs);
    }
  }
}

/** Fingerprint of everything the build reads from the workspace. */
export function sourceFingerprint() {
  const acc = { count: 0, size: 0, mtime: 0 };
  for (const pkg of ['cli', 'formats', 'core']) {
    walk(join(packagesRoot, pkg, 'src'), acc);
    for (const file of ['package.json', 'tsup.config.ts']) {
      const path = join(packagesRoot, pkg, file);
      if (existsSync(path)) {
        const info = statSync(path);
        acc.count += 1;
        acc.size += info.size;
        acc.mtime = Math.max(acc.mtime, info.mtimeMs);
      }
    }
  }
  walk(join(packagesRoot, 'core', 'data'), acc);
  // The build scripts themselves (the single-file build's ASCII pass and code-cache warm-up).
  walk(join(cliRoot, 'bin'), acc);
  return `${acc.count}:${acc.size}:${acc.mtime}`;
}

/** True when dist/ exists and was built from the sources as they are now. */
export function isBuildFresh(fingerprint = sourceFingerprint()) {
  try {
    return readFileSync(stampFile, 'utf8') === fingerprint && existsSync(join(distDir, 'index.js'));
  } catch {
    return false;
  }
}

function takeLock() {
  try {
    mkdirSync(lockDir);
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') return false;
    try {
      if (Date.now() - statSync(lockDir).mtimeMs > STALE_LOCK_MS) {
        rmSync(lockDir, { recursive: true, force: true });
        mkdirSync(lockDir);
        return true;
      }
    } catch {
      // Another process took or removed it meanwhile.
    }
    return false;
  }
}

/**
 * Escapes the few non-ASCII characters esbuild leaves in the single-file build (in regular
 * expression literals: `/^[aeiouyéè]/` becomes `/^[aeiouy\u00e9\u00e8]/`, the same pattern), so
 * that V8 holds its source as one byte per character: 5 MB instead of 10.
 */
function asciiOnly(file) {
  if (!existsSync(file)) return;
  const source = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex
  const ascii = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== source) writeFileSync(file, ascii);
}

/** Commands the warm-up runs on its sample export, each adding what it compiles to the code cache. */
const WARM_UP_RUNS = [
  ['bilan', 'SAMPLE', '--format', 'json', '--quiet'],
  ['bilan', 'SAMPLE', '--quiet'],
  ['validate', 'SAMPLE', '--quiet'],
];

/**
 * Makes the single-file build's code cache (bin/bundle.mjs) by running a few commands on a sample
 * export. Without a cache (a run failed), `reen` uses the ESM build: slower to start, same result.
 */
function warmUp(spawnSync, dir) {
  const warmup = join(cliRoot, 'bin', 'warmup.mjs');
  for (const args of WARM_UP_RUNS) {
    const run = spawnSync(process.execPath, [warmup, dir, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', REEN_CODE_CACHE_WRITE: '1', REEN_LANG: '' },
    });
    if (run.status !== 0 && run.status !== 1) {
      rmSync(join(dir, 'reen.cjs.cache'), { force: true });
      break;
    }
  }
  rmSync(join(dir, 'warmup-sample.csv'), { force: true });
}

/**
 * Builds dist/ when it is missing or stale.
 *
 * @returns `{ ok: true }` when dist/ is fresh (built now or before); `{ ok: false, reason }` when
 * another process is building or the build failed (reason: its output).
 */
export function ensureBuilt() {
  const fingerprint = sourceFingerprint();
  if (isBuildFresh(fingerprint)) return { ok: true, built: false };
  if (!takeLock()) return { ok: false, reason: 'another build is running' };
  const temporary = join(cliRoot, `.dist-build-${process.pid}`);
  const old = join(cliRoot, `.dist-old-${process.pid}`);
  try {
    const require = createRequire(join(cliRoot, 'package.json'));
    // Loaded only to build: every `reen` call checks freshness, and node:child_process costs ~5 ms to load.
    const { spawnSync } = require('node:child_process');
    const tsupCli = join(dirname(require.resolve('tsup/package.json')), 'dist', 'cli-default.js');
    const result = spawnSync(process.execPath, [tsupCli, '--out-dir', temporary, '--silent'], {
      cwd: cliRoot,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    if (result.status !== 0 || !existsSync(join(temporary, 'index.js'))) {
      return { ok: false, reason: `${result.error?.message ?? ''}${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
    }
    asciiOnly(join(temporary, 'reen.cjs'));
    writeFileSync(join(temporary, '.source-stamp'), fingerprint);
    if (existsSync(distDir)) renameSync(distDir, old);
    renameSync(temporary, distDir);
    // In place: the code cache keeps the path its script was compiled from (stack traces).
    // Until it is written, `reen` runs the ESM build.
    warmUp(spawnSync, distDir);
    return { ok: true, built: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(temporary, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
    rmSync(lockDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = ensureBuilt();
  if (result.ok) console.log(result.built ? '[reen] CLI compiled into packages/cli/dist' : '[reen] CLI build is up to date');
  else {
    console.error(`[reen] could not compile the CLI: ${result.reason}`);
    process.exitCode = 1;
  }
}
