// Journeys 2 and 3: on a new project, import the GLPI fixture and a Windows-1252 CSV, fix one
// mapping, classify the unknown rows, see the issues with their line numbers; the bilan equals the
// core + formats result for the same files; a reload in the middle of a step keeps everything.
// Then a 100k-row import keeps the main thread free (no long task over 200 ms).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeFootprint, getFactorSet, INDICATORS, parseOrganisation } from '@reen/core';
import type { CategoryId } from '@reen/core';
import { importInventoryFiles } from '@reen/formats/inventory';
import { axeViolations, goToStep, openSession, SCREENSHOTS, type Session } from './browser';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'formats', 'test', 'fixtures');
const GLPI = 'glpi-ordinateurs.csv';
const CP1252 = 'excel-cp1252.csv';
const file = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, name)) });

describe('import journey', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await openSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts a new, empty project and fills in the collectivité', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
    await page.getByText('Projet', { exact: true }).click();
    await page.getByRole('button', { name: 'Nouveau projet' }).click();
    await expect(page.getByLabel('Nom de la collectivité').inputValue()).resolves.toBe('Projet sans nom');
    await page.getByLabel('Nom de la collectivité').fill('Ville d’Essai');
    await page.getByLabel('Population (habitants)').fill('61000');
    await page.getByLabel('Nombre d’agents').fill('900');
    await page.getByLabel('Année de référence du bilan').fill('2024');
    await expect(page.locator('.obligation').textContent()).resolves.toContain('La loi REEN s’applique');
  });

  it('announces form errors and marks the field invalid', async () => {
    const { page } = session;
    await page.getByLabel('Population (habitants)').fill('-5');
    await page.locator('#org-population-error').waitFor();
    await expect(page.getByLabel('Population (habitants)').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.step-errors').textContent()).resolves.toContain('1 erreur(s)');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Population (habitants)').fill('61000');
    await page.locator('#org-population-error').waitFor({ state: 'detached' });
  });

  it('offers the estimate from the number of agents on the empty inventory, flags it on the bilan, and clears it', async () => {
    const { page } = session;
    await goToStep(page, /^Inventaire/);
    await page.getByTestId('estimate-apply').click();
    await expect(page.getByTestId('estimate-banner').textContent()).resolves.toContain('estimation pour 900 agents');
    await expect(page.getByTestId('estimate-ratios').locator('tbody tr').count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await goToStep(page, /^Bilan/);
    await page.getByTestId('bilan-estimate').getByTestId('estimate-ratios').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await goToStep(page, /^Inventaire/);
    await page.getByTestId('estimate-clear').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'estimate-apply');
    await goToStep(page, /^Collectivité/);
  });

  it('imports the GLPI and Windows-1252 files, fixes a mapping and classifies the unknown row', async () => {
    const { page } = session;
    await goToStep(page, /^Inventaire/);
    await page.locator('#inventory-files').setInputFiles([file(GLPI), file(CP1252)]);
    await page.getByTestId('import-summary').waitFor();
    await expect(page.getByTestId('import-summary').textContent()).resolves.toContain('acceptées');
    // Fix one mapping: the "Site" column of the Windows-1252 file is ignored.
    const siteSelect = page.getByLabel('Champ REEN kit — Site', { exact: true });
    await expect(siteSelect.inputValue()).resolves.toBe('site');
    await siteSelect.selectOption('');
    await page.waitForFunction(() => !(document.querySelector('#inventory-files') as HTMLInputElement).disabled);
    await expect(page.getByLabel('Champ REEN kit — Site', { exact: true }).inputValue()).resolves.toBe('');
    // Classify the row GLPI could not classify.
    const unclassified = page.getByTestId('unclassified');
    await unclassified.waitFor();
    await unclassified.locator('select').first().selectOption('desktop');
    await unclassified.getByRole('button', { name: 'Classer' }).first().click();
    await unclassified.waitFor({ state: 'detached' });
    // Issues with their file and line numbers.
    const issues = page.getByTestId('issues');
    await issues.waitFor();
    const issueRows = await issues.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')));
    // [severity, file, line, column, message]: the negative quantity of the Windows-1252 file, line 7.
    expect(issueRows.some((cells) => cells[1] === CP1252 && cells[2] === '7' && cells[3] !== '')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '07-inventaire-import.png'), fullPage: true });
  });

  it('keeps everything after a reload in the middle of the step', async () => {
    const { page } = session;
    const gridTitle = await page.locator('#grid-title').textContent();
    const issuesCount = await page.getByTestId('issues').locator('tbody tr').count();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'L’inventaire du parc' }).waitFor();
    await expect(page.locator('#grid-title').textContent()).resolves.toBe(gridTitle);
    await expect(page.getByTestId('issues').locator('tbody tr').count()).resolves.toBe(issuesCount);
    await expect(page.getByLabel('Champ REEN kit — Site', { exact: true }).inputValue()).resolves.toBe('');
    await goToStep(page, /^Collectivité/);
    await expect(page.getByLabel('Nom de la collectivité').inputValue()).resolves.toBe('Ville d’Essai');
    // A value being typed is saved at once, without leaving the field.
    await page.getByLabel('Nombre d’agents').fill('901');
    await page.waitForTimeout(300);
    await page.reload();
    await expect(page.getByLabel('Nombre d’agents').inputValue()).resolves.toBe('901');
  });

  it('shows a bilan equal to core + formats on the same files, mapping and classification', async () => {
    const { page } = session;
    const classificationKey = await page.evaluate(async () => {
      const request = indexedDB.open('reen-kit');
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const all = await new Promise<{ updatedAt: string; importReport?: { settings: { classifications: Record<string, string> } } }[]>((resolve) => {
        const get = database.transaction('projects').objectStore('projects').getAll();
        get.onsuccess = () => resolve(get.result);
      });
      const latest = all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      return Object.keys(latest?.importReport?.settings.classifications ?? {})[0] ?? '';
    });
    expect(classificationKey).not.toBe('');
    const today = new Date().toISOString().slice(0, 10);
    const raw = await importInventoryFiles(
      [GLPI, CP1252].map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) })),
      { today, mapping: { Site: null }, classifications: { [classificationKey]: 'desktop' as CategoryId } },
    );
    const organisation = parseOrganisation({ name: 'Ville d’Essai', kind: 'commune', population: 61000, agents: 901, referenceYear: 2024 });
    if (!organisation.success) throw new Error('organisation invalid');
    const expected = computeFootprint(
      { organisation: organisation.data, inventory: raw.items, hosting: { sites: [], cloud: [] }, usage: { boxesInInventory: false } },
      getFactorSet(),
      { year: 2024, method: 'stock', amortisationYears: 1 },
    );
    await goToStep(page, /^Bilan/);
    await page.getByTestId('totals').waitFor();
    for (const indicator of INDICATORS) {
      const shown = await page.locator(`[data-testid="totals"] tr[data-indicator="${indicator}"] .total`).getAttribute('data-value');
      expect(shown, indicator).toBe(expected.total[indicator].toFixed());
    }
  });

  it('imports 100,000 rows in the worker without a main-thread task over 200 ms', async () => {
    const { page } = session;
    await goToStep(page, /^Inventaire/);
    const header = 'Type;Marque;Modèle;Qté;Date d’achat;Site;Périmètre';
    const kinds = ['Ordinateur portable', 'Écran', 'Ordinateur fixe', 'Tablette', 'Smartphone'];
    const lines = [header];
    for (let i = 0; i < 100_000; i += 1) lines.push(`${kinds[i % kinds.length]};Dell;Modèle ${i % 7};1;15/03/20${18 + (i % 6)};Site ${i % 12};Administration`);
    // Written to disk so that Chromium reads the file natively (a buffer would be decoded by script in the page).
    const path = join(mkdtempSync(join(tmpdir(), 'reen-100k-')), 'parc-100k.csv');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
    await page.evaluate(() => {
      const w = window as unknown as { reenLongTasks: number[] };
      w.reenLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.reenLongTasks.push(Math.round(entry.startTime), Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    await page.locator('input[name="import-mode"][value="replace"]').check();
    await page.locator('#inventory-files').setInputFiles(path);
    await page.locator('progress').waitFor();
    // Replacing an inventory asks first, with the counts before and after.
    const confirm = page.getByRole('dialog', { name: 'Remplacer l’inventaire ?' });
    await confirm.waitFor({ timeout: 120_000 });
    await confirm.getByRole('button', { name: 'Remplacer', exact: true }).click();
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    await expect(page.getByTestId('import-summary').textContent()).resolves.toContain('100');
    await page.waitForTimeout(500);
    const pairs = await page.evaluate(() => (window as unknown as { reenLongTasks: number[] }).reenLongTasks);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('reen:import')).map((m) => `${m.name}@${Math.round(m.startTime)}`));
    const durations = pairs.filter((_, index) => index % 2 === 1);
    expect(Math.max(0, ...durations), `long tasks [start, duration]: ${JSON.stringify(pairs)}; marks: ${marks.join(', ')}`).toBeLessThan(200);
  });

  it('made no request outside localhost and hit no CSP violation or console error', () => {
    expect(session.external).toEqual([]);
    expect(session.errors).toEqual([]);
    expect(session.requests.some((url) => url.includes('inventoryImport.worker'))).toBe(true);
  });
});
