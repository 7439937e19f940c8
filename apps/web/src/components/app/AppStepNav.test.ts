import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppI18n } from '../../i18n';
import { createAppRouter } from '../../router';
import { useProjectStore } from '../../stores/project';
import { smallProject } from '../../../test/unit/helpers';
import AppStepNav from './AppStepNav.vue';

/** The state each step announces to screen readers, by step label. */
async function states(): Promise<Record<string, string>> {
  const router = createAppRouter(createMemoryHistory());
  await router.push('/collectivite');
  const wrapper = mount(AppStepNav, { global: { plugins: [createAppI18n('fr'), router] } });
  await flushPromises();
  const out: Record<string, string> = {};
  for (const link of wrapper.findAll('li a')) {
    const spans = link.findAll('span');
    out[spans[1]!.text()] = spans[2]!.text();
  }
  wrapper.unmount();
  return out;
}

describe('AppStepNav', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('shows the Bilan to complete while the inventory is empty, and Entités, Territoire, Écoconception to complete when empty', async () => {
    await useProjectStore().importProjectObject(smallProject({ id: 'project-empty', inventory: [] }));
    const state = await states();
    expect(state['Bilan']).toBe('(à compléter)');
    expect(state['Entités']).toBe('(à compléter)');
    expect(state['Territoire']).toBe('(à compléter)');
    expect(state['Écoconception et inclusion']).toBe('(à compléter)');
  });

  it('marks Bilan, Entités, Territoire and Écoconception et inclusion done once filled', async () => {
    await useProjectStore().importProjectObject(
      smallProject({
        id: 'project-filled',
        entities: {
          list: [
            { id: 'ville', name: 'Ville', kind: 'commune', population: 60000, agents: 400 },
            { id: 'ccas', name: 'CCAS', kind: 'ccas', agents: 100 },
          ],
        },
        territory: { households: 27000, dataCentres: [] },
        inclusion: [{ year: 2024, digitalAdvisers: 2 }],
      }),
    );
    const state = await states();
    expect(state['Bilan']).toBe('(renseignée)');
    expect(state['Entités']).toBe('(renseignée)');
    expect(state['Territoire']).toBe('(renseignée)');
    expect(state['Écoconception et inclusion']).toBe('(renseignée)');
  });
});
