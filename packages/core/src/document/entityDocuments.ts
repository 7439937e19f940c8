/**
 * The documents of one entity of a shared DSI (issue 15): its own strategy document and its own
 * chapter of the rapport sur la situation en matière de développement durable (RDD). They name
 * the entity with its article and print its figures from `entityView` (the `byEntity` figures of
 * `reen bilan`): its own lines, its shares of the shared assets with their keys, its totals and
 * ratios, its obligation, and the objectives and measures that apply to it (its own, then the
 * common ones, stated as shared). An entity the law does not oblige gets a document only when it
 * is asked for, which says it is produced voluntarily.
 */
import { INDICATORS } from '../schemas/factors';
import type { FactorSet } from '../schemas/factors';
import type { ProjectFile } from '../schemas/project';
import { getFactorSet } from '../factors/factorSets';
import { FootprintError } from '../errors';
import { entityView, type EntityView } from '../entities/entityView';
import { checkStrategy } from '../strategy/check';
import { objectiveStatuses } from '../strategy/objectives';
import { computeProjectTrajectory } from '../strategy/projectTrajectory';
import type { Measure, Strategy } from '../strategy/schema';
import { bullets, num, para, qty, range, section, table } from './blocks';
import { axisShortLabel, legalBlocks } from './common';
import { finishDocument } from './finish';
import { formatDateFr, formatNumberFr, formatPercentFr } from './formatFr';
import { ALLOCATION_KEY_LABELS_FR, CO2E_PER_PERSON_DISPLAY, INDICATOR_DISPLAY, MEASURE_STATUS_LABELS_FR, SHARED_POOL_LABELS_FR, type IndicatorDisplay } from './labels';
import type { Block, ReenDocument, Section } from './model';
import { organisationNameFr, type OrganisationNameFr } from './organisationName';
import { statusTable } from './planParts';
import { measureStatusAt } from './buildYearlyBilanDocument';
import { factorSetEditionFr } from './editionsFr';
import { listFr } from './strategyParts';

export interface EntityDocumentOptions {
  /** Date of the document, ISO `YYYY-MM-DD` (documents never read the clock). */
  readonly date: string;
  /** The factor set; defaults to the shipped set named by the project. */
  readonly factorSet?: FactorSet;
}

const CO2 = INDICATOR_DISPLAY.co2eKg;
const KG: IndicatorDisplay = { label: 'Émissions', unit: 'kg CO2e', divisor: '1', precision: { decimals: 0 } };
const INTEGER = { decimals: 0 } as const;
const plural = (count: number, singular: string, several: string): string => `${formatNumberFr(count, INTEGER)} ${count > 1 ? several : singular}`;

function strategyOf(project: ProjectFile): Strategy {
  if (project.strategy === undefined) throw new FootprintError('invalid_option', { option: 'project.strategy', reason: 'the project has no strategy' });
  return project.strategy;
}

/** Whether the law obliges the entity, or the sentence saying the document is voluntary. */
function obligationParagraph(view: EntityView, name: OrganisationNameFr): Block {
  const population = view.entity.population;
  if (!view.voluntary) {
    return para(
      `${name.start} compte ${formatNumberFr(population ?? 0, INTEGER)} habitants : l’article 35 de la loi n° 2021-1485 du 15 novembre 2021 et le décret n° 2022-1084 du 29 juillet 2022 lui imposent de définir sa stratégie numérique responsable et d’en présenter le bilan chaque année.`,
    );
  }
  const why =
    view.bilan.obligation.reason === 'under-threshold'
      ? `et ${name.subject} en compte ${formatNumberFr(population ?? 0, INTEGER)}`
      : view.bilan.obligation.reason === 'population-unknown'
        ? `et la population ${name.of} n’est pas renseignée`
        : `ce qui n’inclut pas ${name.subject}`;
  return para(
    `Ce document est produit volontairement : l’article 35 de la loi n° 2021-1485 du 15 novembre 2021 n’impose une stratégie numérique responsable qu’aux communes et aux établissements publics de coopération intercommunale à fiscalité propre de plus de 50 000 habitants, ${why}.`,
  );
}

function sharedDsiParagraph(view: EntityView, name: OrganisationNameFr): Block {
  const others = listFr(view.partners.map((entity) => organisationNameFr(entity).subject));
  return para(
    `Le service informatique ${name.of} est partagé avec ${others}. Son bilan comprend les équipements qui lui sont rattachés et sa part des équipements et services partagés, répartie selon les clés indiquées ci-dessous ; les bilans des entités s’additionnent exactement au bilan consolidé du service partagé.`,
  );
}

/** The entity's footprint: the headline, where it comes from (own lines, shares and keys), every indicator. */
function bilanBlocks(view: EntityView, name: OrganisationNameFr): Block[] {
  const { bilan, consolidated } = view;
  const year = consolidated.year;
  const ratios = [
    ...(bilan.perAgent ? [`soit ${qty(bilan.perAgent.co2eKg, CO2E_PER_PERSON_DISPLAY)} par agent`] : []),
    ...(bilan.perInhabitant ? [`${qty(bilan.perInhabitant.co2eKg, CO2E_PER_PERSON_DISPLAY)} d’empreinte propre par habitant`] : []),
  ];
  const rows = [
    [`Équipements rattachés (${plural(bilan.devices, 'équipement', 'équipements')})`, '–', '–', num(bilan.own.co2eKg, KG)],
    ...bilan.shares.map((part) => [SHARED_POOL_LABELS_FR[part.pool], ALLOCATION_KEY_LABELS_FR[part.key], formatPercentFr(part.share, { decimals: 1 }), num(part.co2eKg, KG)]),
    ['Total', '', '', num(bilan.total.co2eKg, KG)],
  ];
  return [
    bullets([
      `En ${year}, le numérique ${name.of} a émis ${qty(bilan.total.co2eKg, CO2)} de gaz à effet de serre (${range(bilan.low.co2eKg, bilan.high.co2eKg, CO2)})${ratios.length > 0 ? `, ${ratios.join(' et ')}` : ''}.`,
      `C’est ${formatPercentFr(bilan.total.co2eKg.dividedBy(consolidated.total.co2eKg), { decimals: 1 })} du bilan consolidé du service informatique partagé (${qty(consolidated.total.co2eKg, CO2)}).`,
    ]),
    table(`Composition du bilan ${year}`, ['left', 'left', 'right', 'right'], ['Poste', 'Clé de répartition', 'Part', 'kg CO2e'], rows),
    table(
      `Indicateurs environnementaux ${year}`,
      ['left', 'right', 'right'],
      ['Indicateur', 'Valeur centrale', 'Fourchette'],
      INDICATORS.map((indicator) => [INDICATOR_DISPLAY[indicator].label, qty(bilan.total[indicator], INDICATOR_DISPLAY[indicator]), range(bilan.low[indicator], bilan.high[indicator], INDICATOR_DISPLAY[indicator])]),
    ),
  ];
}

/** Objectives: the entity's own, then the common ones, each with its status at `asOf`. */
function objectiveBlocks(project: ProjectFile, view: EntityView, name: OrganisationNameFr, asOf: string, factorSet: FactorSet): Block[] {
  const strategy = strategyOf(project);
  const trajectory = strategy.horizonYear > strategy.baselineYear ? computeProjectTrajectory(project, { factorSet }) : undefined;
  const statuses = objectiveStatuses(strategy, { asOf, ...(trajectory ? { trajectory } : {}) });
  const pick = (ids: readonly string[]) => statuses.filter((s) => ids.includes(s.objectiveId));
  const when = `au ${formatDateFr(asOf)}`;
  const blocks: Block[] = [];
  if (view.objectives.specific.length > 0) {
    blocks.push(statusTable(strategy, pick(view.objectives.specific.map((o) => o.id)), `Objectifs propres ${name.of}, état ${when}`));
  }
  if (view.objectives.shared.length > 0) {
    blocks.push(
      para('Les objectifs suivants sont communs à toutes les entités du service informatique partagé : ils sont suivis sur le périmètre consolidé.'),
      statusTable(strategy, pick(view.objectives.shared.map((o) => o.id)), `Objectifs communs, état ${when}`),
    );
  }
  return blocks.length > 0 ? blocks : [para('La stratégie ne fixe pas encore d’objectif chiffré.')];
}

/** Measures: the entity's own, then the common ones, with their status at 31 December of `year`. */
function measureBlocks(strategy: Strategy, view: EntityView, name: OrganisationNameFr, year: number): Block[] {
  const line = (m: Measure) => `« ${m.title} » (${axisShortLabel(strategy, m.axis)}) : ${MEASURE_STATUS_LABELS_FR[measureStatusAt(m, year)].toLowerCase()}`;
  const live = (items: readonly Measure[]) => items.filter((m) => m.status !== 'abandoned');
  const blocks: Block[] = [];
  const own = live(view.measures.specific);
  const shared = live(view.measures.shared);
  if (own.length > 0) blocks.push(para(`Mesures propres ${name.of} :`), bullets(own.map(line)));
  if (shared.length > 0) blocks.push(para('Mesures communes à toutes les entités du service informatique partagé :'), bullets(shared.map(line)));
  return blocks.length > 0 ? blocks : [para('Aucune mesure n’est encore engagée.')];
}

const LEGAL_KINDS = ['commune', 'epci', 'metropole'] as const;

/**
 * The strategy document of one entity of a shared DSI, for the organisation's reference year.
 *
 * @param project - A parsed project with `entities` and a `strategy`.
 * @param entityId - The entity (`entities.list[].id`).
 * @param options - The document date and, optionally, the factor set.
 * @throws FootprintError `invalid_option` when the project has no strategy or no such entity.
 * @example
 * buildEntityStrategyDocumentFromProject(project, 'cias', { date: '2026-12-05' });
 */
export function buildEntityStrategyDocumentFromProject(project: ProjectFile, entityId: string, options: EntityDocumentOptions): ReenDocument {
  const strategy = strategyOf(project);
  const factorSet = options.factorSet ?? getFactorSet(project.factorSetVersion);
  const view = entityView(project, entityId, { factorSet });
  const name = organisationNameFr(view.entity);
  const year = view.consolidated.year;
  const kind = LEGAL_KINDS.find((k) => k === view.entity.kind);
  const sections: Section[] = [
    section('objet', 'Objet du document', [
      para(`Ce document présente la stratégie numérique responsable ${name.of} pour la période ${strategy.baselineYear}–${strategy.horizonYear}.`),
      obligationParagraph(view, name),
      sharedDsiParagraph(view, name),
    ]),
    ...(kind && !view.voluntary ? [section('cadre-legal', 'Cadre légal', legalBlocks(kind))] : []),
    section('bilan', `Bilan de l’impact environnemental ${year}`, bilanBlocks(view, name), true),
    section('objectifs', 'Objectifs', objectiveBlocks(project, view, name, options.date, factorSet)),
    section('mesures', 'Mesures', measureBlocks(strategy, view, name, Number(options.date.slice(0, 4)))),
    section('methode', 'Méthode', [
      para(
        `Le bilan est calculé avec les ${factorSetEditionFr(view.consolidated.factorSetVersion)} selon la méthode ${view.consolidated.method === 'stock' ? 'dite « stock »' : 'dite « flux »'}, sur l’inventaire du service informatique partagé. Le détail du calcul, la trajectoire et les fiches des mesures figurent dans la stratégie consolidée et son annexe technique.`,
      ),
    ]),
  ];
  return finishDocument(
    {
      lang: 'fr-FR',
      title: `Stratégie numérique responsable – ${name.name}`,
      author: name.name,
      subject: 'Stratégie numérique responsable (loi n° 2021-1485, article 35 ; décret n° 2022-1084)',
      cover: {
        organisation: name.name,
        title: 'Stratégie numérique responsable',
        subtitle: view.voluntary ? 'Document produit volontairement' : 'Réduire l’empreinte environnementale du numérique',
        date: formatDateFr(options.date),
        lines: [`Période ${strategy.baselineYear}–${strategy.horizonYear}`, `Bilan de référence : ${year}`],
      },
      tableOfContents: true,
      draft: checkStrategy(strategy).some((i) => i.severity === 'blocking'),
      sections,
      footer: `Stratégie numérique responsable – ${name.name}`,
    },
    { glossary: true },
  );
}

/**
 * The RDD chapter of one entity for year N: its footprint of N, the objectives at 31/12/N and the
 * measures' status at 31/12/N. No cover, headings from level 2, as `buildYearlyBilanDocument`.
 *
 * @param project - A parsed project with `entities` and a `strategy`.
 * @param entityId - The entity.
 * @param year - The bilan year N.
 * @param options - The document date and, optionally, the factor set.
 */
export function buildEntityYearlyBilanDocumentFromProject(project: ProjectFile, entityId: string, year: number, options: EntityDocumentOptions): ReenDocument {
  const strategy = strategyOf(project);
  const factorSet = options.factorSet ?? getFactorSet(project.factorSetVersion);
  const view = entityView(project, entityId, { factorSet, year });
  const name = organisationNameFr(view.entity);
  const root = section(`bilan-${year}`, `Bilan ${year} de la stratégie numérique responsable`, [
    section('objet', 'Objet', [
      para(`Ce chapitre présente le bilan annuel ${year} de la stratégie numérique responsable ${name.of}, pour le rapport sur la situation en matière de développement durable.`),
      obligationParagraph(view, name),
      sharedDsiParagraph(view, name),
    ]),
    section('empreinte', `Empreinte environnementale du numérique en ${year}`, bilanBlocks(view, name)),
    section('objectifs', 'Objectifs', objectiveBlocks(project, view, name, `${year}-12-31`, factorSet)),
    section('mesures', `Mesures au 31 décembre ${year}`, measureBlocks(strategy, view, name, year)),
    section('methode', 'Méthode', [para(`Chapitre établi le ${formatDateFr(options.date)}. Le détail du calcul figure dans l’annexe technique de la stratégie consolidée.`)]),
  ]);
  return finishDocument({
    lang: 'fr-FR',
    title: `Bilan annuel ${year} de la stratégie numérique responsable – ${name.name}`,
    author: name.name,
    subject: `Bilan annuel ${year} de la stratégie numérique responsable (rapport sur la situation en matière de développement durable)`,
    tableOfContents: false,
    topHeadingLevel: 2,
    draft: checkStrategy(strategy, { bilanYear: year }).some((i) => i.severity === 'blocking'),
    sections: [root],
    footer: `Bilan ${year} de la stratégie numérique responsable – ${name.name}`,
  });
}
