import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppI18n } from '../../i18n';
import { createAppRouter } from '../../router';
import { checkItemLink } from '../../lib/checkTargets';
import { useProjectStore } from '../../stores/project';
import { useStrategyStore } from '../../stores/strategy';
import { smallProject } from '../../../test/unit/helpers';
import DocumentView from '../../views/DocumentView.vue';
import StrategyBaselineStatus from './StrategyBaselineStatus.vue';

describe('reference bilan not frozen', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('says the reference bilan is not frozen and links to the « Figer » button, which exists', async () => {
    await useProjectStore().importProjectObject(smallProject({ id: 'project-freeze' }));
    const strategy = useStrategyStore();
    strategy.ensure();
    const item = strategy.checkItems.find((i) => i.code === 'bilan_footprint_missing');
    expect(item?.severity).toBe('blocking');
    expect(checkItemLink(item!, strategy.draft)).toEqual({ name: 'actors', hash: '#baseline-freeze' });

    const router = createAppRouter(createMemoryHistory());
    const plugins = [createAppI18n('fr'), router];
    const document = mount(DocumentView, { global: { plugins } });
    await flushPromises();
    const line = document.get('[data-code="bilan_footprint_missing"]');
    expect(line.text()).toContain('Le bilan de référence n’est pas figé : figez le bilan actuel comme bilan de référence.');
    expect(line.get('a').attributes('href')).toBe('/acteurs#baseline-freeze');
    document.unmount();

    const status = mount(StrategyBaselineStatus, { global: { plugins } });
    expect(status.get('#baseline-freeze').text()).toBe('Figer le bilan actuel comme bilan de référence (stratégie adoptée)');
    await status.get('#baseline-freeze').trigger('click');
    expect(strategy.checkItems.some((i) => i.code === 'bilan_footprint_missing')).toBe(false);
    status.unmount();
  });
});
