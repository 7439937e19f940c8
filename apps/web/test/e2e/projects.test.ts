// Journey 4 and the project safeguards: importing a project file of an older schema version migrates
// it; exporting gives a current `*.reen.json`; a second tab on the same project is warned about.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_SCHEMA_VERSION } from '@reen/core';
import { axeViolations, openSession, type Session } from './browser';

const DEMO = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'core', 'data', 'demo', 'beau-pays.reen.json');

describe('projects journey', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    session = await openSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports a project file of schema version 1 and migrates it to the current version', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
    const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as Record<string, unknown>;
    const { strategy: _strategy, ...withoutStrategy } = demo;
    const old = { ...withoutStrategy, schemaVersion: 1, id: 'project-ancien', organisation: { ...(demo['organisation'] as object), name: 'Ville Ancienne' } };
    const path = join(mkdtempSync(join(tmpdir(), 'reen-v1-')), 'ancien.reen.json');
    writeFileSync(path, JSON.stringify(old));
    await page.getByText('Projet', { exact: true }).click();
    await page.locator('#project-import').setInputFiles(path);
    const status = page.locator('.project-menu__status .alert--success');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain(`Le fichier était au format 1 : il a été mis à jour au format ${PROJECT_SCHEMA_VERSION}.`);
    await expect(page.getByLabel('Nom de la collectivité').inputValue()).resolves.toBe('Ville Ancienne');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports the project as a current .reen.json file', async () => {
    const { page } = session;
    await page.getByText('Projet', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le projet (.reen.json)' }).click()]);
    expect(download.suggestedFilename()).toBe('ville-ancienne.reen.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { schemaVersion: number; id: string; organisation: { name: string } };
    expect(exported.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
    expect(exported.id).toBe('project-ancien');
    expect(exported.organisation.name).toBe('Ville Ancienne');
  });

  it('makes a second tab on the same project read-only, with a banner', async () => {
    const { context, page } = session;
    const second = await context.newPage();
    await second.goto(`${baseUrl}/`);
    await second.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
    await second.getByTestId('read-only-banner').waitFor();
    await expect(second.getByLabel('Nom de la collectivité').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('read-only-banner').count()).resolves.toBe(0);
    expect(await axeViolations(second)).toEqual([]);
    await second.close();
  });

  it('made no request outside localhost and hit no CSP violation or console error', () => {
    expect(session.external).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
