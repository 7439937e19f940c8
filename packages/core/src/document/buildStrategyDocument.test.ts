import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE } from '../../test/document/demo';
import { dec } from '../internal/decimal';
import type { Indicators } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import { StrategySchema } from '../strategy/schema';
import { buildStrategyDocument } from './buildStrategyDocument';
import type { FootprintView } from './common';
import { isSection, listHeadings, walkDocument } from './model';
import type { Block, ReenDocument, Section, Table } from './model';

/** `_` narrow no-break space, `~` no-break space. */
const show = (text: string) => text.replaceAll('\u202F', '_').replaceAll('\u00A0', '~');

const ind = (co2eKg: string, energyKwh = '0'): Indicators => ({ co2eKg: dec(co2eKg), waterL: dec(0), waterScarcityM3eq: dec(0), adpKgSbEq: dec(0), energyKwh: dec(energyKwh) });

const HOSTILE = '</text:p><script>alert(1)</script> & <w:p> ]]>';

/** A footprint worked out by hand: 90 000 + 51 234.5 = 141 234.5 kg CO2e. */
const footprint: FootprintView = {
  year: 2025,
  factorSetVersion: 'fr-2025.1',
  methodologyVersion: 'reen-2025.1',
  method: 'stock',
  total: ind('141234.5', '250000'),
  low: ind('120000'),
  high: ind('180000'),
  byPhase: { manufacturing: ind('113000'), distribution: ind('0'), use: ind('28234.5', '250000'), endOfLife: ind('0') },
  byCategory: [
    { key: 'monitor', quantity: 900, total: ind('51234.5') },
    { key: 'laptop', quantity: 800, total: ind('90000') },
  ],
  byPerimeter: [
    { key: 'schools', quantity: 700, total: ind('41234.5') },
    { key: 'administration', quantity: 1000, total: ind('100000') },
  ],
  byDomain: [{ key: 'fleet', quantity: 1700, total: ind('141234.5') }],
  perAgent: ind('97.40310344827586206896551724137931034483'),
  perInhabitant: undefined,
  trace: {
    factors: ['device.laptop.manufacturing.co2eKg', 'device.monitor.manufacturing.co2eKg', 'missing.factor'],
    assumptions: [
      { code: 'method_stock', params: { category: 'laptop' } },
      { code: 'method_stock', params: { category: 'laptop' } },
    ],
    fallbacks: [{ code: 'lifetime_default', params: { category: 'monitor', years: '6', factorId: 'device.monitor.lifetimeYears' } }],
  },
};

const source = { publisher: 'ADEME', title: 'Base Empreinte', year: 2024, url: 'https://base-empreinte.ademe.fr/', version: 'v23.0', retrievedAt: '2025-01-10' };
const row = (id: string) => ({ id, subject: 'device', indicator: 'co2eKg', phase: 'manufacturing' as const, value: '100', unit: 'kgCO2e/unit', source, licence: 'Licence ouverte 2.0', uncertainty: { low: '80', high: '120', basis: 'test' } });
const factorSet: FactorSet = { version: 'fr-2025.1', title: 'Jeu de test', publishedAt: '2025-02-01', description: '', rows: [row('device.laptop.manufacturing.co2eKg'), row('device.monitor.manufacturing.co2eKg')] };

const strategy = StrategySchema.parse({
  version: 1,
  legal: { entityKind: 'metropole', deliberation: `Délibération ${HOSTILE}` },
  baselineYear: 2025,
  horizonYear: 2030,
  actors: [{ id: 'dsi', name: `DSI ${HOSTILE}`, kind: 'internal-service', role: 'Pilote' }],
  indicators: [{ id: 'ges', label: 'GES', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2025, value: '141.2345' }] }],
  objectives: [{ id: 'o', label: 'Réduire de 30 %', indicatorId: 'ges', axis: 'lifecycle', kind: 'multi-year', baseline: { year: 2025, value: '141.2345' }, target: { year: 2030, mode: 'relative', value: '-30' } }],
  measures: [
    { id: 'm1', title: `Mesure ${HOSTILE}`, axis: 'lifecycle', pilotService: 'dsi', start: '2025-01-01', end: '2026-12-31', budget: [{ kind: 'operating', amountEur: '12000' }, { kind: 'investment', amountEur: '3500.4' }], fte: '0.5' },
    { id: 'm2', title: 'Sensibiliser', axis: 'awareness', status: 'done' },
  ],
});

const organisation = { name: `Métropole ${HOSTILE}`, kind: 'metropole' as const, population: 300000, agents: 1450 };

function build(): ReenDocument {
  return buildStrategyDocument({ organisation, strategy, footprint, factorSet }, { date: '2026-11-25' });
}

function find(document: ReenDocument, title: string): Section {
  let found: Section | undefined;
  walkDocument(document.sections, (node) => {
    if ('section' in node && node.section.title === title) found = node.section;
  });
  if (!found) throw new Error(`no section ${title}`);
  return found;
}

const tables = (s: Section): Table[] => s.content.flatMap((c: Block | Section) => (isSection(c) ? tables(c) : c.kind === 'table' ? [c] : c.kind === 'chart' ? [c.table] : []));
const blocks = (document: ReenDocument): Block[] => {
  const out: Block[] = [];
  walkDocument(document.sections, (node) => {
    if ('block' in node) out.push(node.block);
  });
  return out;
};

describe('buildStrategyDocument', () => {
  it('follows the structure of the decree', () => {
    const document = build();
    expect(document.sections.map((s) => s.title)).toEqual(['Synthèse', 'Cadre légal', 'Programme de travail', 'Objectifs', 'Trajectoire', 'Mesures', 'Dispositif de suivi', 'Annexe méthodologique']);
    expect(find(document, 'Programme de travail').content.filter(isSection).map((s) => s.title)).toEqual([
      'Les acteurs',
      'Bilan de l’impact environnemental',
      'Bilan des usages',
      'Synthèse des actions déjà engagées',
    ]);
    expect(find(document, 'Annexe méthodologique').content.filter(isSection).map((s) => s.title)).toEqual([
      'Méthode et versions',
      'Sources des facteurs',
      'Hypothèses',
      'Valeurs par défaut et replis',
      'Méthode d’incertitude',
    ]);
    expect(document.lang).toBe('fr-FR');
  });

  it('puts the collectivité, the date and the deliberation on the cover', () => {
    const { cover } = build();
    expect(cover.organisation).toBe(organisation.name);
    expect(cover.date).toBe('25 novembre 2026');
    expect(cover.lines).toContain(`Délibération : Délibération ${HOSTILE}`);
  });

  it('prints the totals with their range, in French, rounded for display only', () => {
    const synthese = find(build(), 'Synthèse');
    const items = synthese.content.flatMap((b) => (!isSection(b) && b.kind === 'list' ? b.items.map((i) => i.map((r) => r.text).join('')) : []));
    expect(items.map(show)).toContain('Empreinte carbone du numérique en 2025 : 141,2~t CO2e (de 120,0 à 180,0~t CO2e).');
    expect(items.map(show)).toContain('Soit 97,4~kg CO2e par agent.');
    expect(items.map(show)).toContain('Premier poste : ordinateurs portables, 63,7_% des émissions.');
    expect(items.map(show)).toContain('La fabrication des équipements représente 80,0_% des émissions.');
  });

  it('gives the bilan by perimeter, category and phase in tables, with a chart and its data table', () => {
    const document = build();
    const [perimeter] = tables(find(document, 'Empreinte par périmètre'));
    expect(perimeter!.headerRows).toEqual([['Périmètre', 'Équipements', 'GES (t CO2e)', 'Part des GES', 'Énergie (MWh)', 'Eau (m³)']]);
    expect(perimeter!.rows.map((r) => r.map(show))).toEqual([
      ['Administration', '1_000', '100,0', '70,8_%', '0,0', '0'],
      ['Écoles', '700', '41,2', '29,2_%', '0,0', '0'],
    ]);
    const categories = find(document, 'Empreinte par catégorie d’équipement');
    const chart = categories.content.find((b) => !isSection(b) && b.kind === 'chart');
    expect(chart && !isSection(chart) && chart.kind === 'chart' ? show(chart.alt) : '').toBe(
      'Diagramme en barres : Empreinte par catégorie d’équipement (gaz à effet de serre). Ordinateurs portables 90,0~t CO2e ; Écrans 51,2~t CO2e.',
    );
    const phase = find(document, 'Empreinte par phase et par indicateur');
    const pie = phase.content.find((b) => !isSection(b) && b.kind === 'chart');
    expect(pie && !isSection(pie) && pie.kind === 'chart' ? [pie.type, pie.categories, pie.series[0]!.values, pie.series[0]!.labels.map(show)] : []).toEqual([
      'pie',
      ['Fabrication', 'Utilisation'],
      ['113', '28.2345'],
      ['80,0_%', '20,0_%'],
    ]);
  });

  it('lists the measures by decree axis with pilot, schedule, budget and FTE, and totals the means', () => {
    const document = build();
    expect(find(document, 'Mesures').content.filter(isSection).map((s) => s.title)).toEqual([
      'Axe 2 du décret – Gestion durable et de proximité du cycle de vie du matériel informatique',
      'Axe 4 du décret – Politique de sensibilisation au numérique responsable et à la sécurité informatique à destination des élus et des agents publics',
      'Moyens nécessaires',
    ]);
    const [lifecycle] = tables(find(document, 'Axe 2 du décret – Gestion durable et de proximité du cycle de vie du matériel informatique'));
    expect(lifecycle!.rows.map((r) => r.map(show))).toEqual([[`Mesure ${HOSTILE}`, `DSI ${HOSTILE}`, '–', 'du 1er janvier 2025 au 31 décembre 2026', '15_500~€', '0,5', 'À venir']]);
    const [means] = tables(find(document, 'Moyens nécessaires'));
    expect(means!.rows.at(-1)!.map(show)).toEqual(['Total', '12_000~€', '3_500~€', '0,5']);
  });

  it('states objectives with baseline and target resolved in the indicator unit', () => {
    const [objectives] = tables(find(build(), 'Objectifs'));
    expect(objectives!.rows[0]!.map(show)).toEqual(['Réduire de 30 %', 'Gestion durable et de proximité du cycle de vie du matériel informatique', 'GES', 'Pluriannuel', '2025 : 141,2~t CO2e', '2030 : 98,9~t CO2e (\u221230_%)']);
  });

  it('prints the RDD article of the entity kind in the legal frame (métropole: L. 5217-10-2)', () => {
    const legal = find(build(), 'Cadre légal');
    const links = legal.content.flatMap((b) => (!isSection(b) && b.kind === 'list' ? b.items.map((i) => i[0]!.text) : []));
    expect(links.some((l) => l.startsWith('Article L. 5217-10-2'))).toBe(true);
  });

  it('generates the methodology annex from the trace and the factor set', () => {
    const document = build();
    const [sources] = tables(find(document, 'Sources des facteurs'));
    expect(sources!.rows).toEqual([['Base Empreinte', 'ADEME', '2024, v23.0', 'Licence ouverte 2.0', '2']]);
    expect(find(document, 'Sources des facteurs').content.find((b) => !isSection(b) && b.kind === 'list')).toEqual({ kind: 'list', ordered: false, items: [[{ text: 'Base Empreinte : ' }, { text: 'https://base-empreinte.ademe.fr/', href: 'https://base-empreinte.ademe.fr/' }]] });
    const annex = find(document, 'Sources des facteurs');
    expect(annex.content.some((b) => !isSection(b) && b.kind === 'paragraph' && b.runs[0]!.text.includes('missing.factor'))).toBe(true);
    const list = (title: string) => find(document, title).content.flatMap((b) => (!isSection(b) && b.kind === 'list' ? b.items.map((i) => i.map((r) => r.text).join('')) : []));
    expect(list('Hypothèses')).toEqual(['Ordinateurs portables : méthode stock, impacts de fabrication, distribution et fin de vie répartis sur la durée de vie.']);
    expect(list('Valeurs par défaut et replis')).toEqual([
      'Écrans : durée de vie absente, 6 ans par défaut (device.monitor.lifetimeYears). Renseignez la durée de vie réelle dans l’inventaire ou dans les hypothèses de la collectivité.',
    ]);
  });

  it('keeps hostile user text as plain text (escaping is the renderers’ job)', () => {
    const document = build();
    expect(document.author).toBe(organisation.name);
    expect(JSON.stringify(document)).toContain(JSON.stringify(`Mesure ${HOSTILE}`).slice(1, -1));
  });

  it('never prints undefined, NaN or a dot decimal separator in a number cell', () => {
    const cells = blocks(build()).flatMap((b) => (b.kind === 'table' ? [...b.headerRows, ...b.rows].flat() : b.kind === 'chart' ? [...b.table.rows.flat(), b.alt] : []));
    expect(cells.filter((c) => /undefined|NaN|\[object/.test(c))).toEqual([]);
    expect(cells.filter((c) => /^\d+\.\d+$/.test(c))).toEqual([]);
  });
});

describe('buildStrategyDocument on the demo', () => {
  const d = demo();
  const document = buildStrategyDocument({ organisation: d.organisation, strategy: d.strategy, footprint: d.result, factorSet: d.factorSet, trajectory: d.trajectory }, { date: DEMO_DATE });

  it('has a heading hierarchy without skipped levels and unique anchors', () => {
    const headings = listHeadings(document);
    headings.forEach((h, i) => expect(h.level <= (headings[i - 1]?.level ?? 0) + 1).toBe(true));
    expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
  });

  it('has alt text and a data table for every chart, and header rows on every table', () => {
    const all = blocks(document);
    const charts = all.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.type).sort()).toEqual(['bar', 'bar', 'bar', 'line', 'pie']);
    for (const c of charts) {
      expect(c.alt.length).toBeGreaterThan(c.title.length);
      expect(c.table.rows.length).toBe(c.categories.length);
    }
    for (const t of all.filter((b) => b.kind === 'table')) expect(t.headerRows[0]!.length).toBe(t.columns.length);
  });

  it('includes the trajectory, the maturity self-assessment and the objective tracking', () => {
    expect(document.sections.map((s) => s.title)).toContain('Autodiagnostic de maturité');
    const [trajectory] = tables(find(document, 'Trajectoire')).filter((t) => t.caption.startsWith('Trajectoire'));
    expect(trajectory!.rows.map((r) => r[0])).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    const [tracking] = tables(find(document, 'Dispositif de suivi'));
    expect(tracking!.rows.length).toBe(d.strategy.objectives.length);
  });

  it('is deterministic', () => {
    const again = buildStrategyDocument({ organisation: d.organisation, strategy: d.strategy, footprint: d.result, factorSet: d.factorSet, trajectory: d.trajectory }, { date: DEMO_DATE });
    expect(again).toEqual(document);
  });
});
