// Journeys 1 and 5: open the demo, walk every step with axe-core (zero violations), check the
// bilan's totals against the core's result for the demo file, and that no request leaves localhost.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeFootprint, getFactorSet, INDICATORS, parseProject } from '@reen/core';
import { axeViolations, goToStep, openSession, SCREENSHOTS, type Session } from './browser';

const DEMO = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'core', 'data', 'demo', 'beau-pays.reen.json');

describe('demo journey', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await openSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens on the demo project, on the Collectivité step, with no accessibility violation', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
    await expect(page.getByLabel('Nom de la collectivité').inputValue()).resolves.toBe('Communauté d’agglomération de Beau Pays');
    await expect(page.locator('.obligation').textContent()).resolves.toContain('La loi REEN s’applique');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '01-collectivite.png'), fullPage: true });
  });

  it('has a skip link that moves the focus to the main content', async () => {
    const { page } = session;
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it.each([
    ['Inventaire', 'L’inventaire du parc', '02-inventaire.png'],
    ['Hébergement et cloud', 'Hébergement et cloud', '03-hebergement.png'],
    ['Usages', 'Usages', '04-usages.png'],
  ])('moves the focus to the title of the %s step, with no accessibility violation', async (step, title, file) => {
    const { page } = session;
    await goToStep(page, new RegExp(`^${step}`));
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(title);
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toContain(step);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
  });

  it('shows the bilan totals equal to the core’s result for the demo file', async () => {
    const { page } = session;
    await goToStep(page, /Bilan/);
    await page.locator('[data-testid="totals"]').waitFor();
    const parsed = parseProject(JSON.parse(readFileSync(DEMO, 'utf8')));
    if (!parsed.success) throw new Error(`demo file invalid: ${JSON.stringify(parsed.issues)}`);
    const project = parsed.data;
    const expected = computeFootprint(project, getFactorSet(project.factorSetVersion), {
      year: project.organisation.referenceYear,
      method: project.method,
      amortisationYears: project.amortisationYears,
    });
    for (const indicator of INDICATORS) {
      const shown = await page.locator(`[data-testid="totals"] tr[data-indicator="${indicator}"] .total`).getAttribute('data-value');
      expect(shown, indicator).toBe(expected.total[indicator].toFixed());
    }
    // The charts are drawn (chart.js loaded on demand) and every chart has its table.
    await page.locator('.breakdown canvas').first().waitFor();
    expect(await page.locator('.breakdown canvas').count()).toBe(await page.locator('.breakdown table').count());
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '05-bilan.png'), fullPage: true });
  });

  it('opens the “D’où vient ce chiffre ?” panel on the figure clicked, with the factors grouped by source', async () => {
    const { page } = session;
    // The button (and the panel) names the figure: the indicator, its value and its unit.
    const button = page.getByRole('button', { name: /^D’où vient ce chiffre \? — Gaz à effet de serre : [\d\s\u202f]+ kg CO₂e$/ });
    await button.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('D’où vient ce chiffre');
    expect(await dialog.locator('[data-testid="trace-source"] li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '06-trace.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toMatch(/^D’où vient ce chiffre \? — Gaz à effet de serre : /);
  });

  it('switches the bilan to English, with no accessibility violation', async () => {
    const { page } = session;
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Footprint' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Bilan' }).waitFor();
  });

  it('made no request outside localhost and hit no CSP violation or console error', () => {
    expect(session.external).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });
});
