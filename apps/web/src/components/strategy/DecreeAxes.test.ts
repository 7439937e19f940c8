import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { checkStrategy } from '@reen/core';
import { createAppI18n } from '../../i18n';
import { createAppRouter } from '../../router';
import { checkItemLink } from '../../lib/checkTargets';
import { loadProject } from '../../persistence/db';
import { useProjectStore } from '../../stores/project';
import { useStrategyStore } from '../../stores/strategy';
import { smallProject } from '../../../test/unit/helpers';
import DecreeAxes from './DecreeAxes.vue';

async function start() {
  const project = useProjectStore();
  await project.importProjectObject(smallProject());
  const strategy = useStrategyStore();
  strategy.ensure();
  strategy.edit((d) => {
    d.measures = [
      { id: 'm1', title: 'Allonger la durée de vie des portables', axis: 'lifecycle', budget: [{ kind: 'operating', amountEur: '1000' }] },
      { id: 'm2', title: 'Acheter des postes reconditionnés', axis: 'lifecycle', budget: [{ kind: 'operating', amountEur: '1000' }] },
      { id: 'm3', title: 'Refondre le site', axis: 'ecodesign', status: 'abandoned', budget: [{ kind: 'operating', amountEur: '1000' }] },
    ];
  });
  const wrapper = mount(DecreeAxes, { global: { plugins: [createAppI18n('fr'), createAppRouter(createMemoryHistory())] }, attachTo: document.body });
  return { project, strategy, wrapper };
}
const states = (wrapper: Awaited<ReturnType<typeof start>>['wrapper']) => wrapper.findAll('[data-testid="axis-state"]').map((s) => `${s.attributes('data-state')} ${s.text()}`);
const describedBy = (el: { attributes: (name: string) => string | undefined }): string[] => (el.attributes('aria-describedby') ?? '').split(' ').filter(Boolean);

describe('Les six axes du décret (Mesures)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('shows the core’s coverage of each axis; a justification typed for an uncovered axis is saved, counted and removed when cleared', async () => {
    const { project, strategy, wrapper } = await start();
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
      'Axe 1 : Commande publique locale et durable, en privilégiant le réemploi, la réparation et la lutte contre l’obsolescence',
      'Axe 2 : Gestion durable et de proximité du cycle de vie du matériel informatique',
      'Axe 3 : Écoconception des sites et des services numériques',
      'Axe 4 : Politique de sensibilisation au numérique responsable et à la sécurité informatique à destination des élus et des agents publics',
      'Axe 5 : Démarche numérique responsable auprès de tous : sensibilisation des citoyens aux enjeux environnementaux du numérique et inclusion numérique',
      'Axe 6 : Territoire connecté et durable, en lien avec une démarche d’ouverture et de valorisation des données',
    ]);
    // Two measures on axis 2; the abandoned one does not carry axis 3.
    expect(states(wrapper)).toEqual([
      'missing Sans mesure : justification conseillée',
      'measures Porté par des mesures',
      'missing Sans mesure : justification conseillée',
      'missing Sans mesure : justification conseillée',
      'missing Sans mesure : justification conseillée',
      'missing Sans mesure : justification conseillée',
    ]);
    expect(wrapper.get('[data-axis="lifecycle"]').text()).toContain('Mesures : Allonger la durée de vie des portables ; Acheter des postes reconditionnés.');
    expect(wrapper.find('#axis-lifecycle-justification').exists()).toBe(false);
    expect(wrapper.get('[data-testid="decree-axes-summary"]').text()).toBe('Axes portés par des mesures : 1 ; justifiés sans mesure : 0 ; sans mesure ni justification : 5.');

    const field = wrapper.get('#axis-inclusion-justification');
    expect(wrapper.get('label[for="axis-inclusion-justification"]').text()).toBe('Pourquoi l’axe 5 n’a pas de mesure (facultatif)');
    expect(describedBy(field)).toEqual(['axis-inclusion-justification-help']);
    await field.setValue('L’inclusion numérique est portée par le département.');
    await wrapper.get('#axis-procurement-justification').setValue('Les achats passent par la centrale régionale.');
    // Kept in the decree's order, whatever the order they were typed in.
    expect((await saved(project))?.['axisJustifications']).toEqual([
      { axis: 'procurement', text: 'Les achats passent par la centrale régionale.' },
      { axis: 'inclusion', text: 'L’inclusion numérique est portée par le département.' },
    ]);
    expect(states(wrapper)[4]).toBe('justified Justifié sans mesure');
    expect(wrapper.get('[data-testid="decree-axes-summary"]').text()).toBe('Axes portés par des mesures : 1 ; justifiés sans mesure : 2 ; sans mesure ni justification : 3.');
    expect(checkStrategy(strategy.strategy!).filter((i) => i.code === 'decree_axis_not_covered').map((i) => i.path[1])).toEqual(['ecodesign', 'awareness', 'territory']);

    await wrapper.get('#axis-inclusion-justification').setValue('   ');
    expect(strategy.draft?.axisJustifications).toEqual([{ axis: 'procurement', text: 'Les achats passent par la centrale régionale.' }]);
    expect(states(wrapper)[4]).toBe('missing Sans mesure : justification conseillée');
    wrapper.unmount();
  });

  it('links each uncovered axis of the completeness check to its own field', async () => {
    const { strategy, wrapper } = await start();
    await flushPromises();
    const items = checkStrategy(strategy.strategy!).filter((i) => i.code === 'decree_axis_not_covered');
    const links = items.map((i) => checkItemLink(i, strategy.draft));
    expect(links).toEqual(['procurement', 'ecodesign', 'awareness', 'inclusion', 'territory'].map((axis) => ({ name: 'measures', hash: `#axis-${axis}-justification` })));
    for (const link of links) expect(wrapper.find(link.hash ?? 'no-hash').element.tagName).toBe('TEXTAREA');
    wrapper.unmount();
  });

  it('shows the core’s refusal of a blank justification from a project file at the field, and offers to remove a justification that measures made useless', async () => {
    const { strategy, wrapper } = await start();
    strategy.edit((d) => {
      d.axisJustifications = [
        { axis: 'lifecycle', text: 'Écrit avant les mesures.' },
        { axis: 'territory', text: ' ' },
      ];
    });
    await flushPromises();
    const error = wrapper.get('#axis-territory-justification-error');
    expect(error.text()).toBe('La justification est vide : écrivez pourquoi l’axe n’a pas de mesure, ou effacez le champ.');
    expect(wrapper.get('#axis-territory-justification').attributes('aria-invalid')).toBe('true');
    expect(describedBy(wrapper.get('#axis-territory-justification'))).toContain('axis-territory-justification-error');

    expect(wrapper.get('[data-axis="lifecycle"]').text()).toContain('Une justification avait été écrite pour cet axe ; elle n’est plus imprimée, puisque des mesures le portent.');
    await wrapper.get('[data-axis="lifecycle"] button').trigger('click');
    expect(strategy.draft?.axisJustifications).toEqual([{ axis: 'territory', text: ' ' }]);
    expect(document.activeElement?.id).toBe('axis-lifecycle-title');
    wrapper.unmount();
  });
});

/** The saved record of the project, as IndexedDB holds it after the autosave. */
async function saved(project: ReturnType<typeof useProjectStore>) {
  await project.flush();
  return (await loadProject('project-test'))?.project['strategy'] as Record<string, unknown> | undefined;
}
