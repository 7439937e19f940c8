import type * as XLSXModule from '@e965/xlsx';
import type { RawRow } from './csv';
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

/**
 * Reads every sheet of an XLSX, XLSM, XLS or ODS workbook (the archive must have passed
 * `checkArchive`). Dates become ISO strings, numbers keep up to 15 significant digits, and cells
 * merged down over several rows are repeated on each row (hand-made sheets merge a site over its
 * devices); title rows merged across columns are left alone for header detection.
 *
 * @throws Whatever SheetJS throws on a corrupt file; the caller turns it into an issue.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetTable[]> {
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
  return wb.SheetNames.map((name, index) => {
    const ws = wb.Sheets[name] as Record<string, unknown> | undefined;
    const data = ((ws?.['!data'] as (Cell | undefined)[][] | undefined) ?? []) as (Cell | undefined)[][];
    const merges = (ws?.['!merges'] as { s: { r: number; c: number }; e: { r: number; c: number } }[] | undefined) ?? [];
    const text: string[][] = [];
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      const cells: string[] = [];
      for (let c = 0; c < row.length; c++) cells[c] = cellText(row[c], isDate, date1904);
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = '';
      text[r] = cells;
    }
    for (const m of merges) {
      if (m.e.r <= m.s.r) continue;
      const value = text[m.s.r]?.[m.s.c] ?? '';
      if (value === '') continue;
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
