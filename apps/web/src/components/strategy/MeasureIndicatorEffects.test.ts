import { createPinia, setActivePinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoProjectFile } from '@reen/core/demo';
import { createAppI18n } from '../../i18n';
import { useProjectStore } from '../../stores/project';
import { useStrategyStore } from '../../stores/strategy';
import MeasureIndicatorEffects from './MeasureIndicatorEffects.vue';

describe('MeasureIndicatorEffects', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('lists a measure’s expected effects, adds one, and the objective’s status follows the core', async () => {
    await useProjectStore().importProjectObject(structuredClone(demoProjectFile));
    const strategy = useStrategyStore();
    const measure = () => strategy.measureDraft('m6')!;
    const wrapper = mount(MeasureIndicatorEffects, { props: { measure: measure(), prefix: 'm-m6' }, global: { plugins: [createAppI18n('fr')] } });
    // Under the plan's h2 (the measure's card has no heading): an h3, no level skipped.
    expect(wrapper.find('h4').exists()).toBe(false);
    expect(wrapper.find('h3').exists()).toBe(true);
    // The demo's mediation measure: +900 people accompanied by 2030.
    expect(wrapper.findAll('tbody tr').map((r) => [r.get('th').text(), ...r.findAll('td').slice(0, 2).map((c) => c.text())])).toEqual([
      ['Personnes accompagnées par la médiation numérique dans l’année', '2030', '900,00'],
    ]);
    const o5 = () => strategy.tracking.find((t) => t.objectiveId === 'o5')!;
    // 3,100 + 900 = 4,000: the target is reached.
    expect([o5().plan?.projected.toFixed(), o5().plan?.reaches]).toEqual(['4000', true]);
    // Only the recorded indicators are offered (not the footprint ones).
    await wrapper.get('#m-m6-effects-add').trigger('click');
    const options = wrapper.findAll('#m-m6-effects-new-indicator option').map((o) => o.text());
    expect(options).toEqual(['Part des agents sensibilisés dans l’année', 'Part des services en ligne avec une déclaration d’écoconception publiée', 'Personnes accompagnées par la médiation numérique dans l’année']);
    await wrapper.get('#m-m6-effects-new-indicator').setValue('accompagnes');
    await wrapper.get('#m-m6-effects-new-year').setValue('2030');
    await wrapper.get('#m-m6-effects-new-change').setValue('-300');
    await wrapper.get('#m-m6-effects-new-form').trigger('submit');
    expect(measure().indicatorEffects).toEqual([
      { indicatorId: 'accompagnes', year: 2030, change: '900' },
      { indicatorId: 'accompagnes', year: 2030, change: '-300' },
    ]);
    // 3,100 + 900 − 300 = 3,700: 300 missing.
    expect([o5().plan?.projected.toFixed(), o5().plan?.gap.toFixed(), o5().plan?.reaches]).toEqual(['3700', '300', false]);
    wrapper.unmount();
  });
});
