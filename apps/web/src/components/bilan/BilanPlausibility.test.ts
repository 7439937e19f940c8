import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { assessPlausibility, computeFootprint, getFactorSet, parseProject } from '@reen/core';
import { createAppI18n } from '../../i18n';
import BilanPlausibility from './BilanPlausibility.vue';
import { smallProject } from '../../../test/unit/helpers';

describe('BilanPlausibility', () => {
  it('shows per agent against the band, per inhabitant against the national figure and devices per agent, with caveats and sources', () => {
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    const project = parsed.data;
    const result = computeFootprint(project, getFactorSet(), { year: 2024, method: 'stock' });
    const plausibility = assessPlausibility(result, project.organisation);
    const wrapper = mount(BilanPlausibility, { props: { plausibility }, global: { plugins: [createAppI18n('fr')] } });
    const perAgent = wrapper.find('tr[data-row="per-agent"]');
    expect(perAgent.text()).toContain('230 – 460 kg CO₂e');
    expect(perAgent.find('a').attributes('href')).toBe('https://www.greenit.fr/2021/11/01/numerique-au-bureau-27-de-notre-forfait-ges-soutenable/');
    // 29.5 Mt ÷ 68,043,000 inhabitants = 433.5 kg, shown rounded to the unit.
    expect(wrapper.find('tr[data-row="per-inhabitant"]').text()).toContain('434 kg CO₂e');
    expect(wrapper.find('tr[data-row="devices-computers"]').text()).toContain('1,00 – 1,18');
    expect(wrapper.text()).toContain('Un résultat sous la fourchette signale d’abord un périmètre plus étroit');
  });
});
