// Hostile and damaged inventory files through the real `reen` binary: each ends in a clear exit code
// and message, within a 1 GB heap (the child runs with --max-old-space-size=1024: a file that
// expanded past it would crash with a V8 abort instead of exiting with 3).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odsRepeatBomb, xlsxWholeSheetMerge } from '../../formats/test/hostileFiles';
import { runBinary } from './helpers';

const HEAP = { NODE_OPTIONS: '--max-old-space-size=1024' };
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reen-hostile-'));
  await writeFile(join(dir, 'fusion.xlsx'), xlsxWholeSheetMerge());
  await writeFile(join(dir, 'repetition.ods'), odsRepeatBomb());
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
