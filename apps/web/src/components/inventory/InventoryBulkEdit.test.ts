import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import InventoryBulkEdit from './InventoryBulkEdit.vue';
import { useProjectStore } from '../../stores/project';
import { smallProject } from '../../../test/unit/helpers';

describe('InventoryBulkEdit', () => {
  it('changes the perimeter and lifetime of the filtered lines only, and says how many changed', async () => {
    const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { project: { project: smallProject() } } });
    // The filter shows line 2 only (the 2 monitors of the schools).
    const wrapper = mount(InventoryBulkEdit, { props: { indices: [1], devices: 2 }, global: { plugins: [pinia, createAppI18n('fr')] } });
    expect(wrapper.text()).toContain('La modification s’applique aux 1 ligne(s) que le filtre affiche (2 équipements)');
    await wrapper.get('#inv-bulk-perimeter').setValue('administration');
    await wrapper.get('#inv-bulk-lifetime').setValue('8');
    await wrapper.get('form').trigger('submit');
    const inventory = useProjectStore(pinia).project!.inventory;
    expect(inventory.map((i) => [i.perimeter, i.lifetimeYears])).toEqual([
      ['administration', undefined],
      ['administration', '8'],
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('1 ligne(s) modifiée(s).');
  });

  it('refuses an empty change with a message', async () => {
    const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { project: { project: smallProject() } } });
    const wrapper = mount(InventoryBulkEdit, { props: { indices: [0, 1], devices: 12 }, global: { plugins: [pinia, createAppI18n('fr')] } });
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[role="status"]').text()).toBe('Choisissez au moins une modification.');
  });
});
