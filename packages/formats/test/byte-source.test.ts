// `InventoryFileInput.source`: a large file read slice by slice (the CLI reads big CSV files from
// disk this way). A valid UTF-8 CSV is never held whole and imports exactly as from bytes; any
// other file (legacy encoding, workbook) is first read whole, and imports exactly as from bytes.
import { describe, expect, it } from 'vitest';
import { importInventoryFiles } from '../src/inventory';
import type { ByteSource, ImportResult } from '../src/inventory';

/** A source over bytes that records the largest slice asked for. */
function recordingSource(bytes: Uint8Array): ByteSource & { largest: number } {
  return {
    length: bytes.length,
    largest: 0,
    subarray(start: number, end: number) {
      this.largest = Math.max(this.largest, Math.min(end, bytes.length) - start);
      return bytes.slice(start, end);
    },
  };
}

/** 60,000 laptops over two years, in "Mairie" and "École": about 2.6 MB, so several 1 MiB chunks. */
function bigCsv(): string {
  const lines = ['Nom;Type;Quantité;Date d’achat;Lieu'];
  for (let i = 0; i < 60_000; i++) lines.push(`PC-${i};Portable;${(i % 3) + 1};01/0${(i % 9) + 1}/202${i % 2};${i % 2 ? 'Mairie' : 'École'}`);
  return `${lines.join('\r\n')}\r\n`;
}

const summary = (r: ImportResult) => ({ counts: r.counts, items: r.items.length, last: r.items.at(-1), issues: r.issues.map((i) => i.code) });

describe('importInventoryFiles with a byte source', () => {
  it('reads a valid UTF-8 CSV slice by slice, never whole, with the same result as from bytes', async () => {
    const bytes = new TextEncoder().encode(bigCsv());
    const source = recordingSource(bytes);
    const fromBytes = await importInventoryFiles([{ name: 'parc.csv', bytes }], { today: '2026-01-15' });
    const fromSource = await importInventoryFiles([{ name: 'parc.csv', bytes: bytes.slice(0, 65536), source }], { today: '2026-01-15' });
    expect(summary(fromSource)).toEqual(summary(fromBytes));
    // 60,000 rows of 1, 2, 3 devices in turn: 20,000 × 6 = 120,000 devices.
    expect(fromSource.counts).toMatchObject({ rowsRead: 60_000, accepted: 60_000, devicesAccepted: 120_000 });
    expect(source.largest).toBe(1 << 20);
  });

  it('reads a Windows-1252 CSV whole from its source, and decodes it as from bytes', async () => {
    // "Écran" and "Quantité" in Windows-1252: É = 0xC9, é = 0xE9.
    const text = 'Type;Quantit\u00e9\n\u00c9cran;2\nPortable;3\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const source = recordingSource(bytes);
    const fromSource = await importInventoryFiles([{ name: 'ecrans.csv', bytes: bytes.slice(0, 4096), source }], { today: '2026-01-15' });
    const fromBytes = await importInventoryFiles([{ name: 'ecrans.csv', bytes }], { today: '2026-01-15' });
    expect(summary(fromSource)).toEqual(summary(fromBytes));
    expect(fromSource.items.map((i) => [i.category, i.quantity])).toEqual([
      ['monitor', 2],
      ['laptop', 3],
    ]);
    expect(fromSource.issues.map((i) => i.code)).toContain('encoding_detected');
    expect(source.largest).toBe(bytes.length);
  });
});
