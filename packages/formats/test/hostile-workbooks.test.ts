// Workbooks that expand far beyond their size: refused before any cell is made, naming the sheet,
// the cause and the limit. Without the cell budget, each of these ran the process out of memory.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { checkArchive, DEFAULT_LIMITS, formatImportIssueText, importInventoryFiles } from '../src/inventory';
import type { ImportOptions, ImportResult } from '../src/inventory';
import {
  inventorySheetData,
  minimalXlsx,
  overlappingZip,
  odsRepeatBomb,
  odsSpanBomb,
  odsWithEmptyTail,
  xlsxFarColumns,
  xlsxWholeSheetDimension,
  xlsxWholeSheetHyperlink,
  xlsxWholeSheetMerge,
} from './hostileFiles';

const TODAY = '2026-01-15';
const run = (name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> => importInventoryFiles([{ name, bytes }], { today: TODAY, ...options });
const errors = (r: ImportResult) => r.issues.filter((i) => i.severity === 'error');

describe('cell budget of workbooks', () => {
  it('refuses an XLSX whose header is merged over the whole sheet (A1:XFD1048576), naming sheet, cause and limit', async () => {
    const bytes = xlsxWholeSheetMerge();
    expect(bytes.length).toBeLessThan(10_000);
    const r = await run('fusion.xlsx', bytes);
    expect(r.items).toEqual([]);
    expect(errors(r)).toHaveLength(1);
    // 1,048,576 rows × 16,384 columns for the merge, plus the 4 × 3 plain cells.
    expect(errors(r)[0]).toMatchObject({
      code: 'sheet_too_large_merge',
      position: { file: 'fusion.xlsx', sheet: 'Inventaire', line: 1 },
      params: { sheet: 'Inventaire', range: 'A1:XFD1048576', cells: 1_048_576 * 16_384 + 12, max: 3_000_000 },
    });
    expect(formatImportIssueText(errors(r)[0]!)).toBe(
      'fusion.xlsx, feuille Inventaire, ligne 1 : La feuille « Inventaire » compterait 17179869196 cellules une fois lue, à cause de la fusion de cellules A1:XFD1048576 : au-delà de la limite de 3000000 cellules par classeur. Correction : Annulez cette fusion dans votre tableur (elle déborde du tableau), puis enregistrez de nouveau ; ou enregistrez la feuille en CSV.',
    );
  });

  it('refuses an XLSX with a hyperlink over the whole sheet', async () => {
    const r = await run('lien.xlsx', xlsxWholeSheetHyperlink());
    expect(errors(r).map((i) => [i.code, i.params['range']])).toEqual([['sheet_too_large_hyperlink', 'A1:XFD1048576']]);
    expect(r.items).toEqual([]);
  });

  it('refuses rows that reach the last column: 200 rows × 16,384 columns', async () => {
    const r = await run('large.xlsx', xlsxFarColumns(200));
    expect(errors(r).map((i) => [i.code, i.params['range'], i.params['cells']])).toEqual([['sheet_too_large_cells', 'A1:XFD200', 200 * 16_384]]);
  });

  it('refuses an ODS row repeated 1,048,576 times over 16,384 columns', async () => {
    const bytes = odsRepeatBomb();
    expect(bytes.length).toBeLessThan(10_000);
    const r = await run('repetition.ods', bytes);
    // The repeated row comes after the header and 3 devices (rows 1–4); 12 plain cells.
    expect(errors(r)).toMatchObject([{ code: 'sheet_too_large_repeat', position: { sheet: 'Inventaire' }, params: { range: 'A5:XFD1048580', cells: 1_048_576 * 16_384 + 12 } }]);
    expect(r.items).toEqual([]);
  });

  it('refuses an ODS cell spanned over 1,048,576 rows and 16,384 columns', async () => {
    const r = await run('etendue.ods', odsSpanBomb());
    // The span, plus 4 rows × 3 columns and the spanned cell's own row (1 cell).
    expect(errors(r)).toMatchObject([{ code: 'sheet_too_large_span', params: { range: 'A5:XFD1048580', cells: 1_048_576 * 16_384 + 13 } }]);
  });

  it('reads a sheet that only declares a huge dimension, and a LibreOffice sheet with the usual empty repeated tail', async () => {
    for (const [name, bytes] of [
      ['dimension.xlsx', xlsxWholeSheetDimension()],
      ['libreoffice.ods', odsWithEmptyTail()],
    ] as const) {
      const r = await run(name, bytes);
      expect(errors(r)).toEqual([]);
      expect(r.counts.devicesAccepted).toBe(3);
    }
  });

  it('counts plain cells against maxCells exactly: 4 rows × 3 columns is 12 cells', async () => {
    const bytes = minimalXlsx(inventorySheetData(3));
    expect((await run('ok.xlsx', bytes, { maxCells: 12 })).counts.devicesAccepted).toBe(3);
    const refused = await run('ok.xlsx', bytes, { maxCells: 11 });
    expect(errors(refused).map((i) => [i.code, i.params['range'], i.params['cells'], i.params['max']])).toEqual([['sheet_too_large_cells', 'A1:C4', 12, 11]]);
  });

  it('bounds a legacy XLS while reading it (no archive to scan): a merge over 1,048,576 rows', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['Type', 'Modèle', 'Quantité'], ['Portable', 'Latitude 5420', 1]]);
    ws['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 65_535, c: 255 } }];
    const bytes = new Uint8Array(XLSX.write({ SheetNames: ['Parc'], Sheets: { Parc: ws } }, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    const r = await run('ancien.xls', bytes);
    expect(errors(r)).toMatchObject([{ code: 'sheet_too_large_merge', position: { sheet: 'Parc' }, params: { range: 'A2:IV65536', max: 3_000_000 } }]);
    expect(r.items).toEqual([]);
  });

  it('has a default cell budget of 3,000,000', () => {
    expect(DEFAULT_LIMITS.maxCells).toBe(3_000_000);
  });
});

describe('decompression cap', () => {
  it('counts an entry hidden inside another entry (overlapping entries) toward the cap', () => {
    const { zip, storedBytes } = overlappingZip(5_000_000);
    expect(zip.length).toBeLessThan(20_000);
    expect(checkArchive(zip, 1_000_000)).toMatchObject({ ok: false, reason: 'too_large', max: 1_000_000 });
    // Under a larger cap, both entries are read: A's stored bytes, and B inflated to 5,000,000 bytes.
    expect(checkArchive(zip, 10_000_000)).toEqual({ ok: true, entries: 2, kind: 'xlsx', uncompressedBytes: storedBytes + 5_000_000 });
  });
});
