import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import NumberField from './NumberField.vue';
import { useInputErrorsStore } from '../../stores/inputErrors';
import { smallProject } from '../../../test/unit/helpers';

function mountField(props: Record<string, unknown>) {
  const pinia = createTestingPinia({ createSpy: vi.fn, stubActions: false, initialState: { project: { project: smallProject() } } });
  const wrapper = mount(NumberField, { props: { id: 'f', label: 'Part concernée', modelValue: '0.2', ...props }, global: { plugins: [pinia, createAppI18n('fr')] } });
  return { wrapper, errors: useInputErrorsStore(pinia) };
}

describe('NumberField', () => {
  it('shows a stored share in % with its unit, and stores what is typed as 0–1', async () => {
    const { wrapper } = mountField({ kind: 'percent' });
    const input = wrapper.get('input');
    expect(input.element.value).toBe('20');
    expect(wrapper.get('label').text()).toBe('Part concernée (%)');
    await input.setValue('35');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['0.35']);
  });

  it('refuses 120 % with a message tied to the field, writes nothing and marks the value as refused', async () => {
    const { wrapper, errors } = mountField({ kind: 'percent' });
    const input = wrapper.get('input');
    await input.setValue('120');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    expect(input.attributes('aria-invalid')).toBe('true');
    const error = wrapper.get('#f-error');
    expect(input.attributes('aria-describedby')).toContain('f-error');
    expect(error.text()).toBe('Saisissez un pourcentage entre 0 et 100 %. La valeur n’a pas été prise en compte : la valeur précédente reste utilisée.');
    expect(errors.get('f')?.raw).toBe('120');
    await input.setValue('100');
    expect(input.attributes('aria-invalid')).toBeUndefined();
    expect(errors.get('f')).toBeUndefined();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['1']);
  });

  it('stores whole numbers as numbers and refuses decimals in them', async () => {
    const { wrapper } = mountField({ kind: 'integer', modelValue: 12 });
    const input = wrapper.get('input');
    await input.setValue('2,5');
    expect(wrapper.get('#f-error').text()).toContain('Saisissez un nombre entier');
    await input.setValue('1 200');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([1200]);
  });

  it('shows the core’s error on the stored value when the typed value is accepted', () => {
    const { wrapper } = mountField({ error: 'Doit être positif.' });
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#f-error').text()).toBe('Doit être positif.');
  });

  it('shows again what was refused when the field comes back', () => {
    const first = mountField({ kind: 'percent' });
    first.errors.refuse({ id: 'g', step: undefined, label: 'x', message: 'Refusé.', raw: '150' });
    const again = mount(NumberField, { props: { id: 'g', label: 'x', modelValue: '0.2', kind: 'percent' }, global: { plugins: [first.wrapper.vm.$pinia, createAppI18n('fr')] } });
    expect(again.get('input').element.value).toBe('150');
    expect(again.get('#g-error').text()).toBe('Refusé.');
  });
});
