import { describe, expect, it } from 'vitest';
import { ChartSchema, DocumentSchema, listHeadings, TableSchema, walkDocument } from './model';
import type { ReenDocument } from './model';

const table = { kind: 'table', caption: 'Tableau', columns: ['left', 'right'], headerRows: [['A', 'B']], rows: [['x', '1']] } as const;

const doc = (): ReenDocument =>
  DocumentSchema.parse({
    lang: 'fr-FR',
    title: 'Titre',
    author: 'Ville',
    subject: '',
    cover: { organisation: 'Ville', title: 'Titre', date: '1er janvier 2025', lines: [] },
    tableOfContents: true,
    footer: '',
    sections: [
      { id: 'a', title: 'A', content: [{ kind: 'paragraph', runs: [{ text: 'texte' }] }, { id: 'a-1', title: 'A.1', content: [{ id: 'a-1-1', title: 'A.1.1', content: [table] }] }] },
      { id: 'b', title: 'B', content: [] },
    ],
  });

describe('DocumentSchema', () => {
  it('gives heading levels from the nesting depth, so no level can be skipped', () => {
    expect(listHeadings(doc()).map((h) => `${h.level}:${h.title}`)).toEqual(['1:A', '2:A.1', '3:A.1.1', '1:B']);
  });

  it('defaults paragraph style to normal', () => {
    const first = doc().sections[0]!.content[0]!;
    expect(first).toEqual({ kind: 'paragraph', style: 'normal', runs: [{ text: 'texte' }] });
  });

  it('only accepts the fr-FR language', () => {
    expect(DocumentSchema.safeParse({ ...doc(), lang: 'en-GB' }).success).toBe(false);
  });

  it('rejects a table row that does not have one cell per column', () => {
    const result = TableSchema.safeParse({ ...table, rows: [['x']] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('table_row_width');
  });

  it('rejects section ids that are not anchors', () => {
    expect(DocumentSchema.safeParse({ ...doc(), sections: [{ id: 'Bad id', title: 'X', content: [] }] }).success).toBe(false);
  });

  it('rejects links that are not http(s)', () => {
    const bad = { ...doc(), sections: [{ id: 'a', title: 'A', content: [{ kind: 'paragraph', runs: [{ text: 'x', href: 'javascript:alert(1)' }] }] }] };
    expect(DocumentSchema.safeParse(bad).success).toBe(false);
  });

  it('requires charts to have alt text, one value and one label per category, and pies to be one non-negative series', () => {
    const chart = {
      kind: 'chart',
      type: 'pie',
      title: 'Parts',
      alt: 'Deux parts',
      unit: 't CO2e',
      categories: ['a', 'b'],
      series: [{ name: 's', values: ['1', '2'], labels: ['1', '2'] }],
      table,
    };
    expect(ChartSchema.safeParse(chart).success).toBe(true);
    expect(ChartSchema.safeParse({ ...chart, alt: '' }).success).toBe(false);
    expect(ChartSchema.safeParse({ ...chart, series: [{ name: 's', values: ['1'], labels: ['1'] }] }).success).toBe(false);
    expect(ChartSchema.safeParse({ ...chart, series: [{ name: 's', values: ['-1', '2'], labels: ['1', '2'] }] }).success).toBe(false);
  });
});

describe('walkDocument', () => {
  it('visits sections and blocks in reading order with the level of their section', () => {
    const seen: string[] = [];
    walkDocument(doc().sections, (node) => seen.push('section' in node ? `h${node.level} ${node.section.title}` : `${node.block.kind}@${node.level}`));
    expect(seen).toEqual(['h1 A', 'paragraph@1', 'h2 A.1', 'h3 A.1.1', 'table@3', 'h1 B']);
  });
});
