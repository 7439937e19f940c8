/**
 * Cell value parsers for real-world files: decimal comma or dot, thousands separators (space,
 * no-break space U+00A0, narrow no-break space U+202F, apostrophe), French and ISO dates, Excel
 * serial dates, years alone, and French/English booleans. Each parser returns a tagged result and
 * never throws.
 */

/** Result of a value parser. */
export type ValueResult<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };

const SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;
const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
/** One separator followed by exactly three digits: "1.000" or "1,000" may be one, or a thousand. */
const THOUSANDS_LOOKALIKE = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * Parses a decimal written the French or the English way and returns it as a plain decimal
 * string (`"1 234,5"` → `"1234.5"`, `"1,234.50"` → `"1234.50"`, `"12,5"` → `"12.5"`). A single
 * dot or comma followed by exactly three digits (`"1.000"`, `"2,500"`) is read as a decimal
 * separator, with the note `ambiguous_thousands`: it may also separate thousands.
 *
 * @param text - The cell text.
 * @returns The decimal string, or a failure reason.
 */
export function parseDecimalText(text: string): ValueResult<string> {
  let s = text.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  if (PLAIN_DECIMAL.test(s)) {
    const value = s.startsWith('+') ? s.slice(1) : s;
    return THOUSANDS_LOOKALIKE.test(s) ? { ok: true, value, note: 'ambiguous_thousands' } : { ok: true, value };
  }
  if (THOUSANDS_LOOKALIKE.test(s)) return { ok: true, value: s.replace(',', '.').replace(/^\+/, ''), note: 'ambiguous_thousands' };
  s = s.replace(SPACES, '');
  if (s.startsWith('+')) s = s.slice(1);
  const comma = s.indexOf(',');
  const dot = s.indexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both present: the last one is the decimal separator.
    if (s.lastIndexOf(',') > s.lastIndexOf('.')) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(/,/g, '');
  } else if (comma >= 0) {
    const commas = s.split(',').length - 1;
    if (commas > 1) {
      if (!/^-?\d{1,3}(,\d{3})+$/.test(s)) return { ok: false, reason: 'not_a_number' };
      s = s.replace(/,/g, '');
    } else s = s.replace(',', '.');
  } else if (dot >= 0) {
    const dots = s.split('.').length - 1;
    if (dots > 1) {
      if (!/^-?\d{1,3}(\.\d{3})+$/.test(s)) return { ok: false, reason: 'not_a_number' };
      s = s.replace(/\./g, '');
    }
  }
  if (/^-?\.\d+$/.test(s)) s = s.replace('.', '0.');
  if (/^-?\d+\.$/.test(s)) s = s.slice(0, -1);
  if (/^-?\d+(?:\.\d+)?$/.test(s)) return { ok: true, value: s };
  // Scientific notation as written by spreadsheets for very small or large numbers.
  if (/^-?\d+(?:\.\d+)?[eE][+-]?\d+$/.test(s)) return { ok: true, value: s };
  return { ok: false, reason: 'not_a_number' };
}

/** A parsed date: a full ISO date, or a year alone. */
export type DateValue = { kind: 'date'; iso: string } | { kind: 'year'; year: number };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (d > (DAYS_IN_MONTH[m - 1] ?? 0)) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day number of 1899-12-30, the epoch of Excel's 1900 date system as used by every reader. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/**
 * Converts an Excel serial date (1900 date system) to an ISO date. Serial 60 is Excel's
 * non-existent 29 February 1900; serials below 61 are shifted by one day, as Excel does.
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const whole = Math.floor(serial);
  const days = whole < 61 ? whole + 1 : whole;
  const date = new Date(EXCEL_EPOCH_UTC + days * MS_PER_DAY);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Lowest and highest serials read as dates in a date column: 1980-01-01 and 2100-12-31. */
const SERIAL_MIN = 29_221;
const SERIAL_MAX = 73_415;

function expandYear(yy: number, pivotYear: number): number {
  const century = Math.floor(pivotYear / 100) * 100;
  const candidate = century + yy;
  return candidate > pivotYear + 1 ? candidate - 100 : candidate;
}

/**
 * Parses a date as found in French and international files: `15/03/2019`, `15-03-2019`,
 * `15.03.2019`, `15/03/19`, `2019-03-15`, `2019-03-15 10:42:00` (GLPI), `2019/03/15`,
 * `03/2019` (month and year: the year is kept), `2019` (year alone) and Excel serials
 * (`43539`). A day-first reading is preferred; `03/15/2019` is read month-first with a note.
 *
 * @param text - The cell text.
 * @param pivotYear - Two-digit years are put in the century that keeps them at most one year after this year.
 */
export function parseDateText(text: string, pivotYear = 2100): ValueResult<DateValue> {
  const s = text.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return isValidDate(y, mo, d) ? { ok: true, value: { kind: 'date', iso: iso(y, mo, d) } } : { ok: false, reason: 'invalid_date' };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[T ]\d{1,2}[:h]\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const yRaw = m[3] ?? '';
    const y = yRaw.length === 2 ? expandYear(Number(yRaw), pivotYear) : Number(yRaw);
    if (isValidDate(y, b, a)) return { ok: true, value: { kind: 'date', iso: iso(y, b, a) } };
    if (isValidDate(y, a, b)) return { ok: true, value: { kind: 'date', iso: iso(y, a, b) }, note: 'month_first' };
    return { ok: false, reason: 'invalid_date' };
  }
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo >= 1 && mo <= 12) return { ok: true, value: { kind: 'year', year: y }, note: 'month_year' };
    return { ok: false, reason: 'invalid_date' };
  }
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) return { ok: true, value: { kind: 'year', year: Number(m[1]) }, note: 'month_year' };
    return { ok: false, reason: 'invalid_date' };
  }
  if (/^\d{4}$/.test(s)) return { ok: true, value: { kind: 'year', year: Number(s) } };
  // Basic ISO 8601 (`20200708`), as G4IT and NumEcoEval files write dates.
  m = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return isValidDate(y, mo, d) ? { ok: true, value: { kind: 'date', iso: iso(y, mo, d) } } : { ok: false, reason: 'invalid_date' };
  }
  if (/^\d{5}(?:[.,]\d+)?$/.test(s)) {
    const serial = Number(s.replace(',', '.'));
    if (serial >= SERIAL_MIN && serial <= SERIAL_MAX) {
      const out = excelSerialToIso(serial);
      if (out) return { ok: true, value: { kind: 'date', iso: out }, note: 'excel_serial' };
    }
    return { ok: false, reason: 'serial_out_of_range' };
  }
  const fr = parseFrenchLongDate(s);
  if (fr) return { ok: true, value: { kind: 'date', iso: fr } };
  return { ok: false, reason: 'unrecognised_format' };
}

const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

function parseFrenchLongDate(s: string): string | undefined {
  const n = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(?:1er|(\d{1,2})(?:er)?) ([a-z]+) (\d{4})$/.exec(n) ?? /^([a-z]+) (\d{1,2}) (\d{4})$/.exec(n);
  if (!m) return undefined;
  let day: number;
  let monthName: string;
  let year: number;
  if (/^\d/.test(m[1] ?? '') || n.startsWith('1er')) {
    day = m[1] === undefined ? 1 : Number(m[1]);
    monthName = m[2] ?? '';
    year = Number(m[3]);
  } else {
    monthName = m[1] ?? '';
    day = Number(m[2]);
    year = Number(m[3]);
  }
  const month = FRENCH_MONTHS[monthName];
  if (month === undefined || !isValidDate(year, month, day)) return undefined;
  return iso(year, month, day);
}

const TRUE_WORDS = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x', 'ok', 'reconditionne', 'refurbished', 'occasion']);
const FALSE_WORDS = new Set(['non', 'n', 'no', 'faux', 'false', '0', 'neuf', 'new', '-']);

/** Parses `oui/non`, `yes/no`, `vrai/faux`, `true/false`, `1/0` and `x` (ticked). */
export function parseBooleanText(text: string): ValueResult<boolean> {
  const s = text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (TRUE_WORDS.has(s)) return { ok: true, value: true };
  if (FALSE_WORDS.has(s)) return { ok: true, value: false };
  return { ok: false, reason: 'not_a_boolean' };
}

/**
 * Parses a quantity: a whole number, possibly written `1 200` or `12,0`.
 * Returns `reason` `negative`, `not_integer` or `not_a_number` on failure.
 */
export function parseQuantityText(text: string): ValueResult<number> {
  const s = text.trim();
  if (/^\d{1,9}$/.test(s)) return { ok: true, value: Number(s) };
  const dec = parseDecimalText(s);
  if (!dec.ok) return dec;
  const v = dec.value;
  if (v.startsWith('-') && !/^-0+(?:\.0+)?$/.test(v)) return { ok: false, reason: 'negative' };
  const m = /^-?(\d+)(?:\.(\d+))?$/.exec(v);
  if (!m) return { ok: false, reason: 'not_integer' };
  if (m[2] !== undefined && /[1-9]/.test(m[2])) return { ok: false, reason: 'not_integer' };
  const digits = (m[1] ?? '').replace(/^0+(?=\d)/, '');
  if (digits.length > 9) return { ok: false, reason: 'too_large' };
  return dec.note !== undefined ? { ok: true, value: Number(digits), note: dec.note } : { ok: true, value: Number(digits) };
}
