// `npm run bench` (second part): the CLI's budget on hostile files (issue 11: no input under 50 MB
// takes `reen bilan` over 1 GB or 60 s). Two CSV files generated on the fly into
// node_modules/.cache/reen-bench/ (bench/hostile-files.ts), each run once through
// `reen bilan FILE --format json` as a whole process:
// - one million rows, every one rejected (two errors each: an unknown type and a quantity that is
//   not a number), about 21 MB;
// - 300,000 lines that each open a quote and never close it, about 9 MB.
// Each must exit 1 (rows rejected) with the right counts, under 1 GB peak RSS and 60 s.
// Then `reen validate` on the million rejected rows, which lists every issue, within the same budget:
// JSON (about 1.2 GB, streamed) and text (about 1 GB) on stdout, the issues counted as they arrive;
// text with `--rejected` (a 900 MB CSV, its rows counted); JSON with `--out` and `--rejected`.
// Run: `npm run bench`, or `npx --yes pnpm@10.34.8 --filter @reen/cli exec tsx bench/hostile.ts`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../bin/build.mjs';
import { rejectedRowsCsv, unclosedQuotesCsv } from './hostile-files';

const RSS_BUDGET_MB = 1024;
const TIME_BUDGET_S = 60;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'reen-bench');
const peakFile = join(cacheDir, 'hostile-usage.json');
const reen = join(root, 'packages', 'cli', 'bin', 'reen.mjs');
const preload = join(root, 'packages', 'cli', 'bench', 'report-peak-memory.mjs');

mkdirSync(cacheDir, { recursive: true });
const build = ensureBuilt();
if (!build.ok) throw new Error(`cannot compile the CLI: ${build.reason}`);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expected: { rowsRead: number; accepted: number; rejected: number };
}

const cases: Case[] = [
  { name: 'rejected-1m.csv', text: rejectedRowsCsv(1_000_000), expected: { rowsRead: 1_000_000, accepted: 0, rejected: 1_000_000 } },
  { name: 'unclosed-quotes-300k.csv', text: unclosedQuotesCsv(300_000), expected: { rowsRead: 300_001, accepted: 1, rejected: 300_000 } },
];

let failed = false;
console.log(`[bench] reen bilan --format json on hostile files (budget: exit 1, under ${RSS_BUDGET_MB} MB peak RSS and ${TIME_BUDGET_S} s)`);
for (const c of cases) {
  const file = join(cacheDir, c.name);
  writeFileSync(file, c.text);
  rmSync(peakFile, { force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', preload, reen, 'bilan', file, '--format', 'json', '--quiet'], {
    env: { ...process.env, NODE_OPTIONS: '', REEN_LANG: '', REEN_BENCH_PEAK_FILE: peakFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  const usage = JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRssKb: number; userUs: number; systemUs: number };
  const peakMb = usage.maxRssKb / 1024;
  const cpuS = (usage.userUs + usage.systemUs) / 1e6;
  let counts = 'no JSON';
  let countsOk = false;
  try {
    const json = JSON.parse(result.stdout) as { import: Case['expected']; issuesOmitted: { code: string; count: number }[] };
    counts = `${json.import.rowsRead} read, ${json.import.accepted} accepted, ${json.import.rejected} rejected; omitted ${json.issuesOmitted.map((o) => `${o.code} ×${o.count}`).join(', ')}; JSON ${(result.stdout.length / 1e3).toFixed(0)} kB`;
    countsOk = JSON.stringify(json.import) === JSON.stringify(c.expected);
  } catch {
    // counts stays 'no JSON'
  }
  const ok = result.status === 1 && countsOk && peakMb < RSS_BUDGET_MB && seconds < TIME_BUDGET_S;
  if (!ok) failed = true;
  console.log(
    `  ${c.name.padEnd(26)} ${(statSync(file).size / 1e6).toFixed(1).padStart(5)} MB: exit ${result.status}, ${seconds.toFixed(1)} s wall, ${cpuS.toFixed(1)} s CPU, peak RSS ${peakMb.toFixed(0)} MB — ${counts} ${ok ? 'PASS' : 'FAIL'}`,
  );
}

/** What a `reen validate` case checks in its outputs. */
interface ValidateCase {
  readonly args: readonly string[];
  /** How stdout is read: JSON issues counted as they stream by, text issue lines counted, or nothing (`--out`). */
  readonly stdout: 'json' | 'text' | 'none';
  /** A rejected-rows CSV written by the case, whose rows are counted. */
  readonly rejected?: string;
}

/** Counts the occurrences of `marker` in a stream of text chunks, never holding more than one chunk. */
function counter(marker: string) {
  let count = 0;
  let carry = '';
  return {
    add(chunk: string) {
      const text = carry + chunk;
      for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) count += 1;
      carry = text.slice(-(marker.length - 1));
    },
    get count() {
      return count;
    },
    get carry() {
      return carry;
    },
  };
}

/** Runs `reen validate` on a file, counting the issues in its output as it streams by (it is never held whole). */
function runValidate(c: ValidateCase): Promise<{ status: number | null; bytes: number; issues: number; ends: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', preload, reen, 'validate', ...c.args, '--quiet'], {
      env: { ...process.env, NODE_OPTIONS: '', REEN_LANG: '', REEN_BENCH_PEAK_FILE: peakFile },
      stdio: ['ignore', c.stdout === 'none' ? 'ignore' : 'pipe', 'inherit'],
    });
    // A JSON issue starts with its severity; a text issue line is a severity and a [code].
    const issues = counter(c.stdout === 'json' ? '\n    {\n      "severity": ' : '\n  erreur [');
    let bytes = 0;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      bytes += Buffer.byteLength(chunk);
      issues.add(chunk);
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, bytes, issues: issues.count, ends: c.stdout !== 'json' || issues.carry.endsWith('\n  ]\n}\n') }));
  });
}

/** Rows of a CSV file with CRLF line ends (the header included), read in pieces. */
function csvRows(file: string): number {
  const rows = counter('\r\n');
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) rows.add(buffer.toString('latin1', 0, read));
  } finally {
    closeSync(fd);
  }
  return rows.count;
}

const million = join(cacheDir, 'rejected-1m.csv');
writeFileSync(million, rejectedRowsCsv(1_000_000));
const rejectedOut = join(cacheDir, 'rejected-1m-rejets.csv');
const reportOut = join(cacheDir, 'rejected-1m-rapport.json');
const validateCases: ValidateCase[] = [
  { args: [million, '--format', 'json'], stdout: 'json' },
  { args: [million], stdout: 'text' },
  { args: [million, '--rejected', rejectedOut], stdout: 'text', rejected: rejectedOut },
  { args: [million, '--format', 'json', '--out', reportOut, '--rejected', rejectedOut], stdout: 'none', rejected: rejectedOut },
];
console.log(`[bench] reen validate on ${basename(million)} (every issue listed, streamed; the same budget)`);
for (const c of validateCases) {
  rmSync(peakFile, { force: true });
  rmSync(rejectedOut, { force: true });
  const start = performance.now();
  const validated = await runValidate(c);
  const seconds = (performance.now() - start) / 1000;
  const usage = JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRssKb: number; userUs: number; systemUs: number };
  // Two issues per row (quantity, type) and, in JSON, two for the file (profile, no purchase date); in text, the 2,000,000 errors.
  const issuesOk = c.stdout === 'none' || validated.issues === (c.stdout === 'json' ? 2_000_002 : 2_000_000);
  const rows = c.rejected === undefined ? undefined : csvRows(c.rejected);
  const rowsOk = rows === undefined || rows === 1_000_001;
  const ok = validated.status === 1 && issuesOk && validated.ends && rowsOk && usage.maxRssKb / 1024 < RSS_BUDGET_MB && seconds < TIME_BUDGET_S;
  if (!ok) failed = true;
  const shown = c.args.slice(1).map((arg) => (arg.startsWith(cacheDir) ? basename(arg) : arg));
  const outputs = [
    c.stdout === 'none' ? undefined : `${validated.issues} issues, stdout ${(validated.bytes / 1e6).toFixed(0)} MB`,
    rows === undefined ? undefined : `rejected CSV ${rows - 1} rows, ${(statSync(c.rejected as string).size / 1e6).toFixed(0)} MB`,
  ].filter((part) => part !== undefined);
  console.log(
    `  ${(shown.join(' ') || '(text)').padEnd(60)}: exit ${validated.status}, ${seconds.toFixed(1)} s wall, ${((usage.userUs + usage.systemUs) / 1e6).toFixed(1)} s CPU, peak RSS ${(usage.maxRssKb / 1024).toFixed(0)} MB — ${outputs.join('; ')} ${ok ? 'PASS' : 'FAIL'}`,
  );
}
rmSync(rejectedOut, { force: true });
rmSync(reportOut, { force: true });
if (failed) process.exitCode = 1;
