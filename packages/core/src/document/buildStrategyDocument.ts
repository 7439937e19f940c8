/**
 * Builds the document of the *stratégie numérique responsable*, as a conseil adopts it: édito,
 * synthèse, vision, context, legal frame, governance and co-construction, programme de travail
 * (bilan of the environmental impact, uses, actions already engaged, maturity), objectives linked
 * to their measures, trajectory, action plan over the decree's six axes with one sheet per measure,
 * means, follow-up and communication, a short method section and a glossary. The full trace is the
 * separate technical annex (`buildTechnicalAnnexDocument`). Also builds the programme de travail
 * on its own (`buildProgrammeDocument`).
 */
import { sum, ZERO } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { Organisation } from '../schemas/organisation';
import { checkStrategy } from '../strategy/check';
import type { ObjectiveTracking } from '../strategy/objectives';
import { objectiveStatuses, strategyFootprints } from '../strategy/objectives';
import { ownShareFr, perAgentFr, sharedServiceSubjectFr, type SharedServiceView } from './sharedService';
import type { Strategy } from '../strategy/schema';
import type { Trajectory } from '../strategy/trajectory';
import { bullets, euros, para, qty, range, section, share, strategyValue } from './blocks';
import { legalBlocks } from './common';
import type { FootprintView } from './common';
import { finishDocument } from './finish';
import { formatDateFr, formatNumberFr } from './formatFr';
import { footprintSections, keyLabel, maturitySection, usagesSection } from './footprintParts';
import { CATEGORY_LABELS_FR, INDICATOR_DISPLAY } from './labels';
import { methodSection } from './methodParts';
import type { FootprintDistribution } from '../uncertainty/distribution';
import type { ReenDocument, Section } from './model';
import type { OrganisationNameFr } from './organisationName';
import { organisationNameFr } from './organisationName';
import { actionPlanSection, engagedActionsBlocks, followUpSection, meansSection, objectivesSection, trajectorySection } from './planParts';
import { coConstructionSentence, contextSection, editoSection, governanceSection, listFr, visionSection } from './strategyParts';

/** What the strategy document is built from. */
export interface StrategyDocumentInput {
  readonly organisation: Pick<Organisation, 'name' | 'kind' | 'population' | 'agents'> & Partial<Pick<Organisation, 'lifetimeHypotheses' | 'article'>>;
  readonly strategy: Strategy;
  /** The footprint of the reference year. Defaults to the strategy's frozen `bilan.footprint`. */
  readonly footprint?: FootprintView | undefined;
  /** The factor set, for the method section. */
  readonly factorSet?: FactorSet | undefined;
  /** The projected trajectory (`projectTrajectory`). */
  readonly trajectory?: Trajectory | undefined;
  /** The inventory was estimated from the number of agents. */
  readonly inventoryIsEstimate?: boolean | undefined;
  /** The Monte Carlo distribution of `footprint` (`computeDistribution`), for the method section. */
  readonly distribution?: FootprintDistribution | undefined;
  /** The DSI shared by several entities (`sharedServiceView`): the total is the shared service's. */
  readonly sharedService?: SharedServiceView | undefined;
}

export interface StrategyDocumentOptions {
  /** Date of the document, ISO `YYYY-MM-DD` (documents never read the clock). */
  readonly date: string;
  /**
   * `live` (default): the strategy as monitored, statuses at the document's date. `adopted`: the
   * version the conseil adopted (`strategy.adopted`), statuses at the date of the délibération.
   */
  readonly version?: 'live' | 'adopted';
}

const CO2 = INDICATOR_DISPLAY.co2eKg;

function summarySection(input: StrategyDocumentInput, name: OrganisationNameFr, footprint: FootprintView | undefined, statuses: readonly ObjectiveTracking[], asOfText: string): Section {
  const { strategy, trajectory } = input;
  // Only the footprint computed now is the shared service's (the adopted one is frozen as it was).
  const shared = footprint === input.footprint ? input.sharedService : undefined;
  const items: string[] = [];
  if (footprint !== undefined) {
    items.push(
      `En ${footprint.year}, ${shared ? sharedServiceSubjectFr(shared) : `le numérique ${name.of}`} a émis ${qty(footprint.total.co2eKg, CO2)} de gaz à effet de serre (${range(footprint.low.co2eKg, footprint.high.co2eKg, CO2)})${shared ? ownShareFr(shared, footprint.total.co2eKg) : ''}${footprint.perAgent ? `${shared && ownShareFr(shared, footprint.total.co2eKg) !== '' ? ' ;' : ','} soit ${perAgentFr(footprint.perAgent.co2eKg, shared)}` : ''}.`,
    );
    const top = [...footprint.byCategory].sort((a, b) => b.total.co2eKg.comparedTo(a.total.co2eKg))[0];
    const manufacturing = share(footprint.byPhase.manufacturing.co2eKg, footprint.total.co2eKg);
    items.push(
      `La fabrication des équipements pèse ${manufacturing} des émissions${top && top.total.co2eKg.gt(0) ? ` ; le premier poste est celui des ${keyLabel(CATEGORY_LABELS_FR, top.key).toLowerCase()} (${share(top.total.co2eKg, footprint.total.co2eKg)})` : ''}.`,
    );
  }
  const axes = new Set(strategy.measures.map((m) => m.axis));
  items.push(
    `La stratégie ${strategy.baselineYear}–${strategy.horizonYear} fixe ${strategy.objectives.length} objectif${strategy.objectives.length > 1 ? 's' : ''}, suivis par ${strategy.indicators.length} indicateur${strategy.indicators.length > 1 ? 's' : ''}, et engage ${strategy.measures.length} mesure${strategy.measures.length > 1 ? 's' : ''} sur ${axes.size} axe${axes.size > 1 ? 's' : ''}.`,
  );
  const last = trajectory?.years.at(-1);
  if (last !== undefined) items.push(`À l’horizon ${last.year}, les émissions atteindraient ${qty(last.scenario.total.co2eKg, CO2)} avec les mesures, contre ${qty(last.trend.total.co2eKg, CO2)} sans elles.`);
  const short = statuses.filter((t) => t.plan !== undefined && !t.plan.reaches);
  for (const t of short) {
    const objective = strategy.objectives.find((o) => o.id === t.objectiveId)!;
    // One verdict with both facts: a measured value on track and a plan that misses are said together.
    const measured = t.latest !== undefined && t.status === 'on-track' ? `la dernière valeur (${strategyValue(t.latest.value, t.unit)} en ${t.latest.year}) est en bonne voie, mais ` : '';
    items.push(`Pour l’objectif « ${objective.label} », ${measured}les mesures prévues ne suffisent pas : il manque ${strategyValue(t.plan!.gap, t.unit)} en ${t.targetYear}. Des mesures complémentaires seront à prévoir.`);
  }
  const reached = statuses.filter((t) => t.status === 'on-track' || t.status === 'achieved').length;
  if (statuses.length > 0) items.push(`${asOfText.charAt(0).toUpperCase()}${asOfText.slice(1)}, ${reached} objectif${reached > 1 ? 's' : ''} sur ${statuses.length} ${reached > 1 ? 'sont' : 'est'} atteint${reached > 1 ? 's' : ''} ou en bonne voie.`);
  const measures = strategy.measures.filter((m) => m.status !== 'abandoned');
  const budget = sum(measures.flatMap((m) => m.budget.map((b) => b.amountEur)));
  const fte = sum(measures.map((m) => m.fte ?? ZERO));
  if (budget.gt(0) || fte.gt(0)) items.push(`Moyens : ${euros(budget)} sur la période et ${formatNumberFr(fte, { decimals: 2 }).replace(/,?0+$/, '')} équivalent temps plein (ETP).`);
  return section('synthese', 'Synthèse', [para(`Stratégie numérique responsable ${name.of}, en application de l’article 35 de la loi n° 2021-1485 du 15 novembre 2021 et du décret n° 2022-1084 du 29 juillet 2022.`), bullets(items)]);
}

/** The programme de travail part: the bilan of the environmental impact, uses, actions engaged, maturity. */
function programmeSection(strategy: Strategy, footprint: FootprintView | undefined, withMaturity: boolean): Section {
  const maturity = withMaturity ? maturitySection(strategy) : undefined;
  return section(
    'programme',
    'État des lieux',
    [
      para(
        `${coConstructionSentence(strategy)} Il dresse le bilan de l’impact environnemental du numérique et de ses usages, et la synthèse des actions déjà engagées pour l’atténuer.`,
      ),
      section('bilan', 'Bilan de l’impact environnemental', footprint === undefined ? [para('Le bilan chiffré n’est pas encore établi.')] : footprintSections(footprint)),
      usagesSection(strategy),
      section('actions-engagees', 'Actions déjà engagées', engagedActionsBlocks(strategy)),
      ...(maturity ? [maturity] : []),
    ],
    true,
  );
}

/** Resolves the version to print: the live strategy or the adopted one, and the date of the statuses. */
function versionOf(input: StrategyDocumentInput, options: StrategyDocumentOptions): { strategy: Strategy; asOf: string; asOfText: string; line: string } {
  if (options.version === 'adopted') {
    const adopted = input.strategy.adopted;
    if (adopted === undefined) throw new RangeError('buildStrategyDocument: the strategy has no adopted version (adoptStrategy)');
    return {
      strategy: { ...adopted.content },
      asOf: adopted.date,
      asOfText: `au ${formatDateFr(adopted.date)}`,
      line: `Version adoptée le ${formatDateFr(adopted.date)}${adopted.deliberation ? ` (${adopted.deliberation})` : ''}`,
    };
  }
  return { strategy: input.strategy, asOf: options.date, asOfText: `au ${formatDateFr(options.date)}`, line: `Version de suivi au ${formatDateFr(options.date)}` };
}

/** The kept footprints computed from an earlier year's inventory (the method says comparisons with them do not measure the fleet). */
function reusedInventoriesOf(strategy: Strategy): { year: number; inventoryYear: number }[] {
  return strategyFootprints(strategy).flatMap((f) => (f.inventoryYear !== undefined && f.inventoryYear < f.year ? [{ year: f.year, inventoryYear: f.inventoryYear }] : []));
}

/**
 * Builds the document of the stratégie numérique responsable.
 *
 * @param input - Organisation, strategy, and optionally the footprint, the factor set and the trajectory.
 * @param options - The document's date (ISO), and the version (live or adopted).
 * @returns A validated document model, ready for `renderDocument` of `@reen/formats/document`.
 * @example
 * const doc = buildStrategyDocument({ organisation, strategy, footprint: result, factorSet, trajectory }, { date: '2026-11-25' });
 */
export function buildStrategyDocument(input: StrategyDocumentInput, options: StrategyDocumentOptions): ReenDocument {
  const { organisation } = input;
  const { strategy, asOf, asOfText, line } = versionOf(input, options);
  const name = organisationNameFr(organisation);
  const footprint: FootprintView | undefined = input.footprint ?? strategy.bilan.footprint;
  const statuses = objectiveStatuses(strategy, { asOf, trajectory: input.trajectory });
  const legal = strategy.legal;
  const coverLines = [
    line,
    `Période ${strategy.baselineYear}–${strategy.horizonYear}`,
    ...(footprint ? [`Bilan de référence : ${footprint.year}`] : []),
    ...(legal.deliberation && options.version !== 'adopted' ? [legal.deliberation] : []),
    ...(legal.programmeDeTravailDate ? [`Programme de travail du ${formatDateFr(legal.programmeDeTravailDate)}`] : []),
  ];
  const edito = editoSection(strategy);
  const vision = visionSection(strategy);
  const trajectory = trajectorySection(strategy, input.trajectory);
  const sections: Section[] = [
    ...(edito ? [edito] : []),
    summarySection({ ...input, strategy }, name, footprint, statuses, asOfText),
    ...(vision ? [vision] : []),
    contextSection(name, footprint, organisation.population, footprint === input.footprint ? input.sharedService : undefined),
    section('cadre-legal', 'Cadre légal', legalBlocks(legal.entityKind), true),
    governanceSection(strategy),
    programmeSection(strategy, footprint, true),
    objectivesSection(strategy, statuses),
    ...(trajectory ? [trajectory] : []),
    actionPlanSection(strategy, input.trajectory),
    meansSection(strategy),
    followUpSection(strategy, statuses, asOfText),
    methodSection({ organisation: { lifetimeHypotheses: organisation.lifetimeHypotheses ?? {}, agents: organisation.agents }, footprint, factorSet: input.factorSet, inventoryIsEstimate: input.inventoryIsEstimate, distribution: footprint === input.footprint ? input.distribution : undefined, reusedInventories: reusedInventoriesOf(strategy) }),
  ];
  return finishDocument(
    {
      lang: 'fr-FR',
      title: `Stratégie numérique responsable – ${name.name}`,
      author: name.name,
      subject: 'Stratégie numérique responsable (loi n° 2021-1485, article 35 ; décret n° 2022-1084)',
      cover: { organisation: name.name, title: 'Stratégie numérique responsable', subtitle: strategy.vision?.statement ?? 'Réduire l’empreinte environnementale du numérique', date: formatDateFr(options.date), lines: coverLines },
      tableOfContents: true,
      draft: checkStrategy(strategy).some((i) => i.severity === 'blocking'),
      sections,
      footer: `Stratégie numérique responsable – ${name.name}`,
    },
    { glossary: true },
  );
}

/**
 * Builds the programme de travail on its own (the 2023 deliverable of art. D. 2311-15-1 CGCT):
 * legal frame, governance and actors, the bilan of the environmental impact and of the uses, the
 * actions already engaged, the maturity self-assessment and the method.
 */
export function buildProgrammeDocument(input: StrategyDocumentInput, options: Pick<StrategyDocumentOptions, 'date'>): ReenDocument {
  const { strategy, organisation } = input;
  const name = organisationNameFr(organisation);
  const footprint: FootprintView | undefined = input.footprint ?? strategy.bilan.footprint;
  const intro = section('objet', 'Objet du programme de travail', [
    para(
      `Ce programme de travail prépare la stratégie numérique responsable ${name.of}, en application de l’article D. 2311-15-1 du code général des collectivités territoriales. ${coConstructionSentence(strategy)}`,
    ),
    ...(strategy.engagedActions.length > 0 ? [para(`Il recense ${strategy.engagedActions.length} action${strategy.engagedActions.length > 1 ? 's' : ''} déjà engagée${strategy.engagedActions.length > 1 ? 's' : ''} : ${listFr(strategy.engagedActions.map((a) => a.description.charAt(0).toLowerCase() + a.description.slice(1)))}.`)] : []),
  ]);
  const sections: Section[] = [
    intro,
    contextSection(name, footprint, organisation.population, footprint === input.footprint ? input.sharedService : undefined),
    section('cadre-legal', 'Cadre légal', legalBlocks(strategy.legal.entityKind), true),
    governanceSection(strategy),
    programmeSection(strategy, footprint, true),
    methodSection({ organisation: { lifetimeHypotheses: organisation.lifetimeHypotheses ?? {}, agents: organisation.agents }, footprint, factorSet: input.factorSet, inventoryIsEstimate: input.inventoryIsEstimate, distribution: footprint === input.footprint ? input.distribution : undefined, reusedInventories: reusedInventoriesOf(strategy) }),
  ];
  return finishDocument(
    {
      lang: 'fr-FR',
      title: `Programme de travail de la stratégie numérique responsable – ${name.name}`,
      author: name.name,
      subject: 'Programme de travail (article D. 2311-15-1 du code général des collectivités territoriales)',
      cover: {
        organisation: name.name,
        title: 'Programme de travail',
        subtitle: 'Vers une stratégie numérique responsable',
        date: formatDateFr(options.date),
        lines: [...(strategy.legal.programmeDeTravailDate ? [`Établi le ${formatDateFr(strategy.legal.programmeDeTravailDate)}`] : []), ...(footprint ? [`Bilan ${footprint.year}`] : [])],
      },
      tableOfContents: true,
      draft: checkStrategy(strategy).some((i) => i.severity === 'blocking' && ['frame', 'actors', 'bilan', 'engaged-actions'].includes(i.step)),
      sections,
      footer: `Programme de travail – ${name.name}`,
    },
    { glossary: true },
  );
}
