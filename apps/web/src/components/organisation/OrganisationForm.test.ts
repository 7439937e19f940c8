import { createPinia, setActivePinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppI18n } from '../../i18n';
import { createAppRouter } from '../../router';
import { loadProject } from '../../persistence/db';
import { useProjectStore } from '../../stores/project';
import { smallProject } from '../../../test/unit/helpers';
import OrganisationForm from './OrganisationForm.vue';

describe('OrganisationForm', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('saves the SIREN number as it is typed, without leaving the field, spaces removed', async () => {
    const project = useProjectStore();
    await project.importProjectObject(smallProject({ id: 'project-siren' }));
    const wrapper = mount(OrganisationForm, { global: { plugins: [createAppI18n('fr'), createAppRouter(createMemoryHistory())] }, attachTo: document.body });
    await wrapper.get('#org-siren').setValue('200 012 345');
    expect(project.project?.organisation.siren).toBe('200012345');
    await project.flush();
    expect((await loadProject('project-siren'))?.project['organisation']).toMatchObject({ siren: '200012345' });
    wrapper.unmount();
  });
});
