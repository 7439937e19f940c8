import { Inflate } from 'fflate';

/** Outcome of the zip-bomb check of an XLSX/ODS archive. */
export type ArchiveCheck =
  | { ok: true; uncompressedBytes: number; entries: number; kind: 'xlsx' | 'ods' | 'zip' }
  | { ok: false; reason: 'too_large'; uncompressedBytes: number; max: number }
  | { ok: false; reason: 'corrupt'; detail: string };

/** Receives the inflated bytes of one archive entry, chunk by chunk, then `end()`. */
export interface EntrySink {
  data(chunk: Uint8Array): void;
  end(): void;
}

/** True when the bytes start with a ZIP local file header. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True when the bytes start with an OLE2 compound file header (legacy `.xls`). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/** One entry of the central directory. */
interface CentralEntry {
  readonly name: string;
  readonly declaredSize: number;
  readonly localOffset: number;
}

class CorruptZip extends Error {}

/**
 * Compressed bytes pushed at a time. Deflate inflates at most about 1,032 times: 16 KiB make at most
 * 17 MB at once, so the cap is checked before a bomb's output can grow large.
 */
const INFLATE_STEP = 1 << 14;

/**
 * Zip-bomb protection: checks, before any spreadsheet parser sees the archive, that inflating it
 * stays under `max` bytes. The sizes declared in the central directory are summed first; then every
 * entry the central directory lists is inflated as a spreadsheet reader would (from its local
 * header to the end of its deflate stream, whatever size it declares), nothing kept, counting the
 * bytes and stopping as soon as the cap is passed. Entries are counted one by one, so an entry
 * hidden inside another entry's data (overlapping entries) counts as many times as it is read, and
 * a lying header cannot get through.
 *
 * @param bytes - The archive.
 * @param max - Maximum total uncompressed bytes.
 * @param visit - Optional: a sink for the inflated bytes of the entries it wants (by name).
 */
export function checkArchive(bytes: Uint8Array, max: number, visit?: (name: string) => EntrySink | undefined): ArchiveCheck {
  let entries: CentralEntry[];
  try {
    entries = centralDirectory(bytes);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  let declared = 0;
  let kind: 'xlsx' | 'ods' | 'zip' = 'zip';
  for (const e of entries) {
    declared += e.declaredSize;
    if (e.name === '[Content_Types].xml' || e.name.startsWith('xl/')) kind = 'xlsx';
    if ((e.name === 'mimetype' || e.name === 'content.xml') && kind !== 'xlsx') kind = 'ods';
  }
  if (declared > max) return { ok: false, reason: 'too_large', uncompressedBytes: declared, max };

  let actual = 0;
  // Entries' data do not overlap in a sound archive: more compressed bytes than the file (plus one
  // read step per entry) means entries share their data, and reading them would not end.
  const read = { bytes: 0, max: bytes.length + entries.length * INFLATE_STEP };
  try {
    for (const e of entries) {
      actual += inflateEntry(bytes, e, max - actual, read, visit?.(e.name));
      if (actual > max) return { ok: false, reason: 'too_large', uncompressedBytes: actual, max };
    }
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, uncompressedBytes: Math.max(actual, declared), entries: entries.length, kind };
}

/** Inflates one entry, feeding `sink`; returns the bytes inflated (it stops just past `budget`). */
function inflateEntry(bytes: Uint8Array, e: CentralEntry, budget: number, read: { bytes: number; max: number }, sink: EntrySink | undefined): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new CorruptZip(`bad local header for ${e.name}`);
  const method = view.getUint16(at + 8, true);
  const storedSize = view.getUint32(at + 18, true);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start > bytes.length) throw new CorruptZip(`truncated entry ${e.name}`);
  if (method === 0) {
    const end = Math.min(bytes.length, start + Math.min(storedSize, budget + 1));
    read.bytes += end - start;
    if (read.bytes > read.max) throw new CorruptZip('entries overlap');
    if (sink) {
      sink.data(bytes.subarray(start, end));
      sink.end();
    }
    return end - start;
  }
  if (method !== 8) throw new CorruptZip(`unsupported compression method ${method} for ${e.name}`);
  let out = 0;
  const inflate = new Inflate((chunk) => {
    out += chunk.length;
    if (sink && out <= budget + chunk.length) sink.data(chunk);
  });
  // fflate's stream state: `f` is set on the final block, `l` is cleared once a block ends.
  const state = (inflate as unknown as { s: { f?: number; l?: unknown } }).s;
  for (let i = start; i < bytes.length && out <= budget; i += INFLATE_STEP) {
    const chunk = bytes.subarray(i, Math.min(bytes.length, i + INFLATE_STEP));
    read.bytes += chunk.length;
    if (read.bytes > read.max) throw new CorruptZip('entries overlap');
    inflate.push(chunk, false);
    if (state.f && !state.l) break;
  }
  sink?.end();
  return out;
}

/** Reads the central directory (ZIP64 included). */
function centralDirectory(bytes: Uint8Array): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new CorruptZip('no end of central directory');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(view.getBigUint64(eocd - 12, true));
    if (z + 56 > bytes.length || view.getUint32(z, true) !== 0x06064b50) throw new CorruptZip('bad ZIP64 end of central directory');
    count = Number(view.getBigUint64(z + 32, true));
    offset = Number(view.getBigUint64(z + 48, true));
  }
  const entries: CentralEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new CorruptZip('bad central directory entry');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let size = view.getUint32(p + 24, true);
    let local = view.getUint32(p + 42, true);
    const compressed = view.getUint32(p + 20, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in order.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let y = x + 4;
        if (size === 0xffffffff && y + 8 <= x + 4 + length) {
          size = Number(view.getBigUint64(y, true));
          y += 8;
        }
        if (compressed === 0xffffffff && y + 8 <= x + 4 + length) y += 8;
        if (local === 0xffffffff && y + 8 <= x + 4 + length) local = Number(view.getBigUint64(y, true));
      }
      x += 4 + length;
    }
    entries.push({ name, declaredSize: size, localOffset: local });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
