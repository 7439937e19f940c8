import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWeights, introducesTable, isWideTable, LANDSCAPE_LINE_CHARS, landscapeFlags, TABLE_LINE_CHARS } from '../../src/document/layout';
import type { Block, Section } from '@reen/core';
import { findHeadingPages } from '../../src/document/office';

describe('columnWeights', () => {
  it('never makes a column narrower than its longest word (no « Plurian nuel »)', () => {
    const table = { columns: ['left', 'left', 'right', 'right', 'right', 'right'] as const, headerRows: [['Mesure', 'Calendrier', 'Fonctionnement', 'Investissement', 'Pluriannuel', 'Budget']], rows: [['Une mesure au titre assez long pour prendre de la place', 'du 1er janvier 2026 au 30 juin 2027', '10 000 €', '5 000 €', 'Pluriannuel', '15 000 €']] };
    const weights = columnWeights({ ...table, columns: [...table.columns] });
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Each column gets at least the room of its longest word on the 84-character line.
    expect(weights[2]! * TABLE_LINE_CHARS).toBeGreaterThanOrEqual('Fonctionnement'.length * 1.1);
    expect(weights[4]! * TABLE_LINE_CHARS).toBeGreaterThanOrEqual('Pluriannuel'.length);
  });

  it('sums to 1 for any table', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 40 }), { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const sum = columnWeights({ columns: ['left', 'left', 'right'], headerRows: [['a', 'b', 'c']], rows }).reduce((a, b) => a + b, 0);
        return Math.abs(sum - 1) < 1e-9;
      }),
    );
  });
});

describe('isWideTable', () => {
  const table = (header: string[], ...rows: string[][]) => ({ columns: header.map(() => 'left' as const), headerRows: [header], rows });

  it('keeps a table of six short number columns in portrait', () => {
    // On one line: 5 + 4 × 4 + 5 characters, plus 1,5 of padding each = 35, well under 84.
    expect(isWideTable(table(['Année', 'A', 'B', 'C', 'D', 'E'], ['2025', '61,7', '61,7', '61,7', '41,4', '143,2']))).toBe(false);
  });

  it('turns six columns to landscape when, one line per cell, they are more than 30 % wider than the page', () => {
    // « un deux trois quatre » is 20 characters: 6 × 21,5 = 129 > 84 × 1,3 = 109,2; its longest word
    // (6 + 1,5) × 6 = 45 fits, so only the width rule applies.
    const cells = Array.from({ length: 6 }, () => 'un deux trois quatre');
    expect(isWideTable(table(['a', 'b', 'c', 'd', 'e', 'f'], cells))).toBe(true);
    // Five such columns wrap in portrait: 5 × 21,5 = 107,5.
    expect(isWideTable(table(['a', 'b', 'c', 'd', 'e'], cells.slice(0, 5)))).toBe(false);
    // Six columns of 17 characters: 6 × 18,5 = 111 > 109,2.
    expect(isWideTable(table(['a', 'b', 'c', 'd', 'e', 'f'], Array.from({ length: 6 }, () => 'un deux trois qua')))).toBe(true);
    // Six columns of 16 characters: 6 × 17,5 = 105 ≤ 109,2.
    expect(isWideTable(table(['a', 'b', 'c', 'd', 'e', 'f'], Array.from({ length: 6 }, () => 'un deux trois qu')))).toBe(false);
  });

  it('turns any table to landscape when its longest words alone do not fit across a portrait page', () => {
    // The first column needs 1,1 (the bold « a ») + 1,5 = 2,6; an address of 80 characters needs 81,5:
    // 84,1 > 84. One character less: 83,1.
    const address = `https://example.org/${'a'.repeat(60)}`;
    expect(Array.from(address)).toHaveLength(80);
    expect(isWideTable(table(['a', 'b'], ['x', address]))).toBe(true);
    expect(isWideTable(table(['a', 'b'], ['x', address.slice(0, -1)]))).toBe(false);
  });

  it('never breaks a line at a French non-breaking space: « 74 % » is one word', () => {
    // 42 pairs « ab » joined by non-breaking spaces: one word of 42 × 3 − 1 = 125 characters.
    const joined = (space: string) => Array.from({ length: 42 }, () => 'ab').join(space);
    expect(isWideTable(table(['a', 'b'], ['x', joined('\u202F')]))).toBe(true);
    expect(isWideTable(table(['a', 'b'], ['x', joined('\u00A0')]))).toBe(true);
    expect(isWideTable(table(['a', 'b'], ['x', joined(' ')]))).toBe(false);
  });

  it('lays a landscape table out on the wider line: 84 × 26,1 / 17,4 = 126 characters', () => {
    expect(LANDSCAPE_LINE_CHARS).toBe(126);
    const wide = table(['a', 'b'], ['x'.repeat(60), 'y'.repeat(60)]);
    // Each column needs 61,5 characters for its one word: 123 fits in 126, not in 84 (where the
    // columns would only shrink down to their words and overflow).
    expect(columnWeights(wide, LANDSCAPE_LINE_CHARS)).toEqual([0.5, 0.5]);
  });
});

describe('landscapeFlags', () => {
  const para = (text: string): Block => ({ kind: 'paragraph', style: 'normal', runs: [{ text }] });
  const narrow: Block = { kind: 'table', caption: 'Étroit', columns: ['left', 'right'], headerRows: [['a', 'b']], rows: [['x', '1']] };
  const wide: Block = { kind: 'table', caption: 'Large', columns: ['left', 'left', 'left', 'left', 'left', 'left'], headerRows: [['a', 'b', 'c', 'd', 'e', 'f']], rows: [Array.from({ length: 6 }, () => 'un deux trois quatre')] };
  const sub: Section = { id: 's', title: 'Sous-partie', content: [para('Texte.')] };

  it('takes the lead-in paragraphs with the first wide block and keeps the rest of the section on landscape pages, up to a subsection', () => {
    expect(landscapeFlags([para('a'), para('b'), wide, narrow, para('c'), sub, para('d')])).toEqual([true, true, true, true, true, false, false]);
  });

  it('leaves a section without a wide block in portrait, and keeps the text before it there when it is more than paragraphs or more than three', () => {
    expect(landscapeFlags([para('a'), narrow, para('b')])).toEqual([false, false, false]);
    expect(landscapeFlags([para('a'), narrow, wide, para('b')])).toEqual([false, false, true, true]);
    expect(landscapeFlags([para('a'), para('b'), para('c'), para('d'), wide])).toEqual([false, false, false, false, true]);
    expect(landscapeFlags([sub, wide])).toEqual([false, true]);
  });
});

describe('findHeadingPages', () => {
  it('finds each heading on its own lines after the previous one, skipping the dotted lines of the table of contents', () => {
    const pages = ['Couverture', 'Sommaire\nSynthèse ........ 3\nContexte ........ 4', 'Le mot Contexte dans une phrase.\nSynthèse\nTexte', 'Contexte\nTexte'];
    expect(findHeadingPages(pages, ['Synthèse', 'Contexte', 'Absent'])).toEqual([3, 4, undefined]);
  });

  it('finds a title that wraps over two lines', () => {
    expect(findHeadingPages(['x', 'Fiche action 2 – Contrat d’électricité verte\npour l’Hôtel communautaire'], ['Fiche action 2 – Contrat d’électricité verte pour l’Hôtel communautaire'])).toEqual([2]);
  });
});

describe('introducesTable', () => {
  it('is true for a paragraph right before a table or a chart, false otherwise', () => {
    const intro = { kind: 'paragraph', style: 'normal', runs: [{ text: 'Intro' }] } as const;
    const t = { kind: 'table', caption: 'T', columns: ['left'], headerRows: [['A']], rows: [['1']] } as const;
    expect(introducesTable([intro, t] as never, 0)).toBe(true);
    expect(introducesTable([intro, intro, t] as never, 0)).toBe(false);
    expect(introducesTable([intro, t] as never, 1)).toBe(false);
  });
});
