import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import { useInventoryHistoryStore } from '../../stores/inventoryHistory';
import { useInventoryImportStore } from '../../stores/inventoryImport';
import { useProjectStore } from '../../stores/project';
import { smallProject } from '../../../test/unit/helpers';
import { pngFile } from '../../../test/unit/badFiles';
import ImportConfirmDialog from './ImportConfirmDialog.vue';
import ImportRefusal from './ImportRefusal.vue';
import InventoryHistoryBar from './InventoryHistoryBar.vue';
import ProjectConflictDialog from './ProjectConflictDialog.vue';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', '..', 'packages', 'formats', 'test', 'fixtures');
const fixture = (name: string) => new File([readFileSync(join(FIXTURES, name))], name);
const i18n = () => createAppI18n('fr');

describe('data-safety components', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await useProjectStore().importProjectObject(smallProject());
  });
  afterEach(async () => {
    await useInventoryHistoryStore().flush();
    await useProjectStore().flush();
  });

  it('« Remplacer » shows the counts before and after, and « Ne rien changer » keeps the inventory', async () => {
    const wrapper = mount(ImportConfirmDialog, { global: { plugins: [i18n()] }, attachTo: document.body });
    const importer = useInventoryImportStore();
    await importer.start([fixture('glpi-ordinateurs.csv')]);
    await flushPromises();
    expect(wrapper.get('h2').text()).toBe('Remplacer l’inventaire ?');
    const rows = wrapper.get('[data-testid="import-confirm-counts"]').findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    const after = importer.proposal!.after;
    expect(rows).toEqual([
      ['Lignes d’inventaire', '2', String(after.lines)],
      ['Équipements', '12', String(after.devices)],
    ]);
    expect(wrapper.text()).toContain('remplaceront tout l’inventaire actuel (2 lignes, 12 équipements)');
    await wrapper.findAll('button').find((button) => button.text() === 'Ne rien changer')!.trigger('click');
    expect(importer.proposal).toBeNull();
    expect(useProjectStore().project!.inventory).toHaveLength(2);
    wrapper.unmount();
  });

  it('says why an import was refused, and never « Import terminé »', async () => {
    const importer = useInventoryImportStore();
    await importer.start([pngFile()]);
    const wrapper = mount(ImportRefusal, { global: { plugins: [i18n()] } });
    const text = wrapper.text();
    expect(text).toContain('Import refusé : l’inventaire n’a pas changé.');
    expect(text).toContain('photo.png');
    expect(text).not.toContain('Import terminé');
    expect(wrapper.find('[role="alert"]').exists()).toBe(true);
  });

  it('names the last change on « Annuler », and Ctrl+Z undoes it outside text fields only', async () => {
    const wrapper = mount(InventoryHistoryBar, { global: { plugins: [i18n()] }, attachTo: document.body });
    const project = useProjectStore();
    const history = useInventoryHistoryStore();
    await history.ready();
    project.project!.inventory[0]!.quantity = 99;
    history.commitEdits();
    await flushPromises();
    const undo = wrapper.get('[data-testid="history-undo"]');
    expect(undo.text()).toBe('Annuler : modification de l’inventaire');
    expect(undo.attributes('disabled')).toBeUndefined();

    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    await flushPromises();
    expect(project.project!.inventory[0]!.quantity).toBe(99);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }));
    await flushPromises();
    expect(project.project!.inventory[0]!.quantity).toBe(10);
    await vi.waitFor(() => expect(wrapper.get('[data-testid="history-announcement"]').text()).toBe('Annulé : modification de l’inventaire.'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true }));
    await vi.waitFor(() => expect(project.project!.inventory[0]!.quantity).toBe(99));
    input.remove();
    wrapper.unmount();
  });

  it('shows both dates of a project conflict and emits the choice', async () => {
    const store = useProjectStore();
    store.project!.organisation.population = 1;
    await store.flush();
    const outcome = await store.importProjectObject({ ...smallProject(), updatedAt: '2025-02-03T10:00:00.000Z' });
    if (outcome.ok || !('conflict' in outcome)) throw new Error('a conflict was expected');
    const wrapper = mount(ProjectConflictDialog, { props: { conflict: outcome.conflict, demo: false }, global: { plugins: [i18n()] }, attachTo: document.body });
    await flushPromises();
    const dates = wrapper.get('[data-testid="project-conflict-dates"]').findAll('li').map((item) => item.text());
    expect(dates[0]).toMatch(/^Projet enregistré ici : « Commune de Test », modifié le /);
    expect(dates[1]).toMatch(/^Fichier importé : modifié le 3 févr\. 2025/);
    await wrapper.get('[data-testid="conflict-copy"]').trigger('click');
    expect(wrapper.emitted('choose')).toEqual([['copy']]);
    wrapper.unmount();
  });
});
