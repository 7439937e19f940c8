import { createTestingPinia } from '@pinia/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { getFactorSet } from '@reen/core';
import { createAppI18n } from '../../i18n';
import HostingDefault from './HostingDefault.vue';
import { smallProject } from '../../../test/unit/helpers';

function mountDefault(factorIds: string[]) {
  return mount(HostingDefault, {
    props: { id: 'x', factorIds },
    global: { plugins: [createTestingPinia({ createSpy: vi.fn, initialState: { project: { project: smallProject() } } }), createAppI18n('fr')] },
  });
}

describe('HostingDefault', () => {
  it('shows the factor set’s default PUE of a server room in French notation, with its source', () => {
    const row = getFactorSet('fr-2025.1').rows.find((r) => r.id === 'hosting.server-room.pue')!;
    const text = mountDefault(['hosting.server-room.pue']).text();
    expect(text).toContain(`Par défaut : ${String(row.value).replace(".", ",")}`);
    // The source is English in the factor data; it is named in French, as the documents name it.
    expect(row.source.publisher).toBe('Amazon Web Services (quoting IDC, January 2025)');
    expect(text).not.toContain('quoting IDC');
    expect(text).toContain(`— source : Amazon Web Services (citant IDC, janvier 2025), « Amazon Web Services, développement durable`);
    expect(text).toContain(`» (${row.source.year})`);
  });

  it('falls back to the generic cloud default, as the core does, for a provider without its own', () => {
    const other = getFactorSet('fr-2025.1').rows.find((r) => r.id === 'cloud.other.pue')!;
    expect(mountDefault(['cloud.ovhcloud.pue', 'cloud.other.pue']).text()).toContain(`Par défaut : ${String(other.value).replace(".", ",")}`);
  });

  it('says when the factor set has no default', () => {
    expect(mountDefault(['cloud.nowhere.pue']).text()).toBe('Valeur par défaut non disponible dans le jeu de facteurs.');
  });
});
