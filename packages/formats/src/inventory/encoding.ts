/**
 * Text encoding detection for inventory files: byte order marks, UTF-16 without BOM (zero-byte
 * pattern), UTF-8 (a file that is mostly valid UTF-8 stays UTF-8, each invalid byte located), Mac
 * Roman (accented letters in 0x80–0x9F), then Windows-1252 (or ISO-8859-15 when the euro sign sits
 * at 0xA4 and no Windows-only byte is present), which is what Excel writes for "CSV (séparateur:
 * point-virgule)" on a French Windows. UTF-32 and EBCDIC are recognised by `sniffNonText` and
 * refused, never misread.
 */
import type { ByteSource } from './types';

/** Encodings the importer reads. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15', 'macintosh'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** A byte that is not valid UTF-8 in a file read as UTF-8: 1-based line and character column. */
export interface InvalidByte {
  readonly line: number;
  readonly column: number;
  /** The byte, as two upper-case hex digits. */
  readonly byte: string;
}

/** What `detectEncoding` found. */
export interface EncodingGuess {
  readonly encoding: TextEncodingName;
  /** Length of the byte order mark to skip (0 when there is none). */
  readonly bomLength: number;
  /** UTF-8 only: the invalid bytes (the first `MAX_LOCATED_INVALID_BYTES`), decoded as U+FFFD. */
  readonly invalidBytes?: readonly InvalidByte[];
  /** UTF-8 only: how many invalid bytes in all. */
  readonly invalidByteCount?: number;
}

/** Invalid UTF-8 bytes located (line and column) per file; the others are counted. */
export const MAX_LOCATED_INVALID_BYTES = 200;

const VALIDATION_CHUNK = 1 << 20;

/** Returns true when every byte of `bytes` forms valid UTF-8 (checked chunk by chunk, without keeping the text). */
export function isValidUtf8(bytes: ByteSource): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let offset = 0; offset < bytes.length; offset += VALIDATION_CHUNK) {
      decoder.decode(bytes.subarray(offset, Math.min(bytes.length, offset + VALIDATION_CHUNK)), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding told by a file's first 4 kB alone: a byte order mark, or UTF-16's zero bytes.
 * Otherwise `undefined`: the whole file decides (`detectEncoding`).
 */
export function encodingFromHead(bytes: Uint8Array): EncodingGuess | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = detectUtf16(bytes.subarray(0, Math.min(bytes.length, 4096)));
  return utf16 ? { encoding: utf16, bomLength: 0 } : undefined;
}

/**
 * Detects the text encoding of a file's bytes.
 *
 * @param bytes - The whole file.
 * @returns The encoding and the length of its byte order mark.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const fromHead = encodingFromHead(bytes);
  if (fromHead) return fromHead;
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0 };
  // Mostly valid UTF-8: more valid multi-byte characters than invalid bytes. A Windows-1252 file
  // almost never holds a valid UTF-8 sequence (it takes pairs such as "Ã©").
  const utf8 = scanUtf8(bytes);
  if (utf8.multiByte > utf8.invalid.length + utf8.moreInvalid) {
    return { encoding: 'utf-8', bomLength: 0, invalidBytes: locate(bytes, utf8.invalid), invalidByteCount: utf8.invalid.length + utf8.moreInvalid };
  }
  if (looksMacRoman(bytes)) return { encoding: 'macintosh', bomLength: 0 };
  let windowsOnly = false;
  let euro8859 = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80 && b <= 0x9f) {
      windowsOnly = true;
      break;
    }
    if (b === 0xa4) euro8859 = true;
  }
  return { encoding: !windowsOnly && euro8859 ? 'iso-8859-15' : 'windows-1252', bomLength: 0 };
}

/** True for a UTF-8 continuation byte. */
const isCont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/**
 * Walks the bytes as UTF-8: counts the valid multi-byte characters and records the offsets of the
 * invalid bytes (a lead byte whose sequence breaks, or a stray byte), the first
 * `MAX_LOCATED_INVALID_BYTES` of them.
 */
function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number[]; moreInvalid: number } {
  let multiByte = 0;
  const invalid: number[] = [];
  let moreInvalid = 0;
  const bad = (i: number): void => {
    if (invalid.length < MAX_LOCATED_INVALID_BYTES) invalid.push(i);
    else moreInvalid++;
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b1 = bytes[i + 1];
    let length = 0;
    if (b >= 0xc2 && b <= 0xdf) length = isCont(b1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const lo = b === 0xe0 ? 0xa0 : 0x80;
      const hi = b === 0xed ? 0x9f : 0xbf;
      length = b1 !== undefined && b1 >= lo && b1 <= hi && isCont(bytes[i + 2]) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const lo = b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xf4 ? 0x8f : 0xbf;
      length = b1 !== undefined && b1 >= lo && b1 <= hi && isCont(bytes[i + 2]) && isCont(bytes[i + 3]) ? 4 : 0;
    }
    if (length === 0) {
      bad(i);
      i++;
    } else {
      multiByte++;
      i += length;
    }
  }
  return { multiByte, invalid, moreInvalid };
}

/** Line and character column of each offset (sorted), counting lines by LF and characters by UTF-8 lead bytes. */
function locate(bytes: Uint8Array, offsets: readonly number[]): InvalidByte[] {
  const out: InvalidByte[] = [];
  let line = 1;
  let lineStart = 0;
  let k = 0;
  for (let i = 0; i < bytes.length && k < offsets.length; i++) {
    if (i === offsets[k]) {
      let column = 1;
      for (let j = lineStart; j < i; j++) if (!isCont(bytes[j])) column++;
      out.push({ line, column, byte: (bytes[i] as number).toString(16).toUpperCase().padStart(2, '0') });
      k++;
    }
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return out;
}

/**
 * Mac Roman puts French accented letters in 0x80–0x9F (é 8E, è 8F, à 88, ç 8D, ê 90, ô 99, ù 9D,
 * û 9E…), where Windows-1252 has symbols or nothing; Windows-1252 puts them in 0xC0–0xFF. Counts
 * the high bytes next to an ASCII letter on each side of that divide (leaving out 0x91–0x94, the
 * Windows quotes of "l’écran").
 */
function looksMacRoman(bytes: Uint8Array): boolean {
  const MAC_LETTERS = new Set([0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f]);
  const letter = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  let mac = 0;
  let latin = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80 || !(letter(bytes[i - 1]) || letter(bytes[i + 1]))) continue;
    if (MAC_LETTERS.has(b)) mac++;
    else if (b >= 0xc0) latin++;
  }
  return mac >= 2 && mac > latin;
}

/** What a file that is not readable text is: an image, a document, an archive, or text in an encoding the importer refuses. */
export type NonText = { readonly kind: 'binary'; readonly format: string } | { readonly kind: 'encoding'; readonly encoding: 'UTF-32' | 'EBCDIC' };

const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['WebP', [0x52, 0x49, 0x46, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/**
 * Recognises files that are not text the importer can read, from their first bytes: known binary
 * formats (PNG, PDF, JPEG…), UTF-32 (byte order mark, or three zero bytes in four), EBCDIC (no
 * ASCII line break, EBCDIC letters and spaces), and other binary data (control bytes).
 */
export function sniffNonText(bytes: Uint8Array): NonText | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  const starts = (magic: readonly number[]) => magic.every((b, i) => sample[i] === b);
  if (starts([0xff, 0xfe, 0, 0]) || starts([0, 0, 0xfe, 0xff])) return { kind: 'encoding', encoding: 'UTF-32' };
  for (const [format, magic] of MAGIC) if (starts(magic)) return { kind: 'binary', format };
  if (sample.length >= 8) {
    const zeros = [0, 0, 0, 0];
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (zeros[i % 4] as number)++;
    const quarter = sample.length / 4;
    const [z0, z1, z2, z3] = zeros as [number, number, number, number];
    if ((z1 > quarter * 0.9 && z2 > quarter * 0.9 && z3 > quarter * 0.9) || (z0 > quarter * 0.9 && z1 > quarter * 0.9 && z2 > quarter * 0.9)) return { kind: 'encoding', encoding: 'UTF-32' };
  }
  // UTF-16 is read: its zero bytes are not control bytes.
  if (detectUtf16(sample) !== undefined || (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return undefined;
  let lineBreaks = 0;
  let ebcdic = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0x0a || b === 0x0d) lineBreaks++;
    if (b === 0x40 || b === 0x15 || b === 0x25 || b === 0x4b || b === 0x5e || b === 0x6b || b === 0x7d || b === 0x7f || (b >= 0x81 && b <= 0xa9) || (b >= 0xc1 && b <= 0xe9) || (b >= 0xf0 && b <= 0xf9)) ebcdic++;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (sample.length >= 16 && lineBreaks === 0 && ebcdic > sample.length * 0.9) return { kind: 'encoding', encoding: 'EBCDIC' };
  if (control > Math.max(1, sample.length * 0.01)) return { kind: 'binary', format: 'binaire' };
  return undefined;
}

/** UTF-16 without BOM, from the pattern of zero bytes in ASCII text. */
function detectUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  const half = sample.length / 2;
  if (half >= 2 && zeroOdd > half * 0.3 && zeroEven < half * 0.05) return 'utf-16le';
  if (half >= 2 && zeroEven > half * 0.3 && zeroOdd < half * 0.05) return 'utf-16be';
  return undefined;
}

/** Windows-1252 characters of bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * A streaming decoder. Node 20's non-streaming `TextDecoder('windows-1252')` decodes as Latin-1;
 * this class always streams and maps any C1 code point left over to its Windows-1252 character.
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly fixC1: boolean;

  constructor(encoding: TextEncodingName) {
    this.decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    this.fixC1 = encoding === 'windows-1252';
  }

  /** Decodes one chunk; `final` flushes any incomplete sequence. */
  decode(chunk: Uint8Array, final: boolean): string {
    let text = this.decoder.decode(chunk, { stream: true });
    if (final) text += this.decoder.decode();
    if (this.fixC1 && /[\u0080-\u009f]/.test(text)) {
      text = text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
    }
    return text;
  }
}

/** Decodes a whole byte array with the detected (or given) encoding, BOM removed. */
export function decodeText(bytes: Uint8Array, guess: EncodingGuess = detectEncoding(bytes)): string {
  return new ChunkDecoder(guess.encoding).decode(bytes.subarray(guess.bomLength), true);
}
