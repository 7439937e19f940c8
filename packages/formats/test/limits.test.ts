import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkArchive, DEFAULT_LIMITS, formatImportIssueText, importInventoryFiles } from '../src/inventory';
import type { ImportProgress } from '../src/inventory';

const enc = (s: string) => new TextEncoder().encode(s);

function bigCsv(rows: number): Uint8Array {
  const lines = ['Type;Modèle;Quantité'];
  for (let i = 0; i < rows; i++) lines.push(`Portable;Latitude 5420;${(i % 9) + 1}`);
  return enc(lines.join('\n') + '\n');
}

describe('limits', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: 200_000_000, maxRows: 1_000_000, maxUncompressedBytes: 150_000_000, maxCells: 3_000_000 });
  });

  it('refuses a file above maxBytes with a clear message', async () => {
    const r = await importInventoryFiles([{ name: 'gros.csv', bytes: bigCsv(100) }], { maxBytes: 1000 });
    expect(r.issues.map((i) => i.code)).toEqual(['file_too_large']);
    expect(formatImportIssueText(r.issues[0]!)).toBe(
      'gros.csv, ligne 1 : Le fichier pèse 2523 octets, au-delà de la limite de 1000 octets. Correction : Découpez le fichier en plusieurs parties, ou relevez la limite (option maxBytes, ou --max-bytes en ligne de commande).',
    );
  });

  it('stops at maxRows, says so, and keeps accepted + rejected = rows read', async () => {
    const r = await importInventoryFiles([{ name: 'n.csv', bytes: bigCsv(50) }], { maxRows: 20, today: '2026-01-15' });
    expect(r.truncated).toBe(true);
    expect(r.counts).toMatchObject({ rowsRead: 20, accepted: 20, rejected: 0 });
    expect(r.issues.find((i) => i.code === 'too_many_rows')).toMatchObject({ severity: 'error', position: { line: 22 }, params: { max: 20, line: 22 } });
  });

  it('detects a zip bomb from the declared sizes before any spreadsheet parsing', async () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(30_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const r = await importInventoryFiles([{ name: 'bombe.xlsx', bytes: bomb }], { maxUncompressedBytes: 10_000_000 });
    expect(r.issues.map((i) => `${i.code} ${i.params['max']}`)).toEqual(['archive_too_large 10000000']);
  });

  it('detects a zip bomb whose headers lie about the sizes, by inflating with a byte counter', () => {
    const bomb = zipSync({ 'xl/a.xml': new Uint8Array(5_000_000) }, { level: 9 });
    // Forge the declared uncompressed size (local header offset 22, central directory offset 24).
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    view.setUint32(22, 100, true);
    let cd = -1;
    for (let i = bomb.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x06054b50) cd = view.getUint32(i + 16, true);
    view.setUint32(cd + 24, 100, true);
    const check = checkArchive(bomb, 1_000_000);
    expect(check.ok).toBe(false);
    expect(check).toMatchObject({ reason: 'too_large', max: 1_000_000 });
  });
});

describe('progress and cancel', () => {
  it('reports progress chunk by chunk, ending at the total size', async () => {
    const bytes = bigCsv(150_000);
    const seen: ImportProgress[] = [];
    const r = await importInventoryFiles([{ name: 'p.csv', bytes }], { today: '2026-01-15', onProgress: (p) => seen.push(p) });
    expect(r.counts.rowsRead).toBe(150_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual({ rowsDone: 150_000, bytesDone: bytes.length, bytesTotal: bytes.length, file: 'p.csv' });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.bytesDone).toBeGreaterThanOrEqual(seen[i - 1]!.bytesDone);
  });

  it('rejects with an AbortError when the signal aborts', async () => {
    const controller = new AbortController();
    const promise = importInventoryFiles([{ name: 'a.csv', bytes: bigCsv(150_000) }], {
      onProgress: () => controller.abort(),
      signal: controller.signal,
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });
});
