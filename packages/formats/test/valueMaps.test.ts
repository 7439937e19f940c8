import { describe, expect, it } from 'vitest';
import { applyValueRules, importInventoryFiles, valueMapColumns } from '../src/inventory';
import type { ValueRule } from '../src/inventory';

const enc = (s: string) => new TextEncoder().encode(s);

// A GLPI-style export: the Entité path names the perimeter, a "Taille" column a printer class.
const GLPI = [
  'Nom;Type;Entité;Statut;Taille',
  'PC-1;Portable;Ville de Test > Écoles > Maternelle A;En service;',
  'PC-2;Portable;Ville de Test > Administration > DRH;En service;',
  'IMP-1;Imprimante;Ville de Test > Écoles;En service;27',
  'PC-3;Portable;Ville de Test > Médiathèque;En service;',
].join('\n');

describe('value maps', () => {
  it('rewrites a cell by the first matching rule, ignoring case and accents, and leaves other cells as they are', () => {
    const rules: ValueRule[] = [
      { match: 'contains', value: 'écoles', to: 'schools' },
      { match: 'segment', value: 'Administration', to: 'administration' },
      { match: 'equals', value: '27', to: 'medium' },
    ];
    expect(applyValueRules(rules, 'Ville > ECOLES > Maternelle')).toBe('schools');
    expect(applyValueRules(rules, 'Ville > Administration > DRH')).toBe('administration');
    expect(applyValueRules(rules, 'Administration centrale')).toBe('Administration centrale');
    expect(applyValueRules(rules, '27')).toBe('medium');
    expect(applyValueRules(rules, '270')).toBe('270');
    expect(applyValueRules(rules, '')).toBe('');
    expect(applyValueRules(rules, 'Ville > Police', 'administration')).toBe('administration');
    expect(applyValueRules(rules, '', 'administration')).toBe('');
    // "contains" matches whole words only.
    expect(applyValueRules([{ match: 'contains', value: 'cole', to: 'x' }], 'Écoles')).toBe('Écoles');
  });

  it('finds the column a value map reads, for fields without a mapped column', () => {
    const headers = ['Nom', 'Entité', 'Statut'];
    expect(valueMapColumns(headers, { perimeter: { column: 'entite', rules: [] } }, new Set())).toEqual([{ field: 'perimeter', index: 1, header: 'Entité' }]);
    expect(valueMapColumns(headers, { perimeter: { column: 'Entité', rules: [] } }, new Set(['perimeter']))).toEqual([]);
    expect(valueMapColumns(headers, { perimeter: { column: 'Absente', rules: [] } }, new Set())).toEqual([]);
  });

  it('reads the GLPI Entité path as a perimeter and a size "27" as a size class', async () => {
    const without = await importInventoryFiles([{ name: 'glpi.csv', bytes: enc(GLPI) }], { today: '2026-01-15', mapping: { Entité: 'perimeter', Taille: 'sizeClass' } });
    expect(without.counts).toMatchObject({ rowsRead: 4, accepted: 0 });
    const result = await importInventoryFiles([{ name: 'glpi.csv', bytes: enc(GLPI) }], {
      today: '2026-01-15',
      mapping: { Entité: 'site', Taille: 'sizeClass' },
      valueMaps: {
        perimeter: {
          column: 'Entité',
          rules: [
            { match: 'segment', value: 'Écoles', to: 'schools' },
            { match: 'contains', value: 'Administration', to: 'administration' },
            { match: 'contains', value: 'Médiathèque', to: 'public-services' },
          ],
        },
        sizeClass: { rules: [{ match: 'equals', value: '27', to: 'medium' }] },
      },
    });
    expect(result.counts).toMatchObject({ rowsRead: 4, accepted: 4, rejected: 0 });
    expect(result.items.map((item) => [item.source?.line, item.category, item.perimeter, item.sizeClass ?? '-', item.site])).toEqual([
      [2, 'laptop', 'schools', '-', 'Ville de Test > Écoles > Maternelle A'],
      [3, 'laptop', 'administration', '-', 'Ville de Test > Administration > DRH'],
      [4, 'printer', 'schools', 'medium', 'Ville de Test > Écoles'],
      [5, 'laptop', 'public-services', '-', 'Ville de Test > Médiathèque'],
    ]);
  });
});
