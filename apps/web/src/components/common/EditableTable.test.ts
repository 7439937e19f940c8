import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n';
import EditableTable from './EditableTable.vue';
import TextField from './TextField.vue';
import { smallProject } from '../../../test/unit/helpers';

interface Item {
  id: string;
  name: string;
}

/** A host with two items, a name editor and a validation refusing an empty name. */
function mountTable() {
  const rows = ref<Item[]>([
    { id: 'a', name: 'DSI' },
    { id: 'b', name: 'Achats' },
  ]);
  const saved: [Item, boolean][] = [];
  const removed: string[] = [];
  const Host = defineComponent(() => () =>
    h(
      EditableTable<Item>,
      {
        name: 'things',
        rows: rows.value,
        columns: [{ key: 'name', label: 'Nom', rowHeader: true }],
        caption: 'Choses',
        emptyText: 'Rien.',
        itemLabel: (row: Item) => row.name,
        newRow: () => ({ id: '', name: '' }),
        addLabel: 'Ajouter une chose',
        validate: (draft: Item) => (draft.name.trim() === '' ? { name: 'Nom obligatoire.' } : {}),
        onSave: (row: Item, isNew: boolean) => saved.push([row, isNew]),
        onRemove: (id: string) => removed.push(id),
      },
      {
        cell: ({ row }: { row: Item }) => row.name,
        editor: ({ draft, errors, prefix }: { draft: Item; errors: Record<string, string>; prefix: string }) =>
          h(TextField, { id: `${prefix}-name`, label: 'Nom', modelValue: draft.name, error: errors['name'], 'onUpdate:modelValue': (v: string | undefined) => (draft.name = v ?? '') }),
      },
    ),
  );
  const pinia = createTestingPinia({ createSpy: vi.fn, stubActions: false, initialState: { project: { project: smallProject() } } });
  const wrapper = mount(Host, { global: { plugins: [pinia, createAppI18n('fr')] }, attachTo: document.body });
  return { wrapper, saved, removed };
}

describe('EditableTable', () => {
  it('lists the rows with an edit and a delete button named after each row', () => {
    const { wrapper } = mountTable();
    expect(wrapper.findAll('tbody tr').map((r) => r.get('th').text())).toEqual(['DSI', 'Achats']);
    expect(wrapper.findAll('button').map((b) => b.attributes('aria-label') ?? b.text())).toEqual([
      'Modifier : DSI',
      'Supprimer : DSI',
      'Modifier : Achats',
      'Supprimer : Achats',
      'Ajouter une chose',
    ]);
    wrapper.unmount();
  });

  it('edits a row in place: the change is saved only on « Enregistrer », as a copy', async () => {
    const { wrapper, saved } = mountTable();
    await wrapper.get('#things-a-edit').trigger('click');
    const input = wrapper.get<HTMLInputElement>('#things-a-name');
    expect(input.element.value).toBe('DSI');
    await input.setValue('Direction du numérique');
    expect(saved).toEqual([]);
    await wrapper.get('#things-a-form').trigger('submit');
    expect(saved).toEqual([[{ id: 'a', name: 'Direction du numérique' }, false]]);
    expect(wrapper.find('#things-a-form').exists()).toBe(false);
    wrapper.unmount();
  });

  it('keeps the form open with the errors when the draft is refused, and cancels without saving', async () => {
    const { wrapper, saved } = mountTable();
    await wrapper.get('#things-add').trigger('click');
    await wrapper.get('#things-new-form').trigger('submit');
    expect(saved).toEqual([]);
    expect(wrapper.get('#things-new-name-error').text()).toBe('Nom obligatoire.');
    expect(wrapper.get('[role="alert"]').text()).toBe('Corrigez les champs signalés avant d’enregistrer.');
    await wrapper.get('#things-new-name').setValue('Écoles');
    await wrapper.get('#things-new-form').trigger('submit');
    expect(saved).toEqual([[{ id: '', name: 'Écoles' }, true]]);
    wrapper.unmount();
  });

  it('asks for a confirmation before deleting', async () => {
    const { wrapper, removed } = mountTable();
    await wrapper.get('[aria-label="Supprimer : Achats"]').trigger('click');
    expect(removed).toEqual([]);
    await wrapper.get('#things-b-confirm').trigger('click');
    expect(removed).toEqual(['b']);
    wrapper.unmount();
  });
});
