// The import's shortcuts (remembered rows, validations shared by rows that differ only in free
// text, and their switching off on exports where rows do not repeat) never change a result: every
// item keeps its own identity fields, and a bad row is rejected on its own line wherever it falls.
import { describe, expect, it } from 'vitest';
import { importInventoryFiles } from '../src/inventory';
import { generateGlpiCsvText } from '../bench/generate';
import { rejectedSummary } from './helpers';

const TODAY = '2026-01-15';

/** Splits the generated export into its lines (CRLF, no BOM). */
function lines(rows: number): string[] {
  return generateGlpiCsvText(rows).split('\r\n').slice(0, -1);
}

function cellsOf(line: string): string[] {
  return line.slice(1, -1).split('";"');
}

describe('import shortcuts on a realistic export', () => {
  // 6,000 rows: past the 4,096 rows after which the shortcuts judge whether they pay.
  const ROWS = 6_000;

  it('keeps each row its own name, serial number, model, place and purchase date', async () => {
    const all = lines(ROWS);
    const bytes = new TextEncoder().encode(all.join('\r\n'));
    const result = await importInventoryFiles([{ name: 'glpi.csv', bytes }], { today: TODAY });
    expect(result.counts.rowsRead).toBe(ROWS);
    // Every row is either accepted or rejected with a reason; none is lost.
    expect(result.counts.accepted + result.counts.rejected).toBe(ROWS);
    for (const item of result.items) {
      const line = item.source?.line as number;
      const cells = cellsOf(all[line - 1] as string);
      const [day, month, year] = (cells[10] as string).split('/');
      expect(item.serialNumber).toBe(cells[4]);
      expect(item.manufacturer).toBe(cells[3]);
      expect(item.model).toBe(cells[6]);
      expect(item.site).toBe(cells[8]);
      expect(item.purchaseDate).toBe(`${year}-${month}-${day}`);
    }
  });

  it('rejects bad rows after the shortcuts switched off, each on its own line', async () => {
    const all = lines(ROWS);
    const cells = (n: number) => cellsOf(all[n - 1] as string);
    const put = (n: number, index: number, value: string) => {
      const c = cells(n);
      c[index] = value;
      all[n - 1] = `"${c.join('";"')}"`;
    };
    put(4500, 10, '14/07/2027'); // purchase date after today
    put(5000, 10, '31/02/2020'); // no such date
    put(5500, 2, 'Perdu dans la nature'); // unknown status
    put(5600, 4, cells(5599)[4] as string); // the serial number of the row before
    const bytes = new TextEncoder().encode(all.join('\r\n'));
    const result = await importInventoryFiles([{ name: 'glpi.csv', bytes }], { today: TODAY });
    // Rows rejected by the core's validation come when their batch is validated: sorted by line here.
    const bad = rejectedSummary(result)
      .filter((r) => ['4500', '5000', '5500', '5600'].includes(r.split(' ')[0] as string))
      .sort();
    expect(bad).toEqual(['4500 purchase_date_in_future', '5000 date_unparsable', '5500 status_unknown', '5600 serial_duplicate']);
    expect(result.items.some((i) => [4500, 5000, 5500, 5600].includes(i.source?.line as number))).toBe(false);
  });
});
