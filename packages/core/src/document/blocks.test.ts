import { describe, expect, it } from 'vitest';
import { wordTraceNote } from './blocks';

describe('wordTraceNote', () => {
  it('words engine notes in French for a published document: no factor id, no instruction, French names', () => {
    expect(wordTraceNote({ code: 'cloud_provider_default', params: { provider: 'ovhcloud', factorId: 'cloud.other.pue' } })).toBe('Cloud OVHcloud : pas de coefficient propre au fournisseur, coefficient générique utilisé.');
    expect(wordTraceNote({ code: 'usage_excludes_terminals', params: { item: 'videoConference' } })).toBe('Usage visioconférence : facteur limité aux réseaux et centres de données, les terminaux étant comptés dans le parc.');
    expect(wordTraceNote({ code: 'electricity_vintage', params: { country: 'FRA', vintage: 2025 } })).toBe('Électricité France : facteur du millésime 2025.');
    const lifetime = wordTraceNote({ code: 'lifetime_default', params: { category: 'desktop', years: '6', factorId: 'device.desktop.lifetimeYears' } });
    expect(lifetime).not.toMatch(/Renseignez|device\.|lifetimeYears/);
    expect(lifetime).toContain('Ordinateurs fixes');
  });
});
