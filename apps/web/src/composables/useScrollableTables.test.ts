import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createAppI18n } from '../i18n';
import { useScrollableTables } from './useScrollableTables';

const Page = defineComponent({
  setup() {
    useScrollableTables();
    return () =>
      h('section', { 'aria-labelledby': 'plan-title' }, [
        h('h2', { id: 'plan-title' }, 'Plan de mesures'),
        h('div', { class: 'table-wrap', id: 'no-caption' }, [h('table', [h('tbody', [h('tr', [h('td', '1')])])])]),
        h('div', { class: 'table-wrap', id: 'with-caption' }, [h('table', [h('caption', 'Budget par année'), h('tbody', [h('tr', [h('td', '2')])])])]),
      ]);
  },
});

describe('useScrollableTables', () => {
  it('names a table box apart from its section (no two regions with one name), by its caption when it has one', async () => {
    const wrapper = mount(Page, { global: { plugins: [createAppI18n('fr')] }, attachTo: document.body });
    await nextTick();
    const box = wrapper.get('#no-caption');
    expect(box.attributes('role')).toBe('region');
    expect(box.attributes('tabindex')).toBe('0');
    expect(box.attributes('aria-label')).toBe('Tableau : Plan de mesures');
    expect(wrapper.get('#with-caption').attributes('aria-label')).toBe('Budget par année');
    wrapper.unmount();
  });
});
