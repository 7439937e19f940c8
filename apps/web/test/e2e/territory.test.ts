// The « Entités » and « Territoire » steps on the demo: titles, per-entity table, territorial
// estimate flagged low confidence, and no accessibility violation (axe-core).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, goToStep, openSession, SCREENSHOTS, type Session } from './browser';

describe('entities and territory journey', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await openSession(baseUrl);
    await session.page.goto(`${baseUrl}/`);
    await session.page.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the demo’s entities and their bilans, with no accessibility violation', async () => {
    const { page } = session;
    await goToStep(page, /^Entités/);
    await page.getByRole('heading', { level: 1, name: 'Entités partageant le service informatique' }).waitFor();
    await page.getByRole('table', { name: 'Empreinte carbone par entité et part du bilan consolidé' }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '15-entites.png'), fullPage: true });
  });

  it('shows the territorial estimate apart, with no accessibility violation', async () => {
    const { page } = session;
    await goToStep(page, /^Territoire/);
    await page.getByRole('heading', { level: 1, name: 'Le numérique sur le territoire' }).waitFor();
    await expect(page.getByText('Estimation de faible confiance').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '16-territoire.png'), fullPage: true });
  });

  it('shows the eco-design and inclusion inputs, with no accessibility violation', async () => {
    const { page } = session;
    await goToStep(page, /^Écoconception et inclusion/);
    await page.getByRole('heading', { level: 1, name: 'Écoconception et inclusion' }).waitFor();
    await page.getByText('Impact évité par le réemploi').waitFor();
    await page.locator('main details').first().locator('summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '17-ecoconception-inclusion.png'), fullPage: true });
  });

  it('exports one entity’s own strategy from the Document step, produced voluntarily for the CIAS', async () => {
    const { page } = session;
    await goToStep(page, /^Document/);
    await page.getByRole('heading', { level: 1, name: 'Document' }).waitFor();
    await page.getByLabel('Document à exporter').selectOption('cias');
    const preview = page.locator('.document-preview');
    await preview.getByText('Ce document présente la stratégie numérique responsable du CIAS de Beau Pays').waitFor();
    await expect(preview.getByText('Ce document est produit volontairement', { exact: false }).count()).resolves.toBe(1);
    // The EPCI is named once, as the entity the CIAS shares its DSI with, never as the document's subject.
    await expect(preview.getByText('Communauté d’agglomération de Beau Pays', { exact: false }).count()).resolves.toBe(1);
    await expect(preview.getByText('Le service informatique du CIAS de Beau Pays est partagé avec la Communauté d’agglomération de Beau Pays', { exact: false }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '18-document-entite.png'), fullPage: true });
  });

  it('offers one entity’s RDD chapter in the yearly follow-up', async () => {
    const { page } = session;
    await goToStep(page, /^Suivi annuel/);
    const scope = page.getByLabel('Chapitre à exporter');
    await scope.waitFor();
    await expect(scope.locator('option').allTextContents()).resolves.toEqual([
      'Bilan consolidé (toutes les entités)',
      'Bilan de l’entité « Communauté d’agglomération de Beau Pays » (soumise à la loi)',
      'Bilan de l’entité « CIAS de Beau Pays » (produit volontairement)',
      'Bilan de l’entité « Commune de Val-Clair » (produit volontairement)',
    ]);
    await scope.selectOption('cias');
    expect(await axeViolations(page)).toEqual([]);
  });
});
