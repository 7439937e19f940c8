import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import OrganisationObligation from './OrganisationObligation.vue';
import { smallProject } from '../../../test/unit/helpers';

function mountWith(kind: 'commune' | 'epci' | 'metropole' | 'other', population: number, locale: 'fr' | 'en' = 'fr') {
  const base = smallProject();
  const project = { ...base, organisation: { ...base.organisation, kind, population } };
  return mount(OrganisationObligation, {
    global: { plugins: [createTestingPinia({ createSpy: vi.fn, initialState: { project: { project } } }), createAppI18n(locale)] },
  });
}

describe('OrganisationObligation', () => {
  it('says the REEN law applies to a commune over 50,000 inhabitants and lists the deadlines', () => {
    const wrapper = mountWith('commune', 50001);
    expect(wrapper.find('.obligation').text()).toBe('La loi REEN s’applique : Commune de plus de 50 000 habitants.');
    const items = wrapper.findAll('.deadlines li').map((li) => li.text());
    expect(items[0]).toContain('1er janvier 2023 —');
    expect(items[1]).toContain('1er janvier 2025 —');
  });

  it('applies to EPCI and métropoles, strictly above the threshold', () => {
    expect(mountWith('epci', 72000).find('.obligation--applies').exists()).toBe(true);
    expect(mountWith('metropole', 500000).find('.obligation--applies').exists()).toBe(true);
    expect(mountWith('commune', 50000).find('.obligation--below-threshold').exists()).toBe(true);
  });

  it('says the approach is voluntary for other bodies, in English too', () => {
    const wrapper = mountWith('other', 900000, 'en');
    expect(wrapper.find('.obligation').text()).toBe(
      'The REEN law covers communes and EPCI with their own taxation over 50,000 inhabitants; for another body, the approach is voluntary.',
    );
  });
});
