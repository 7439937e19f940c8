// Hostile and damaged inventory files through the real `reen` binary: each ends in a clear exit code
// and message, within a 1 GB heap (the child runs with --max-old-space-size=1024: a file that
// expanded past it would crash with a V8 abort instead of exiting with 3).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odsRepeatBomb, xlsxWholeSheetMerge } from '../../formats/test/hostileFiles';
import { rejectedRowsCsv, unclosedQuotesCsv } from '../bench/hostile-files';
import { runBinary } from './helpers';

const HEAP = { NODE_OPTIONS: '--max-old-space-size=1024' };
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reen-hostile-'));
  await writeFile(join(dir, 'fusion.xlsx'), xlsxWholeSheetMerge());
  await writeFile(join(dir, 'repetition.ods'), odsRepeatBomb());
  await writeFile(join(dir, 'rejets.csv'), rejectedRowsCsv(200_000));
  await writeFile(join(dir, 'guillemets.csv'), unclosedQuotesCsv(100_000));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reen bilan on workbooks that expand far beyond their size', () => {
  it('refuses a 2 kB XLSX merged over A1:XFD1048576 with exit 3, naming the sheet, the merge and the limit', async () => {
    const result = await runBinary(['bilan', 'fusion.xlsx', '--format', 'json'], { cwd: dir, env: HEAP });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'reen : erreur : import impossible de fusion.xlsx : La feuille « Inventaire » compterait 17179869196 cellules une fois lue, à cause de la fusion de cellules A1:XFD1048576 : au-delà de la limite de 3000000 cellules par classeur.',
    );
  });

  it('refuses an ODS row repeated over the whole sheet with exit 3', async () => {
    const result = await runBinary(['bilan', 'repetition.ods', '--format', 'json', '--lang', 'en'], { cwd: dir, env: HEAP });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Sheet "Inventaire" would make 17179869196 cells once read, because of rows and columns repeated over A5:XFD1048580: above the limit of 3000000 cells per workbook.');
  });
});

/** The parts of `reen bilan --format json` these tests read. */
interface BilanOutput {
  import: { rowsRead: number; accepted: number; rejected: number };
  issues: { code: string; line: number | null }[];
  issuesOmitted: { code: string; severity: string; count: number; message: string }[];
  byCategory: { quantity: number }[];
}

// The full-size files (1,000,000 rejected rows, 300,000 unclosed quotes) are measured by
// `npm run bench` (bench/hostile.ts); these smaller ones check the outcome in the test suite.
describe('reen bilan on CSV files where every row is wrong', () => {
  it('lists the first 100 issues of each code of 200,000 rejected rows, counts the rest, and exits 1', async () => {
    const result = await runBinary(['bilan', 'rejets.csv', '--format', 'json', '--quiet'], { cwd: dir, env: HEAP });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as BilanOutput;
    expect(json.import).toEqual({ rowsRead: 200_000, accepted: 0, rejected: 200_000 });
    expect(json.byCategory).toEqual([]);
    expect(json.issues.filter((issue) => issue.code === 'quantity_unparsable').map((issue) => issue.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(json.issues.filter((issue) => issue.code === 'category_unknown')).toHaveLength(100);
    expect(json.issuesOmitted.map(({ code, severity, count }) => ({ code, severity, count }))).toEqual([
      { code: 'quantity_unparsable', severity: 'error', count: 199_900 },
      { code: 'category_unknown', severity: 'error', count: 199_900 },
    ]);
    expect(json.issuesOmitted[0]?.message).toBe(
      '199\u202f900 autres problèmes « quantity_unparsable » ne sont pas listés ici (les 100 premiers le sont). « reen validate FICHIER --rejected rejets.csv » liste chaque ligne rejetée avec ses problèmes.',
    );
  });

  it('counts the one readable device among 100,000 lines of unclosed quotes, rejects the others, and exits 1', async () => {
    const result = await runBinary(['bilan', 'guillemets.csv', '--format', 'json', '--quiet', '--lang', 'en'], { cwd: dir, env: HEAP });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as BilanOutput;
    expect(json.import).toEqual({ rowsRead: 100_001, accepted: 1, rejected: 100_000 });
    expect(json.byCategory.map((row) => row.quantity)).toEqual([1]);
    expect(json.issues.filter((issue) => issue.code === 'csv_unbalanced_quote').map((issue) => issue.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 3));
    expect(json.issuesOmitted).toEqual([
      {
        code: 'csv_unbalanced_quote',
        severity: 'error',
        count: 99_900,
        message: '99,900 more “csv_unbalanced_quote” issues are not listed here (the first 100 are). “reen validate FILE --rejected rejected.csv” lists every rejected row with its issues.',
      },
    ]);
  });

  it('still lists every rejected row in the --rejected file of reen validate', async () => {
    const result = await runBinary(['validate', 'guillemets.csv', '--rejected', 'rejetees.csv', '--quiet'], { cwd: dir, env: HEAP });
    expect(result.code).toBe(1);
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(join(dir, 'rejetees.csv'), 'utf8')).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 100_000);
    expect(lines[1]?.split(';').slice(0, 3)).toEqual(['guillemets.csv', '', '3']);
    expect(lines.at(-1)?.split(';')[2]).toBe('100002');
  });
});
