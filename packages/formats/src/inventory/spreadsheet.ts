import type * as XLSXModule from '@e965/xlsx';
import type { RawRow } from './csv';
import { columnLetter } from './normalize';
import { excelSerialToIso } from './values';

/** One sheet of a workbook, as rows of strings. */
export interface SheetTable {
  readonly name: string;
  readonly index: number;
  readonly rows: RawRow[];
}

type Cell = { t: string; v?: unknown; z?: unknown; w?: string };
type SheetJs = typeof XLSXModule;

let sheetJs: Promise<SheetJs> | undefined;

/** Loads SheetJS on first use, so that CSV-only callers (and the web app's first screen) do not pay for it. */
export function loadSheetJs(): Promise<SheetJs> {
  sheetJs ??= import('@e965/xlsx');
  return sheetJs;
}

function numberToText(v: number): string {
  if (Number.isInteger(v)) return String(v);
  // Spreadsheets display 15 significant digits; binary noise beyond that is dropped.
  const fixed = v.toPrecision(15);
  if (fixed.includes('e')) return String(v);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

function isoOfDate(d: Date): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function cellText(cell: Cell | undefined, isDate: (fmt: unknown) => boolean, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const v = typeof cell.v === 'number' ? cell.v : Number(cell.v);
      if (!Number.isFinite(v)) return '';
      if (cell.z !== undefined && isDate(cell.z)) {
        const serial = date1904 ? v + 1462 : v;
        return excelSerialToIso(serial) ?? numberToText(v);
      }
      return numberToText(v);
    }
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'd':
      return cell.v instanceof Date ? isoOfDate(cell.v) : String(cell.v ?? '');
    case 'e':
      return cell.w ?? '#ERREUR';
    default:
      return '';
  }
}

/** Thrown when the cells of a workbook, as they are made, pass the cell budget (a legacy XLS has no scan before). */
export class SheetTooLarge extends Error {
  override readonly name = 'SheetTooLarge';
  constructor(
    readonly sheet: string,
    readonly reason: 'cells' | 'merge',
    readonly range: string,
    readonly cells: number,
    readonly max: number,
  ) {
    super(`sheet ${sheet}: ${cells} cells (${reason} ${range}) above ${max}`);
  }
}

/**
 * Reads every sheet of an XLSX, XLSM, XLS or ODS workbook (the archive must have passed
 * `checkWorkbook`). Dates become ISO strings, numbers keep up to 15 significant digits, and cells
 * merged down over several rows are repeated on each row (hand-made sheets merge a site over its
 * devices); title rows merged across columns are left alone for header detection. The cells made
 * are counted against `maxCells` before they are made: the XLSX/ODS scan already bounds them, and a
 * legacy XLS is bounded here.
 *
 * @throws `SheetTooLarge` past `maxCells`; whatever SheetJS throws on a corrupt file. The caller turns both into issues.
 */
export async function readWorkbook(bytes: Uint8Array, maxCells = Number.POSITIVE_INFINITY): Promise<SheetTable[]> {
  const XLSX = await loadSheetJs();
  const wb = XLSX.read(bytes, {
    type: 'array',
    dense: true,
    cellDates: false,
    cellNF: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    sheetStubs: false,
    WTF: false,
  });
  const date1904 = Boolean((wb.Workbook as { WBProps?: { date1904?: boolean } } | undefined)?.WBProps?.date1904);
  const isDate = (fmt: unknown): boolean => typeof fmt === 'string' && Boolean(XLSX.SSF.is_date(fmt));
  let made = 0;
  const spend = (sheet: string, cause: 'cells' | 'merge', range: string, cells: number): void => {
    made += cells;
    if (made > maxCells) throw new SheetTooLarge(sheet, cause, range, made, maxCells);
  };
  return wb.SheetNames.map((name, index) => {
    const ws = wb.Sheets[name] as Record<string, unknown> | undefined;
    const data = ((ws?.['!data'] as (Cell | undefined)[][] | undefined) ?? []) as (Cell | undefined)[][];
    const merges = (ws?.['!merges'] as { s: { r: number; c: number }; e: { r: number; c: number } }[] | undefined) ?? [];
    const text: string[][] = [];
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      spend(name, 'cells', `A${r + 1}`, row.length);
      const cells: string[] = [];
      for (let c = 0; c < row.length; c++) cells[c] = cellText(row[c], isDate, date1904);
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = '';
      text[r] = cells;
      // SheetJS's cells are no longer needed: let them go while the next rows are converted.
      data[r] = undefined as unknown as (Cell | undefined)[];
    }
    for (const m of merges) {
      if (m.e.r <= m.s.r) continue;
      const value = text[m.s.r]?.[m.s.c] ?? '';
      if (value === '') continue;
      spend(name, 'merge', `${columnLetter(m.s.c)}${m.s.r + 1}:${columnLetter(m.e.c)}${m.e.r + 1}`, (m.e.r - m.s.r + 1) * (m.e.c + 1));
      for (let r = m.s.r; r <= m.e.r; r++) {
        const row = (text[r] ??= []);
        for (let c = m.s.c; c <= m.e.c; c++) {
          for (let k = row.length; k < c; k++) row[k] = '';
          row[c] = value;
        }
      }
    }
    const rows: RawRow[] = [];
    for (let r = 0; r < text.length; r++) {
      const cells = text[r];
      if (!cells) continue;
      let last = cells.length - 1;
      while (last >= 0 && (cells[last] ?? '').trim() === '') last--;
      if (last < 0) continue;
      rows.push({ cells: cells.slice(0, last + 1), line: r + 1 });
    }
    return { name, index, rows };
  });
}
