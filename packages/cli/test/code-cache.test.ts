// The commands that read inventories run the single-file build through its V8 code cache
// (bin/bundle.mjs): the cache must be used, give exactly what the ESM build gives, and be ignored
// without harm when V8 refuses it (another Node version or other V8 flags).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliRoot, ensureBuilt } from '../bin/build.mjs';

const BIN = join(cliRoot, 'bin', 'reen.mjs');
const FIXTURES = fileURLToPath(new URL('../../formats/test/fixtures/', import.meta.url));
const ARGS = ['bilan', 'glpi-ordinateurs.csv', 'ocs-export.csv', '--year', '2025', '--format', 'json'];

/** Runs `reen` from the build, with extra node flags and environment. */
function run(nodeFlags: string[], args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [...nodeFlags, BIN, ...args], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', REEN_LANG: '', REEN_CLI_USE_DIST: '1', REEN_CODE_CACHE_DEBUG: '1', ...env },
  });
}

describe('the single-file build and its code cache', () => {
  it('are built with the CLI, the cache from a warm-up on a sample export', () => {
    expect(ensureBuilt().ok).toBe(true);
    const dist = join(cliRoot, 'dist');
    expect(existsSync(join(dist, 'reen.cjs'))).toBe(true);
    // The warm-up compiled the import, the footprint and the outputs: far more than the top level.
    expect(statSync(join(dist, 'reen.cjs.cache')).size).toBeGreaterThan(500_000);
    expect(existsSync(join(dist, 'warmup-sample.csv'))).toBe(false);
  });

  it('runs `reen bilan` from the cache, with the output of the ESM build', () => {
    const cached = run([], ARGS);
    expect(cached.stderr).toContain('reen: code cache used');
    expect(cached.status).toBe(1);
    // `--help` keeps the small ESM build; `bilan` from it (no cache in the way) for comparison.
    const help = run([], ['--help']);
    expect(help.stderr).not.toContain('code cache');
    const esm = run([], ARGS, { REEN_CLI_ESM: '1' });
    expect(esm.stderr).not.toContain('code cache');
    expect(cached.stdout.length).toBeGreaterThan(1000);
    expect(cached.stdout).toBe(esm.stdout);
  });

  it('compiles the source as usual when V8 refuses the cache (other flags), with the same output', () => {
    const cached = run([], ARGS);
    const refused = run(['--max-lazy'], ARGS);
    expect(refused.stderr).toContain('reen: code cache rejected');
    expect(refused.stdout).toBe(cached.stdout);
  });
});
