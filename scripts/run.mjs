#!/usr/bin/env node
// Entry point of the README's two commands (`npm start`, `npm test`) and of `npm run bench`.
// It needs only Node >= 20.19 and npm: it installs the pinned pnpm through npx, installs the
// workspace when the lockfile changed, compiles the CLI (packages/cli/dist) when its sources
// changed, installs the system packages the browser and document tests need (Debian's chromium,
// LibreOffice, poppler) when it runs as root and they are missing, then runs the job.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmSpec = pkg.packageManager; // e.g. "pnpm@10.34.8"
const job = process.argv[2] ?? 'test';
const rest = process.argv.slice(3);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: false, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function pnpm(args) {
  return run(npx, ['--yes', pnpmSpec, ...args]);
}

/**
 * Runs pnpm with its output passed through as it comes, and tells whether a line said FAIL: the
 * in-process benches print their budgets' PASS or FAIL, and a FAIL must fail `npm run bench`.
 */
function pnpmWatchingFail(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(npx, ['--yes', pnpmSpec, ...args], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
    let failed = false;
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const text = tail + chunk.toString('utf8');
      if (/\bFAIL\b/.test(text)) failed = true;
      tail = text.slice(-8);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, failed }));
  });
}

function installWorkspace() {
  const lock = join(root, 'pnpm-lock.yaml');
  const stamp = join(root, 'node_modules', '.reen-install-stamp');
  const hash = createHash('sha256')
    .update(existsSync(lock) ? readFileSync(lock) : '')
    .update(pnpmSpec)
    .digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.log(`[reen] installing the workspace with ${pnpmSpec}…`);
  const status = pnpm(['install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
  writeFileSync(stamp, hash);
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function installSystemPackages() {
  const wanted = [
    ['chromium', 'chromium'],
    ['soffice', 'libreoffice-writer-nogui'],
    ['pdftotext', 'poppler-utils'],
  ].filter(([cmd]) => !has(cmd));
  if (wanted.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    console.warn(
      `[reen] missing system packages: ${wanted.map(([, p]) => p).join(', ')}. ` +
        'Install them (Debian: apt-get install -y chromium libreoffice-writer-nogui poppler-utils); ' +
        'the browser and LibreOffice tests need them.',
    );
    return;
  }
  console.log(`[reen] installing ${wanted.map(([, p]) => p).join(', ')} from Debian…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...wanted.map(([, p]) => p)], { env });
}

/** Compiles the CLI (packages/cli/dist) when it is missing or older than its sources. */
function buildCli() {
  const status = run(process.execPath, [join(root, 'packages', 'cli', 'bin', 'build.mjs')]);
  if (status !== 0) process.exit(status);
}

installWorkspace();
buildCli();
switch (job) {
  case 'start':
    process.exit(pnpm(['--filter', '@reen/web', 'run', 'start', ...rest]));
    break;
  case 'test':
    installSystemPackages();
    process.exit(pnpm(['run', 'test:all', ...rest]));
    break;
  case 'bench': {
    // Whole-process timing of `reen bilan` against papaparse first, then the hostile files'
    // budget, then the in-process benches.
    const cli = pnpm(['--filter', '@reen/cli', 'exec', 'tsx', 'bench/bilan-vs-papaparse.ts']);
    const hostile = pnpm(['--filter', '@reen/cli', 'exec', 'tsx', 'bench/hostile.ts']);
    const all = await pnpmWatchingFail(['run', 'bench:all', ...rest]);
    if (all.failed) console.error('[bench] some in-process budget printed FAIL (above)');
    process.exit(cli || hostile || all.status || (all.failed ? 1 : 0));
  }
    break;
  default:
    process.exit(pnpm(['run', job, ...rest]));
}
