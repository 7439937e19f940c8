import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE } from '../../test/document/demo';
import { editionFr, factorSetEditionFr, methodEditionFr } from './editionsFr';
import { buildTechnicalAnnexDocumentFromProject, buildYearlyBilanDocumentFromProject } from './fromProject';

describe('version codes worded for documents', () => {
  it('words factor sets, methods and questionnaires by edition year', () => {
    expect(factorSetEditionFr('fr-2025.1')).toBe('facteurs REEN kit France, édition 2025');
    expect(factorSetEditionFr('fr-2026.2')).toBe('facteurs REEN kit France, édition 2026, révision 2');
    expect(methodEditionFr('reen-2026.1')).toBe('méthode REEN kit, édition 2026');
    expect(editionFr('2026.1')).toBe('édition 2026');
    expect(editionFr('brouillon')).toBe('brouillon');
  });

  it('prints editions, not codes, in the RDD and on the annex cover', () => {
    const d = demo();
    const plain = (value: unknown) => JSON.stringify(value).replace(/[\u00a0\u202f]/g, ' ');
    const rdd = plain(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE }));
    expect(rdd).toContain('est calculé avec les facteurs REEN kit France, édition 2025 selon la méthode dite « stock »');
    expect(rdd).not.toContain('2025.1');
    // The RDD is a chapter: its « Territoire » part runs on after « Méthode », without a page break.
    expect(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE }).sections.find((s) => s.id === 'territoire')?.pageBreakBefore).toBeUndefined();
    const annex = buildTechnicalAnnexDocumentFromProject(d.project, { date: DEMO_DATE });
    expect(annex.cover?.lines).toEqual(['Bilan 2025, méthode REEN kit, édition 2026']);
  }, 30_000);
});
