import type { EntrySink } from './archive';
import { columnLetter } from './normalize';

/**
 * What makes a sheet expensive to read: its plain cells (rows × the column of their last cell), a
 * merged range or a hyperlink range that the reader fills cell by cell, ODS rows and columns
 * repeated, or an ODS cell spanned over many rows.
 */
export type CellCause = 'cells' | 'merge' | 'hyperlink' | 'repeat' | 'span';

/** The cells a sheet would make once read, and its most expensive part. */
export interface SheetCost {
  /** The sheet name (XLSX: from the workbook; ODS: `table:name`), else the archive entry. */
  sheet: string;
  cells: number;
  cause: CellCause;
  /** The range behind `cause`, e.g. `A1:XFD1048576`. */
  range: string;
  /** Cells from `cause`. */
  causeCells: number;
}

function rangeText(r0: number, c0: number, r1: number, c1: number): string {
  return `${columnLetter(c0)}${r0 + 1}:${columnLetter(c1)}${r1 + 1}`;
}

/** Zero-based column of letters `A`…`XFD`. */
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n - 1;
}

/** `A1:B2` (or `A1`) as zero-based bounds, or undefined. */
function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return undefined;
  const c0 = columnIndex((m[1] as string).toUpperCase());
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3].toUpperCase()) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** The value of attribute `name` (any namespace prefix) in a tag's attribute text. */
function attr(attrs: string, name: string): string | undefined {
  if (!attrs.includes(name)) return undefined;
  let re = ATTRIBUTE_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

function count(attrs: string, name: string): number {
  const v = Number.parseInt(attr(attrs, name) ?? '1', 10);
  return Number.isFinite(v) && v > 1 ? v : 1;
}

/** Keeps the cost of a sheet: the total, and its most expensive part. */
class Cost implements SheetCost {
  cells = 0;
  cause: CellCause = 'cells';
  range = '';
  causeCells = 0;
  /** Plain cells: rows and the widest row, for the `cells` cause. */
  private plain = { cells: 0, first: -1, last: -1, width: 0 };
  constructor(public sheet: string) {}

  add(cause: CellCause, cells: number, range: string): void {
    this.cells += cells;
    if (cells > this.causeCells) Object.assign(this, { cause, range, causeCells: cells });
  }

  /** A plain row (or `repeat` rows) whose last cell is in column `width - 1`. */
  row(r: number, width: number, repeat = 1): void {
    if (width === 0) return;
    const p = this.plain;
    p.cells += width * repeat;
    if (p.first === -1) p.first = r;
    p.last = r + repeat - 1;
    p.width = Math.max(p.width, width);
    this.cells += width * repeat;
    if (p.cells > this.causeCells) Object.assign(this, { cause: 'cells' as CellCause, range: rangeText(p.first, 0, p.last, p.width - 1), causeCells: p.cells });
  }
}

/**
 * Scans XML text chunk by chunk for the tags a `pattern` matches, keeping an unfinished tag for
 * the next chunk. Tag names and attributes are ASCII, so a UTF-8 decoding split in a character
 * does not matter.
 */
abstract class TagScanner implements EntrySink {
  private readonly decoder = new TextDecoder('utf-8');
  private carry = '';
  protected abstract readonly pattern: RegExp;
  protected abstract tag(closing: boolean, name: string, attrs: string, selfClosing: boolean): void;

  data(chunk: Uint8Array): void {
    this.scan(this.carry + this.decoder.decode(chunk, { stream: true }), false);
  }

  end(): void {
    this.scan(this.carry + this.decoder.decode(), true);
  }

  private scan(text: string, last: boolean): void {
    const re = this.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let done = 0;
    while ((m = re.exec(text)) !== null) {
      this.tag(m[1] === '/', m[2] as string, m[3] ?? '', m[4] === '/');
      done = re.lastIndex;
    }
    const open = text.lastIndexOf('<');
    this.carry = !last && open >= done && text.indexOf('>', open) === -1 ? text.slice(open) : '';
  }
}

/** Cost of one XLSX worksheet part (`xl/worksheets/*.xml`). */
export class XlsxSheetScanner extends TagScanner {
  readonly cost: Cost;
  protected readonly pattern = /<(\/?)(?:\w+:)?(row|c|mergeCell|hyperlink)(?=[\s/>])([^>]*?)(\/?)>/g;
  private r = -1;
  private col = -1;
  private width = 0;

  constructor(sheet: string) {
    super();
    this.cost = new Cost(sheet);
  }

  protected tag(closing: boolean, name: string, attrs: string): void {
    if (name === 'row') {
      if (closing) return;
      this.flush();
      const n = Number.parseInt(attr(attrs, 'r') ?? '', 10);
      this.r = Number.isFinite(n) && n > 0 ? n - 1 : this.r + 1;
      this.col = -1;
    } else if (name === 'c') {
      if (closing) return;
      const ref = attr(attrs, 'r');
      const letters = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref)?.[1] : undefined;
      this.col = letters ? columnIndex(letters.toUpperCase()) : this.col + 1;
      this.width = Math.max(this.width, this.col + 1);
    } else {
      const range = parseRange(attr(attrs, 'ref') ?? '');
      if (!range) return;
      const rows = range.r1 - range.r0 + 1;
      // The importer copies a merge down its rows; SheetJS gives each linked cell an object.
      if (name === 'mergeCell' && rows === 1) return;
      this.cost.add(name === 'mergeCell' ? 'merge' : 'hyperlink', rows * (range.c1 + 1), rangeText(range.r0, range.c0, range.r1, range.c1));
    }
  }

  private flush(): void {
    this.cost.row(this.r, this.width);
    this.width = 0;
  }

  override end(): void {
    super.end();
    this.flush();
  }
}

/** Cost of every table of an ODS `content.xml`. */
export class OdsContentScanner extends TagScanner {
  readonly costs: Cost[] = [];
  protected readonly pattern = /<(\/?)(?:\w+:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(\/?)>/g;
  private cost: Cost | undefined;
  private r = 0;
  private c = 0;
  private rowRepeat = 1;
  private width = 0;

  protected tag(closing: boolean, name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'table') {
      if (closing) this.cost = undefined;
      else {
        this.cost = new Cost(attr(attrs, 'name') ?? `Feuille ${this.costs.length + 1}`);
        this.costs.push(this.cost);
        this.r = 0;
      }
      return;
    }
    const cost = this.cost;
    if (!cost) return;
    if (name === 'table-row') {
      if (closing) this.endRow(cost);
      else {
        this.rowRepeat = count(attrs, 'number-rows-repeated');
        this.c = 0;
        this.width = 0;
        if (selfClosing) this.endRow(cost);
      }
      return;
    }
    if (closing) return;
    const repeat = count(attrs, 'number-columns-repeated');
    // A cell with content is copied to each of its repeated columns, and its row to each repeated
    // row; an empty cell makes nothing.
    const content = name === 'table-cell' && (!selfClosing || attr(attrs, 'value-type') !== undefined);
    if (content) {
      this.width = Math.max(this.width, this.c + (selfClosing ? 1 : repeat));
      const spanRows = count(attrs, 'number-rows-spanned');
      if (spanRows > 1 && !selfClosing) {
        const spanColumns = count(attrs, 'number-columns-spanned');
        cost.add('span', spanRows * (this.c + spanColumns), rangeText(this.r, this.c, this.r + spanRows - 1, this.c + spanColumns - 1));
      }
    }
    this.c += repeat;
  }

  private endRow(cost: Cost): void {
    if (this.rowRepeat > 1 && this.width > 0) cost.add('repeat', this.rowRepeat * this.width, rangeText(this.r, 0, this.r + this.rowRepeat - 1, this.width - 1));
    else cost.row(this.r, this.width);
    this.r += this.rowRepeat;
    this.rowRepeat = 1;
    this.width = 0;
  }
}
