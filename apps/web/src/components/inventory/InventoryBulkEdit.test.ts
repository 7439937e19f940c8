import { createTestingPinia } from '@pinia/testing';
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import InventoryBulkEdit from './InventoryBulkEdit.vue';
import { useInventoryHistoryStore } from '../../stores/inventoryHistory';
import { useProjectStore } from '../../stores/project';
import { smallProject } from '../../../test/unit/helpers';

/** A real project and history store (the change must be one undo step), with the demo-sized small project. */
async function stores() {
  const pinia = createPinia();
  setActivePinia(pinia);
  await useProjectStore().importProjectObject(smallProject());
  await useInventoryHistoryStore().ready();
  return pinia;
}

describe('InventoryBulkEdit', () => {
  afterEach(async () => {
    await useInventoryHistoryStore().flush();
  });

  it('changes the filtered lines only, says how many lines and devices changed with each field before → after, and is one undo step', async () => {
    const pinia = await stores();
    const project = useProjectStore();
    const history = useInventoryHistoryStore();
    // Both lines: 10 laptops (administration) and 2 monitors (schools), 12 devices.
    const wrapper = mount(InventoryBulkEdit, { props: { indices: [0, 1], devices: 12 }, global: { plugins: [pinia, createAppI18n('fr')] } });
    await wrapper.get('#inv-bulk-perimeter').setValue('public-services');
    await wrapper.get('#inv-bulk-lifetime').setValue('6.5');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(project.project!.inventory.map((i) => [i.perimeter, i.lifetimeYears])).toEqual([
      ['public-services', '6.5'],
      ['public-services', '6.5'],
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe(
      '2 lignes modifiées (12 équipements) : Périmètre « Administration », « Écoles » → « Services au public » ; Durée de vie « non renseigné » → « 6,5 ans ». « Annuler » rétablit les valeurs d’avant.',
    );
    // One undo step, named with its lines, that restores both fields of both lines.
    expect(history.undoStack.map((e) => [e.action, e.detail])).toEqual([['bulk', '2 lignes']]);
    await history.undo();
    expect(project.project!.inventory.map((i) => [i.perimeter, i.lifetimeYears])).toEqual([
      ['administration', undefined],
      ['schools', undefined],
    ]);
  });

  it('counts one line and its devices when only one of the shown lines changes', async () => {
    const pinia = await stores();
    const wrapper = mount(InventoryBulkEdit, { props: { indices: [0, 1], devices: 12 }, global: { plugins: [pinia, createAppI18n('fr')] } });
    expect(wrapper.text()).toContain('La modification s’applique aux 2 ligne(s) que le filtre affiche (12 équipements)');
    // The laptops are already in administration: only the 2 monitors change.
    await wrapper.get('#inv-bulk-perimeter').setValue('administration');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('1 ligne modifiée (2 équipements) : Périmètre « Écoles » → « Administration ». « Annuler » rétablit les valeurs d’avant.');
    // Again: nothing changes any more, and no undo step is added.
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('Aucune ligne n’a changé : elles avaient déjà ces valeurs.');
    expect(useInventoryHistoryStore().undoStack).toHaveLength(1);
  });

  it('refuses an empty change with a message', async () => {
    const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { project: { project: smallProject() } } });
    const wrapper = mount(InventoryBulkEdit, { props: { indices: [0, 1], devices: 12 }, global: { plugins: [pinia, createAppI18n('fr')] } });
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[role="status"]').text()).toBe('Choisissez au moins une modification.');
  });
});
