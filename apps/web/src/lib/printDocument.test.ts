import { describe, expect, it, vi } from 'vitest';
import { buildStrategyDocumentFromProject, parseProject } from '@reen/core';
import { demoProjectFile } from '@reen/core/demo';
import { printDocument } from './printDocument';

describe('printDocument', () => {
  it('puts the HTML export of the demo’s strategy in the print window, its CSS as a style sheet (no inline <style>), then prints', async () => {
    const parsed = parseProject(structuredClone(demoProjectFile));
    if (!parsed.success) throw new Error('invalid demo');
    const doc = buildStrategyDocumentFromProject(parsed.data, { date: '2026-12-01' });
    const view = document.implementation.createHTMLDocument('');
    const target = { document: view, CSSStyleSheet: window.CSSStyleSheet, focus: vi.fn(), print: vi.fn() } as unknown as Window;
    await printDocument(doc, target);
    expect(view.documentElement.getAttribute('lang')).toBe('fr-FR');
    expect(view.title).toBe('Stratégie numérique responsable – Communauté d’agglomération de Beau Pays');
    expect(view.querySelectorAll('style')).toHaveLength(0);
    const css = [...view.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n');
    expect(css).toContain('@media print');
    expect([...view.querySelectorAll('main h2')].map((h) => h.textContent)).toContain('Gouvernance et co-construction');
    expect(target.print).toHaveBeenCalledTimes(1);
  });
});
