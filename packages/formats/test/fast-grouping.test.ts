// The grouped import's fast lane (fastGrouping.ts) is a shortcut only: with or without it, the
// import gives the same items, counts, issues, classifications and rejected rows, on real exports,
// on the fixtures, and on random files full of bad cells. The lane must also really be taken.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importInventoryFiles } from '../src/inventory';
import type { ImportOptions, ImportResult, InventoryFileInput } from '../src/inventory';
import { FastGrouping } from '../src/inventory/fastGrouping';
import { generateGlpiCsvText } from '../bench/generate';
import { fixture } from './helpers';

const TODAY = '2026-01-15';
const enc = (s: string) => new TextEncoder().encode(s);

/** Everything an import gives, in a form that compares exactly. */
function comparable(result: ImportResult): unknown {
  return JSON.parse(JSON.stringify(result));
}

/** Imports the files with the fast lane and without it, and returns both results. */
async function bothWays(files: InventoryFileInput[], options: ImportOptions): Promise<{ fast: unknown; general: unknown }> {
  const fast = await importInventoryFiles(files, { today: TODAY, ...options, fastGrouping: true });
  const general = await importInventoryFiles(files, { today: TODAY, ...options, fastGrouping: false });
  return { fast: comparable(fast), general: comparable(general) };
}

const GROUPINGS: ImportOptions[] = [
  { groupItems: {} },
  { groupItems: { byEntity: true } },
  { groupItems: {}, keepRejectedRows: false, issuesPerCode: 5 },
  { groupItems: { byEntity: true }, keepRejectedRows: false, issuesPerCode: 100 },
];

/** Counts the rows the lane takes. */
function countTaken(): { taken: () => number; offered: () => number } {
  const original = FastGrouping.prototype.take;
  let taken = 0;
  let offered = 0;
  vi.spyOn(FastGrouping.prototype, 'take').mockImplementation(function (this: FastGrouping, row) {
    offered++;
    const ok = original.call(this, row);
    if (ok) taken++;
    return ok;
  });
  return { taken: () => taken, offered: () => offered };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The generated GLPI export's lines (CRLF), with some rows spoilt the way real exports are. */
function spoiltExport(rows: number): string {
  const lines = generateGlpiCsvText(rows, 7).split('\r\n').slice(0, -1);
  const cells = (n: number) => (lines[n - 1] as string).slice(1, -1).split('";"');
  const put = (n: number, index: number, value: string) => {
    const c = cells(n);
    c[index] = value;
    lines[n - 1] = `"${c.join('";"')}"`;
  };
  for (let n = 300; n <= rows; n += 397) put(n, 10, '14/07/2027'); // purchase after today
  for (let n = 310; n <= rows; n += 401) put(n, 10, '31/02/2020'); // no such date
  for (let n = 320; n <= rows; n += 409) put(n, 10, '03/15/2019'); // month first: a warning
  for (let n = 330; n <= rows; n += 419) put(n, 10, '12/05/1931'); // before the first computers
  for (let n = 340; n <= rows; n += 421) put(n, 2, 'Perdu dans la nature'); // unknown status
  for (let n = 350; n <= rows; n += 431) put(n, 4, cells(n - 1)[4] as string); // duplicate serial
  for (let n = 360; n <= rows; n += 433) put(n, 4, 'N/A'); // placeholder serial
  for (let n = 370; n <= rows; n += 439) put(n, 5, 'Grille-pain'); // unknown type
  for (let n = 380; n <= rows; n += 443) put(n, 8, ` ${cells(n)[8] as string} `); // spaces around a place
  for (let n = 390; n <= rows; n += 449) put(n, 10, ''); // no purchase date
  for (let n = 400; n <= rows; n += 457) lines[n - 1] += ';"en trop"'; // an extra cell
  for (let n = 410; n <= rows; n += 461) put(n, 10, '2019'); // a year alone
  return `${lines.join('\r\n')}\r\n`;
}

describe('fast lane of the grouped import', () => {
  it('gives the same result as the general path on a real export with spoilt rows, and takes most rows', async () => {
    const files = [{ name: 'glpi.csv', bytes: enc(spoiltExport(6_000)) }];
    for (const options of GROUPINGS) {
      const counter = countTaken();
      const { fast, general } = await bothWays(files, options);
      expect(fast).toEqual(general);
      // Every row is offered to the lane once the header is read; most fall into a known group.
      expect(counter.offered()).toBeGreaterThan(5_900);
      // 6,000 rows over about 10,000 possible groups (and 40 times more per entity): 1,491 and 51 rows are taken.
      expect(counter.taken()).toBeGreaterThan(options.groupItems?.byEntity ? 40 : 1_400);
      vi.restoreAllMocks();
    }
    const result = await importInventoryFiles(files, { today: TODAY, groupItems: {} });
    const codes = new Set(result.issues.map((issue) => issue.code));
    for (const code of ['purchase_date_in_future', 'date_unparsable', 'date_month_first', 'year_out_of_range', 'status_unknown', 'serial_duplicate', 'category_unknown', 'row_extra_cells']) {
      expect(codes, code).toContain(code);
    }
  });

  it('gives the same result on every fixture', async () => {
    const names = readdirSync(new URL('./fixtures/', import.meta.url)).filter((name) => /\.(csv|json|ods|xlsx)$/.test(name));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      for (const options of GROUPINGS) {
        const { fast, general } = await bothWays([fixture(name)], options);
        expect(fast, `${name} ${JSON.stringify(options)}`).toEqual(general);
      }
    }
  });

  it('gives the same result on random files full of bad cells (property)', async () => {
    const pick = (values: string[]) => fc.constantFrom(...values);
    const row = fc.tuple(
      pick(['PC-1', 'PC-2', 'SRV-9', '']),
      pick(['Portable', 'Ordinateur portable', 'Écran', 'Serveur', 'Grille-pain', '', ' Portable ']),
      pick(['1', '2', '0', '-1', '1.5', '1.000', '', 'trois', '12']),
      pick(['En service', 'En stock', 'Rebut', 'Inconnu', '', ' En service']),
      pick(['15/03/2022', '2021-06-30', '03/15/2019', '31/02/2020', '14/07/2027', '1931', '2019', '', '01/01/2026', 'hier']),
      pick(['Mairie', 'École', '', ' Mairie']),
      pick(['Ville > DSI', 'Ville > Écoles', '']),
      pick(['S1', 'S2', 'S3', 'N/A', '', 's1', 'XYZ12345']),
      pick(['', '4', '0', 'x']),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), fc.constantFrom(...GROUPINGS), async (rows, options) => {
        const lines = ['Nom;Type;Quantité;Statut;Date d’achat;Lieu;Entité;Numéro de série;Durée de vie (ans)'];
        for (const [name, type, quantity, status, date, site, entity, serial, lifetime, extra] of rows) {
          lines.push([name, type, quantity, status, date, site, entity, serial, lifetime].join(';') + (extra ? ';en trop' : ''));
        }
        const { fast, general } = await bothWays([{ name: 'parc.csv', bytes: enc(`${lines.join('\n')}\n`) }], options);
        expect(fast).toEqual(general);
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it('gives the same result on a real export damaged byte by byte (property)', async () => {
    // 600 rows: past the first batch, so the lane learns and is taken; 1 to 20 bytes set, inserted
    // or deleted anywhere (quotes, delimiters, line breaks, invalid UTF-8, cells cut in two).
    const base = Array.from(enc(generateGlpiCsvText(600, 11)));
    const damaged = fc
      .array(fc.tuple(fc.constantFrom('set', 'insert', 'delete'), fc.nat(), fc.constantFrom(0x22, 0x3b, 0x0a, 0x0d, 0x20, 0x2f, 0x31, 0xc3, 0xff, 0x41)), { minLength: 1, maxLength: 20 })
      .map((edits) => {
        const bytes = base.slice();
        for (const [op, at, b] of edits) {
          const k = at % bytes.length;
          if (op === 'set') bytes[k] = b;
          else if (op === 'insert') bytes.splice(k, 0, b);
          else bytes.splice(k, 1);
        }
        return Uint8Array.from(bytes);
      });
    await fc.assert(
      fc.asyncProperty(damaged, fc.constantFrom(...GROUPINGS), async (bytes, options) => {
        const { fast, general } = await bothWays([{ name: 'glpi.csv', bytes }], options);
        expect(fast).toEqual(general);
      }),
      { numRuns: 200, seed: 20261205 },
    );
  }, 120_000);
});
