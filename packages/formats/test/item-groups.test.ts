// `groupItems`: what `reen bilan` asks of the importer so that a million rows keep a few thousand
// items. Lines equal on every field the footprint reads become one item with their summed quantity.
import { describe, expect, it } from 'vitest';
import { importInventoryFiles } from '../src/inventory';

const enc = (s: string) => new TextEncoder().encode(s);

/**
 * Six laptops and a screen: lines 2, 3 and 5 are laptops in service bought in 2022 at the town
 * hall (2 + 1 + 3 devices, two entities); line 4 the same bought in 2021; line 6 the same in
 * stock; line 7 a screen; line 8 a laptop with no site.
 */
const CSV = [
  'Nom;Numéro de série;Type;Quantité;Statut;Date d’achat;Lieu;Entité',
  'PC-1;S1;Portable;2;En service;15/03/2022;Mairie;Ville > DSI',
  'PC-2;S2;Portable;1;En service;02/11/2022;Mairie;Ville > Écoles',
  'PC-3;S3;Portable;1;En service;01/01/2021;Mairie;Ville > DSI',
  'PC-4;S4;Portable;3;En service;30/06/2022;Mairie;Ville > DSI',
  'PC-5;S5;Portable;1;En stock;30/06/2022;Mairie;Ville > DSI',
  'EC-1;S6;Écran;1;En service;30/06/2022;Mairie;Ville > DSI',
  'PC-6;S7;Portable;4;En service;30/06/2022;;Ville > DSI',
].join('\n');

const file = () => [{ name: 'parc.csv', bytes: enc(`${CSV}\n`) }];

describe('importInventoryFiles with groupItems', () => {
  it('keeps one item per line by default', async () => {
    const r = await importInventoryFiles(file(), { today: '2026-01-15' });
    expect(r.items.map((i) => i.quantity)).toEqual([2, 1, 1, 3, 1, 1, 4]);
    expect(r.items[0]?.serialNumber).toBe('S1');
  });

  it('sums the quantities of lines the footprint cannot tell apart, and keeps the counts per row', async () => {
    const r = await importInventoryFiles(file(), { today: '2026-01-15', groupItems: {} });
    // Lines 2, 3 and 5: 2 + 1 + 3 = 6 laptops; the others each stay alone.
    expect(r.items.map((i) => [i.source?.line, i.category, i.status, i.purchaseYear, i.site, i.quantity])).toEqual([
      [2, 'laptop', 'in-service', 2022, 'Mairie', 6],
      [4, 'laptop', 'in-service', 2021, 'Mairie', 1],
      [6, 'laptop', 'stock', 2022, 'Mairie', 1],
      [7, 'monitor', 'in-service', 2022, 'Mairie', 1],
      [8, 'laptop', 'in-service', 2022, undefined, 4],
    ]);
    // A group names no single device, and carries the year its lines share, not the first line's date.
    expect(r.items[0]).not.toHaveProperty('serialNumber');
    expect(r.items[0]).not.toHaveProperty('id');
    expect(r.items[0]).not.toHaveProperty('purchaseDate');
    expect(r.counts).toMatchObject({ rowsRead: 7, accepted: 7, rejected: 0, devicesAccepted: 13 });
  });

  it('keeps entities apart with byEntity', async () => {
    const r = await importInventoryFiles(file(), { today: '2026-01-15', groupItems: { byEntity: true } });
    // Line 3 (Écoles) leaves the group of lines 2 and 5 (DSI): 2 + 3 = 5 and 1.
    expect(r.items.map((i) => [i.source?.line, i.entity, i.quantity])).toEqual([
      [2, 'Ville > DSI', 5],
      [3, 'Ville > Écoles', 1],
      [4, 'Ville > DSI', 1],
      [6, 'Ville > DSI', 1],
      [7, 'Ville > DSI', 1],
      [8, 'Ville > DSI', 4],
    ]);
  });
});
