import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { computeDistribution, computeFootprint, getFactorSet, parseProject } from '@reen/core';
import { createAppI18n } from '../../i18n';
import BilanUncertainty from './BilanUncertainty.vue';
import { smallProject } from '../../../test/unit/helpers';

describe('BilanUncertainty', () => {
  it('gives the reference value with its P5 – P95 interval and its percentile in words and figures, and what to measure first', () => {
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    const result = computeFootprint(parsed.data, getFactorSet(), { year: 2024, method: 'stock' });
    const distribution = computeDistribution(result);
    const wrapper = mount(BilanUncertainty, { props: { result, distribution }, global: { plugins: [createAppI18n('fr')] } });
    const headline = wrapper.get('[data-testid="bilan-headline"]').text();
    const percentile = Math.round(distribution.total.referencePercentile.co2eKg);
    expect(headline).toContain('90 % des 2\u202f000 simulations donnent entre');
    expect(headline).toContain(`La valeur de référence se situe au centile ${percentile} : ${percentile} % des simulations donnent moins, ${100 - percentile} % donnent plus.`);
    const rows = wrapper.findAll('[data-testid="bilan-sensitivity"] tbody tr');
    expect(rows).toHaveLength(distribution.sensitivity.byIndicator.co2eKg.length);
    expect(rows[0]?.find('th').text()).toBe(distribution.sensitivity.byIndicator.co2eKg[0]?.labelFr);
  });
});
