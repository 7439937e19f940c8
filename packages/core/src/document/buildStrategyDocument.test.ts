import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE } from '../../test/document/demo';
import { adoptStrategy } from '../strategy/adopt';
import { objectiveStatuses } from '../strategy/objectives';
import type { Strategy } from '../strategy/schema';
import { buildYearlyBilan } from '../strategy/yearlyBilan';
import { buildProgrammeDocument, buildStrategyDocument } from './buildStrategyDocument';
import { buildYearlyBilanDocument } from './buildYearlyBilanDocument';
import { objectiveStatusLabelFr } from './labels';
import { isSection, listHeadings, walkDocument } from './model';
import type { Block, ReenDocument, Section, Table } from './model';
import { buildTechnicalAnnexDocument } from './technicalAnnex';

/** `_` narrow no-break space, `~` no-break space. */
const show = (text: string) => text.replaceAll('\u202F', '_').replaceAll('\u00A0', '~');

function find(document: ReenDocument, title: string): Section {
  let found: Section | undefined;
  walkDocument(document.sections, (node) => {
    if ('section' in node && node.section.title.replace(/[\u00A0\u202F]/g, ' ') === title) found ??= node.section;
  });
  if (!found) throw new Error(`no section « ${title} »`);
  return found;
}

const blocksOf = (section: Section): Block[] => section.content.flatMap((c) => (isSection(c) ? blocksOf(c) : [c]));
const tables = (section: Section): Table[] => blocksOf(section).flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.table] : []));

/** Every text of a document, in reading order (titles, runs, cells, captions, alt texts). */
function texts(document: ReenDocument): string[] {
  const out: string[] = [document.title, ...(document.cover ? [document.cover.title, ...document.cover.lines] : [])];
  walkDocument(document.sections, (node) => {
    if ('section' in node) return void out.push(node.section.title);
    const b = node.block;
    if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
    if (b.kind === 'list') out.push(...b.items.map((i) => i.map((r) => r.text).join('')));
    const t = b.kind === 'table' ? b : b.kind === 'chart' ? b.table : undefined;
    if (b.kind === 'chart') out.push(b.title, b.alt);
    if (t) out.push(t.caption, ...t.headerRows.flat(), ...t.rows.flat(), ...(t.note ? [t.note] : []));
  });
  return out;
}

/** What a published document must never carry: English, code identifiers, instructions, internal notes, placeholders. */
export const FORBIDDEN: readonly RegExp[] = [
  /\b(to be confirmed|the |and the|licence note|TODO|FIXME)\b/,
  /\b[a-z]+[A-Z][A-Za-z]+\b/, // camelCase identifiers
  /(?<!\/\/[^\s]*)\b[a-z]+\.[a-z]+\.[a-z]+\b/, // dotted ids such as cloud.other.pue
  /\bRenseignez\b|\bIndiquez\b|\bComplétez\b/,
  /à vérifier|avant publication|pas de description|undefined|NaN|\[object/,
  /·e\b/, // « Élu·e »
];

describe('buildStrategyDocument on the demo', () => {
  const d = demo();
  const input = { organisation: d.organisation, strategy: d.strategy, footprint: d.result, factorSet: d.factorSet, trajectory: d.trajectory };
  const document = buildStrategyDocument(input, { date: DEMO_DATE });

  it('gives the recorded indicators (people accompanied, agents trained, RGESN declarations) one figure each, and their expected values', () => {
    // One truth: the people accompanied come from the inclusion records (3,100 in 2025, 3,300 in 2026), never a second series.
    const all = texts(document).join('\n');
    expect(all).not.toMatch(/\b240\b/);
    const objectives = find(document, 'Les mesures atteignent-elles les objectifs ?');
    const sentences = blocksOf(objectives).map((b) => (b.kind === 'paragraph' ? show(b.runs.map((r) => r.text).join('')) : ''));
    // m6 declares +900 by 2030: 3,100 + 900 = 4,000, the target.
    expect(sentences.find((x) => x.startsWith('Accompagner 4'))).toContain('Selon les effets attendus des mesures, elle mène à 4_000 en 2030~: l’objectif est atteint.');
    // Expected values: baseline 2025, middle 2028, end 2030. People: 3,100; 3,100 + 900 × 3/5 = 3,640; 4,000.
    // Agents trained: 12 %; m3 starts in 2025 and declares +68 points by 2028: 80 % from 2028 on.
    // RGESN declarations: 50 %; m5 declares +50 points by 2027: 100 % from 2027 on.
    const [expected] = tables(find(document, 'Valeurs attendues des indicateurs relevés'));
    expect(expected!.headerRows.flat()).toEqual(['Indicateur', '2025', '2028', '2030', 'Trajectoire']);
    expect(expected!.rows.map((r) => r.map(show))).toEqual([
      ['Part des agents sensibilisés dans l’année', '12,0_%', '80,0_%', '80,0_%', 'Effets attendus des mesures'],
      ['Part des services en ligne avec une déclaration d’écoconception publiée', '50,0_%', '100,0_%', '100,0_%', 'Effets attendus des mesures'],
      ['Personnes accompagnées par la médiation numérique dans l’année', '3_100', '3_640', '4_000', 'Effets attendus des mesures'],
    ]);
  });

  it('leads as published strategies do and holds every part the decree requires', () => {
    expect(document.sections.map((s) => s.title)).toEqual([
      'Édito',
      'Synthèse',
      'Vision et ambition',
      'Contexte',
      'Cadre légal',
      'Gouvernance et co-construction',
      'État des lieux',
      'Objectifs et indicateurs',
      'Trajectoire',
      'Plan d’action',
      'Moyens',
      'Suivi et communication',
      'Méthode et périmètre',
      'Glossaire',
    ]);
    const headings = listHeadings(document).map((h) => h.title);
    for (const part of ['Bilan de l’impact environnemental', 'Bilan des usages', 'Actions déjà engagées', 'Indicateurs de suivi', 'Fiches action', 'Co-construction']) expect(headings).toContain(part);
    expect(document.draft).toBe(false);
  });

  it('names the collectivité with its article and writes French typography', () => {
    const synthese = blocksOf(find(document, 'Synthèse'))[0]!;
    expect(synthese.kind === 'paragraph' && show(synthese.runs[0]!.text)).toBe(
      'Stratégie numérique responsable de la Communauté d’agglomération de Beau Pays, en application de l’article 35 de la loi n°~2021\u20111485 du 15 novembre 2021 et du décret n°~2022\u20111084 du 29 juillet 2022.',
    );
    for (const text of texts(document)) {
      expect(text, text).not.toMatch(/ [:;!?»]/);
      expect(text, text).not.toMatch(/« /);
    }
  });

  it('carries no English, code identifier, instruction, internal note or placeholder', () => {
    for (const text of texts(document)) for (const pattern of FORBIDDEN) expect(text.replace(/https?:\/\/\S+/g, ''), `${pattern} in « ${text} »`).not.toMatch(pattern);
  });

  it('spells out each abbreviation at its first use in running text and lists it in the glossary', () => {
    const running = texts(document).join('\n');
    expect(running.indexOf('équivalent temps plein (ETP)')).toBeGreaterThan(-1);
    expect(running.indexOf('comité de pilotage (COPIL)') >= 0 || running.indexOf('Comité de pilotage (COPIL)') >= 0).toBe(true);
    const glossary = tables(find(document, 'Glossaire'))[0]!;
    expect(glossary.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['ETP', 'COPIL', 'GES', 'RDD']));
  });

  it('links each objective to its measures and says by how much they miss it', () => {
    const statuses = objectiveStatuses(d.strategy, { asOf: DEMO_DATE, trajectory: d.trajectory });
    const ges = statuses.find((t) => t.objectiveId === 'o1')!;
    // −10 % of the 61,7 t baseline of 2025 is 55,53 t in 2030; the measures miss it.
    expect([ges.plan?.reaches, ges.baselineValue.toFixed(), ges.targetValue.toFixed()]).toEqual([false, '61.7', '55.53']);
    const sentences = blocksOf(find(document, 'Les mesures atteignent-elles les objectifs ?')).map((b) => (b.kind === 'paragraph' ? show(b.runs.map((r) => r.text).join('')) : ''));
    expect(sentences[0]).toContain('Mesures rattachées~: «~Allonger la durée de vie des ordinateurs portables à 8~ans~»');
    expect(sentences[0]).toContain(`il manque ${ges.plan!.gap.toFixed(1).replace('.', ',')}~t~CO2e pour atteindre la cible`);
    const summary = blocksOf(find(document, 'Synthèse')).flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.map((r) => r.text).join('')) : [])).join(' ');
    // One verdict with both facts for the PC lifetime: 6,8 ans typed for 2026 is on track, the plan misses 8 ans by 1,6 an.
    expect(summary.replace(/\s/g, ' ')).toContain('Pour l’objectif « Porter à 8 ans la durée de vie moyenne des ordinateurs d’ici 2028 », la dernière valeur (6,8 ans en 2026) est en bonne voie, mais les mesures prévues ne suffisent pas : il manque 1,6 an en 2028. Des mesures complémentaires seront à prévoir.');
  });

  it('derives its counting sentences from the data: five indicators, the objectives, the reused inventory, each indicator’s origin', () => {
    const all = texts(document).map((t) => t.replace(/\s/g, ' '));
    // The footprint carries five indicators (INDICATORS), water scarcity included.
    expect(all).toContain('Cinq indicateurs : émissions de gaz à effet de serre, consommation d’eau, épuisement des ressources en eau (rareté), épuisement des ressources abiotiques (minéraux et métaux) et énergie consommée.');
    // Awareness and inclusion are not reduction objectives: the sentence claims none.
    expect(all).toContain('La stratégie fixe 5 objectifs, chacun mesuré par un indicateur de suivi.');
    // The 2026 footprint of the demo reuses the 2025 inventory: comparisons are not said to hold.
    expect(all.some((t) => t.endsWith('Les mêmes facteurs sont utilisés d’une année sur l’autre, mais l’empreinte de 2026 reprend l’inventaire de 2025 : l’écart entre ces années ne mesure pas une évolution du parc.'))).toBe(true);
    expect(all.some((t) => t.includes('restent fiables'))).toBe(false);
    // The PC lifetime is typed in by the collectivité (6,8 ans in 2026); only its projection is computed.
    const origins = tables(find(document, 'Objectifs et indicateurs')).flatMap((t) => t.rows).filter((r) => r[1] === 'À la hausse' || r[1] === 'À la baisse').map((r) => `${r[0]} | ${r[2]!.replace(/\s/g, ' ')}`);
    expect(origins.filter((o) => o.includes('Calculé') || o.includes('projection'))).toEqual(['Émissions de gaz à effet de serre du numérique | Calculé à partir de l’inventaire', 'Durée de vie moyenne des ordinateurs | Relevé par la collectivité ; la projection est calculée à partir de l’inventaire']);
  });

  it('says the trajectory is a projection and why the 2026 bilan differs from it', () => {
    const all = texts(document).map((t) => t.replace(/\s/g, ' '));
    // The 2026 point of the projection with the measures, as the trajectory table prints it (67,5 t).
    expect(d.trajectory.years.find((y) => y.year === 2026)!.scenario.total.co2eKg.div(1000).toFixed(1)).toBe('67.5');
    expect(all).toContain(`Cette trajectoire est une projection : elle part de l’inventaire de 2025 et simule les mesures prévues, sans tenir compte des bilans établis depuis. Le bilan de 2026 donne 54,9 t CO2e, contre 67,5 t CO2e projetées avec les mesures : il est calculé sur l’inventaire de 2025, non mis à jour, alors que la projection renouvelle chaque année les équipements arrivés en fin de vie.`);
  });

  it('gives every objective the status of the one status function, the same as the yearly bilan on the same day', () => {
    const asOf = '2026-12-31';
    const strategyDoc = buildStrategyDocument(input, { date: asOf });
    const rdd = buildYearlyBilanDocument({ organisation: d.organisation, strategy: d.strategy, bilan: buildYearlyBilan(d.strategy, 2026, { trajectory: d.trajectory }) }, { date: asOf });
    const expected = objectiveStatuses(d.strategy, { asOf, trajectory: d.trajectory }).map(objectiveStatusLabelFr);
    const statusColumn = (doc: ReenDocument, caption: RegExp) => {
      let table: Table | undefined;
      walkDocument(doc.sections, (node) => {
        if ('block' in node && node.block.kind === 'table' && caption.test(node.block.caption)) table = node.block;
      });
      return table!.rows.map((r) => r.at(-1));
    };
    // The cell keeps the status word first; a measured value on track while the plan misses adds the plan's figures.
    const head = (cells: (string | undefined)[]) => cells.map((c) => c?.split(' d’après')[0]);
    expect(head(statusColumn(strategyDoc, /^État des objectifs/))).toEqual(expected);
    expect(head(statusColumn(rdd, /^État des objectifs/))).toEqual(expected);
    expect(statusColumn(strategyDoc, /^État des objectifs/)[2]?.replace(/\s/g, ' ')).toBe('En bonne voie d’après la dernière valeur ; les mesures prévues mènent à 6,4 ans en 2028, il manque 1,6 an');
    // The greenhouse-gas objective reads the 2026 footprint (54,9 t, below the 60,5 t the line expects): on track.
    expect(expected).toEqual(['En bonne voie', 'En bonne voie', 'En bonne voie', 'En retard sur la cible', 'En bonne voie']);
  });

  it('covers the six axes of the decree, or says why an axis has none', () => {
    const [axes] = tables(find(document, 'Plan d’action'));
    expect(axes!.rows.map((r) => r[0]!.slice(0, 6))).toEqual(['Axe 1 ', 'Axe 2 ', 'Axe 3 ', 'Axe 4 ', 'Axe 5 ', 'Axe 6 ']);
    const withoutTerritory: Strategy = {
      ...d.strategy,
      measures: d.strategy.measures.filter((m) => m.axis !== 'territory'),
      axisJustifications: [{ axis: 'territory', text: 'Porté par le schéma directeur des données du département.' }],
    };
    const doc = buildStrategyDocument({ ...input, strategy: withoutTerritory }, { date: DEMO_DATE });
    expect(tables(find(doc, 'Plan d’action'))[0]!.rows[5]![1]).toBe('Porté par le schéma directeur des données du département.');
  });

  it('gives one action sheet per measure, with its budget by year', () => {
    const sheets = find(document, 'Fiches action').content.filter(isSection);
    expect(sheets).toHaveLength(d.strategy.measures.length);
    const inclusion = sheets.find((s) => s.title.includes('médiation numérique'))!;
    const [sheet, budget] = tables(inclusion);
    expect(sheet!.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Contexte', 'Description', 'Pilote', 'Partenaires', 'Calendrier', 'Indicateurs', 'Résultat attendu', 'Méthode d’estimation', 'Financements']));
    expect(show(sheet!.rows.find((r) => r[0] === 'Financements')![1]!)).toBe('Budget de la collectivité_; État – programme Conseillers numériques');
    // 10 000 € of operating budget a year, 2026 to 2030.
    expect(budget!.rows.map((r) => r.map(show))).toEqual([
      ['2026', '10_000~€', '0~€', '10_000~€'],
      ['2027', '10_000~€', '0~€', '10_000~€'],
      ['2028', '10_000~€', '0~€', '10_000~€'],
      ['2029', '10_000~€', '0~€', '10_000~€'],
      ['2030', '10_000~€', '0~€', '10_000~€'],
      ['Total', '50_000~€', '0~€', '50_000~€'],
    ]);
  });

  it('draws the trajectory with the target line and the uncertainty band, and an alt text that summarises it', () => {
    const chart = blocksOf(find(document, 'Trajectoire')).find((b) => b.kind === 'chart')!;
    if (chart.kind !== 'chart') throw new Error('no chart');
    expect(chart.series.map((s) => [s.name, s.style ?? 'line'])).toEqual([
      ['Sans mesure', 'line'],
      ['Avec les mesures', 'line'],
      ['Cible', 'target'],
      ['Fourchette basse', 'band-low'],
      ['Fourchette haute', 'band-high'],
    ]);
    expect(chart.alt).toContain('la zone hachurée est la fourchette d’incertitude');
    expect(chart.alt.length).toBeLessThan(400);
  });

  it('does not publish a maturity score from a few answers', () => {
    const few: Strategy = { ...d.strategy, maturity: d.strategy.maturity.slice(0, 3) };
    const maturity = find(buildStrategyDocument({ ...input, strategy: few }, { date: DEMO_DATE }), 'Autodiagnostic de maturité');
    expect(tables(maturity)).toEqual([]);
    const text = blocksOf(maturity)[0]!;
    expect(text.kind === 'paragraph' && text.runs[0]!.text).toContain('3 questions ont une réponse. Le score n’est pas publié');
  });

  it('prints the adopted version frozen at the délibération, apart from live monitoring', () => {
    const adopted = adoptStrategy(d.strategy, '2025-03-20', 'Délibération n° 2025-042');
    const doc = buildStrategyDocument({ ...input, strategy: adopted }, { date: DEMO_DATE, version: 'adopted' });
    expect(doc.cover!.lines[0]).toBe('Version adoptée le 20 mars 2025 (Délibération n°\u00A02025\u2011042)');
    expect(buildStrategyDocument(input, { date: DEMO_DATE }).cover!.lines[0]).toBe('Version de suivi au 25 novembre 2026');
    const { adopted: _adopted, ...neverAdopted } = d.strategy;
    expect(() => buildStrategyDocument({ ...input, strategy: neverAdopted }, { date: DEMO_DATE, version: 'adopted' })).toThrow(RangeError);
    // The demo's adopted version is the plan as voted: statuses at 20 March 2025, before any measurement.
    // The recorded indicators (agents trained, RGESN declarations, people accompanied) take them from
    // the measures' expected effects, which reach their targets; the footprint ones from the simulation.
    const voted = buildStrategyDocument(input, { date: DEMO_DATE, version: 'adopted' });
    let statuses: string[] = [];
    walkDocument(voted.sections, (node) => {
      if ('block' in node && node.block.kind === 'table' && node.block.caption.startsWith('État des objectifs')) statuses = node.block.rows.map((r) => r.at(-1)!);
    });
    expect(statuses).toEqual(['En retard sur la cible', 'En bonne voie', 'En retard sur la cible', 'En bonne voie', 'En bonne voie']);
  });

  it('marks a strategy with blocking items as a draft', () => {
    const incomplete: Strategy = { ...d.strategy, measures: [] };
    expect(buildStrategyDocument({ ...input, strategy: incomplete }, { date: DEMO_DATE }).draft).toBe(true);
  });

  it('has a heading hierarchy without skipped levels and unique anchors, and numbered-ready charts with data tables', () => {
    const headings = listHeadings(document);
    headings.forEach((h, i) => expect(h.level <= (headings[i - 1]?.level ?? 0) + 1).toBe(true));
    expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
    walkDocument(document.sections, (node) => {
      if ('block' in node && node.block.kind === 'chart') expect(node.block.table.rows.length).toBe(node.block.categories.length);
    });
  });

  it('exports the programme de travail and the technical annex on their own', () => {
    const programme = buildProgrammeDocument(input, { date: DEMO_DATE });
    expect(programme.cover!.title).toBe('Programme de travail');
    expect(programme.sections.map((s) => s.title)).toEqual(['Objet du programme de travail', 'Contexte', 'Cadre légal', 'Gouvernance et co-construction', 'État des lieux', 'Méthode et périmètre', 'Glossaire']);
    const annex = buildTechnicalAnnexDocument({ ...input }, { date: DEMO_DATE });
    expect(listHeadings(annex).map((h) => h.title)).toEqual(expect.arrayContaining(['Sources des facteurs', 'Hypothèses', 'Valeurs par défaut et replis', 'Méthode d’incertitude', 'Trajectoire année par année']));
    expect(listHeadings(document).map((h) => h.title)).not.toContain('Sources des facteurs');
  });

  it('is deterministic', () => {
    expect(buildStrategyDocument(input, { date: DEMO_DATE })).toEqual(document);
  });
});
