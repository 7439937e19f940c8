import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWeights, TABLE_LINE_CHARS } from '../../src/document/layout';
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

describe('findHeadingPages', () => {
  it('finds each heading on its own lines after the previous one, skipping the dotted lines of the table of contents', () => {
    const pages = ['Couverture', 'Sommaire\nSynthèse ........ 3\nContexte ........ 4', 'Le mot Contexte dans une phrase.\nSynthèse\nTexte', 'Contexte\nTexte'];
    expect(findHeadingPages(pages, ['Synthèse', 'Contexte', 'Absent'])).toEqual([3, 4, undefined]);
  });

  it('finds a title that wraps over two lines', () => {
    expect(findHeadingPages(['x', 'Fiche action 2 – Contrat d’électricité verte\npour l’Hôtel communautaire'], ['Fiche action 2 – Contrat d’électricité verte pour l’Hôtel communautaire'])).toEqual([2]);
  });
});
