import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { getFactorSet } from '@reen/core';
import { createAppI18n } from '../../i18n';
import BilanTraceDialog from './BilanTraceDialog.vue';
import { useTracePanel } from '../../composables/useTracePanel';
import { smallProject } from '../../../test/unit/helpers';

describe('BilanTraceDialog', () => {
  it('shows the clicked figure’s factors in French, grouped by source, with the ids only in « détails techniques »', async () => {
    const rows = getFactorSet('fr-2025.1').rows;
    const laptop = rows.find((r) => r.id === 'device.laptop.manufacturing.co2eKg')!;
    const wrapper = mount(BilanTraceDialog, {
      global: { plugins: [createTestingPinia({ createSpy: vi.fn, initialState: { project: { project: smallProject() } } }), createAppI18n('fr')] },
      attachTo: document.body,
    });
    useTracePanel().open('Gaz à effet de serre : 416 kg CO₂e', { factors: [laptop.id], assumptions: [], fallbacks: [] });
    await nextTick();
    await nextTick();
    expect(wrapper.get('#trace-title').text()).toBe('D’où vient ce chiffre : Gaz à effet de serre : 416 kg CO₂e');
    const group = wrapper.get('[data-testid="trace-source"]');
    expect(group.get('h4').text()).toBe(`Source : ${laptop.source.publisher}, « ${laptop.source.title} » (${laptop.source.year})`);
    const value = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 }).format(laptop.value as unknown as number);
    expect(group.get('li').text()).toBe(`Ordinateur portable — émissions de gaz à effet de serre, fabrication : ${value} kg CO2e par équipement`);
    expect(group.text()).not.toContain(laptop.id);
    expect(wrapper.get('details.trace-technical').text()).toContain(laptop.id);
    useTracePanel().close();
    wrapper.unmount();
  });
});
