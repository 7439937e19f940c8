import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE } from '../../test/document/demo';
import { buildYearlyBilan } from '../strategy/yearlyBilan';
import { StrategySchema } from '../strategy/schema';
import { buildYearlyBilanDocument } from './buildYearlyBilanDocument';
import { isSection, listHeadings, walkDocument } from './model';
import type { ReenDocument, Section, Table } from './model';

const show = (text: string) => text.replaceAll('\u202F', '_').replaceAll('\u00A0', '~');

function tablesOf(document: ReenDocument, title: string): Table[] {
  let section: Section | undefined;
  walkDocument(document.sections, (node) => {
    if ('section' in node && node.section.title.replace(/[\u00A0\u202F]/g, ' ') === title) section = node.section;
  });
  return (section?.content ?? []).flatMap((b) => (isSection(b) ? [] : b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.table] : []));
}

const strategy = (entityKind: 'commune' | 'epci' | 'metropole') =>
  StrategySchema.parse({
    version: 1,
    legal: { entityKind },
    baselineYear: 2024,
    horizonYear: 2030,
    indicators: [{ id: 'f', label: 'Part des agents formés', kind: 'agents-trained-share', direction: 'increase', values: [{ year: 2025, value: '20' }, { year: 2026, value: '25' }] }],
    objectives: [{ id: 'o', label: 'Former 60 % des agents', indicatorId: 'f', axis: 'awareness', kind: 'multi-year', baseline: { year: 2024, value: '10' }, target: { year: 2028, mode: 'absolute', value: '60' } }],
    measures: [
      { id: 'a', title: 'Formation', axis: 'awareness', status: 'done', end: '2026-06-30', notes: [{ year: 2026, text: '300 agents formés.' }] },
      { id: 'b', title: 'Achats reconditionnés', axis: 'procurement', status: 'in-progress', end: '2026-03-31' },
    ],
  });

describe('buildYearlyBilanDocument', () => {
  const method = (document: ReenDocument): string => {
    let text = '';
    walkDocument(document.sections, (node) => {
      if ('block' in node && node.block.kind === 'paragraph' && node.block.runs[0]!.text.startsWith('Ce chapitre')) text = node.block.runs[0]!.text;
    }, 2);
    return text;
  };

  it('prints the RDD legal reference of the entity kind', () => {
    const text = (kind: 'commune' | 'epci' | 'metropole') => {
      const s = strategy(kind);
      return show(method(buildYearlyBilanDocument({ organisation: { name: 'Ville de Tours' }, strategy: s, bilan: buildYearlyBilan(s, 2026) }, { date: '2026-12-01' })));
    };
    expect(text('commune')).toContain('de la Ville de Tours');
    expect(text('commune')).toContain('présenté par le maire avant le débat budgétaire (article L. 2311\u20111\u20111 du code général des collectivités territoriales).');
    expect(text('epci')).toContain('(article L. 2311\u20111\u20111 du code général des collectivités territoriales, dernier alinéa)');
    expect(text('metropole')).toContain('(article L. 5217\u201110\u20112 du code général des collectivités territoriales)');
  });

  it('is a chapter: no cover, headings from level 2, no table of contents', () => {
    const s = strategy('commune');
    const document = buildYearlyBilanDocument({ organisation: { name: 'X' }, strategy: s, bilan: buildYearlyBilan(s, 2026) }, { date: '2026-12-01' });
    expect([document.cover, document.tableOfContents, document.topHeadingLevel]).toEqual([undefined, false, 2]);
    expect(listHeadings(document).map((h) => [h.level, h.title.replace(/\u202F|\u00A0/g, ' ')])).toEqual([
      [2, 'Bilan 2026 de la stratégie numérique responsable'],
      [3, 'Faits marquants'],
      [3, 'Indicateurs et objectifs'],
      [3, 'Avancement des mesures au 31 décembre 2026'],
      [3, 'Budget 2026'],
      [3, 'Priorités pour 2027'],
      [3, 'Méthode'],
    ]);
  });

  it('gives per indicator the baseline, N−1, N and the target, shares changing in points', () => {
    const s = strategy('commune');
    const document = buildYearlyBilanDocument({ organisation: { name: 'X' }, strategy: s, bilan: buildYearlyBilan(s, 2026) }, { date: '2026-12-01' });
    const [indicators, objectives] = tablesOf(document, 'Indicateurs et objectifs');
    expect(indicators!.headerRows).toEqual([['Indicateur', 'Référence 2024', '2025', '2026', 'Évolution sur un an', 'Cible']]);
    // 20 % → 25 %: +5 points (not +25 %).
    expect(indicators!.rows.map((r) => r.map(show))).toEqual([['Part des agents formés', '–', '20,0_%', '25,0_%', '+5~points', '60,0_% en 2028']]);
    // 10 % in 2024 → 60 % in 2028: 35 % expected in 2026, 25 % recorded is behind.
    expect(objectives!.rows.map((r) => r.map(show))).toEqual([['Former 60_% des agents', '2024~: 10,0_%', '2026~: 25,0_%', '2028~: 60,0_%', 'En retard sur la cible']]);
  });

  it('gives the measures’ status at 31 December of N, budget spent against planned, and the priorities of N+1', () => {
    const d = demo();
    const chapters = new Map([2025, 2026].map((year) => [year, buildYearlyBilanDocument({ organisation: d.organisation, strategy: d.strategy, bilan: buildYearlyBilan(d.strategy, year, { trajectory: d.trajectory }) }, { date: DEMO_DATE })]));
    const chapter = (year: number) => chapters.get(year)!;
    const status = (year: number) => tablesOf(chapter(year), `Avancement des mesures au 31 décembre ${year}`)[0]!.rows.find((r) => r[0]!.startsWith('Acheter 30'))![3];
    expect([status(2025), status(2026)]).toEqual(['À venir', 'En retard']);
    const [budget] = tablesOf(chapter(2026), 'Budget 2026');
    // Planned 6 000 + 5 000 + 4 000 + 3 000 + 8 000 + 10 000; spent 6 100 + 0 + 3 800 + 2 900 + 7 500 + 9 000.
    expect(budget!.rows.at(-1)!.map(show)).toEqual(['Total', '36_000~€', '29_300~€']);
    let priorities: string[] = [];
    walkDocument(chapter(2026).sections, (node) => {
      if ('block' in node && node.block.kind === 'list') priorities = node.block.items.map((i) => i.map((r) => r.text).join(''));
    }, 2);
    expect(show(priorities[0]!)).toContain('Rattraper le retard de la mesure «~Acheter 30_% de postes reconditionnés~»');
  }, 30_000);

  it('says when year N reuses the inventory of N−1, and prints one total per year', () => {
    const d = demo();
    const document = buildYearlyBilanDocument({ organisation: d.organisation, strategy: d.strategy, bilan: d.bilan2026 }, { date: DEMO_DATE });
    const [highlights] = (() => {
      const lists: string[][] = [];
      walkDocument(document.sections, (node) => {
        if ('block' in node && node.block.kind === 'list') lists.push(node.block.items.map((i) => i.map((r) => r.text).join('')));
      }, 2);
      return lists;
    })();
    expect(highlights!.some((h) => h.startsWith('L’inventaire des équipements n’a pas été mis à jour pour 2026'))).toBe(true);
    const total = /(\d+,\d)\u00A0t\u00A0CO2e/.exec(highlights!.find((h) => h.startsWith('Émissions'))!)![1];
    const [indicators] = tablesOf(document, 'Indicateurs et objectifs');
    expect(indicators!.rows[0]![2]).toBe(`${total}\u00A0t\u00A0CO2e`);
    expect(document.draft).toBe(false);
  });
});
