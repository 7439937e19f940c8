import { createPinia, setActivePinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { dec } from '@reen/core';
import { demoProjectFile } from '@reen/core/demo';
import { createAppI18n } from '../../i18n';
import { useProjectStore } from '../../stores/project';
import { useFootprintStore } from '../../stores/footprint';
import { useStrategyStore } from '../../stores/strategy';
import { useTerritoryStore } from '../../stores/territory';
import EntitiesForm from './EntitiesForm.vue';
import EntitiesResults from './EntitiesResults.vue';
import TerritoryForm from './TerritoryForm.vue';
import TerritoryResults from './TerritoryResults.vue';
import DigitalServicesForm from './DigitalServicesForm.vue';
import InclusionForm from './InclusionForm.vue';
import { smallProject } from '../../../test/unit/helpers';

describe('Entités and Territoire steps', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('shows the demo’s per-entity bilans, which add up to the consolidated bilan', async () => {
    await useProjectStore().importProjectObject(structuredClone(demoProjectFile));
    const store = useTerritoryStore();
    const total = useFootprintStore().result!.total.co2eKg;
    expect(store.entities!.reduce((sum, entity) => sum.plus(entity.total.co2eKg), dec(0)).toFixed()).toBe(total.toFixed());
    const wrapper = mount(EntitiesResults, { global: { plugins: [createAppI18n('fr')] } });
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((row) => row.find('th').text())).toEqual(['Communauté d’agglomération de Beau Pays', 'CIAS de Beau Pays', 'Commune de Val-Clair']);
    expect(rows[0]?.findAll('td')[0]?.text()).toBe('Oui');
    expect(rows[1]?.findAll('td')[0]?.text()).toBe('Non');
    expect(wrapper.find('caption').text()).toBe('Empreinte carbone par entité et part du bilan consolidé');
    // Scrolls in its own box on a narrow screen, not the page.
    expect(wrapper.get('table').element.parentElement?.className).toBe('table-wrap');
  });

  it('shows the territorial estimate apart, flagged low confidence', async () => {
    await useProjectStore().importProjectObject(structuredClone(demoProjectFile));
    const wrapper = mount(TerritoryResults, { global: { plugins: [createAppI18n('fr')] } });
    expect(wrapper.text()).toContain('Estimation de faible confiance');
    const first = wrapper.find('tbody tr');
    expect(first.find('th').text()).toBe('Numérique des habitants (total du territoire)');
    expect(wrapper.findAll('tbody tr').map((row) => row.find('th').text())).toContain('dont réseaux (lignes du territoire)');
    expect(wrapper.text()).toContain('Centre de données Beau Pays Nord');
    expect(wrapper.get('table').element.parentElement?.className).toBe('table-wrap');
  });

  it('lets the user describe several entities and a data centre; the core computes them', async () => {
    const project = useProjectStore();
    await project.importProjectObject(smallProject());
    const entities = mount(EntitiesForm, { global: { plugins: [createAppI18n('fr')] } });
    await entities.find('button.button--primary').trigger('click');
    expect(useTerritoryStore().entities).toHaveLength(2);
    const territory = mount(TerritoryForm, { global: { plugins: [createAppI18n('fr')] } });
    await territory.findAll('button').at(-1)!.trigger('click');
    await territory.find('#territory-dc-0-power').setValue('250');
    expect(useTerritoryStore().territory?.dataCentres[0]?.itEnergyKwh.toFixed()).toBe('2190000'); // 250 kW × 8 760 h
  });

  it('records the eco-design and inclusion indicators of the year into the strategy', async () => {
    await useProjectStore().importProjectObject(structuredClone(demoProjectFile));
    const strategy = useStrategyStore();
    const draft = strategy.ensure()!;
    draft.indicators = [
      ...(draft.indicators ?? []),
      { id: 'test-rgesn', label: 'Part des services avec une déclaration RGESN', kind: 'rgesn-declaration-share', direction: 'increase', values: [] },
      { id: 'test-accompagnes', label: 'Personnes accompagnées', kind: 'people-accompanied', direction: 'increase', values: [] },
    ];
    expect(strategy.recordComputedValues()).toBe(2025);
    const values = (id: string) => draft.indicators?.find((indicator) => indicator.id === id)?.values;
    // The portail has a published declaration in 2025, the app does not: 1 of 2 services.
    expect(values('test-rgesn')).toEqual([{ year: 2025, value: '50' }]);
    expect(values('test-accompagnes')).toEqual([{ year: 2025, value: '3100' }]);
  });

  it('sets an objective on the share of services with an RGESN declaration, its baseline measured from the services', async () => {
    await useProjectStore().importProjectObject(structuredClone(demoProjectFile));
    const strategy = useStrategyStore();
    const draft = strategy.ensure()!;
    const added = strategy.addObjective('rgesn-declaration', { label: '100 % des services', indicatorLabel: 'Part des services avec une déclaration RGESN', target: '100', targetYear: 2028, kind: 'multi-year' });
    expect(added).toBe(true);
    const objective = draft.objectives?.at(-1);
    expect(objective?.axis).toBe('ecodesign');
    expect(objective?.baseline).toEqual({ year: draft.baselineYear, value: '50' });
  });

  it('records an RGESN answer and shows the scores, and computes the impact avoided by reuse', async () => {
    const project = useProjectStore();
    await project.importProjectObject(structuredClone(demoProjectFile));
    const services = mount(DigitalServicesForm, { global: { plugins: [createAppI18n('fr')] } });
    // The portail's 2025 self-assessment: criterion 1.1 is « non conforme » in the demo (index 0 is a multiple of 4).
    const select = services.find('#rgesn-0-1\\.1');
    expect((select.element as HTMLSelectElement).value).toBe('non-conforme');
    await select.setValue('conforme');
    const portail = (project.project!['digitalServices'] as { rgesn: { year: number; answers: Record<string, string> }[] }[])[0]!;
    expect(portail.rgesn.find((a) => a.year === 2025)?.answers['1.1']).toBe('conforme');
    expect(services.text()).toContain('Score RGESN 2025');
    const inclusion = mount(InclusionForm, { global: { plugins: [createAppI18n('fr')] } });
    expect((inclusion.find('#inclusion-peopleAccompanied').element as HTMLInputElement).value).toBe('3100');
    expect(inclusion.text()).toContain('Impact évité par le réemploi');
  });
});
