import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n';
import { useProjectStore } from '../../stores/project';
import InventoryEstimate from './InventoryEstimate.vue';
import { smallProject } from '../../../test/unit/helpers';

describe('the inventory estimate', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  describe('useProjectStore', () => {
    it('fills an empty inventory for 500 agents: 590 computers (500 × 1.18) and 600 monitors (500 × 1.2), flagged', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject({ inventory: [] }));
      expect(store.applyInventoryEstimate()).toBe(true);
      expect(store.project?.inventory).toEqual([
        { category: 'desktop', quantity: 590, status: 'in-service', perimeter: 'administration' },
        { category: 'monitor', quantity: 600, status: 'in-service', perimeter: 'administration' },
      ]);
      expect(store.project?.inventoryIsEstimate).toBe(true);
      expect(store.issues).toEqual([]);
    });

    it('never overwrites an existing inventory, nor estimates without agents', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject());
      expect(store.applyInventoryEstimate()).toBe(false);
      expect(store.project?.inventory).toHaveLength(2);
      await store.importProjectObject(smallProject({ id: 'project-no-agents', inventory: [], organisation: { ...smallProject().organisation, agents: 0 } }));
      expect(store.applyInventoryEstimate()).toBe(false);
      expect(store.project?.inventory).toEqual([]);
      expect(store.project?.inventoryIsEstimate).toBe(false);
    });

    it('clears the estimate back to an empty, non-estimated inventory', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject({ inventory: [] }));
      store.applyInventoryEstimate();
      store.clearInventoryEstimate();
      expect(store.project?.inventory).toEqual([]);
      expect(store.project?.inventoryIsEstimate).toBe(false);
    });
  });

  describe('InventoryEstimate', () => {
    it('offers the estimate on an empty inventory, then shows the banner, the ratios with their sources, and clears', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject({ inventory: [] }));
      const wrapper = mount(InventoryEstimate, { global: { plugins: [createAppI18n('fr')] } });
      const apply = wrapper.get('[data-testid="estimate-apply"]');
      expect(apply.text()).toBe('Estimer le parc pour 500 agents');
      await apply.trigger('click');
      await flushPromises();
      expect(store.project?.inventoryIsEstimate).toBe(true);
      expect(wrapper.get('h2').text()).toBe('Estimation');
      expect(wrapper.get('[data-testid="estimate-banner"]').text()).toContain('estimation pour 500 agents');
      const rows = wrapper.findAll('[data-testid="estimate-ratios"] tbody tr');
      expect(rows.map((row) => row.get('th').text())).toEqual(['Ordinateur fixe', 'Écran']);
      expect(rows[0]?.findAll('td')[0]?.text()).toBe('1,18');
      expect(rows[0]?.findAll('td')[1]?.text()).toBe('1,00 à 1,18');
      expect(rows[1]?.text()).toContain('Ecrans : s’ils fonctionnent, gardez-les !');
      expect(rows[1]?.get('a').attributes('href')).toBe('https://www.solutions-magazine.com/ecrans-sils-fonctionnent-gardez-les/');
      await wrapper.get('[data-testid="estimate-clear"]').trigger('click');
      await flushPromises();
      expect(store.project?.inventory).toEqual([]);
      expect(store.project?.inventoryIsEstimate).toBe(false);
      expect(wrapper.find('[data-testid="estimate-apply"]').exists()).toBe(true);
    });

    it('disables the button and says why when the number of agents is missing', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject({ inventory: [], organisation: { ...smallProject().organisation, agents: 0 } }));
      const wrapper = mount(InventoryEstimate, { global: { plugins: [createAppI18n('en')] } });
      expect(wrapper.get('[data-testid="estimate-apply"]').attributes('disabled')).toBeDefined();
      expect(wrapper.text()).toContain('First enter the number of agents');
    });

    it('is hidden when a real inventory is present', async () => {
      const store = useProjectStore();
      await store.importProjectObject(smallProject());
      const wrapper = mount(InventoryEstimate, { global: { plugins: [createAppI18n('fr')] } });
      expect(wrapper.find('[data-testid="inventory-estimate"]').exists()).toBe(false);
    });
  });
});
