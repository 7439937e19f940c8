import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { computeDistribution, computeFootprint, getFactorSet, parseProject, referencePositionWordingFr } from '@reen/core';
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
    const kinds = { factor: 'Facteur d’impact', lifetime: 'Durée de vie par défaut', hypothesis: 'Hypothèse ou valeur de repli' };
    expect(rows.map((row) => row.find('td').text())).toEqual(distribution.sensitivity.byIndicator.co2eKg.map((entry) => kinds[entry.kind]));
  });

  it('says why the reference sits low in its distribution, worded by the core', () => {
    // The small project: laptops and monitors, whose manufacturing central values (ADEME) are the
    // low ends of their published ranges and whose default lifetimes are the long ends, so the
    // reference sits at a low percentile.
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    const result = computeFootprint(parsed.data, getFactorSet(), { year: 2024, method: 'stock' });
    const distribution = computeDistribution(result);
    const wording = referencePositionWordingFr(distribution);
    const wrapper = mount(BilanUncertainty, { props: { result, distribution }, global: { plugins: [createAppI18n('fr')] } });
    expect(wording?.summary).toMatch(/^La valeur de référence retient, pour chaque facteur, sa valeur centrale/);
    expect(wrapper.get('[data-testid="bilan-reference-position"]').text()).toBe(wording?.summary);
    expect(wrapper.findAll('[data-testid="bilan-reference-drivers"] li').map((li) => li.text())).toEqual([...(wording?.drivers ?? [])]);
    // Below a tonne the amounts are in kg; the laptops' default lifetime is the long end of its range.
    expect(wording?.drivers[0]).toMatch(/^Ordinateurs portables : durée de vie par défaut \(\+\d+\u00a0kg\u00a0CO2e en moyenne\), car la durée de vie de référence est la plus longue de la fourchette/);
  });
});
