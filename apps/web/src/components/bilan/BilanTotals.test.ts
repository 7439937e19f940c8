import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { computeDistribution, computeFootprint, CO2E_PER_PERSON_DISPLAY, formatNumberFr, getFactorSet, INDICATORS, parseProject, roundForDisplay } from '@reen/core';
import { createAppI18n } from '../../i18n';
import BilanTotals from './BilanTotals.vue';
import { smallProject } from '../../../test/unit/helpers';

describe('BilanTotals', () => {
  it('shows every indicator with its exact total, its range and a trace button', () => {
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    const result = computeFootprint(parsed.data, getFactorSet(), { year: 2024, method: 'stock' });
    const wrapper = mount(BilanTotals, {
      props: { result },
      global: { plugins: [createTestingPinia({ createSpy: vi.fn }), createAppI18n('fr')] },
    });
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(INDICATORS.length);
    for (const indicator of INDICATORS) {
      const cell = wrapper.find(`tr[data-indicator="${indicator}"] .total`);
      expect(cell.attributes('data-value')).toBe(result.total[indicator].toFixed());
    }
    expect(wrapper.findAll('button.trace-button')).toHaveLength(INDICATORS.length);
    // The panel opens on the figure clicked: its name, its value and its unit.
    const kg = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(roundForDisplay(result.total.co2eKg, 0) as unknown as number);
    expect(wrapper.find('button.trace-button').attributes('aria-label')).toBe(`D’où vient ce chiffre ? — Gaz à effet de serre : ${kg} kg CO₂e`);
    // Without a distribution, no interval column.
    expect(wrapper.find('.interval').exists()).toBe(false);
  });

  it('shows the P5 – P95 interval of the Monte Carlo beside the range', () => {
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    const result = computeFootprint(parsed.data, getFactorSet(), { year: 2024, method: 'stock' });
    const distribution = computeDistribution(result);
    const wrapper = mount(BilanTotals, {
      props: { result, distribution: distribution.total },
      global: { plugins: [createTestingPinia({ createSpy: vi.fn }), createAppI18n('fr')] },
    });
    expect(wrapper.find('thead').text()).toContain('Intervalle P5 – P95');
    const cell = wrapper.find('tr[data-indicator="co2eKg"] .interval');
    expect(cell.attributes('data-p5')).toBe(distribution.total.p5.co2eKg.toFixed());
    expect(cell.attributes('data-p95')).toBe(distribution.total.p95.co2eKg.toFixed());
  });

  it('prints CO2e per agent and per inhabitant as the document does (one decimal, rounded half up)', () => {
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    const result = computeFootprint(parsed.data, getFactorSet(), { year: 2024, method: 'stock' });
    const wrapper = mount(BilanTotals, {
      props: { result },
      global: { plugins: [createTestingPinia({ createSpy: vi.fn }), createAppI18n('fr')] },
    });
    const cells = wrapper.findAll('tr[data-indicator="co2eKg"] td.num');
    const [perAgent, perInhabitant] = cells.slice(-2).map((cell) => cell.text());
    const document = (value: typeof result.total.co2eKg) => formatNumberFr(value, CO2E_PER_PERSON_DISPLAY.precision);
    expect(CO2E_PER_PERSON_DISPLAY.precision.decimals).toBe(1);
    expect(perAgent).toBe(document(result.perAgent!.co2eKg));
    expect(perInhabitant).toBe(document(result.perInhabitant!.co2eKg));
    // 416.0974825 kg / 500 agents = 0.832… kg; / 60 000 inhabitants = 0.0069… kg.
    expect(result.perAgent!.co2eKg.toFixed(3)).toBe('0.832');
    expect([perAgent, perInhabitant]).toEqual(['0,8', '0,0']);
  });
});
