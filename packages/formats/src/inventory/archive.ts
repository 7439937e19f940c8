import { Unzip, UnzipInflate, unzipSync } from 'fflate';

/** Outcome of the zip-bomb check of an XLSX/ODS archive. */
export type ArchiveCheck =
  | { ok: true; uncompressedBytes: number; entries: number; kind: 'xlsx' | 'ods' | 'zip' }
  | { ok: false; reason: 'too_large'; uncompressedBytes: number; max: number }
  | { ok: false; reason: 'corrupt'; detail: string };

/** True when the bytes start with a ZIP local file header. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True when the bytes start with an OLE2 compound file header (legacy `.xls`). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/**
 * Zip-bomb protection: checks, before any spreadsheet parser sees the archive, that the entries'
 * uncompressed size stays under `max`. The sizes declared in the central directory are checked
 * first; then every entry is actually inflated in streaming mode (nothing is kept), counting the
 * bytes and stopping as soon as the cap is passed, so a lying header cannot get through.
 *
 * @param bytes - The archive.
 * @param max - Maximum total uncompressed bytes.
 */
export function checkArchive(bytes: Uint8Array, max: number): ArchiveCheck {
  let declared = 0;
  let entries = 0;
  let kind: 'xlsx' | 'ods' | 'zip' = 'zip';
  try {
    unzipSync(bytes, {
      filter(info) {
        declared += info.originalSize;
        entries++;
        if (info.name === '[Content_Types].xml' || info.name.startsWith('xl/')) kind = 'xlsx';
        if (info.name === 'mimetype' || info.name === 'content.xml') kind = kind === 'xlsx' ? kind : 'ods';
        return false;
      },
    });
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  if (declared > max) return { ok: false, reason: 'too_large', uncompressedBytes: declared, max };

  let actual = 0;
  let exceeded = false;
  let failure: string | undefined;
  try {
    const unzip = new Unzip((file) => {
      if (exceeded || failure) return;
      file.ondata = (err, data) => {
        if (err) {
          failure = err.message;
          return;
        }
        actual += data.length;
        if (actual > max && !exceeded) {
          exceeded = true;
          file.terminate();
        }
      };
      if (file.compression === 0 || file.compression === 8) file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(bytes, true);
  } catch (error) {
    if (!exceeded) return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  if (exceeded) return { ok: false, reason: 'too_large', uncompressedBytes: actual, max };
  if (failure) return { ok: false, reason: 'corrupt', detail: failure };
  return { ok: true, uncompressedBytes: Math.max(actual, declared), entries, kind };
}
