import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import { StorageError } from '../../persistence/db';
import { useProjectStore } from '../../stores/project';
import AppStorageAlert from './AppStorageAlert.vue';
import { smallProject } from '../../../test/unit/helpers';

function mountAlert() {
  const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { project: { project: smallProject() } } });
  const wrapper = mount(AppStorageAlert, { global: { plugins: [pinia, createAppI18n('fr')] } });
  return { wrapper, store: useProjectStore(pinia) };
}

describe('AppStorageAlert', () => {
  it('shows nothing while storage works', () => {
    expect(mountAlert().wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('explains a full storage and offers to export the project', async () => {
    const { wrapper, store } = mountAlert();
    store.storageError = new StorageError('quota', 'QuotaExceededError');
    await wrapper.vm.$nextTick();
    expect(wrapper.find('[role="alert"] h2').text()).toBe('Enregistrement impossible');
    expect(wrapper.text()).toContain('L’espace de stockage du navigateur est plein');
    await wrapper.find('button').trigger('click');
    expect(store.exportToFile).toHaveBeenCalledOnce();
  });

  it('explains private browsing (storage unavailable)', async () => {
    const { wrapper, store } = mountAlert();
    store.storageError = new StorageError('unavailable', 'SecurityError');
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toContain('navigation privée');
    expect(wrapper.find('button').text()).toBe('Exporter maintenant');
  });
});
