import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { demoProjectFile } from '@reen/core/demo';
import { createAppI18n } from '../i18n';
import { useProjectStore } from '../stores/project';
import { useStrategyDocuments } from './useStrategyDocuments';

describe('useStrategyDocuments', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('puts the territory chapter in the app’s strategy document, as the CLI does', async () => {
    await useProjectStore().importProjectObject(structuredClone(demoProjectFile));
    await flushPromises();
    let documents: ReturnType<typeof useStrategyDocuments> | undefined;
    const wrapper = mount(
      defineComponent({
        setup() {
          documents = useStrategyDocuments();
          return () => null;
        },
      }),
      { global: { plugins: [createAppI18n('fr')] } },
    );
    const document = documents!.strategyDocument.value!;
    const ids = document.sections.map((section) => section.id);
    const chapter = document.sections.find((section) => section.id === 'territoire');
    expect(chapter?.title).toBe('Territoire, entités, écoconception et inclusion');
    const text = JSON.stringify(chapter);
    expect(text).toContain('Le numérique sur le territoire');
    expect(text).toContain('Beau Pays Nord');
    expect(ids.filter((id) => id === 'territoire')).toHaveLength(1);
    wrapper.unmount();
  });
});
