// Hostile or broken inventory files, built byte by byte (no fixture on disk), shared by the unit
// tests and the browser journeys.

/** A PNG image (signature and an IHDR chunk): not an inventory. */
export function pngBytes(): Uint8Array {
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
}

/**
 * A password-protected workbook as Excel saves it: an OLE2 compound file (the encrypted package
 * inside it is what Excel writes; the reader only sees that it is not a readable sheet).
 */
export function encryptedWorkbookBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const tag = new TextEncoder().encode('EncryptedPackage');
  bytes.set(tag, 1024);
  return bytes;
}

function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}
function u32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

/**
 * A zip bomb dressed as an XLSX: one entry `xl/worksheets/sheet1.xml` that declares 4 GB once
 * inflated. The zip-bomb guard must refuse it before any spreadsheet parser runs.
 */
export function zipBombBytes(): Uint8Array {
  const name = [...new TextEncoder().encode('xl/worksheets/sheet1.xml')];
  const data = [0x03, 0x00]; // an empty deflate stream
  const size = 0xfff00000;
  const local = [...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(8), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(size), ...u16(name.length), ...u16(0), ...name, ...data];
  const central = [
    ...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(8), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(size),
    ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...name,
  ];
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(1), ...u16(1), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return Uint8Array.from([...local, ...central, ...end]);
}

export const pngFile = (): File => new File([pngBytes() as Uint8Array<ArrayBuffer>], 'photo.png', { type: 'image/png' });
export const encryptedWorkbook = (): File => new File([encryptedWorkbookBytes() as Uint8Array<ArrayBuffer>], 'protege.xlsx');
export const zipBomb = (): File => new File([zipBombBytes() as Uint8Array<ArrayBuffer>], 'bombe.xlsx');
