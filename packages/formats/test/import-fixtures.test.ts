import { describe, expect, it } from 'vitest';
import { formatImportIssueText } from '../src/inventory';
import { importFixtures, rejectedSummary, summarize } from './helpers';

describe('importInventoryFiles on real-world fixtures', () => {
  it('reads a GLPI computers export (French, ";", UTF-8 with BOM): one device per row, statuses, duplicates, bad dates', async () => {
    const r = await importFixtures(['glpi-ordinateurs.csv']);
    expect(r.tables[0]).toMatchObject({ profile: { id: 'glpi-computers' }, delimiter: ';', encoding: 'utf-8', headerLine: 1 });
    expect(r.counts).toMatchObject({ rowsRead: 16, accepted: 12, rejected: 4, unclassified: 1, devicesAccepted: 12, devicesRejected: 4 });
    expect(r.counts.accepted + r.counts.rejected).toBe(r.counts.rowsRead);
    expect(summarize(r)).toEqual([
      '2 laptop x1 in-service',
      '3 desktop x1 in-service',
      '4 laptop x1 in-service',
      '5 desktop x1 in-service',
      '6 laptop x1 in-service',
      '7 desktop x1 in-service',
      '8 desktop x1 disposed',
      '9 laptop x1 stock',
      '10 desktop x1 disposed',
      '15 laptop x1 in-service',
      '16 laptop x1 disposed',
      '17 desktop x1 in-service',
    ]);
    expect(rejectedSummary(r)).toEqual(['11 serial_duplicate', '12 category_unknown', '13 date_unparsable', '14 purchase_date_in_future']);
    const texts = r.rejected.map((x) => formatImportIssueText(x.issues[0]!));
    expect(texts[0]).toBe(
      'glpi-ordinateurs.csv, ligne 11, colonne « Numéro de série » : Le numéro de série « EXD0101A » apparaît déjà (fichier glpi-ordinateurs.csv, ligne 2). Correction : Supprimez le doublon, ou corrigez le numéro de série.',
    );
    expect(texts[2]).toBe(
      "glpi-ordinateurs.csv, ligne 13, colonne « Informations financières et administratives - Date d'achat » : La date « 32/13/2020 » n’est pas reconnue. Correction : Écrivez-la au format JJ/MM/AAAA (15/03/2019) ou AAAA-MM-JJ (2019-03-15), ou indiquez seulement l’année.",
    );
    expect(texts[3]).toContain('La date d’achat 2031-01-10 est postérieure à aujourd’hui (2026-01-15).');
    expect(r.unclassified[0]).toMatchObject({ source: { file: 'glpi-ordinateurs.csv', line: 12 }, manufacturer: 'To Be Filled By O.E.M.', candidates: [{ category: 'desktop', score: 0.55 }] });
    expect(r.items[0]).toMatchObject({ category: 'laptop', manufacturer: 'Dell Inc.', model: 'Latitude 5420', serialNumber: 'EXD0101A', purchaseDate: '2021-03-15', site: 'Hôtel de ville > 2e étage', source: { file: 'glpi-ordinateurs.csv', line: 2 } });
  });

  it('reads a GLPI monitors export: every row is a monitor, even with an unknown model', async () => {
    const r = await importFixtures(['glpi-moniteurs.csv']);
    expect(r.tables[0]?.profile.id).toBe('glpi-monitors');
    expect(r.counts).toMatchObject({ rowsRead: 8, accepted: 8, rejected: 0 });
    expect(new Set(r.items.map((i) => i.category))).toEqual(new Set(['monitor']));
    expect(r.items.map((i) => i.status)).toEqual(['in-service', 'in-service', 'in-service', 'in-service', 'stock', 'disposed', 'in-service', 'in-service']);
  });

  it('reads an OCS Inventory export and lists a virtual machine as unclassified', async () => {
    const r = await importFixtures(['ocs-export.csv']);
    expect(r.tables[0]).toMatchObject({ profile: { id: 'ocs' }, delimiter: ',' });
    expect(r.counts).toMatchObject({ rowsRead: 7, accepted: 6, rejected: 1, unclassified: 1 });
    expect(summarize(r)).toEqual(['2 laptop x1 in-service', '3 desktop x1 in-service', '4 desktop x1 in-service', '5 laptop x1 in-service', '7 laptop x1 in-service', '8 desktop x1 in-service']);
    expect(r.unclassified.map((u) => `${u.source.line} ${u.model}`)).toEqual(['6 VMware Virtual Platform']);
  });

  it('reads a G4IT physical-equipment file with quantities, and rejects a negative quantity', async () => {
    const r = await importFixtures(['g4it-equipements.csv']);
    expect(r.tables[0]?.profile.id).toBe('g4it');
    expect(r.counts).toMatchObject({ rowsRead: 7, accepted: 6, rejected: 1, devicesAccepted: 348 });
    expect(summarize(r)).toEqual(['2 laptop x120 in-service', '3 monitor x150 in-service', '4 smartphone x45 in-service', '5 server x2 in-service', '6 network-switch x1 in-service', '7 tablet x30 disposed']);
    expect(r.items[3]?.usage).toMatchObject({ kind: 'metered' });
    expect(String((r.items[3]?.usage as { energyKwhPerYear: unknown }).energyKwhPerYear)).toBe('3504');
    expect(r.items[0]?.country).toBe('FRA');
    expect(rejectedSummary(r)).toEqual(['8 quantity_negative']);
    expect(formatImportIssueText(r.rejected[0]!.issues[0]!)).toBe(
      'g4it-equipements.csv, ligne 8, colonne « quantite » : La quantité « -4 » est négative. Correction : Indiquez un nombre entier positif d’équipements (par exemple 3).',
    );
  });

  it('reads a Windows-1252 Excel CSV with decimal commas and a no-break space thousands separator', async () => {
    const r = await importFixtures(['excel-cp1252.csv']);
    expect(r.tables[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';', profile: { id: 'generic' } });
    expect(r.tables[0]?.headers).toContain('Prix unitaire (€)');
    expect(r.counts).toMatchObject({ rowsRead: 7, accepted: 5, rejected: 2 });
    expect(summarize(r)).toEqual(['2 laptop x12 in-service', '3 monitor x1200 in-service', '4 mfp/medium x3 in-service', '5 projector x14 in-service', '6 tablet x30 in-service']);
    expect(r.items[0]?.lifetimeYears?.toString()).toBe('5.5');
    expect(String((r.items[0]?.usage as { energyKwhPerYear: unknown }).energyKwhPerYear)).toBe('24.8');
    expect(r.items[0]?.site).toBe('Mairie annexe Sud');
    expect(r.items[3]).toMatchObject({ purchaseYear: 2019, perimeter: 'schools', site: 'École Pasteur' });
    expect(rejectedSummary(r)).toEqual(['7 quantity_negative', '8 decimal_unparsable']);
  });

  it('reads an XLSX with two sheets, a merged title row and Excel dates', async () => {
    const r = await importFixtures(['xlsx-deux-feuilles.xlsx']);
    expect(r.sheets.map((s) => `${s.name}:${s.imported}`)).toEqual(['Postes:true', 'Imprimantes:true']);
    expect(r.tables.map((t) => `${t.sheet}@${t.headerLine}`)).toEqual(['Postes@3', 'Imprimantes@1']);
    expect(r.issues.find((i) => i.code === 'title_rows_skipped')?.params).toEqual({ count: 1, headerLine: 3 });
    expect(r.counts).toMatchObject({ rowsRead: 11, accepted: 9, rejected: 2 });
    expect(summarize(r)).toEqual([
      'Postes:4 laptop x18 in-service',
      'Postes:5 desktop x22 in-service',
      'Postes:6 monitor x40 in-service',
      'Postes:7 docking-station x18 in-service',
      'Postes:8 ip-phone x35 in-service',
      'Imprimantes:2 mfp/small x6 in-service',
      'Imprimantes:3 mfp/medium x4 in-service',
      'Imprimantes:4 mfp/large x1 in-service',
      'Imprimantes:5 printer/small x9 in-service',
    ]);
    expect(r.items.slice(0, 5).map((i) => i.purchaseDate ?? i.purchaseYear)).toEqual(['2021-05-17', '2023-01-09', '2023-01-09', '2021-05-17', 2019]);
    expect(rejectedSummary(r)).toEqual(['Postes:9 quantity_zero', 'Imprimantes:6 date_unparsable']);
  });

  it('imports only the chosen sheet', async () => {
    const r = await importFixtures(['xlsx-deux-feuilles.xlsx'], { sheet: 'Imprimantes' });
    expect(r.counts.rowsRead).toBe(5);
    expect(r.issues.filter((i) => i.code === 'sheet_skipped').map((i) => i.params['sheet'])).toEqual(['Postes']);
    const missing = await importFixtures(['xlsx-deux-feuilles.xlsx'], { sheet: 'Serveurs' });
    expect(missing.issues.find((i) => i.code === 'sheet_not_found')?.params).toEqual({ sheet: 'Serveurs', sheets: 'Postes, Imprimantes' });
  });

  it('reads an ODS with the REEN template columns', async () => {
    const r = await importFixtures(['inventaire.ods']);
    expect(r.tables[0]).toMatchObject({ format: 'ods', sheet: 'Inventaire', profile: { id: 'canonical' } });
    expect(r.counts).toMatchObject({ rowsRead: 6, accepted: 5, rejected: 1 });
    expect(summarize(r)).toEqual(['Inventaire:2 laptop x40 in-service', 'Inventaire:3 tablet x120 in-service', 'Inventaire:4 tv-display x12 in-service', 'Inventaire:5 mfp/medium x5 in-service', 'Inventaire:6 wifi-access-point x25 in-service']);
    expect(r.items[0]).toMatchObject({ purchaseDate: '2024-02-20', perimeter: 'schools', usage: { kind: 'profile' } });
    expect(r.items[1]?.refurbished).toBe(true);
    expect(formatImportIssueText(r.rejected[0]!.issues[0]!)).toBe(
      'inventaire.ods, feuille Inventaire, ligne 7, colonne « Statut » : Le statut « Prêté aux parents » n’est pas reconnu. Correction : Utilisez « En service », « En stock », « Réemploi » ou « Rebut » (les statuts GLPI usuels sont reconnus).',
    );
  });

  it('reads the canonical template with a multi-line quoted cell and counts lines right after it', async () => {
    const r = await importFixtures(['canonical-reen.csv']);
    expect(r.tables[0]?.profile.id).toBe('canonical');
    expect(r.counts).toMatchObject({ rowsRead: 8, accepted: 5, rejected: 3, devicesAccepted: 1271 });
    expect(summarize(r)).toEqual(['2 laptop x1 in-service', '3 desktop x15 in-service', '5 monitor x1250 stock', '6 mfp/medium x2 reuse', '7 server x3 in-service']);
    expect(r.items[1]?.site).toBe('Centre technique\nbâtiment B');
    expect(r.items[0]).toMatchObject({ refurbished: true, usage: { kind: 'profile' } });
    expect(rejectedSummary(r)).toEqual(['8 required_cell_empty', '9 quantity_not_integer,boolean_unparsable', '10 required_cell_empty,perimeter_unknown']);
  });

  it('reads an EcoDiag-style list (Modele, Fabricant, Type, année), one device per row', async () => {
    const r = await importFixtures(['ecodiag-liste.csv']);
    expect(r.tables[0]?.profile.id).toBe('ecodiag');
    expect(summarize(r)).toEqual(['2 laptop x1 in-service', '3 monitor x1 in-service', '4 smartphone x1 in-service', '5 mfp/medium x1 in-service', '6 ip-phone x1 in-service', '7 keyboard x1 in-service']);
  });

  it('reads JSON in the core schema item by item', async () => {
    const r = await importFixtures(['inventaire.json']);
    expect(r.counts).toMatchObject({ rowsRead: 4, accepted: 2, rejected: 2 });
    expect(rejectedSummary(r)).toEqual(['3 unknown_category', '4 quantity_not_positive']);
  });

  it('merges several files and finds duplicate serial numbers across them', async () => {
    const r = await importFixtures(['glpi-ordinateurs.csv', 'glpi-moniteurs.csv', 'xlsx-deux-feuilles.xlsx']);
    expect(r.counts).toMatchObject({ files: 3, tables: 4, rowsRead: 35, accepted: 29, rejected: 6 });
    expect(r.counts.accepted + r.counts.rejected).toBe(r.counts.rowsRead);
  });
});

describe('broken files', () => {
  it('reports an unbalanced quote with line and column, rejects that line and reads the next ones', async () => {
    const r = await importFixtures(['broken-quote.csv']);
    expect(r.counts).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1 });
    expect(summarize(r)).toEqual(['2 laptop x3 in-service', '4 mouse x10 in-service', '5 keyboard x2 in-service']);
    expect(r.rejected[0]?.issues[0]).toEqual({ code: 'csv_unbalanced_quote', severity: 'error', path: [], position: { file: 'broken-quote.csv', line: 3, column: '7' }, params: { line: 3, column: 7 } });
    expect(formatImportIssueText(r.rejected[0]!.issues[0]!)).toBe(
      'broken-quote.csv, ligne 3, caractère 7 : Guillemet non refermé à la colonne 7 de la ligne 3. Correction : Ajoutez le guillemet fermant, ou doublez le guillemet s’il fait partie du texte (""). La ligne est rejetée ; la lecture reprend à la ligne suivante.',
    );
  });

  it('reports an empty file, a file without header and invalid JSON as issues', async () => {
    const empty = await importFixtures(['broken-empty.csv']);
    expect(empty.issues.map((i) => i.code)).toEqual(['file_empty']);
    const noHeader = await importFixtures(['broken-no-header.csv']);
    expect(noHeader.counts).toMatchObject({ rowsRead: 3, accepted: 0, rejected: 3 });
    expect(noHeader.issues[0]?.code).toBe('header_not_found');
    const json = await importFixtures(['broken.json']);
    expect(json.issues[0]).toMatchObject({ code: 'json_invalid', position: { file: 'broken.json', line: 3, column: '27' } });
  });

  it('reports a truncated XLSX as a corrupt file', async () => {
    const { fixture } = await import('./helpers');
    const { importInventoryFiles } = await import('../src/inventory');
    const full = fixture('xlsx-deux-feuilles.xlsx');
    const r = await importInventoryFiles([{ name: 'tronque.xlsx', bytes: full.bytes.slice(0, 3000) }]);
    expect(r.issues.map((i) => i.code)).toEqual(['file_corrupt']);
    expect(r.counts.rowsRead).toBe(0);
  });
});
