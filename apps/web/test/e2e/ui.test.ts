// Journeys of issue 12's "nothing silently wrong" items, in real Chromium: a share typed in % and a
// refused value (the step marked, the other steps pointing to it, the typed text kept), editing in
// place, the trace panel in French, the demo badge, and every step at 375 px without an axe
// violation or sideways scrolling.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, goToStep, openSession, type Session } from './browser';

/** Every step; Collectivité last, since the app opens on it (a link to the current step moves nothing). */
const STEPS = [
  'Inventaire',
  'Hébergement et cloud',
  'Usages',
  'Bilan',
  'Acteurs',
  'Édito et vision',
  'Gouvernance et concertation',
  'Actions déjà engagées',
  'Auto-diagnostic',
  'Objectifs',
  'Mesures',
  'Document',
  'Suivi annuel',
  'Collectivité',
] as const;

async function waitForSaves(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.save-state')?.textContent?.trim() !== 'Enregistrement…');
}

describe('nothing silently wrong', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    session = await openSession(baseUrl);
    await session.page.goto(`${baseUrl}/`);
    await session.page.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('labels the demo « Démonstration » in the header, with a reset', async () => {
    const badge = session.page.locator('[data-testid="demo-badge"]');
    await expect(badge.textContent()).resolves.toContain('Démonstration');
    await expect(badge.getByRole('button', { name: 'Réinitialiser la démonstration' }).isVisible()).resolves.toBe(true);
  });

  it('a share is typed in %; 120 % is refused next to the field, the step is marked and the other steps link to it', async () => {
    const { page } = session;
    await goToStep(page, /^Mesures/);
    await page.locator('[data-catalogue="nettoyer-stockage"] button').click();
    const editor = page.locator('.measure-editor').last();
    const share = editor.getByLabel('Part concernée');
    // The catalogue's 0.2 shows as 20 (%), with the unit in the label.
    await expect(share.inputValue()).resolves.toBe('20');
    await share.fill('120');
    await share.press('Tab');
    await expect(share.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await share.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))!;
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toContain('Saisissez un pourcentage entre 0 et 100 %');
    await expect(page.locator('.step-nav li.has-error').textContent()).resolves.toContain('Mesures');

    // Another step names the step and links to the field; the refused text is still there.
    await goToStep(page, /^Bilan/);
    const banner = page.locator('[data-testid="blocking-errors"]');
    await expect(banner.textContent()).resolves.toContain('L’étape « Mesures » contient 1 erreur(s) bloquante(s)');
    await banner.getByRole('link', { name: 'Corriger dans l’étape « Mesures »' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mesures' }).waitFor();
    const again = page.locator('.measure-editor').last().getByLabel('Part concernée');
    await expect(again.inputValue()).resolves.toBe('120');
    await again.fill('35');
    await again.press('Tab');
    await expect(again.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(page.locator('.step-nav li.has-error').count()).resolves.toBe(0);
    await waitForSaves(page);
    // 35 % was stored as 0.35: after a reload the field shows 35 again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mesures' }).waitFor();
    await expect(page.locator('.measure-editor').last().getByLabel('Part concernée').inputValue()).resolves.toBe('35');
    await expect(page.locator('[data-testid="blocking-errors"]').count()).resolves.toBe(0);
  });

  it('edits an actor in place and an objective’s target', async () => {
    const { page } = session;
    await goToStep(page, /^Acteurs/);
    await page.getByRole('button', { name: 'Ajouter l’acteur' }).click();
    await page.locator('#actors-new-name').fill('Service des écoles');
    await page.locator('#actors-new-role').fill('Équipement des écoles');
    await page.getByRole('button', { name: 'Ajouter l’acteur' }).click();
    const row = page.locator('[data-testid="actors"] tbody tr', { hasText: 'Service des écoles' });
    await row.getByRole('button', { name: 'Modifier : Service des écoles' }).click();
    const role = page.locator('[data-testid="actors"] form').getByLabel('Rôle dans la démarche');
    await role.fill('Parc informatique des 40 écoles');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.locator('[data-testid="actors"] tbody tr', { hasText: 'Service des écoles' }).textContent()).resolves.toContain('Parc informatique des 40 écoles');

    await goToStep(page, /^Objectifs/);
    await page.getByRole('button', { name: 'Ajouter l’objectif' }).click();
    await page.locator('#objectives-new-template').selectOption({ label: 'Y % d’achats reconditionnés' });
    await page.locator('#objectives-new-baseline').fill('0');
    await page.locator('#objectives-new-target').fill('25');
    await page.getByRole('button', { name: 'Ajouter l’objectif' }).click();
    const objective = page.locator('[data-testid="objectives"] tbody tr', { hasText: 'achats reconditionnés' }).first();
    await objective.waitFor();
    await objective.getByRole('button', { name: /^Modifier/ }).click();
    const target = page.locator('[data-testid="objectives"] form input[id$="-target"]');
    await target.fill('30');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.locator('[data-testid="objectives"] tbody tr', { hasText: 'achats reconditionnés' }).first().textContent()).resolves.toContain('30');
  });

  it('the trace panel names the figure, words factors in French by source, and keeps ids behind « détails techniques »', async () => {
    const { page } = session;
    await goToStep(page, /^Bilan/);
    await page.locator('.trace-button').first().click();
    const dialog = page.locator('dialog.trace-dialog');
    await dialog.waitFor();
    const title = await dialog.locator('#trace-title').textContent();
    const source = await dialog.locator('[data-testid="trace-source"]').first().locator('h4').textContent();
    const technicalOpen = await dialog.locator('details.trace-technical').getAttribute('open');
    const visible = await dialog.evaluate((el) => (el as HTMLElement).innerText);
    const violations = await axeViolations(page);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    expect(title).toMatch(/^D’où vient ce chiffre : Gaz à effet de serre : [\d\s\u202f]+ kg CO₂e$/);
    expect(source).toMatch(/^Source : /);
    expect(technicalOpen).toBeNull();
    expect(visible).not.toMatch(/device\.[a-z-]+\.[a-z]+/);
    expect(visible).not.toMatch(/\d\.\d ans/);
    expect(violations).toEqual([]);
  });

  it('at 375 px: no axe violation and no sideways scrolling on any step, the « Axe » select included', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 375, height: 800 });
    for (const step of STEPS) {
      await goToStep(page, new RegExp(`^${step}`));
      // Elements sticking out of the page (outside their own scrolling box, such as a table's): none.
      const outside = await page.evaluate(() => {
        const scrolls = (el: Element | null): boolean => !!el && (['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX) || scrolls(el.parentElement));
        return [...document.querySelectorAll('main *, header *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !scrolls(el.parentElement))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
      });
      expect(outside, step).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, step).toBeLessThanOrEqual(375);
      expect(await axeViolations(page), step).toEqual([]);
    }
    await goToStep(page, /^Mesures/);
    await page.locator('#catalogue-axis').selectOption({ index: 3 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the focus on the file chooser', async () => {
    const { page } = session;
    await goToStep(page, /^Inventaire/);
    await page.locator('#inventory-files').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.querySelector('label[for="inventory-files"]')!).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('sent no request outside localhost and logged no error', () => {
    expect(session.external).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
