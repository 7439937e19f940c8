// `reen validate` keeps its report and rejected rows in temporary files once they are large
// (output/validateSpool.ts): its outputs must be byte for byte what the whole import held in memory
// gives (`importInventoryFiles` with its defaults, `rejectedRowsToCsv`), and the files must go.
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importInventoryFiles, rejectedRowsToCsv } from '@reen/formats/inventory';
import type { ImportResult } from '@reen/formats/inventory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/context';
import { importIssueWording } from '../src/engine';
import type { Lang } from '../src/i18n';
import { runCli } from '../src/main';
import { issueToJson } from '../src/output/issuesJson';
import { jsonPieces, serializedList, streamedList } from '../src/output/jsonStream';
import { validateIssueText, validateJson, validateText } from '../src/output/validate';

let dir = '';
let spoolDir = '';
let previousTmp: string | undefined;
const NOW = new Date('2025-06-30T12:00:00Z');
const FILES = ['lots.csv', 'autres.csv', 'sans-entete.csv'];

/**
 * `lots.csv`: 25,000 rejected rows (over the 20,000 rows kept in memory, and over a million
 * characters of report), a formula cell, extra cells on some rows, good rows between them.
 * `autres.csv`: other headers, a repeated one, and a row with a cell at position 7.
 * `sans-entete.csv`: 30 rows of numbers and no header (each row rejected, with no headers of its own).
 */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reen-validate-spool-'));
  spoolDir = mkdtempSync(join(tmpdir(), 'reen-validate-spool-tmp-'));
  previousTmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = spoolDir;
  const lines = ['Type;Modèle;Quantité'];
  for (let i = 0; i < 30_000; i++) {
    if (i % 6 === 5) lines.push(`Portable;Latitude ${i % 40};2`);
    else if (i % 1000 === 7) lines.push(`=HYPERLINK("x");Modèle « ${i} »;n°${i};en trop`);
    else lines.push(`Grille-pain;Modèle ${i % 300};x${i % 9}`);
  }
  writeFileSync(join(dir, 'lots.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'autres.csv'), ['Type;Marque;Quantité;Marque', 'Écran;Dell;-1;', 'Écran;Dell;3;', 'Bidule;HP;1;;;;loin'].join('\n'));
  writeFileSync(join(dir, 'sans-entete.csv'), Array.from({ length: 30 }, (_, i) => `${i};${(i * 7) % 13};zz${i % 5}`).join('\n'));
});
afterAll(() => {
  if (previousTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = previousTmp;
  rmSync(dir, { recursive: true, force: true });
  rmSync(spoolDir, { recursive: true, force: true });
});

/** Files under the spool directory this process holds open (Linux: /proc), removed or not; -1 elsewhere. */
function openSpoolFiles(): number {
  if (!existsSync('/proc/self/fd')) return -1;
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(spoolDir);
    } catch {
      return false;
    }
  }).length;
}

/** Runs the CLI in-process; notes the most temporary files it held open while it wrote to stdout. */
async function run(args: readonly string[]): Promise<{ code: number; stdout: Buffer; spoolsSeen: number }> {
  const chunks: Buffer[] = [];
  let spoolsSeen = 0;
  const io: CliIO = {
    stdout: {
      write: (chunk: string | Uint8Array) => {
        spoolsSeen = Math.max(spoolsSeen, openSpoolFiles());
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
        return true;
      },
    },
    stderr: { write: () => true },
    cwd: dir,
    env: {},
    now: () => NOW,
  };
  const code = await runCli(args, io);
  return { code, stdout: Buffer.concat(chunks), spoolsSeen };
}

/** The import held whole in memory, as `importInventoryFiles` gives it by default. */
async function importWhole(): Promise<ImportResult> {
  const files = FILES.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  return importInventoryFiles(files, { today: '2025-06-30' });
}

/** A report made from the import held in memory, its issues worded one after the other. */
async function expectedReport(result: ImportResult, json: boolean, lang: Lang): Promise<string> {
  const word = validateIssueText(json, lang, await importIssueWording());
  const body = result.issues.map((issue, index) => word(issue, index)).join('');
  const issues = { length: result.issues.length, chunks: () => [Buffer.from(body, 'utf8')] };
  const summary = { tables: result.tables, counts: { rowsRead: result.counts.rowsRead, accepted: result.counts.accepted, rejected: result.counts.rejected } };
  const pieces = json ? validateJson(summary, issues) : validateText(summary, issues, lang);
  return Buffer.concat([...pieces].map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece))).toString('utf8');
}

describe('reen validate on 25,000 rejected rows, through temporary files', () => {
  it('writes the text report, the JSON report and the rejected rows of the import held in memory', async () => {
    const result = await importWhole();
    // 30,000 + 3 + 30 rows: 5,000 + 1 accepted, 25,000 + 2 + 30 rejected.
    expect(result.counts).toMatchObject({ rowsRead: 30_033, accepted: 5_001, rejected: 25_032 });

    const text = await run(['validate', ...FILES, '--rejected', 'rejets.csv', '-q']);
    expect(text.code).toBe(1);
    expect(text.stdout.length).toBeGreaterThan(5_000_000);
    expect(text.stdout.toString('utf8') === (await expectedReport(result, false, 'fr'))).toBe(true);
    expect(readFileSync(join(dir, 'rejets.csv'), 'utf8') === rejectedRowsToCsv(result, { lang: 'fr' })).toBe(true);
    // While the report was written, its text and the rejected rows were in two temporary files (Linux: seen in /proc),
    // whose names were removed at once; none is left open.
    if (existsSync('/proc/self/fd')) {
      expect(text.spoolsSeen).toBe(2);
      expect(openSpoolFiles()).toBe(0);
    }
    expect(readdirSync(spoolDir)).toEqual([]);

    const json = await run(['validate', ...FILES, '--format', 'json', '--lang', 'en', '--rejected', 'rejected.csv']);
    expect(json.code).toBe(1);
    expect(json.stdout.toString('utf8') === (await expectedReport(result, true, 'en'))).toBe(true);
    expect(readFileSync(join(dir, 'rejected.csv'), 'utf8') === rejectedRowsToCsv(result, { lang: 'en' })).toBe(true);
    expect(readdirSync(spoolDir)).toEqual([]);
  }, 120_000);

  it('words JSON issues as the streamed list of the whole issues did', async () => {
    const result = await importWhole();
    const wording = await importIssueWording();
    const word = validateIssueText(true, 'fr', wording);
    const issues = result.issues.slice(0, 50).concat(result.issues.slice(-50));
    const body = issues.map((issue, index) => word(issue, index)).join('');
    const serialized = [...jsonPieces({ a: 1, issues: serializedList({ length: issues.length, chunks: () => [body] }) })].join('');
    const streamed = [...jsonPieces({ a: 1, issues: streamedList(issues.map((issue) => issueToJson(issue, 'fr', wording.bare))) })].join('');
    expect(serialized).toBe(streamed);
    expect([...jsonPieces({ issues: serializedList({ length: 0, chunks: () => [] }) })].join('')).toBe('{\n  "issues": []\n}');
  });
});
