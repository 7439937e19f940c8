import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as db from '../persistence/db';
import * as download from '../lib/download';
import { MAX_MERGED_LINES, MAX_PROJECT_FILE_BYTES } from '../lib/projectFileRead';
import { useProjectStore } from './project';
import { smallProject } from '../../test/unit/helpers';

const DEMO_NAME = 'Communauté d’agglomération de Beau Pays';

function projectFile(value: unknown): File {
  return new File([JSON.stringify(value)], 'projet.reen.json', { type: 'application/json' });
}

describe('project safety', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });
  afterEach(async () => {
    await useProjectStore().flush();
  });

  describe('a project file whose id is already stored', () => {
    it('asks, with both updatedAt, and replaces nothing until the user chooses', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject());
      store.project!.organisation.population = 65000;
      await store.flush();
      const stored = await db.loadProject('project-test');
      const outcome = await store.importProjectObject({ ...smallProject(), updatedAt: '2025-03-04T05:06:07.000Z' });
      expect(outcome.ok).toBe(false);
      if (outcome.ok || !('conflict' in outcome)) throw new Error('a conflict was expected');
      expect(outcome.conflict.incomingUpdatedAt).toBe('2025-03-04T05:06:07.000Z');
      expect(outcome.conflict.existingUpdatedAt).toBe(stored?.updatedAt);
      expect(outcome.conflict.existingName).toBe('Commune de Test');
      expect(store.project!.organisation.population).toBe(65000);
      expect((await db.loadProject('project-test'))?.project.organisation.population).toBe(65000);

      await store.resolveConflict(outcome.conflict, 'cancel', '(copie)');
      expect(store.project!.organisation.population).toBe(65000);

      await store.resolveConflict(outcome.conflict, 'copy', '(copie)');
      await store.flush();
      expect(store.project!.id).not.toBe('project-test');
      expect(store.project!.organisation.name).toBe('Commune de Test (copie)');
      expect(store.project!.organisation.population).toBe(60000);
      expect((await db.loadProject('project-test'))?.project.organisation.population).toBe(65000);
      expect(store.projects.map((item) => item.name).sort()).toEqual(['Commune de Test', 'Commune de Test (copie)']);

      await store.resolveConflict(outcome.conflict, 'replace', '(copie)');
      await store.flush();
      expect(store.project!.id).toBe('project-test');
      expect((await db.loadProject('project-test'))?.project.organisation.population).toBe(60000);
    });

    it('imports at once a file identical to the stored project (dates apart)', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject());
      await store.flush();
      expect(await store.importProjectObject({ ...smallProject(), updatedAt: '2030-01-01T00:00:00.000Z' })).toEqual({ ok: true, name: 'Commune de Test', migratedFrom: undefined });
    });
  });

  describe('the demo', () => {
    it('never overwrites a changed demo: it asks, and « open my version » keeps the changes', async () => {
      const store = useProjectStore();
      await store.init();
      expect(store.name).toBe(DEMO_NAME);
      store.project!.organisation.agents = 1234;
      await store.flush();
      const outcome = await store.openDemo();
      expect(outcome.ok).toBe(false);
      if (outcome.ok || !('conflict' in outcome)) throw new Error('a conflict was expected');
      expect(store.project!.organisation.agents).toBe(1234);
      await store.resolveConflict(outcome.conflict, 'open', '(copie)');
      expect(store.project!.organisation.agents).toBe(1234);
      await store.resolveConflict(outcome.conflict, 'replace', '(copie)');
      expect(store.project!.organisation.agents).not.toBe(1234);
    });

    it('opens an unchanged demo at once', async () => {
      const store = useProjectStore();
      await store.init();
      await store.flush();
      expect((await store.openDemo()).ok).toBe(true);
    });

    it('starts on the stored demo, with its changes, when no project was last opened', async () => {
      const store = useProjectStore();
      await store.init();
      store.project!.organisation.agents = 999;
      await store.flush();
      await db.setSetting('lastProjectId', 'gone');
      setActivePinia(createPinia());
      const reloaded = useProjectStore();
      await reloaded.init();
      expect(reloaded.project!.organisation.agents).toBe(999);
    });
  });

  describe('a corrupt stored record', () => {
    async function storeCorrupt(): Promise<void> {
      await db.saveProject({ id: 'project-broken', project: { id: 'project-broken' } as never, updatedAt: '2026-01-01T00:00:00.000Z' });
    }

    it('lists the other projects, and the bad one as corrupt', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject());
      await store.flush();
      await storeCorrupt();
      await store.refreshList();
      expect(store.projects.map((item) => [item.id, item.corrupt ?? ''])).toEqual([
        ['project-test', ''],
        ['project-broken', 'no organisation'],
      ]);
      expect(await store.open('project-broken')).toBe(false);
      expect(store.corruptOpen).toEqual({ id: 'project-broken', problem: 'no organisation' });
      expect(store.project!.id).toBe('project-test');
    });

    it('opens the newest readable project when the last one is corrupt, and offers the raw export and the removal', async () => {
      const first = useProjectStore();
      await first.importProjectObject(smallProject());
      await first.flush();
      await storeCorrupt();
      await db.setSetting('lastProjectId', 'project-broken');
      setActivePinia(createPinia());
      const store = useProjectStore();
      await store.init();
      expect(store.project!.id).toBe('project-test');
      expect(store.corruptOpen?.id).toBe('project-broken');
      const spy = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
      await store.exportRaw('project-broken');
      expect(spy).toHaveBeenCalledWith('project-broken.brut.json', `${JSON.stringify({ id: 'project-broken', project: { id: 'project-broken' }, updatedAt: '2026-01-01T00:00:00.000Z' }, null, 2)}\n`);
      spy.mockRestore();
      await store.remove('project-broken');
      expect(store.corruptOpen).toBeNull();
      expect(store.projects.map((item) => item.id)).toEqual(['project-test']);
    });
  });

  describe('large project files', () => {
    it('merges a 1,000,000-device file (200,000 lines) into identical lines, with the same devices per group', async () => {
      const lines = Array.from({ length: 200_000 }, (_, index) => ({
        category: index % 2 === 0 ? 'laptop' : 'monitor',
        quantity: 5,
        purchaseDate: index % 4 < 2 ? '2021-03-01' : '2022-07-14',
        serialNumber: `SN${index}`,
        perimeter: 'administration',
      }));
      const store = useProjectStore();
      const outcome = await store.importProjectFile(projectFile({ ...smallProject(), inventory: lines }));
      expect(outcome).toEqual({ ok: true, name: 'Commune de Test', migratedFrom: undefined, aggregatedFrom: 200_000 });
      const summary = store.project!.inventory.map((item) => [item.category, item.purchaseYear, item.quantity]);
      expect(summary).toEqual([
        ['laptop', 2021, 250_000],
        ['monitor', 2021, 250_000],
        ['laptop', 2022, 250_000],
        ['monitor', 2022, 250_000],
      ]);
    });

    it('refuses plainly a file over the size limit, and a project still too long once merged', async () => {
      const store = useProjectStore();
      const big = projectFile(smallProject());
      Object.defineProperty(big, 'size', { value: MAX_PROJECT_FILE_BYTES + 1 });
      expect(await store.importProjectFile(big)).toEqual({ ok: false, issues: [], tooLarge: { size: MAX_PROJECT_FILE_BYTES + 1, max: MAX_PROJECT_FILE_BYTES } });
      const distinct = Array.from({ length: MAX_MERGED_LINES + 1 }, (_, index) => ({ category: 'laptop', quantity: 1, site: `S${index}` }));
      expect(await store.importProjectFile(projectFile({ ...smallProject(), inventory: distinct }))).toEqual({
        ok: false,
        issues: [],
        tooManyLines: { lines: MAX_MERGED_LINES + 1, max: MAX_MERGED_LINES },
      });
      expect(store.project).toBeNull();
    });
  });
});
