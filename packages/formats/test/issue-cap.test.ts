// `issuesPerCode` and `keepRejectedRows`: what `reen bilan` asks of the importer so that a file of a
// million bad rows stays small in memory. Counts never change; only what is kept does.
import { describe, expect, it } from 'vitest';
import { importInventoryFiles } from '../src/inventory';

const enc = (s: string) => new TextEncoder().encode(s);

/** 30 rows: rows 2-11 have a bad quantity, rows 12-21 an unknown type, rows 22-31 are good laptops. */
function mixedCsv(): Uint8Array {
  const lines = ['Type;Quantité'];
  for (let i = 0; i < 10; i++) lines.push(`Portable;x${i}`);
  for (let i = 0; i < 10; i++) lines.push('Bidule;1');
  for (let i = 0; i < 10; i++) lines.push('Portable;2');
  return enc(lines.join('\n') + '\n');
}

describe('importInventoryFiles with issuesPerCode and keepRejectedRows', () => {
  it('keeps everything by default', async () => {
    const r = await importInventoryFiles([{ name: 'm.csv', bytes: mixedCsv() }], { today: '2026-01-15' });
    expect(r.counts).toMatchObject({ rowsRead: 30, accepted: 10, rejected: 20, unclassified: 10, devicesAccepted: 20, errors: 20 });
    expect(r.issues.filter((i) => i.code === 'quantity_unparsable')).toHaveLength(10);
    expect(r.issuesOmitted).toEqual([]);
    expect(r.rejected).toHaveLength(20);
    expect(r.unclassified).toHaveLength(10);
  });

  it('keeps the first 3 issues of each code, counts the others, and keeps the counts whole', async () => {
    const r = await importInventoryFiles([{ name: 'm.csv', bytes: mixedCsv() }], { today: '2026-01-15', issuesPerCode: 3 });
    expect(r.issues.filter((i) => i.code === 'quantity_unparsable').map((i) => i.position?.line)).toEqual([2, 3, 4]);
    expect(r.issues.filter((i) => i.code === 'category_unknown').map((i) => i.position?.line)).toEqual([12, 13, 14]);
    expect(r.issuesOmitted).toEqual([
      { code: 'quantity_unparsable', severity: 'error', count: 7 },
      { code: 'category_unknown', severity: 'error', count: 7 },
    ]);
    expect(r.counts).toMatchObject({ rowsRead: 30, accepted: 10, rejected: 20, unclassified: 10, devicesAccepted: 20, errors: 20 });
    // The rejected rows keep every issue of their own (the rejected-rows file lists them all).
    expect(r.rejected).toHaveLength(20);
    expect(r.rejected[9]?.issues.map((i) => i.code)).toEqual(['quantity_unparsable']);
  });

  it('keeps no rejected or unclassified row when asked, and still counts them', async () => {
    const r = await importInventoryFiles([{ name: 'm.csv', bytes: mixedCsv() }], { today: '2026-01-15', issuesPerCode: 3, keepRejectedRows: false });
    expect(r.rejected).toEqual([]);
    expect(r.unclassified).toEqual([]);
    expect(r.counts).toMatchObject({ rowsRead: 30, accepted: 10, rejected: 20, unclassified: 10, devicesAccepted: 20, devicesRejected: 20, errors: 20 });
    expect(r.items.map((item) => item.quantity)).toEqual(Array.from({ length: 10 }, () => 2));
  });
});
