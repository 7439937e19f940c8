import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_SCHEMA_VERSION } from '@reen/core';
import * as db from '../persistence/db';
import { useProjectStore } from './project';
import { smallProject } from '../../test/unit/helpers';

describe('useProjectStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('opens the demo project the first time, and saves it', async () => {
    const store = useProjectStore();
    await store.init();
    expect(store.ready).toBe(true);
    expect(store.project?.organisation.name).toBe('Communauté d’agglomération de Beau Pays');
    expect(store.issues).toEqual([]);
    await store.flush();
    expect(store.projects.map((project) => project.name)).toEqual(['Communauté d’agglomération de Beau Pays']);
  });

  it('starts an empty project with the default factor set and saves it to IndexedDB', async () => {
    const store = useProjectStore();
    await store.newProject('Projet sans nom');
    await store.flush();
    expect(store.project?.organisation.name).toBe('Projet sans nom');
    expect(store.project?.inventory).toEqual([]);
    const stored = await db.loadProject(store.project!.id);
    expect(stored?.project.organisation.name).toBe('Projet sans nom');
    expect(await db.getSetting('lastProjectId')).toBe(store.project!.id);
  });

  it('autosaves every change of the inputs', async () => {
    const store = useProjectStore();
    await store.importProjectObject(smallProject());
    store.project!.organisation.population = 72000;
    await store.flush();
    expect((await db.loadProject('project-test'))?.project.organisation.population).toBe(72000);
    store.project!.inventory.push({ category: 'tablet', quantity: 4 });
    await store.flush();
    expect((await db.loadProject('project-test'))?.project.inventory).toHaveLength(3);
  });

  it('reopens the last project after a reload (a new store on the same database)', async () => {
    const first = useProjectStore();
    await first.importProjectObject(smallProject());
    first.project!.organisation.agents = 812;
    await first.flush();
    setActivePinia(createPinia());
    const second = useProjectStore();
    await second.init();
    expect(second.project?.id).toBe('project-test');
    expect(second.project?.organisation.agents).toBe(812);
  });

  it('round-trips a project through the .reen.json export and import', async () => {
    const store = useProjectStore();
    await store.importProjectObject(smallProject());
    const text = store.exportText();
    const exported = JSON.parse(text) as Record<string, unknown>;
    expect(exported['schemaVersion']).toBe(PROJECT_SCHEMA_VERSION);
    setActivePinia(createPinia());
    const other = useProjectStore();
    const outcome = await other.importProjectText(text);
    expect(outcome).toEqual({ ok: true, name: 'Commune de Test', migratedFrom: undefined });
    const { updatedAt: _a, ...before } = JSON.parse(store.exportText()) as Record<string, unknown>;
    const { updatedAt: _b, ...after } = JSON.parse(other.exportText()) as Record<string, unknown>;
    expect(after).toEqual(before);
  });

  it('migrates a project file of an older schema version with the core’s migrations', async () => {
    const store = useProjectStore();
    const outcome = await store.importProjectObject({ ...smallProject(), schemaVersion: 1 });
    expect(outcome).toEqual({ ok: true, name: 'Commune de Test', migratedFrom: 1 });
    expect(store.project?.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
    expect(JSON.parse(store.exportText()).schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
  });

  it('rejects a file that is not JSON, and a project with errors, with the core issue codes', async () => {
    const store = useProjectStore();
    expect(await store.importProjectText('{ nope')).toMatchObject({ ok: false, issues: [] });
    const bad = await store.importProjectObject({ ...smallProject(), inventory: [{ category: 'toaster', quantity: 1 }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['unknown_category', 'inventory.0.category']]);
    const future = await store.importProjectObject({ ...smallProject(), schemaVersion: PROJECT_SCHEMA_VERSION + 1 });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.issues[0]?.code).toBe('schema_version_too_new');
  });

  it('reports a full storage as a quota error and keeps the project in memory', async () => {
    const store = useProjectStore();
    await store.importProjectObject(smallProject());
    const spy = vi.spyOn(db, 'saveProject').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    store.project!.organisation.name = 'Nouvelle commune';
    await store.flush();
    expect(store.storageError?.kind).toBe('quota');
    expect(store.project?.organisation.name).toBe('Nouvelle commune');
    spy.mockRestore();
    store.project!.organisation.name = 'Commune enregistrée';
    await store.flush();
    expect(store.storageError).toBeNull();
  });

  it('reports an unavailable IndexedDB (private mode) as unavailable storage', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    await db.closeDb();
    const store = useProjectStore();
    await store.importProjectObject(smallProject());
    await store.flush();
    expect(store.storageError?.kind).toBe('unavailable');
    globalThis.indexedDB = saved;
  });

  it('validates the draft with the core and exposes the issues by path', async () => {
    const store = useProjectStore();
    await store.importProjectObject(smallProject());
    expect(store.issues).toEqual([]);
    store.project!.organisation.population = -3;
    expect(store.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['too_small', 'organisation.population']]);
  });
});
