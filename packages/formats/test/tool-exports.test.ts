// The real exports of the tools a DSI has, with their exact headers: GLPI 10/11 list exports (CSV,
// XLSX, ODS; French and English labels; grouped headers; the `Entité` path kept as data), OCS
// Inventory NG 2.12's default computer list (`;`, quoted, trailing `;`, CRLF; French and English),
// G4IT 3.x's physical equipment template and NumEcoEval's native CSV.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importInventoryFiles } from '../src/inventory';
import type { ImportResult } from '../src/inventory';

const TODAY = '2026-01-15';
const utf8 = (text: string) => new TextEncoder().encode(text);

async function importText(name: string, text: string): Promise<ImportResult> {
  return importInventoryFiles([{ name, bytes: utf8(text) }], { today: TODAY });
}

function workbook(rows: string[][], type: 'xlsx' | 'ods'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Ordinateurs');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: type }) as ArrayBuffer);
}

const summary = (r: ImportResult) =>
  r.items.map((i) => [i.source?.line, i.category, i.quantity, i.status, i.manufacturer, i.model, i.serialNumber, i.purchaseDate ?? i.purchaseYear, i.site, i.entity].join(' | '));

/** GLPI 10 "Ordinateurs" list, French interface, as exported (`;`, every value quoted, CRLF, BOM). */
const GLPI_FR_HEADER = ['Nom', 'Entité', 'Statut', 'Fabricant', 'Numéro de série', 'Type', 'Modèle', "Système d'exploitation - Nom", 'Lieu', 'Dernière modification', "Informations financières et administratives - Date d'achat"];
const GLPI_EN_HEADER = ['Name', 'Entity', 'Status', 'Manufacturer', 'Serial number', 'Type', 'Model', 'Operating system - Name', 'Location', 'Last update', 'Financial and administrative information - Date of purchase'];
const GLPI_ROWS = [
  ['PC-0001', 'Ville de Beau Pays > DSI > Accueil', 'En service', 'Dell Inc.', 'SN0001', 'Portable', 'Latitude 5420', 'Windows 11 Pro', 'Hôtel de ville > RDC', '2025-11-02 10:12', '2022-03-15'],
  ['PC-0002', 'Ville de Beau Pays > Éducation', 'En stock', 'HP', 'SN0002', 'Ordinateur de bureau', 'HP ProDesk 400 G7', 'Windows 10 Professionnel', 'École Jules Ferry', '2025-11-02 10:13', '15/06/2021'],
];
const GLPI_EXPECTED = [
  '2 | laptop | 1 | in-service | Dell Inc. | Latitude 5420 | SN0001 | 2022-03-15 | Hôtel de ville > RDC | Ville de Beau Pays > DSI > Accueil',
  '3 | desktop | 1 | stock | HP | HP ProDesk 400 G7 | SN0002 | 2021-06-15 | École Jules Ferry | Ville de Beau Pays > Éducation',
];

const csv = (rows: string[][]) => `\ufeff${rows.map((r) => r.map((c) => `"${c}"`).join(';')).join('\r\n')}\r\n`;

describe('GLPI list exports', () => {
  it('reads the French CSV export: grouped headers, the Entité path kept as data', async () => {
    const r = await importText('glpi-fr.csv', csv([GLPI_FR_HEADER, ...GLPI_ROWS]));
    expect(r.tables[0]?.profile.id).toMatch(/^glpi/);
    expect(summary(r)).toEqual(GLPI_EXPECTED);
    expect(r.tables[0]?.mapping.find((m) => m.header === 'Entité')?.field).toBe('entity');
  });

  it('reads the English CSV export the same way', async () => {
    const r = await importText('glpi-en.csv', csv([GLPI_EN_HEADER, ...GLPI_ROWS.map((row) => row.map((c) => (c === 'En service' ? 'In use' : c === 'En stock' ? 'In stock' : c)))]));
    expect(r.tables[0]?.profile.id).toMatch(/^glpi/);
    expect(summary(r)).toEqual(GLPI_EXPECTED);
  });

  it.each(['xlsx', 'ods'] as const)('reads the %s export the same way', async (type) => {
    const r = await importInventoryFiles([{ name: `glpi.${type}`, bytes: workbook([GLPI_FR_HEADER, ...GLPI_ROWS], type) }], { today: TODAY });
    expect(summary(r)).toEqual(GLPI_EXPECTED);
  });
});

/** OCS Inventory NG ocsreports 2.12, default computer list (labels 46, 23, 24, 25, 568, 569 of its language files). */
const OCS_FR = ['TAG', 'Dernier inventaire', 'Machine', 'Utilisateur connecté', 'Systeme', 'RAM (Mo)', 'CPU (MHz)'];
const OCS_EN = ['TAG', 'Last inventory', 'Computer', 'Connected user', 'Operating system', 'RAM (MB)', 'CPU (MHz)'];
const OCS_ROWS = [
  ['DSI', '2025-11-02 09:12:44', 'HDV-PC-301', 'agent01', 'Microsoft Windows 11 Professionnel', '16384', '2611'],
  ['ECOLES', '2025-11-01 18:00:00', 'ECO-PC-12', 'agent02', 'Microsoft Windows 10 Professionnel', '8192', '3192'],
];
/** ocsreports' CSV: `;`, quoted values, a `;` after every value, CRLF. */
const ocsCsv = (rows: string[][]) => rows.map((r) => `${r.map((c) => `"${c}"`).join(';')};`).join('\r\n') + '\r\n';

describe('OCS Inventory NG 2.12 default computer list', () => {
  it.each([
    ['French', OCS_FR],
    ['English', OCS_EN],
  ])('reads the %s export: one device per row, default lifetime flagged', async (_, header) => {
    const r = await importText('ocs.csv', ocsCsv([header, ...OCS_ROWS]));
    expect(r.tables[0]?.profile.id).toBe('ocs');
    expect(r.counts).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0, devicesAccepted: 2 });
    expect(r.items.map((i) => `${i.source?.line} ${i.category} ${i.site}`)).toEqual(['2 desktop DSI', '3 desktop ECOLES']);
    // No purchase date: the data-quality flag on the header line.
    expect(r.issues.filter((i) => i.code === 'purchase_date_column_missing').map((i) => `${i.severity} ${i.position?.line}`)).toEqual(['warning 1']);
    // The trailing `;` makes an empty last header, which is ignored, not an error.
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('G4IT 3.x and NumEcoEval', () => {
  it('reads the G4IT physical equipment template (inv_physicalEquipment.csv) with its exact columns', async () => {
    const header = 'nomEquipementPhysique;modele;quantite;nomCourtDatacenter;dateAchat;dateRetrait;type;statut;paysDUtilisation;consoElecAnnuelle;utilisateur;nomSourceDonnee;nomEntite';
    const r = await importText('inv_physicalEquipment.csv', `${header}\nPF-001;Latitude 5430;12;;2022-04-12;;Laptop;In use;France;;;GLPI;DSI\nSRV-01;PowerEdge R740;1;SALLE-1;20200708;;Server;In use;France;850;;;DSI\n`);
    expect(r.tables[0]?.profile.id).toBe('g4it');
    expect(summary(r)).toEqual([
      '2 | laptop | 12 | in-service |  | Latitude 5430 |  | 2022-04-12 |  | DSI',
      '3 | server | 1 | in-service |  | PowerEdge R740 |  | 2020-07-08 | SALLE-1 | DSI',
    ]);
    expect(String((r.items[1]?.usage as { energyKwhPerYear: unknown }).energyKwhPerYear)).toBe('850');
  });

  it('reads the NumEcoEval native CSV (idInventaire;nomEquipementPhysique;…)', async () => {
    const header =
      'idInventaire;nomEquipementPhysique;nomOrganisation;nomEntite;sourceDonnee;fabricant;modele;quantite;type;statut;paysDUtilisation;utilisateur;dateAchat;dateRetrait;nbCoeur;tailleDuDisque;tailleMemoire;typeDeProcesseur;nomCourtDatacenter;consoElecAnnuelle';
    const r = await importText('physical_equipment.csv', `${header}\n1;ecran-42;Ville;DSI;GLPI;Dell;P2422H;3;Monitor;In use;France;;2021-09-01;;;;;;;\n`);
    expect(r.tables[0]?.profile.id).toBe('g4it');
    expect(summary(r)).toEqual(['2 | monitor | 3 | in-service | Dell | P2422H |  | 2021-09-01 |  | DSI']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
