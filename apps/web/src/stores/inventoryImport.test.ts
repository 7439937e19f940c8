import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importInventoryFiles } from '@reen/formats/inventory';
import { attributeInventory, computeFootprint, getFactorSet, parseInventory, parseProject, serializeFootprint } from '@reen/core';
import { FIELD_IDS as APP_FIELD_IDS } from '../lib/inventoryFields';
import { FIELD_IDS } from '@reen/formats/inventory';
import { plainCopy } from '../lib/project';
import { useFootprintStore } from './footprint';
import { useInventoryHistoryStore } from './inventoryHistory';
import { useInventoryImportStore } from './inventoryImport';
import { useProjectStore } from './project';
import { smallProject } from '../../test/unit/helpers';
import { encryptedWorkbook, pngFile, zipBomb } from '../../test/unit/badFiles';
import { formatImportIssueText } from '@reen/formats/inventory';
import { xlsxWholeSheetMerge } from '../../../../packages/formats/test/hostileFiles';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'formats', 'test', 'fixtures');
const fixture = (name: string) => new File([readFileSync(join(FIXTURES, name))], name, { lastModified: 1_700_000_000_000 });
const devices = () => useProjectStore().project!.inventory.reduce((n, item) => n + (item.quantity as number), 0);

describe('useInventoryImportStore', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await useProjectStore().importProjectObject(smallProject({ inventory: [] }));
  });
  afterEach(async () => {
    await useInventoryHistoryStore().flush();
    await useProjectStore().flush();
  });

  it('lists the same mappable fields as @reen/formats', () => {
    expect([...APP_FIELD_IDS]).toEqual([...FIELD_IDS]);
  });

  it('imports the GLPI and Windows-1252 fixtures into merged lines with the same bilan as the raw import', async () => {
    const importer = useInventoryImportStore();
    const project = useProjectStore();
    await importer.start([fixture('glpi-ordinateurs.csv'), fixture('excel-cp1252.csv')]);
    expect(importer.status).toBe('done');
    const report = importer.appliedReport!;
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
    expect(report.counts.accepted).toBe(raw.counts.accepted);
    expect(devices()).toBe(raw.counts.devicesAccepted);
    const parsed = parseProject(smallProject({ inventory: [] }));
    if (!parsed.success) throw new Error('fixture invalid');
    const expected = computeFootprint({ ...parsed.data, inventory: raw.items }, getFactorSet('fr-2025.1'), { year: 2024, method: 'stock', amortisationYears: 1 });
    expect(serializeFootprint(useFootprintStore().result!).totals).toEqual(serializeFootprint(expected).totals);
    expect(project.project!.inventory.length).toBeGreaterThan(0);
  });

  it('keeps mapping per file: a column mapped on one file is not touched on the other', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv'), fixture('excel-cp1252.csv')]);
    expect(importer.appliedReport!.tables[1]?.mapping.find((column) => column.header === 'Site')?.field).toBe('site');
    expect(await importer.setMapping(1, 'Site', null)).toBe(true);
    const report = importer.appliedReport!;
    expect(report.settings.files).toEqual([{ mapping: {} }, { mapping: { Site: null } }]);
    expect(report.tables[1]?.mapping.find((column) => column.header === 'Site')?.field).toBeNull();
    // GLPI's "Lieu" still reads as the site: "Hôtel de ville > 2e étage" is kept.
    expect(report.tables[0]?.mapping.find((column) => column.header === 'Lieu')?.field).toBe('site');
    expect(useProjectStore().project!.inventory.some((item) => item.site === 'Hôtel de ville > 2e étage')).toBe(true);
    expect(useProjectStore().project!.inventory.some((item) => item.site === 'Mairie annexe Sud')).toBe(false);
  });

  it('classifies the unknown rows and imports again', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    expect(importer.appliedReport!.unclassified).toHaveLength(1);
    const row = importer.appliedReport!.unclassified[0]!;
    const accepted = importer.appliedReport!.counts.accepted;
    expect(await importer.classify(row.key, 'desktop')).toBe(true);
    expect(importer.appliedReport!.unclassified).toEqual([]);
    expect(importer.appliedReport!.counts.accepted).toBe(accepted + 1);
    expect(importer.appliedReport!.settings.classifications).toEqual({ [row.key]: 'desktop' });
  });

  describe('an import with no accepted row changes nothing and says why', () => {
    const cases: [string, () => File, string[]][] = [
      ['an empty file', () => new File([], 'vide.csv'), ['file_empty']],
      ['a PNG image', pngFile, []],
      ['an encrypted workbook', encryptedWorkbook, []],
      ['a zip bomb', zipBomb, ['archive_too_large']],
      ['a file whose rows are all rejected', () => new File(['Type;Quantité\nPortable;-3\nÉcran;zéro\n'], 'rejets.csv'), []],
    ];
    for (const [what, make, codes] of cases) {
      it(`refuses ${what} in the default replace mode`, async () => {
        const project = useProjectStore();
        project.project!.inventory.push({ category: 'laptop', quantity: 10 }, { category: 'monitor', quantity: 2 });
        const before = plainCopy(project.project!.inventory);
        const importer = useInventoryImportStore();
        const history = useInventoryHistoryStore();
        const steps = history.undoStack.length;
        await importer.start([make()]);
        expect(importer.status).toBe('refused');
        expect(importer.refusal?.rerun).toBe(false);
        expect(importer.refusal?.issues.length).toBeGreaterThan(0);
        for (const code of codes) expect(importer.refusal?.issues.map((issue) => issue.code)).toContain(code);
        expect(project.project!.inventory).toEqual(before);
        expect(project.importReport).toBeNull();
        expect(importer.proposal).toBeNull();
        expect(history.undoStack.length).toBe(steps);
      });
    }
  });

  it('keeps the inventory when a file is refused, and says why instead of "terminé"', async () => {
    const importer = useInventoryImportStore();
    const project = useProjectStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const before = plainCopy(project.project!.inventory);
    expect(before.length).toBeGreaterThan(0);

    await importer.start([new File([new Uint8Array([0xef, 0xbb, 0xbf])], 'vide.csv')]);
    expect(importer.status).toBe('refused');
    expect(formatImportIssueText(importer.refusal!.issues[0]!)).toBe(
      'vide.csv, ligne 1 : Le fichier ne contient aucune ligne de données lisible. Correction : Vérifiez que vous avez choisi le bon fichier et que l’export contient des équipements sous la ligne d’en-tête.',
    );
    expect(project.project!.inventory).toEqual(before);

    // The cell budget holds in the app too: a 2 kB workbook merged over the whole sheet is refused,
    // also when it comes with a readable file (a refused file refuses the whole import).
    await importer.start([new File([new Uint8Array(xlsxWholeSheetMerge())], 'fusion.xlsx'), fixture('excel-cp1252.csv')]);
    expect(importer.status).toBe('refused');
    expect(formatImportIssueText(importer.refusal!.issues[0]!)).toContain('à cause de la fusion de cellules A1:XFD1048576 : au-delà de la limite de 3000000 cellules par classeur.');
    expect(project.project!.inventory).toEqual(before);
  });

  it('asks before replacing, with the counts before and after; « Ne rien changer » keeps the inventory', async () => {
    const project = useProjectStore();
    project.project!.inventory.push({ category: 'laptop', quantity: 10 }, { category: 'monitor', quantity: 2 });
    const importer = useInventoryImportStore();
    await importer.start([fixture('excel-cp1252.csv')]);
    expect(importer.status).toBe('confirm');
    const proposal = importer.proposal!;
    expect(proposal.reasons).toEqual(['replace']);
    expect(proposal.before).toEqual({ lines: 2, devices: 12 });
    const raw = await importInventoryFiles([{ name: 'excel-cp1252.csv', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'excel-cp1252.csv'))) }], {});
    expect(proposal.after.devices).toBe(raw.counts.devicesAccepted);
    expect(project.project!.inventory).toEqual([
      { category: 'laptop', quantity: 10 },
      { category: 'monitor', quantity: 2 },
    ]);
    importer.dismiss();
    expect(project.project!.inventory).toHaveLength(2);
    await importer.start([fixture('excel-cp1252.csv')]);
    await importer.confirm();
    expect(importer.status).toBe('done');
    expect(devices()).toBe(raw.counts.devicesAccepted);
    // And the replacement is one undo step.
    expect(await useInventoryHistoryStore().undo()).toBe(true);
    expect(project.project!.inventory).toEqual([
      { category: 'laptop', quantity: 10 },
      { category: 'monitor', quantity: 2 },
    ]);
    expect(project.importReport).toBeNull();
  });

  it('appends to the current inventory, and a re-import keeps the lines from before', async () => {
    const project = useProjectStore();
    project.project!.inventory.push({ category: 'server', quantity: 2 });
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')], 'append');
    expect(importer.status).toBe('done');
    expect(project.project!.inventory[0]).toEqual({ category: 'server', quantity: 2 });
    expect(importer.appliedReport!.baseLines).toBe(1);
    await importer.classify(importer.appliedReport!.unclassified[0]!.key, 'desktop');
    expect(project.project!.inventory[0]).toEqual({ category: 'server', quantity: 2 });
    expect(project.project!.inventory.filter((item) => item.category === 'server')).toHaveLength(1);
  });

  it('keeps a cancelled import cancelled: a later mapping change re-reads the applied files only, also after a reload', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const applied = devices();
    const cancelled = importer.start([fixture('excel-cp1252.csv')]);
    importer.cancel();
    await cancelled;
    expect(importer.status).toBe('cancelled');
    expect(devices()).toBe(applied);
    await importer.setMapping(0, 'Lieu', null);
    expect(importer.appliedReport!.files).toEqual(['glpi-ordinateurs.csv']);
    expect(devices()).toBe(applied);

    // A reload: the stored files are the applied import's, never the cancelled one's.
    await useProjectStore().flush();
    setActivePinia(createPinia());
    await useProjectStore().init();
    const reloaded = useInventoryImportStore();
    expect((await reloaded.currentFiles()).map((file) => file.name)).toEqual(['glpi-ordinateurs.csv']);
    await reloaded.setMapping(0, 'Lieu', 'site');
    expect(reloaded.appliedReport!.files).toEqual(['glpi-ordinateurs.csv']);
    expect(devices()).toBe(applied);
  });

  it('refuses a re-import whose files are not the report’s (an import interrupted by a reload before it was applied)', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const project = useProjectStore();
    // The report says one size, the stored file has another: it is not the same file.
    project.importReport = { ...project.importReport!, fileSignatures: [{ name: 'glpi-ordinateurs.csv', size: 1, lastModified: 0 }] };
    await project.flush();
    setActivePinia(createPinia());
    await useProjectStore().init();
    const before = plainCopy(useProjectStore().project!.inventory);
    const reloaded = useInventoryImportStore();
    expect(await reloaded.setMapping(0, 'Lieu', null)).toBe(false);
    expect(reloaded.status).toBe('failed');
    expect(reloaded.failure).toBe('files');
    expect(useProjectStore().project!.inventory).toEqual(before);
  });

  it('refuses a mapping change that would accept no row (GLPI « Entité » read as the perimeter), and the inventory stays', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const before = plainCopy(useProjectStore().project!.inventory);
    expect(await importer.setMapping(0, 'Entité', 'perimeter')).toBe(true);
    expect(importer.status).toBe('refused');
    expect(importer.refusal?.rerun).toBe(true);
    expect(importer.refusal?.issues[0]?.code).toBe('perimeter_unknown');
    expect(useProjectStore().project!.inventory).toEqual(before);
    expect(importer.appliedReport!.settings.files).toEqual([{ mapping: {} }]);
  });

  it('shows a change that would reject most rows first, and applies it only when confirmed', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const before = plainCopy(useProjectStore().project!.inventory);
    const rejectedBefore = importer.appliedReport!.counts.rejected;
    // Reading the perimeter from "Entité" with a rule for "Écoles" only: the other rows are rejected.
    await importer.setValueMaps(0, { perimeter: { column: 'Entité', rules: [{ match: 'segment', value: 'Écoles', to: 'schools' }] } });
    expect(importer.status).toBe('confirm');
    const proposal = importer.proposal!;
    expect(proposal.reasons).toEqual(['rejects']);
    expect(proposal.before.rejected).toBe(rejectedBefore);
    expect(proposal.after).toMatchObject({ rowsRead: 16, rejected: 15 });
    expect(proposal.issues.map((issue) => issue.code)).toContain('perimeter_unknown');
    importer.dismiss();
    expect(useProjectStore().project!.inventory).toEqual(before);
    expect(importer.appliedReport!.settings.files).toEqual([{ mapping: {} }]);
  });

  it('reads perimeters from the GLPI « Entité » path with value rules', async () => {
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    await importer.setValueMaps(0, {
      perimeter: {
        column: 'Entité',
        rules: [
          { match: 'segment', value: 'Écoles', to: 'schools' },
          { match: 'contains', value: 'Culture', to: 'public-services' },
        ],
        otherwise: 'administration',
      },
    });
    expect(importer.status).toBe('done');
    const inventory = useProjectStore().project!.inventory;
    const byPerimeter = (perimeter: string) => inventory.filter((item) => item.perimeter === perimeter).reduce((n, item) => n + (item.quantity as number), 0);
    // One device under "Ville d’Exemple > Écoles"; the "Culture" one is lost ("Perdu"), still counted by status.
    expect(byPerimeter('schools')).toBe(1);
    expect(byPerimeter('public-services')).toBe(1);
    expect(byPerimeter('administration')).toBe(devices() - 2);
  });

  it('keeps the « Entité » and « Modèle » columns of a CSV: each entity gets its own devices', async () => {
    await useProjectStore().importProjectObject(
      smallProject({
        id: 'project-entities',
        inventory: [],
        entities: {
          list: [
            { id: 'dsi', name: 'DSI', kind: 'epci', population: 30000, agents: 100, paths: ["Val d'Exemple > DSI"] },
            { id: 'cias', name: 'CIAS', kind: 'cias', agents: 20, paths: ["Val d'Exemple > CIAS"] },
          ],
        },
      }),
    );
    const csv = [
      'Type;Modèle;Quantité;Année d’achat;Durée de vie;Entité',
      "Ordinateur portable;Latitude 5440;3;2022;4,5;Val d'Exemple > DSI",
      "Ordinateur portable;Latitude 5440;2;2022;4,5;Val d'Exemple > DSI > Réseau",
      "Ordinateur portable;Latitude 5440;4;2022;4,5;Val d'Exemple > CIAS",
      "Écran;P2422H;1;2021;6,5;Val d'Exemple > CIAS",
      'Écran;P2422H;7;2021;6,5;',
    ].join('\n');
    const importer = useInventoryImportStore();
    await importer.start([new File([csv], 'parc.csv', { lastModified: 1_700_000_000_000 })]);
    expect(importer.status).toBe('done');
    const project = useProjectStore().project!;
    expect(devices()).toBe(17);
    expect(project.inventory.filter((item) => item.model === 'Latitude 5440').length).toBeGreaterThan(0);
    const parsed = parseInventory(project.inventory, { today: '2025-01-01' });
    if (!parsed.success) throw new Error('inventory invalid');
    const parsedProject = parseProject(plainCopy(project));
    if (!parsedProject.success || !parsedProject.data.entities) throw new Error('project invalid');
    const attribution = attributeInventory(parsed.data, parsedProject.data.entities);
    const count = (items: readonly { quantity: number }[] | undefined) => (items ?? []).reduce((n, item) => n + item.quantity, 0);
    // DSI: 3 + 2 (a sub-entity path); CIAS: 4 + 1; the unlabelled 7 screens go to the shared pool.
    expect(count(attribution.byEntity.get('dsi'))).toBe(5);
    expect(count(attribution.byEntity.get('cias'))).toBe(5);
    expect(count(attribution.shared)).toBe(7);
    expect(attribution.unmatched).toBe(1);
  });

  it('keeps manual edits of imported lines (perimeter, lifetime) through a re-mapping, as overrides on their rows', async () => {
    const importer = useInventoryImportStore();
    const project = useProjectStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const laptops = project.project!.inventory.find((item) => item.category === 'laptop' && item.status === 'in-service')!;
    const edited = laptops.quantity as number;
    const schoolsBefore = project.project!.inventory.filter((item) => item.perimeter === 'schools').reduce((n, item) => n + (item.quantity as number), 0);
    laptops.perimeter = 'schools';
    laptops.lifetimeYears = '7';
    // "Lieu" ignored: the site no longer splits the lines, the edited rows keep their perimeter and lifetime.
    await importer.setMapping(0, 'Lieu', null);
    expect(importer.status).toBe('done');
    const inventory = project.project!.inventory;
    expect(inventory.every((item) => item.site === undefined)).toBe(true);
    const schools = inventory.filter((item) => item.perimeter === 'schools').reduce((n, item) => n + (item.quantity as number), 0);
    expect(schools).toBe(schoolsBefore + edited);
    expect(inventory.filter((item) => item.lifetimeYears === '7').reduce((n, item) => n + (item.quantity as number), 0)).toBe(edited);
    expect(Object.keys(importer.appliedReport!.overrides ?? {})).toHaveLength(edited);
  });

  it('says exactly which edit a re-mapping cannot keep (a merged quantity), and asks first', async () => {
    const importer = useInventoryImportStore();
    const project = useProjectStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const index = project.project!.inventory.findIndex((item) => item.category === 'laptop');
    const line = project.project!.inventory[index]!;
    const from = line.quantity as number;
    line.quantity = from + 5;
    await importer.setMapping(0, 'Lieu', null);
    expect(importer.status).toBe('confirm');
    expect(importer.proposal!.reasons).toEqual(['lost']);
    expect(importer.proposal!.lost).toEqual([{ kind: 'quantity', line: index + 1, category: 'laptop', from, to: from + 5 }]);
    importer.dismiss();
    expect(project.project!.inventory[index]!.quantity).toBe(from + 5);
  });

  it('clears the inventory as one undo step', async () => {
    const importer = useInventoryImportStore();
    const project = useProjectStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    const before = plainCopy(project.project!.inventory);
    await importer.clearInventory();
    expect(project.project!.inventory).toEqual([]);
    expect(project.importReport).toBeNull();
    expect(useInventoryHistoryStore().lastUndo?.action).toBe('clear');
    await useInventoryHistoryStore().undo();
    expect(project.project!.inventory).toEqual(before);
    expect(importer.appliedReport?.files).toEqual(['glpi-ordinateurs.csv']);
    expect(importer.appliedReport?.rejectedCsv).not.toBe('');
  });
});
