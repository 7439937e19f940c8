/**
 * Parts shared by the strategy document and the yearly bilan: the footprint view, the legal
 * references, the axis labels and the methodology annex generated from the traces.
 */
import { sourceInFrench } from './sourcesFr';
import type { AccountingMethod, Indicators, TraceNote } from '../compute/types';
import type { Phase } from '../schemas/categories';
import type { FactorRow, FactorSet } from '../schemas/factors';
import { INDICATORS } from '../schemas/factors';
import { AXIS_LABELS, BUILT_IN_AXIS_IDS } from '../strategy/axes';
import { getLegalReferences } from '../strategy/legal';
import type { LegalReference } from '../strategy/legal';
import type { Strategy } from '../strategy/schema';
import { bullets, note, para, range, section, table, wordTraceNote } from './blocks';
import { formatDateFr } from './formatFr';
import { INDICATOR_DISPLAY } from './labels';
import type { Block, Section } from './model';

/**
 * The footprint figures a document prints: a `FootprintResult` of the engine, or a frozen
 * `FootprintSnapshot` of the strategy's bilan (both fit).
 */
export interface FootprintView {
  readonly year: number;
  readonly factorSetVersion: string;
  readonly methodologyVersion: string;
  readonly method: AccountingMethod;
  readonly total: Indicators;
  readonly low: Indicators;
  readonly high: Indicators;
  readonly byPhase: Readonly<Record<Phase, Indicators>>;
  readonly byCategory: readonly { readonly key: string; readonly quantity: number; readonly total: Indicators }[];
  readonly byPerimeter: readonly { readonly key: string; readonly quantity: number; readonly total: Indicators }[];
  readonly byDomain: readonly { readonly key: string; readonly quantity: number; readonly total: Indicators }[];
  readonly perAgent?: Indicators | undefined;
  readonly perInhabitant?: Indicators | undefined;
  /** A result's trace (a snapshot has only `factors`). */
  readonly trace?: { readonly factors: readonly string[]; readonly assumptions: readonly TraceNote[]; readonly fallbacks: readonly TraceNote[] };
  readonly factors?: readonly string[];
}

export type EntityKind = Strategy['legal']['entityKind'];

/** French label of an axis id (built-in or `custom:<id>`). */
export function axisLabel(strategy: Pick<Strategy, 'customAxes'>, axis: string): string {
  if ((BUILT_IN_AXIS_IDS as readonly string[]).includes(axis)) return AXIS_LABELS[axis as keyof typeof AXIS_LABELS].fr;
  const custom = strategy.customAxes.find((a) => `custom:${a.id}` === axis);
  return custom?.label ?? axis;
}

/** Short French names of the built-in axes, for running text and narrow columns. */
const AXIS_SHORT_FR: Readonly<Record<string, string>> = {
  procurement: 'commande publique durable',
  lifecycle: 'cycle de vie du matériel',
  ecodesign: 'écoconception des services numériques',
  awareness: 'sensibilisation des élus et des agents',
  inclusion: 'sensibilisation des habitants et inclusion numérique',
  territory: 'territoire connecté et données ouvertes',
  governance: 'gouvernance',
};

/** Short label of an axis, lower case: « cycle de vie du matériel »; a custom axis keeps its label. */
export function axisShortLabel(strategy: Pick<Strategy, 'customAxes'>, axis: string): string {
  return AXIS_SHORT_FR[axis] ?? axisLabel(strategy, axis);
}

/** Short axis label with the decree item: `Axe 3 du décret : Écoconception…`. */
export function axisTitle(strategy: Pick<Strategy, 'customAxes'>, axis: string): string {
  const item = (BUILT_IN_AXIS_IDS as readonly string[]).includes(axis) ? AXIS_LABELS[axis as keyof typeof AXIS_LABELS].decreeItem : null;
  const label = axisLabel(strategy, axis);
  if (item !== null) return `Axe ${item} du décret – ${label}`;
  return (BUILT_IN_AXIS_IDS as readonly string[]).includes(axis) ? label : `Axe propre – ${label}`;
}

/** Axes in document order: the decree's axes, governance, then custom axes as declared. */
export function orderedAxes(strategy: Pick<Strategy, 'customAxes'>, used: Iterable<string>): string[] {
  const set = new Set(used);
  const order = [...BUILT_IN_AXIS_IDS, ...strategy.customAxes.map((a) => `custom:${a.id}`)];
  return [...order.filter((a) => set.has(a)), ...[...set].filter((a) => !order.includes(a)).sort()];
}

/** Paragraphs of the legal frame for an entity kind. */
export function legalBlocks(kind: EntityKind): Block[] {
  const refs = getLegalReferences();
  const rdd = refs.byKind[kind];
  const link = (ref: LegalReference) => ({ text: ref.label, href: ref.url });
  return [
    para(
      'L’article 35 de la loi n° 2021-1485 du 15 novembre 2021 (loi REEN) impose aux communes et aux établissements publics de coopération intercommunale à fiscalité propre de plus de 50 000 habitants de définir une stratégie numérique responsable, qui indique notamment les objectifs de réduction de l’empreinte environnementale du numérique et les mesures mises en place pour les atteindre.',
    ),
    para(
      'Le décret n° 2022-1084 du 29 juillet 2022 (article D. 2311-15-1 du code général des collectivités territoriales) en précise le contenu : un programme de travail, élaboré en lien avec les acteurs publics et privés intéressés, comprenant le bilan de l’impact environnemental du numérique et de ses usages sur le territoire et la synthèse des actions déjà engagées ; puis la stratégie, qui fixe les objectifs de réduction, les indicateurs de suivi, les mesures mises en place et les moyens nécessaires. Objectifs et mesures peuvent être annuels ou pluriannuels.',
    ),
    para(
      `La stratégie fait l’objet d’un bilan annuel dans le rapport sur la situation en matière de développement durable, présenté par ${rdd.presenter} préalablement aux débats sur le projet de budget.`,
    ),
    table(
      'Échéances légales',
      ['left', 'left'],
      ['Échéance', 'Document'],
      refs.deadlines.map((d) => [formatDateFr(d.date), d.label]),
    ),
    { kind: 'paragraph', style: 'normal', runs: [{ text: 'Références : ' }] },
    { kind: 'list', ordered: false, items: [...refs.common, rdd.rdd].map((ref) => [link(ref)]) },
  ];
}

/** Removes duplicate notes (same code and parameters), keeping the first. */
export function dedupeNotes(notes: Iterable<TraceNote>): TraceNote[] {
  const seen = new Set<string>();
  const out: TraceNote[] = [];
  for (const n of notes) {
    const key = `${n.code}|${JSON.stringify(Object.entries(n.params).sort(([a], [b]) => a.localeCompare(b)))}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(n);
    }
  }
  return out;
}

export interface MethodologyInput {
  readonly footprint: FootprintView | undefined;
  readonly factorSet: FactorSet | undefined;
  /** Further notes (the trajectory's), worded as assumptions. */
  readonly extraNotes?: readonly TraceNote[];
}

/**
 * The methodology annex, generated from the result's trace: method and versions, display precision,
 * the sources of the factors used (with versions and licences), the assumptions, the fallbacks and
 * the uncertainty method.
 */
export function methodologyAnnex(id: string, input: MethodologyInput): Section {
  const { footprint, factorSet } = input;
  const content: (Block | Section)[] = [];
  if (footprint === undefined) {
    content.push(para('Aucun bilan chiffré n’est encore associé à la stratégie : la méthode de calcul sera décrite avec le premier bilan.'));
    return section(id, 'Annexe méthodologique', content, true);
  }
  content.push(
    section(`${id}-methode`, 'Méthode et versions', [
      table('Méthode de calcul', ['left', 'left'], ['Élément', 'Valeur'], [
        ['Version de la méthode', footprint.methodologyVersion],
        ['Jeu de facteurs', factorSet === undefined ? footprint.factorSetVersion : `${factorSet.title} (${factorSet.version}, publié le ${formatDateFr(factorSet.publishedAt)})`],
        ['Année du bilan', String(footprint.year)],
        [
          'Méthode comptable',
          footprint.method === 'stock'
            ? 'Stock : la fabrication, la distribution et la fin de vie des équipements en service sont réparties sur leur durée de vie'
            : 'Flux : la fabrication des équipements achetés est comptée sur la période d’amortissement de l’achat',
        ],
      ]),
      para(
        'Les phases (fabrication, distribution, utilisation, fin de vie) et les indicateurs sont calculés séparément ; les deux indicateurs d’eau (consommation et rareté) ne sont jamais additionnés. Les calculs sont faits en décimal exact ; les valeurs ne sont arrondies que pour l’affichage, au plus proche (la moitié vers le haut), avec la précision suivante :',
      ),
      bullets(INDICATORS.map((i) => {
        const d = INDICATOR_DISPLAY[i];
        return `${d.label} : ${d.unit}, ${d.precision.decimals === 0 ? 'à l’unité' : `${d.precision.decimals} décimale${d.precision.decimals > 1 ? 's' : ''}`}`;
      })),
    ]),
  );

  const factorIds = [...new Set([...(footprint.trace?.factors ?? []), ...(footprint.factors ?? [])])].sort();
  const rows = new Map<string, FactorRow>((factorSet?.rows ?? []).map((row) => [row.id, row]));
  // Rows of one publication (same publisher, year, version and licence) make one source line.
  // Each source is named in French (`sourceInFrench`); the original title is cited in its language.
  const groups = new Map<string, { publisher: string; year: number; version: string; licence: string; titles: string[]; originals: string[]; lang: 'en' | 'fr' | undefined; urls: string[] }>();
  const unknown: string[] = [];
  for (const factorId of factorIds) {
    const row = rows.get(factorId);
    if (row === undefined) {
      unknown.push(factorId);
      continue;
    }
    const version = row.source.version ?? (row.source.commit === undefined ? '–' : `commit ${row.source.commit.slice(0, 12)}`);
    const licence = licenceFr(row.licence);
    const french = sourceInFrench(row.source);
    const publisher = french?.publisher ?? row.source.publisher;
    const key = `${publisher}|${row.source.year}|${version}|${licence}`;
    const group = groups.get(key) ?? { publisher, year: row.source.year, version, licence, titles: [], originals: [], lang: french?.originalLang, urls: [] };
    group.titles.push(french?.title ?? row.source.title);
    group.originals.push(row.source.title);
    group.urls.push(row.source.url);
    groups.set(key, group);
  }
  const sourceRows = [...groups.values()]
    .sort((a, b) => b.titles.length - a.titles.length || a.publisher.localeCompare(b.publisher) || a.year - b.year)
    .map((g) => ({ title: commonTitle(g.titles), original: g.lang === undefined ? undefined : commonOriginal(g.originals), lang: g.lang, url: commonUrl(g.urls), cells: [commonTitle(g.titles), g.publisher, g.version === '–' ? String(g.year) : `${g.year}, ${g.version}`, g.licence, String(g.titles.length)] }));
  const sourceContent: Block[] = [
    para(`Le bilan utilise ${factorIds.length} facteur${factorIds.length > 1 ? 's' : ''} d’impact. Chaque facteur porte sa source, son unité, sa licence et sa fourchette d’incertitude.`),
  ];
  if (sourceRows.length > 0) {
    sourceContent.push(
      table('Sources des facteurs utilisés', ['left', 'left', 'left', 'left', 'right'], ['Source', 'Éditeur', 'Année et version', 'Licence', 'Facteurs'], sourceRows.map((r) => r.cells)),
      para('Adresses des sources :'),
      {
        kind: 'list',
        ordered: false,
        items: sourceRows.map((r) => [
          ...(r.original === undefined || r.original === r.title ? [{ text: `${r.title} : ` }] : [{ text: `${r.title} (titre original : ` }, { text: r.original, italic: true, lang: r.lang }, { text: ') : ' }]),
          { text: r.url, href: r.url },
        ]),
      },
    );
  }
  if (unknown.length > 0) {
    sourceContent.push(note(`Facteurs dont la source n’est pas détaillée ici (jeu de facteurs non fourni au document) : ${unknown.join(', ')}.`));
  }
  content.push(section(`${id}-sources`, 'Sources des facteurs', sourceContent));

  // Notes that read the same once worded (ids left out) are printed once.
  const assumptions = [...new Set(dedupeNotes([...(footprint.trace?.assumptions ?? []), ...(input.extraNotes ?? [])]).map(wordTraceNote))];
  const fallbacks = [...new Set(dedupeNotes(footprint.trace?.fallbacks ?? []).map(wordTraceNote))];
  content.push(
    section(`${id}-hypotheses`, 'Hypothèses', assumptions.length > 0 ? [bullets(assumptions)] : [para('Aucune hypothèse particulière n’a été retenue au-delà des données saisies.')]),
    section(
      `${id}-replis`,
      'Valeurs par défaut et replis',
      fallbacks.length > 0
        ? [para('Les données suivantes manquaient ; une valeur par défaut ou un facteur de repli a été utilisé, ce qui élargit l’incertitude du résultat :'), bullets(fallbacks)]
        : [para('Aucune valeur par défaut ni aucun facteur de repli n’a été nécessaire.')],
    ),
    section(`${id}-incertitude`, 'Méthode d’incertitude', [
      para(
        'Chaque facteur porte une borne basse et une borne haute, avec la justification de cette fourchette (écart entre sources, fourchette publiée…). Les bornes sont propagées par arithmétique d’intervalles : le total bas est calculé avec les bornes basses de tous les facteurs, le total haut avec les bornes hautes. La fourchette qui en résulte encadre le résultat sous les hypothèses retenues ; ce n’est pas un intervalle de confiance statistique.',
      ),
      para(
        `Pour ${footprint.year}, les émissions de gaz à effet de serre vont ainsi ${range(footprint.low.co2eKg, footprint.high.co2eKg, INDICATOR_DISPLAY.co2eKg)}.`,
      ),
    ]),
  );
  return section(id, 'Annexe méthodologique', content, true);
}

/**
 * The licence of a factor in short French for a published document: the open licence's name, or
 * that the number is a published figure cited with its source (the full licence note stays in the
 * factor data).
 */
export function licenceFr(licence: string): string {
  const open = /^(MIT|Apache-2\.0|ODbL 1\.0|CC[- ]BY[\w.-]*|Etalab[\w .-]*)/.exec(licence)?.[1];
  if (open !== undefined) return `Licence ${open}`;
  return 'Valeur publiée, citée avec sa source';
}

/** The part of the titles shared by all (before the first comma), or the first title and a count. */
function commonTitle(titles: readonly string[]): string {
  const distinct = [...new Set(titles)];
  if (distinct.length === 1) return distinct[0]!;
  const heads = new Set(distinct.map((t) => t.split(',')[0]!.trim()));
  if (heads.size === 1) return `${[...heads][0]!} (${distinct.length} références)`;
  return `${distinct[0]!} et ${distinct.length - 1} autre${distinct.length > 2 ? 's' : ''} référence${distinct.length > 2 ? 's' : ''}`;
}

/** The original title shared by all, else the part before the first comma when they all share it. */
function commonOriginal(titles: readonly string[]): string | undefined {
  const distinct = [...new Set(titles)];
  if (distinct.length === 1) return distinct[0]!;
  const heads = new Set(distinct.map((t) => t.split(',')[0]!.trim()));
  return heads.size === 1 ? [...heads][0]! : undefined;
}

/** The URL shared by all, else their common prefix cut at a path boundary. */
function commonUrl(urls: readonly string[]): string {
  const distinct = [...new Set(urls)];
  if (distinct.length === 1) return distinct[0]!;
  let prefix = distinct[0]!;
  for (const url of distinct) while (!url.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const cut = prefix.lastIndexOf('/');
  return cut > 'https://'.length ? prefix.slice(0, cut + 1) : distinct[0]!;
}
