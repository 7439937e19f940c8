import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import AppDemoBadge from './AppDemoBadge.vue';
import { useProjectStore } from '../../stores/project';
import { smallProject } from '../../../test/unit/helpers';

function mountBadge(id: string) {
  const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { project: { project: smallProject({ id }) } } });
  return { wrapper: mount(AppDemoBadge, { global: { plugins: [pinia, createAppI18n('fr')] } }), store: useProjectStore(pinia) };
}

describe('AppDemoBadge', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('labels the demo project « Démonstration » and nothing else', () => {
    expect(mountBadge('demo-beau-pays').wrapper.text()).toContain('Démonstration');
    expect(mountBadge('project-test').wrapper.find('[data-testid="demo-badge"]').exists()).toBe(false);
  });

  it('resets the demo only after a confirmation', async () => {
    const { wrapper, store } = mountBadge('demo-beau-pays');
    vi.stubGlobal('confirm', vi.fn(() => false));
    await wrapper.get('button').trigger('click');
    expect(store.openDemo).not.toHaveBeenCalled();
    vi.stubGlobal('confirm', vi.fn(() => true));
    await wrapper.get('button').trigger('click');
    expect(store.openDemo).toHaveBeenCalledTimes(1);
  });
});
