import Papa from 'papaparse';
import type { Issue } from '@reen/core';
import { ChunkDecoder, type EncodingGuess } from './encoding';
import { simpleLines } from './simpleLines';
import type { ByteSource } from './types';

/** One row of a table, with the 1-based line (or spreadsheet row) where it starts. */
export interface RawRow {
  readonly cells: string[];
  readonly line: number;
  /** Set when the row could not be parsed (an unterminated quote): the row is rejected with this issue. */
  readonly broken?: Issue;
}

/** Receives the rows of a table, in order, chunk by chunk. */
export interface RowSink {
  /** Processes rows synchronously. */
  push(rows: RawRow[]): void;
  /** Records a file-level or structural issue. */
  issue(issue: Issue): void;
  /** Counts blank rows skipped by the reader. */
  blank(count: number): void;
  /** True once the sink wants no more rows (row limit reached). */
  readonly stopped: boolean;
}

/** Delimiters sniffed, in order of preference on ties. */
export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Text carried over between chunks before an unterminated quote is reported rather than waited for. */
const MAX_CARRY_CHARS = 8 << 20;

/**
 * Bytes decoded and parsed per chunk. 256 KiB (about 1,200 rows of a GLPI export) rather than
 * 1 MiB: the rows papaparse returns for a chunk live until the chunk is processed, and fewer of
 * them survive each young-generation collection (bench: reen bilan on 100k rows, about 0.1 s CPU less).
 */
export const CSV_CHUNK_BYTES = 1 << 18;

/** Detects the line break of a text: the first `\r\n`, `\n` or `\r` outside quotes. */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  if (n === -1 && r === -1) return '\n';
  if (r !== -1 && (n === -1 || r < n)) return text[r + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/**
 * Sniffs the delimiter of a delimited text among `;` `,` tab `|`: the candidate whose most frequent
 * field count (above one) is shared by the most rows wins; ties go to the earlier candidate.
 */
export function sniffDelimiter(sample: string, newline: '\r\n' | '\n' | '\r'): CsvDelimiter {
  let best: CsvDelimiter = ';';
  let bestScore = -1;
  for (const delimiter of CSV_DELIMITERS) {
    if (!sample.includes(delimiter)) continue;
    const parsed = Papa.parse<string[]>(sample, { delimiter, newline, preview: 60, skipEmptyLines: true });
    const counts = new Map<number, number>();
    for (const row of parsed.data) {
      const nonEmpty = row.length;
      if (nonEmpty > 1) counts.set(nonEmpty, (counts.get(nonEmpty) ?? 0) + 1);
    }
    let modeRows = 0;
    let modeWidth = 0;
    for (const [width, rows] of counts) {
      if (rows > modeRows || (rows === modeRows && width > modeWidth)) {
        modeRows = rows;
        modeWidth = width;
      }
    }
    const score = modeRows * 1000 + modeWidth;
    if (modeRows > 0 && score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

/**
 * Index just after the last line break of `text`, or -1. The cut may fall inside a quoted field
 * that spans lines: papaparse then reports the quote as unterminated and the reader carries the
 * broken row over to the next chunk, so the cut needs no quote scanning.
 */
export function lastRecordBoundary(text: string, newline: string): number {
  // A backward scan finds the break within a line's length; lastIndexOf would flatten and search more.
  const last = newline.charCodeAt(newline.length - 1);
  for (let i = text.length - 1; i >= 0; i--) {
    if (text.charCodeAt(i) === last && (newline.length === 1 || text.charCodeAt(i - 1) === 13)) return i + 1;
  }
  return -1;
}

/** True when `text` holds a line ending other than `newline` (a lone LF or CR in a CRLF file, a CR in an LF file…). */
export function hasOtherLineEnding(text: string, newline: '\r\n' | '\n' | '\r'): boolean {
  if (newline === '\n') return text.includes('\r');
  if (newline === '\r') return text.includes('\n');
  // A loop over the breaks: faster than a regular expression over the whole chunk.
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (i === 0 || text.charCodeAt(i - 1) !== 13) return true;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** Every CRLF and lone CR as LF. */
function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * True when every cell of a row is empty or spaces: an empty line, or a line of delimiters alone
 * (";;;;", as spreadsheets export formatted empty rows). Such a row holds no data: it is counted
 * in `blankRows`, as blank rows of spreadsheets are. The loop stops at the first cell with text.
 */
function isBlankRow(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as string;
    if (c !== '' && c.trim() !== '') return false;
  }
  return true;
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Settings the CSV reader found or was given. */
export interface CsvMeta {
  readonly encoding: string;
  readonly delimiter: CsvDelimiter;
  readonly newline: string;
}

export interface ReadCsvOptions {
  readonly file: string;
  readonly guess: EncodingGuess;
  readonly delimiter?: CsvDelimiter;
  /** Awaited after each chunk with the number of bytes consumed so far (progress, cancel). */
  readonly afterChunk: (bytesDone: number) => Promise<void>;
  readonly chunkBytes?: number;
  /** Split simple lines without papaparse (`simpleLines`; default true; tests compare both ways). */
  readonly simpleFastPath?: boolean;
}

/**
 * Reads delimited text chunk by chunk: decodes a slice of bytes, cuts it at the last record
 * boundary, splits its leading simple lines (`simpleLines`) and parses the rest with papaparse,
 * numbers the rows with their starting line, and passes them to the sink. An unterminated quote is reported with its line and column; the row that holds it is
 * passed on as a single raw line flagged by the issue, and reading resumes on the next line, so no
 * row is lost.
 */
export async function readDelimited(bytes: ByteSource, sink: RowSink, options: ReadCsvOptions): Promise<CsvMeta> {
  const chunkBytes = options.chunkBytes ?? CSV_CHUNK_BYTES;
  const simpleFastPath = options.simpleFastPath ?? true;
  const decoder = new ChunkDecoder(options.guess.encoding);
  let offset = options.guess.bomLength;
  let carry = '';
  let line = 1;
  let newline: '\r\n' | '\n' | '\r' | undefined;
  let delimiter: CsvDelimiter | undefined = options.delimiter;
  let blankRows = 0;
  let mixedEndings = false;

  const nl = (): '\r\n' | '\n' | '\r' => newline ?? '\n';
  /**
   * Parses a block that starts at a record boundary. Returns the text to carry over to the next
   * chunk: the tail from an unterminated quote when more text may close it, or the text after a
   * broken line when `final` is false.
   */
  const parseBlock = (block: string, final: boolean, force: boolean): string => {
    let rest = block;
    // Once a quote is known to be broken in this block, the rest of the block is read line by line
    // (a quoted cell can no longer span lines there). Reparsing the whole rest after each broken
    // line made a file of unclosed quotes quadratic: 300,000 of them took more than 90 s.
    let lineByLine = false;
    while (rest.length > 0) {
      let body = rest.endsWith(nl()) ? rest.slice(0, -nl().length) : rest;
      // The leading simple lines (all cells quoted without a quote inside, or no quote at all) are
      // split directly; papaparse reads the rest of the block (`simpleLines`).
      let fastRows: RawRow[] | undefined;
      if (simpleFastPath && !lineByLine) {
        const simple = simpleLines(body, nl(), delimiter as string);
        if (simple.rows.length > 0) {
          fastRows = [];
          for (const cells of simple.rows) {
            if (isBlankRow(cells)) blankRows++;
            else fastRows.push({ cells, line });
            line += 1;
          }
          if (simple.end >= body.length) {
            if (fastRows.length > 0) sink.push(fastRows);
            return '';
          }
          rest = rest.slice(simple.end);
          body = body.slice(simple.end);
        }
      }
      const blockLine = line;
      if (lineByLine) {
        if (final || rest.endsWith(nl())) {
          readLineByLine(body);
          return '';
        }
        // Keep the unfinished last line for the next chunk.
        const cut = rest.lastIndexOf(nl());
        if (cut === -1) return rest;
        readLineByLine(rest.slice(0, cut));
        return rest.slice(cut + nl().length);
      }
      const parsed = Papa.parse<string[]>(body, { delimiter: delimiter as string, newline: nl(), quoteChar: '"', skipEmptyLines: false });
      const lineChar = newline === '\r' ? '\r' : '\n';
      // A quote left open swallows the next lines into one cell: papaparse reports it either as a
      // missing closing quote, or as a malformed quote on a row whose cells span several lines.
      let badRow = -1;
      let missing = false;
      for (const e of parsed.errors) {
        const r = e.row ?? 0;
        if (e.code === 'MissingQuotes' || (e.code === 'InvalidQuotes' && (parsed.data[r] ?? []).some((cell) => cell.includes(lineChar)))) {
          if (badRow === -1 || r < badRow) {
            badRow = r;
            missing = e.code === 'MissingQuotes';
          }
        }
      }
      // Rows span several lines only when quoted cells hold line breaks: count them only then.
      const rows = badRow === -1 ? parsed.data : parsed.data.slice(0, badRow);
      const hasQuote = body.includes('"') && (badRow !== -1 || countOccurrences(body, lineChar) !== parsed.data.length - 1);
      const out: RawRow[] = fastRows ?? [];
      const rowLines: number[] = [];
      for (const cells of rows) {
        const start = line;
        rowLines.push(start);
        if (hasQuote) {
          for (const cell of cells) if (cell.includes(lineChar)) line += countOccurrences(cell, lineChar);
        }
        line += 1;
        if (isBlankRow(cells)) {
          blankRows++;
          continue;
        }
        out.push({ cells, line: start });
      }
      for (const e of parsed.errors) {
        const at = e.row ?? 0;
        if (e.code === 'InvalidQuotes' && at < rows.length) {
          const errLine = rowLines[at] ?? line;
          sink.issue({ code: 'csv_malformed_quote', severity: 'warning', path: [], position: { file: options.file, line: errLine }, params: { line: errLine } });
        }
      }
      if (out.length > 0) sink.push(out);
      if (badRow === -1 || sink.stopped) return '';
      // Offset of the broken row: skip the lines already consumed in this block.
      let lineStart = 0;
      for (let k = blockLine; k < line; k++) {
        const next = body.indexOf(nl(), lineStart);
        if (next === -1) break;
        lineStart = next + nl().length;
      }
      if (missing && !final && !force) return rest.slice(lineStart);
      // Report the unclosed quote, pass its line on as a broken row, resume on the next line.
      const lineEnd = body.indexOf(nl(), lineStart);
      const rawLine = lineEnd === -1 ? body.slice(lineStart) : body.slice(lineStart, lineEnd);
      const column = Math.max(0, rawLine.indexOf('"')) + 1;
      const issue: Issue = {
        code: 'csv_unbalanced_quote',
        severity: 'error',
        path: [],
        position: { file: options.file, line, column: String(column) },
        params: { line, column },
      };
      sink.push([{ cells: rawLine.split(delimiter as string), line, broken: issue }]);
      line += 1;
      rest = lineEnd === -1 ? '' : body.slice(lineEnd + nl().length);
      if (rest.length > 0) rest += nl();
      lineByLine = true;
    }
    return '';
  };

  /**
   * Reads lines one by one, each parsed alone: a quote cannot span lines, so a line whose quote
   * does not close is a broken row, and the next line is read on its own.
   */
  const readLineByLine = (body: string): void => {
    const out: RawRow[] = [];
    const sep = nl();
    for (let at = 0; at <= body.length; ) {
      const next = body.indexOf(sep, at);
      const raw = next === -1 ? body.slice(at) : body.slice(at, next);
      at = next === -1 ? body.length + 1 : next + sep.length;
      const start = line;
      line += 1;
      const parsed = raw.includes('"') ? Papa.parse<string[]>(raw, { delimiter: delimiter as string, newline: sep, quoteChar: '"', skipEmptyLines: false }) : undefined;
      const cells = parsed ? (parsed.data[0] ?? ['']) : raw.split(delimiter as string);
      if (isBlankRow(cells)) {
        blankRows++;
        continue;
      }
      if (!parsed?.errors.some((e) => e.code === 'MissingQuotes')) {
        if (parsed?.errors.some((e) => e.code === 'InvalidQuotes')) sink.issue({ code: 'csv_malformed_quote', severity: 'warning', path: [], position: { file: options.file, line: start }, params: { line: start } });
        out.push({ cells, line: start });
        continue;
      }
      const column = raw.indexOf('"') + 1;
      const issue: Issue = { code: 'csv_unbalanced_quote', severity: 'error', path: [], position: { file: options.file, line: start, column: String(column) }, params: { line: start, column } };
      out.push({ cells: raw.split(delimiter as string), line: start, broken: issue });
    }
    if (out.length > 0) sink.push(out);
  };

  // In UTF-8 and the single-byte encodings a 0x0A byte is always a line feed: cutting the bytes
  // after the last one decodes whole lines, so chunks need no string concatenation.
  const byteLines = !options.guess.encoding.startsWith('utf-16');
  while (offset < bytes.length || carry.length > 0) {
    let end = Math.min(bytes.length, offset + chunkBytes);
    let slice = bytes.subarray(offset, end);
    if (byteLines && end < bytes.length) {
      const lf = slice.lastIndexOf(0x0a);
      if (lf >= 0) {
        end = offset + lf + 1;
        slice = slice.subarray(0, lf + 1);
      }
    }
    const final = end >= bytes.length;
    let decoded = decoder.decode(slice, final);
    offset = end;
    if (newline === undefined) {
      if (decoded.length === 0 && carry.length === 0 && !final) continue;
      newline = detectNewline(decoded.slice(0, 65536));
      const sampleEnd = decoded.lastIndexOf(newline, 65536);
      delimiter ??= sniffDelimiter(sampleEnd > 0 ? decoded.slice(0, sampleEnd) : decoded.slice(0, 65536), newline);
    }
    // Line endings are read per line: once the file is seen to mix them, every chunk is normalised
    // to LF (a CR before LF, or a lone CR, ends a line as well), so no two lines merge.
    if (!mixedEndings && hasOtherLineEnding(carry.slice(-1) + decoded, newline)) {
      mixedEndings = true;
      newline = '\n';
      carry = normalizeLineEndings(carry);
    }
    if (mixedEndings) decoded = normalizeLineEndings(decoded);
    const text = carry.length > 0 ? carry + decoded : decoded;
    if (final) {
      carry = parseBlock(text, true, false);
    } else {
      const cut = lastRecordBoundary(text, newline);
      const force = text.length > MAX_CARRY_CHARS;
      if (cut <= 0) carry = force ? parseBlock(text, false, true) : text;
      else carry = parseBlock(text.slice(0, cut), false, force) + text.slice(cut);
    }
    await options.afterChunk(offset);
    if (sink.stopped || final) break;
  }
  sink.blank(blankRows);
  return { encoding: options.guess.encoding, delimiter: delimiter ?? ';', newline: newline ?? '\n' };
}
