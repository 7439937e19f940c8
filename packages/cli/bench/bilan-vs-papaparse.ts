// `npm run bench` (first part): `reen bilan` on a realistic 100,000-row GLPI export against a bare
// papaparse parse of the same file, both as whole processes (start-up, reading, decoding
// included), interleaved, median of 3. Budget: reen ≤ 2× papaparse. Also prints reen's peak
// memory (maximum resident set size of the process).
//
// The export is generated deterministically (packages/formats/bench/generate.ts: unique names and
// serial numbers, purchase dates over ten years, 40 entities, 90 locations) into
// node_modules/.cache/reen-bench/, not committed. Run: `npm run bench`, or
// `npx --yes pnpm@10.34.8 --filter @reen/cli exec tsx bench/bilan-vs-papaparse.ts [rows]`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../bin/build.mjs';
import { generateGlpiCsv } from '../../formats/bench/generate';

const ROWS = Number(process.argv[2] ?? 100_000);
const ROUNDS = 3;
const RATIO_BUDGET = 2;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'reen-bench');
const file = join(cacheDir, `glpi-${ROWS}.csv`);
const peakFile = join(cacheDir, 'peak-rss.txt');
const reen = join(root, 'packages', 'cli', 'bin', 'reen.mjs');
const papaparse = join(root, 'packages', 'formats', 'bench', 'papaparse-parse.mjs');
const preload = join(root, 'packages', 'cli', 'bench', 'report-peak-memory.mjs');

mkdirSync(cacheDir, { recursive: true });
writeFileSync(file, generateGlpiCsv(ROWS));
const build = ensureBuilt();
if (!build.ok) throw new Error(`cannot compile the CLI: ${build.reason}`);

const env = { ...process.env, NODE_OPTIONS: '', REEN_LANG: '' };

/** One measured process: wall time and CPU time (user + system) in ms, peak RSS in MB. */
interface Run {
  ms: number;
  cpuMs: number;
  peakMb: number;
  stdout: string;
}

/** Runs one process and measures it. */
function timed(args: string[]): Run {
  rmSync(peakFile, { force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    env: { ...env, REEN_BENCH_PEAK_FILE: peakFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const usage = JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRssKb: number; userUs: number; systemUs: number };
  return { ms, cpuMs: (usage.userUs + usage.systemUs) / 1000, peakMb: usage.maxRssKb / 1024, stdout: result.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const papa: Run[] = [];
const bilan: Run[] = [];
let devices = '';
for (let i = 0; i < ROUNDS; i++) {
  papa.push(timed([papaparse, file]));
  const run = timed([reen, 'bilan', file, '--format', 'json', '--quiet']);
  bilan.push(run);
  const json = JSON.parse(run.stdout) as { import: { accepted: number }; byCategory: { quantity: number }[] };
  devices = `${json.import.accepted} rows accepted, ${json.byCategory.reduce((n, c) => n + c.quantity, 0)} devices in the bilan (in service or in stock)`;
}
const papaMs = median(papa.map((r) => r.ms));
const bilanMs = median(bilan.map((r) => r.ms));
const ratio = bilanMs / papaMs;
const papaCpu = median(papa.map((r) => r.cpuMs));
const bilanCpu = median(bilan.map((r) => r.cpuMs));
const cpuRatio = bilanCpu / papaCpu;
const sizeMb = (statSync(file).size / 1e6).toFixed(1);
const row = (label: string, ms: number, cpu: number, peak: number) =>
  `  ${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU   peak RSS ${peak.toFixed(0).padStart(4)} MB`;
console.log(`[bench] reen bilan vs papaparse, whole processes, median of ${ROUNDS}: ${ROWS.toLocaleString('en')}-row GLPI export, ${sizeMb} MB`);
console.log(row('bare papaparse parse (node)', papaMs, papaCpu, Math.max(...papa.map((r) => r.peakMb))));
console.log(row('reen bilan --format json', bilanMs, bilanCpu, Math.max(...bilan.map((r) => r.peakMb))));
console.log(`  runs: papaparse ${papa.map((r) => r.ms.toFixed(0)).join(', ')} ms; reen ${bilan.map((r) => r.ms.toFixed(0)).join(', ')} ms${devices ? `; ${devices}` : ''}`);
console.log(`  ratio ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU (user + system; the fairer figure on a shared machine) (budget ≤ ${RATIO_BUDGET}) ${ratio <= RATIO_BUDGET ? 'PASS' : 'FAIL'}`);
if (ratio > RATIO_BUDGET) process.exitCode = 1;
