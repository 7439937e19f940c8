/**
 * Text encoding detection for inventory files: byte order marks, UTF-16 without BOM (zero-byte
 * pattern), strict UTF-8 validation, then Windows-1252 (or ISO-8859-15 when the euro sign sits at
 * 0xA4 and no Windows-only byte is present), which is what Excel writes for "CSV (séparateur:
 * point-virgule)" on a French Windows.
 */

/** Encodings the importer reads. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** What `detectEncoding` found. */
export interface EncodingGuess {
  readonly encoding: TextEncodingName;
  /** Length of the byte order mark to skip (0 when there is none). */
  readonly bomLength: number;
}

const VALIDATION_CHUNK = 1 << 20;

/** Returns true when every byte of `bytes` forms valid UTF-8 (checked chunk by chunk, without keeping the text). */
export function isValidUtf8(bytes: Uint8Array): boolean {
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
 * Detects the text encoding of a file's bytes.
 *
 * @param bytes - The whole file.
 * @returns The encoding and the length of its byte order mark.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  const half = sample.length / 2;
  if (half >= 2 && zeroOdd > half * 0.3 && zeroEven < half * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (half >= 2 && zeroEven > half * 0.3 && zeroOdd < half * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0 };
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
