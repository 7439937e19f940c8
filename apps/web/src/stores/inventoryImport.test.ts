import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { importInventoryFiles } from '@reen/formats/inventory';
import { computeFootprint, getFactorSet, parseProject, serializeFootprint } from '@reen/core';
import { FIELD_IDS as APP_FIELD_IDS } from '../lib/inventoryFields';
import { FIELD_IDS } from '@reen/formats/inventory';
import { useFootprintStore } from './footprint';
import { useInventoryImportStore } from './inventoryImport';
import { useProjectStore } from './project';
import { smallProject } from '../../test/unit/helpers';
import { xlsxWholeSheetMerge } from '../../../../packages/formats/test/hostileFiles';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'formats', 'test', 'fixtures');
const fixture = (name: string) => new File([readFileSync(join(FIXTURES, name))], name);

describe('useInventoryImportStore', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await useProjectStore().importProjectObject(smallProject({ inventory: [] }));
  });

  it('lists the same mappable fields as @reen/formats', () => {
    expect([...APP_FIELD_IDS]).toEqual([...FIELD_IDS]);
  });

  it('imports the GLPI and Windows-1252 fixtures into merged lines with the same bilan as the raw import', async () => {
    const importer = useInventoryImportStore();
    const project = useProjectStore();
    await importer.start([fixture('glpi-ordinateurs.csv'), fixture('excel-cp1252.csv')]);
    expect(importer.status).toBe('done');
    const report = importer.report!;
    expect(report.files).toEqual(['glpi-ordinateurs.csv', 'excel-cp1252.csv']);
    expect(report.counts.rowsRead).toBe(report.counts.accepted + report.counts.rejected);
    expect(report.issues.some((issue) => issue.position?.file === 'excel-cp1252.csv' && issue.position.line === 7)).toBe(true);

    // Same bilan as computing on the raw import result (no merging).
    const raw = await importInventoryFiles(
      [
        { name: 'glpi-ordinateurs.csv', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'glpi-ordinateurs.csv'))) },
        { name: 'excel-cp1252.csv', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'excel-cp1252.csv'))) },
      ],
      { today: new Date().toISOString().slice(0, 10) },
    );
    expect(project.project!.inventory.reduce((n, item) => n + (item.quantity as number), 0)).toBe(raw.counts.devicesAccepted);
    const parsed = parseProject(smallProject({ inventory: [] }));
    if (!parsed.success) throw new Error('fixture invalid');
    const expected = computeFootprint({ ...parsed.data, inventory: raw.items }, getFactorSet('fr-2025.1'), { year: 2024, method: 'stock', amortisationYears: 1 });
    expect(serializeFootprint(useFootprintStore().result!).totals).toEqual(serializeFootprint(expected).totals);
    expect(useFootprintStore().result!.total.co2eKg.gt(0)).toBe(true);
  });

  it('re-imports with a fixed mapping and with classified rows', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv'), fixture('excel-cp1252.csv')]);
    const before = importer.report!;
    expect(before.tables[1]?.mapping.find((column) => column.header === 'Site')?.field).toBe('site');
    expect(await importer.setMapping('Site', null)).toBe(true);
    expect(importer.report!.settings.mapping).toEqual({ Site: null });
    expect(importer.report!.tables[1]?.mapping.find((column) => column.header === 'Site')?.field).toBeNull();
    expect(useProjectStore().project!.inventory.every((item) => item.site === undefined || !item.site.includes('Pasteur'))).toBe(true);

    expect(importer.report!.unclassified).toHaveLength(1);
    const row = importer.report!.unclassified[0]!;
    expect(row.source).toMatchObject({ file: 'glpi-ordinateurs.csv' });
    const accepted = importer.report!.counts.accepted;
    expect(await importer.classify(row.key, 'desktop')).toBe(true);
    expect(importer.report!.unclassified).toEqual([]);
    expect(importer.report!.counts.accepted).toBe(accepted + 1);
    expect(importer.report!.settings).toEqual({ mapping: { Site: null }, classifications: { [row.key]: 'desktop' } });
  });

  it('appends to the current inventory, and a re-import keeps the lines from before', async () => {
    const project = useProjectStore();
    project.project!.inventory.push({ category: 'server', quantity: 2 });
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')], 'append');
    expect(project.project!.inventory[0]).toEqual({ category: 'server', quantity: 2 });
    expect(importer.report!.baseLines).toBe(1);
    const lines = project.project!.inventory.length;
    await importer.classify(importer.report!.unclassified[0]!.key, 'desktop');
    expect(project.project!.inventory[0]).toEqual({ category: 'server', quantity: 2 });
    expect(project.project!.inventory.length).toBeGreaterThanOrEqual(lines);
  });

  it('keeps the inventory when a file is refused, and says why instead of "terminé"', async () => {
    const importer = useInventoryImportStore();
    const project = useProjectStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const before = project.project!.inventory;
    expect(before.length).toBeGreaterThan(0);

    await importer.start([new File([new Uint8Array([0xef, 0xbb, 0xbf])], 'vide.csv')]);
    expect(importer.status).toBe('failed');
    expect(importer.failure).toBe(
      'vide.csv, ligne 1 : Le fichier ne contient aucune ligne de données lisible. Correction : Vérifiez que vous avez choisi le bon fichier et que l’export contient des équipements sous la ligne d’en-tête.',
    );
    expect(project.project!.inventory).toEqual(before);

    // The cell budget holds in the app too: a 2 kB workbook merged over the whole sheet is refused.
    await importer.start([new File([new Uint8Array(xlsxWholeSheetMerge())], 'fusion.xlsx')]);
    expect(importer.status).toBe('failed');
    expect(importer.failure).toContain('à cause de la fusion de cellules A1:XFD1048576 : au-delà de la limite de 3000000 cellules par classeur.');
    expect(project.project!.inventory).toEqual(before);
  });
});
