// Journey: nothing is lost or replaced silently. On the demo (2,518 devices), bad files imported in
// the default mode (empty, PNG, encrypted workbook, zip bomb, every row rejected) are refused and the
// inventory stays; « Remplacer » shows the counts and asks; « Annuler » (button and Ctrl+Z) undoes,
// also after a reload; a second tab is read-only; a project file with a stored id asks; a corrupt
// record only affects its own project. Every screen is axe-clean.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, goToStep, openSession, SCREENSHOTS, type Session } from './browser';
import { encryptedWorkbookBytes, pngBytes, zipBombBytes } from '../unit/badFiles';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'formats', 'test', 'fixtures');
const GLPI = { name: 'glpi-ordinateurs.csv', mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, 'glpi-ordinateurs.csv')) };
const DEMO_TITLE = 'Inventaire agrégé (';

/**
 * A hostile ODS of 1 kB: one row repeated a million times, each with a cell repeated 1,000 times.
 * The spreadsheet reader expands it to a billion cells unless a cell budget stops it first.
 */
function repeatedOds(): Buffer {
  // fflate is @reen/formats' zip library (not a dependency of the app): resolved from there.
  const { zipSync, strToU8 } = createRequire(join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'formats', 'package.json'))('fflate') as {
    zipSync: (files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]>) => Uint8Array;
    strToU8: (text: string) => Uint8Array;
  };
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  const cell = (text: string, repeat = '') => `<table:table-cell${repeat} office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Parc"><table:table-row>${cell('Type')}${cell('Quantité')}</table:table-row><table:table-row table:number-rows-repeated="1000000">${cell('Portable', ' table:number-columns-repeated="1000"')}</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
  return Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(content),
      'styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns} office:version="1.2"/>`),
      'META-INF/manifest.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
    }),
  );
}

describe('data safety journey', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    session = await openSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function gridTitle(): Promise<string> {
    return (await session.page.locator('#grid-title').textContent()) ?? '';
  }

  it('refuses bad files in the default mode and keeps the stored inventory', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
    await goToStep(page, /^Inventaire/);
    const before = await gridTitle();
    expect(before).toContain(DEMO_TITLE);
    expect(before).toMatch(/2\s518 équipements/);
    const bad = [
      { name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes()) },
      { name: 'protege.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(encryptedWorkbookBytes()) },
      { name: 'bombe.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(zipBombBytes()) },
      { name: 'rejets.csv', mimeType: 'text/csv', buffer: Buffer.from('Type;Quantité\nPortable;-3\nÉcran;zéro\n') },
    ];
    for (const file of bad) {
      await page.locator('#inventory-files').setInputFiles([file]);
      const refused = page.getByTestId('import-refused');
      await refused.waitFor();
      await expect(refused.textContent()).resolves.toContain('Import refusé : l’inventaire n’a pas changé.');
      await expect(page.getByTestId('import-summary').count()).resolves.toBe(0);
      expect(await gridTitle()).toBe(before);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('import-refused').screenshot({ path: join(SCREENSHOTS, '27-inventaire-import-refuse.png') });
    await page.getByRole('button', { name: 'Abandonner cet import' }).click();
    // The refusals are not saved anywhere: after a reload the demo inventory is still there.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'L’inventaire du parc' }).waitFor();
    expect(await gridTitle()).toBe(before);
  });

  it('survives a hostile spreadsheet: refused by the cell budget, or the busy worker terminated on « Annuler »; the next import works', async () => {
    const { page } = session;
    const before = await gridTitle();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.locator('#inventory-files').setInputFiles([{ name: 'repetitions.ods', mimeType: 'application/vnd.oasis.opendocument.spreadsheet', buffer: repeatedOds() }]);
    // With a cell budget in the reader it is refused at once; without one, the worker is stopped.
    const cancel = page.getByRole('button', { name: 'Annuler l’import' });
    const outcome = await Promise.race([
      page.getByTestId('import-refused').waitFor().then(() => 'refused'),
      page.getByTestId('import-failed').waitFor().then(() => 'failed'),
      cancel.waitFor().then(() => 'running'),
    ]);
    if (outcome === 'running') {
      // Reading may end on its own (refused by the cell budget); else « Annuler » stops the worker.
      await page.waitForTimeout(1_000);
      await cancel.click({ timeout: 2_000 }).catch(() => undefined);
      await page
        .locator('[data-testid="import-refused"], [data-testid="import-failed"]')
        .or(page.getByText('Import annulé : l’inventaire n’a pas changé.'))
        .first()
        .waitFor({ timeout: 15_000 });
    }
    expect(crashed).toBe(false);
    expect(await gridTitle()).toBe(before);
    await page.locator('#inventory-files').setInputFiles([GLPI]);
    const dialog = page.getByRole('dialog', { name: 'Remplacer l’inventaire ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ne rien changer' }).click();
    expect(await gridTitle()).toBe(before);
  });

  it('asks before replacing, with the counts before and after, then undoes the replacement, also after a reload', async () => {
    const { page } = session;
    const before = await gridTitle();
    await page.locator('#inventory-files').setInputFiles([GLPI]);
    const dialog = page.getByRole('dialog', { name: 'Remplacer l’inventaire ?' });
    await dialog.waitFor();
    const counts = await page
      .getByTestId('import-confirm-counts')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
    expect(counts[1]?.[0]).toBe('Équipements');
    expect(counts[1]?.[1]).toMatch(/^2\s518$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '28-inventaire-remplacer.png') });
    await dialog.getByRole('button', { name: 'Ne rien changer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await gridTitle()).toBe(before);

    await page.locator('#inventory-files').setInputFiles([GLPI]);
    await dialog.getByRole('button', { name: 'Remplacer', exact: true }).click();
    await page.getByTestId('import-summary').waitFor();
    const replaced = await gridTitle();
    expect(replaced).not.toBe(before);

    // « Annuler » names the change and survives a reload.
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'L’inventaire du parc' }).waitFor();
    expect(await gridTitle()).toBe(replaced);
    const undo = page.getByTestId('history-undo');
    await expect(undo.textContent()).resolves.toContain('Annuler : remplacement par glpi-ordinateurs.csv');
    await undo.click();
    await page.waitForFunction((title) => document.querySelector('#grid-title')?.textContent === title, before);
    // Ctrl+Z's twin, Ctrl+Maj+Z, redoes it from the keyboard.
    await page.locator('body').focus();
    await page.keyboard.press('Control+Shift+Z');
    await page.waitForFunction((title) => document.querySelector('#grid-title')?.textContent === title, replaced);
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((title) => document.querySelector('#grid-title')?.textContent === title, before);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps a cancelled import cancelled, and maps the GLPI « Entité » path to perimeters on that file only', async () => {
    const { page } = session;
    // Back to the GLPI import (redo), then a large import cancelled half-way.
    const demo = await gridTitle();
    await page.locator('body').focus();
    await page.keyboard.press('Control+Shift+Z');
    await page.getByTestId('history-undo').filter({ hasText: 'remplacement par glpi-ordinateurs.csv' }).waitFor();
    // The redone inventory is read once the grid shows it (the label and the grid change together).
    await page.waitForFunction((title) => {
      const shown = document.querySelector('#grid-title')?.textContent;
      return shown !== undefined && shown !== null && shown !== title;
    }, demo);
    const glpi = await gridTitle();
    expect(glpi).toMatch(/ 12 équipements/);
    const lines = ['Type;Qté;Périmètre'];
    for (let i = 0; i < 150_000; i += 1) lines.push(`Ordinateur portable;1;Administration`);
    const path = join(mkdtempSync(join(tmpdir(), 'reen-cancel-')), 'gros.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    await page.locator('input[name="import-mode"][value="append"]').check();
    await page.locator('#inventory-files').setInputFiles(path);
    await page.getByRole('button', { name: 'Annuler l’import' }).click();
    await page.getByText('Import annulé : l’inventaire n’a pas changé.').waitFor();
    expect(await gridTitle()).toBe(glpi);

    // A value rule on GLPI's "Entité": « a pour segment Écoles » → Écoles, otherwise Administration.
    const rules = page.locator('details.value-maps').first();
    await rules.locator('summary').click();
    await rules.getByLabel('Colonne lue').selectOption('Entité');
    await rules.getByLabel('Condition').selectOption('segment');
    await rules.getByLabel('Valeur cherchée').fill('Écoles');
    await rules.getByLabel('Champ à remplir').selectOption('perimeter');
    await rules.getByLabel('Devient').selectOption('schools');
    await rules.getByLabel('Sinon (aucune règle ne correspond)').selectOption('administration');
    await rules.getByRole('button', { name: 'Ajouter la règle' }).click();
    await page.getByTestId('value-rules-0').waitFor();
    await expect(page.getByTestId('value-rules-0').textContent()).resolves.toContain('Entité a pour segment « Écoles » → Périmètre : Écoles');
    // The re-mapping is one undo step; once it is applied, the cancelled file was never re-applied:
    // the device count is the GLPI file's.
    await page.getByTestId('history-undo').filter({ hasText: 'correspondance des valeurs de glpi-ordinateurs.csv' }).waitFor();
    const after = await gridTitle();
    expect(after.match(/(\d+) équipements/)?.[1]).toBe(glpi.match(/(\d+) équipements/)?.[1]);
    expect(await axeViolations(page)).toEqual([]);
    // Back to the demo's inventory for the next steps.
    await page.getByTestId('history-undo').click();
    await page.getByTestId('history-undo').filter({ hasText: 'remplacement' }).waitFor();
    await page.getByTestId('history-undo').click();
    await page.getByTestId('history-undo').filter({ hasText: 'remplacement' }).waitFor({ state: 'detached' });
  });

  it('makes a second tab on the same project read-only, with a banner, until it takes over', async () => {
    const { page, context } = session;
    const second = await context.newPage();
    await second.goto(`${baseUrl}/#/inventaire`);
    const banner = second.getByTestId('read-only-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('lecture seule');
    await expect(second.locator('#inventory-files').isDisabled()).resolves.toBe(true);
    expect(await axeViolations(second)).toEqual([]);
    await banner.getByRole('button', { name: 'Modifier dans cet onglet' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.getByTestId('read-only-banner').waitFor();
    await second.close();
    // The first tab takes the lock back once the other one is closed.
    await page.getByTestId('read-only-banner').waitFor({ state: 'detached' });
  });

  it('asks before replacing a stored project with a file of the same id, showing both dates', async () => {
    const { page } = session;
    const exported = await page.evaluate(async () => {
      const request = indexedDB.open('reen-kit');
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const id = await new Promise<string>((resolve) => {
        const get = database.transaction('settings').objectStore('settings').get('lastProjectId');
        get.onsuccess = () => resolve(get.result as string);
      });
      const stored = await new Promise<{ project: Record<string, unknown> }>((resolve) => {
        const get = database.transaction('projects').objectStore('projects').get(id);
        get.onsuccess = () => resolve(get.result as { project: Record<string, unknown> });
      });
      database.close();
      return stored.project;
    });
    const changed = { ...exported, updatedAt: '2025-06-01T08:00:00.000Z', organisation: { ...(exported['organisation'] as object), agents: 1 } };
    await page.getByText('Projet', { exact: true }).click();
    await page.locator('#project-import').setInputFiles([{ name: 'beau-pays.reen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) }]);
    const dialog = page.getByRole('dialog', { name: 'Ce projet existe déjà dans ce navigateur' });
    await dialog.waitFor();
    const dates = await page.getByTestId('project-conflict-dates').textContent();
    expect(dates).toContain('Fichier importé : modifié le 1 juin 2025');
    expect(dates).toContain('Projet enregistré ici');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await goToStep(page, /^Collectivité/);
    await expect(page.getByLabel('Nombre d’agents').inputValue()).resolves.not.toBe('1');
  });

  it('lists a corrupt record as such, keeps the other projects, and offers its export and removal', async () => {
    const { page } = session;
    await page.evaluate(async () => {
      const request = indexedDB.open('reen-kit');
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      await new Promise<void>((resolve) => {
        const transaction = database.transaction('projects', 'readwrite');
        transaction.objectStore('projects').put({ id: 'project-abime', project: 'ceci n’est pas un projet', updatedAt: '2026-01-01T00:00:00.000Z' });
        transaction.oncomplete = () => resolve();
      });
      database.close();
    });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByText('Projet', { exact: true }).click();
    await page.getByRole('button', { name: 'Exporter tel quel le projet illisible project-abime' }).waitFor();
    await expect(page.locator('.project-menu__list').textContent()).resolves.toContain('Communauté d’agglomération de Beau Pays');
    expect(await axeViolations(page)).toEqual([]);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Supprimer le projet illisible project-abime' }).click();
    await page.getByRole('button', { name: 'Exporter tel quel le projet illisible project-abime' }).waitFor({ state: 'detached' });
  });

  it('opens a 1,000,000-device project file (200,000 lines) merged in a worker, and the tab stays responsive', async () => {
    const { page } = session;
    const demo = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'core', 'data', 'demo', 'beau-pays.reen.json'), 'utf8')) as Record<string, unknown>;
    // Even lines are laptops of 2018, 2020, 2022; odd lines monitors of 2019, 2021, 2023: six distinct lines.
    const lines = Array.from({ length: 200_000 }, (_, index) => ({ category: index % 2 === 0 ? 'laptop' : 'monitor', quantity: 5, purchaseDate: `20${18 + (index % 6)}-03-01`, serialNumber: `SN${index}` }));
    const path = join(mkdtempSync(join(tmpdir(), 'reen-million-')), 'million.reen.json');
    writeFileSync(path, JSON.stringify({ ...demo, id: 'project-million', organisation: { ...(demo['organisation'] as object), name: 'Ville Million' }, inventory: lines }));
    await page.getByText('Projet', { exact: true }).click();
    await page.locator('#project-import').setInputFiles(path);
    const status = page.locator('.project-menu__status .alert--success');
    await status.waitFor({ timeout: 120_000 });
    await expect(status.textContent()).resolves.toMatch(/Les 200\s000 lignes d’inventaire du fichier ont été regroupées/);
    await goToStep(page, /^Inventaire/);
    await expect(page.locator('#grid-title').textContent()).resolves.toMatch(/\(6 lignes, 1\s000\s000 équipements\)/);
    expect(session.requests.some((url) => url.includes('projectFile.worker'))).toBe(true);
    expect(session.errors.filter((error) => !error.includes('favicon'))).toEqual([]);
  });
});
