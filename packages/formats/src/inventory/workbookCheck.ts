import { checkArchive } from './archive';
import type { EntrySink } from './archive';
import { OdsContentScanner, XlsxSheetScanner } from './sheetScan';
import type { SheetCost } from './sheetScan';

/** Why a workbook is refused before it is opened: the issue code and its parameters. */
export interface WorkbookRefusal {
  readonly code: string;
  readonly params: Record<string, string | number>;
}

/** Parts of an XLSX read whole, to name its sheets (small XML; capped). */
const NAMING_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
const NAMING_PART_MAX = 4 << 20;

/** XLSX parts that hold no cells. */
function isCellPart(name: string): boolean {
  return name.startsWith('xl/') && name.endsWith('.xml') && !NAMING_PARTS.has(name) && name !== 'xl/sharedStrings.xml' && name !== 'xl/styles.xml' && !name.startsWith('xl/theme/');
}

/** Collects a small part as text. */
class TextPart implements EntrySink {
  private readonly decoder = new TextDecoder('utf-8');
  text = '';
  data(chunk: Uint8Array): void {
    if (this.text.length < NAMING_PART_MAX) this.text += this.decoder.decode(chunk, { stream: true });
  }
  end(): void {
    this.text += this.decoder.decode();
  }
}

/** XLSX part path → sheet name, from the workbook and its relationships. */
function sheetNames(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const id = /\b(?:\w+:)?id\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, unescapeXml(name));
  }
  return names;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] as string);
}

/**
 * Checks an XLSX or ODS archive before any spreadsheet reader opens it: the decompression cap
 * (`checkArchive`), then the cells its sheets would make once read. The sheet XML is scanned as it
 * is inflated, nothing kept: rows times the column of their last cell, merged and hyperlink ranges
 * (XLSX), repeated rows and columns and spanned cells (ODS). Past `maxCells` in all, the workbook
 * is refused, naming the most expensive sheet, its cause and range, and the limit.
 */
export function checkWorkbook(bytes: Uint8Array, format: 'xlsx' | 'ods', limits: { maxUncompressedBytes: number; maxCells: number }): WorkbookRefusal | undefined {
  const xlsx: { part: string; scanner: XlsxSheetScanner }[] = [];
  const naming = new Map<string, TextPart>();
  let ods: OdsContentScanner | undefined;
  const check = checkArchive(bytes, limits.maxUncompressedBytes, (name) => {
    if (format === 'ods') return name === 'content.xml' ? (ods = new OdsContentScanner()) : undefined;
    if (NAMING_PARTS.has(name)) {
      const part = new TextPart();
      naming.set(name, part);
      return part;
    }
    if (!isCellPart(name)) return undefined;
    const scanner = new XlsxSheetScanner(name);
    xlsx.push({ part: name, scanner });
    return scanner;
  });
  if (!check.ok) {
    if (check.reason === 'too_large') return { code: 'archive_too_large', params: { uncompressed: check.uncompressedBytes, max: check.max } };
    return { code: 'file_corrupt', params: { detail: check.detail } };
  }
  let costs: SheetCost[];
  if (format === 'ods') costs = ods?.costs ?? [];
  else {
    const names = sheetNames(naming.get('xl/workbook.xml')?.text ?? '', naming.get('xl/_rels/workbook.xml.rels')?.text ?? '');
    costs = xlsx.map(({ part, scanner }) => Object.assign(scanner.cost, { sheet: names.get(part) ?? part }));
  }
  const total = costs.reduce((n, c) => n + c.cells, 0);
  if (total <= limits.maxCells) return undefined;
  const worst = costs.reduce((a, b) => (b.cells > a.cells ? b : a));
  return { code: `sheet_too_large_${worst.cause}`, params: { sheet: worst.sheet, range: worst.range, cells: worst.cells, total, max: limits.maxCells } };
}
