import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE } from '../../test/document/demo';
import { buildYearlyBilan } from '../strategy/yearlyBilan';
import { StrategySchema } from '../strategy/schema';
import { wordTraceNote } from './blocks';
import { buildYearlyBilanDocument } from './buildYearlyBilanDocument';
import { isSection, listHeadings, walkDocument } from './model';
import type { ReenDocument, Section, Table } from './model';

const show = (text: string) => text.replaceAll('\u202F', '_').replaceAll('\u00A0', '~');

function tablesOf(document: ReenDocument, title: string): Table[] {
  let section: Section | undefined;
  walkDocument(document.sections, (node) => {
    if ('section' in node && node.section.title === title) section = node.section;
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
  it('prints the RDD legal reference of the entity kind', () => {
    const text = (kind: 'commune' | 'epci' | 'metropole') => {
      const s = strategy(kind);
      const document = buildYearlyBilanDocument({ organisation: { name: 'X' }, strategy: s, bilan: buildYearlyBilan(s, 2026) }, { date: '2026-12-01' });
      const first = document.sections[0]!.content[0]!;
      return !isSection(first) && first.kind === 'paragraph' ? first.runs[0]!.text : '';
    };
    expect(text('commune')).toContain('présenté par le maire avant le débat budgétaire, en application de l’article L. 2311-1-1 du code général des collectivités territoriales.');
    expect(text('epci')).toContain('en application de l’article L. 2311-1-1 du code général des collectivités territoriales, dernier alinéa.');
    expect(text('metropole')).toContain('en application de l’article L. 5217-10-2 du code général des collectivités territoriales.');
  });

  it('gives the indicators for N−1 and N against their targets, and the measures done and late', () => {
    const s = strategy('commune');
    const document = buildYearlyBilanDocument({ organisation: { name: 'X' }, strategy: s, bilan: buildYearlyBilan(s, 2026) }, { date: '2026-12-01' });
    const [indicators, objectives] = tablesOf(document, 'Indicateurs et objectifs');
    expect(indicators!.headerRows).toEqual([['Indicateur', '2025', '2026', 'Évolution', 'Cible']]);
    expect(indicators!.rows.map((r) => r.map(show))).toEqual([['Part des agents formés', '20,0_%', '25,0_%', '+5~points', '2028 : 60,0_%']]);
    expect(objectives!.rows.map((r) => r.map(show))).toEqual([['Former 60 % des agents', '2028 : 60,0_%', '2026 : 25,0_%', 'En écart']]);
    expect(tablesOf(document, 'Mesures réalisées')[0]!.rows).toEqual([['Formation', 'Politique de sensibilisation au numérique responsable et à la sécurité informatique à destination des élus et des agents publics', '–', '30 juin 2026', 'Réalisée', '300 agents formés.']]);
    expect(tablesOf(document, 'Mesures en retard')[0]!.rows.map((r) => r[0])).toEqual(['Achats reconditionnés']);
    expect(document.cover.title).toBe('Bilan annuel 2026 de la stratégie numérique responsable');
  });

  it('says why there is no year-on-year change when N−1 is missing', () => {
    const s = strategy('commune');
    const bilan = buildYearlyBilan(s, 2026);
    expect(bilan.notes.map(wordTraceNote)).toEqual([]);
    const d = demo();
    const withMissing = buildYearlyBilan({ ...d.strategy, bilan: { ...d.strategy.bilan, footprint: undefined, history: [] } }, 2026, { current: d.result2026 });
    expect(withMissing.notes.map(wordTraceNote)).toEqual(['Aucun bilan 2025 n’est enregistré : pas de variation sur un an.']);
  });

  it('builds the demo chapter with a clean heading hierarchy and the footprint of N against N−1', () => {
    const d = demo();
    const document = buildYearlyBilanDocument({ organisation: d.organisation, strategy: d.strategy, bilan: d.bilan2026, footprint: d.result2026, factorSet: d.factorSet }, { date: DEMO_DATE });
    const headings = listHeadings(document);
    headings.forEach((h, i) => expect(h.level <= (headings[i - 1]?.level ?? 0) + 1).toBe(true));
    expect(document.sections.map((s) => s.title)).toEqual(['Cadre légal', 'Indicateurs et objectifs', 'Empreinte environnementale 2026', 'Avancement des mesures', 'Annexe méthodologique']);
    const [footprint] = tablesOf(document, 'Empreinte environnementale 2026');
    expect(footprint!.headerRows).toEqual([['Indicateur', '2025', '2026', 'Évolution']]);
  });
});

describe('wordTraceNote', () => {
  it('words engine notes in French with category labels and French numbers, keeping years and ids', () => {
    expect(show(wordTraceNote({ code: 'use_default', params: { category: 'laptop', kwh: '29.0175' } }))).toBe(
      'Ordinateurs portables : consommation absente, 29,02 kWh par an par défaut. Renseignez un profil d’usage ou une consommation mesurée.',
    );
    expect(wordTraceNote({ code: 'electricity_vintage_fallback', params: { country: 'FRA', year: 2026, vintage: 2025 } })).toBe('Électricité FRA : pas de facteur pour 2026, millésime 2025 utilisé.');
  });

  it('falls back to the code and its parameters for an unknown note', () => {
    expect(wordTraceNote({ code: 'new_note', params: { category: 'monitor', share: '0.5' } })).toBe('new_note (category = Écrans, share = 0,5)');
  });
});
