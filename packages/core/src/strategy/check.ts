import type { Strategy } from './schema';
import type { NameArticle } from '../schemas/organisation';
import { organisationNameFr } from '../document/organisationName';
import { AXIS_LABELS } from './axes';
import { decreeAxisCoverage } from './axisCoverage';
import { indicatorValueFor, strategyFootprints } from './objectives';
import type { StrategyMessageCode } from './messages';

/** Steps of the strategy workflow (the web app links each item to its step). */
export const STRATEGY_STEPS = ['frame', 'actors', 'bilan', 'engaged-actions', 'indicators', 'objectives', 'measures', 'annual-bilan', 'maturity'] as const;
export type StrategyStep = (typeof STRATEGY_STEPS)[number];

/** One thing the decree requires (blocking) or the guides advise, and that is still missing. */
export interface StrategyCheckItem {
  readonly code: StrategyMessageCode;
  readonly severity: 'blocking' | 'advice';
  readonly step: StrategyStep;
  /** Path in the strategy (zod-style). */
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, string | number>>;
}

export interface CheckStrategyOptions {
  /** Year of the annual bilan: indicators tied to objectives need a value for it. */
  readonly bilanYear?: number;
  /** The organisation: when its name's article is not stored, the check asks to confirm the inferred one. */
  readonly organisation?: { readonly name: string; readonly article?: NameArticle | undefined };
}

/**
 * Lists what art. D. 2311-15-1 CGCT requires and is still missing (blocking), and what the guides
 * advise (advice). Items are sorted by step order; each has a stable code worded by the message maps.
 */
export function checkStrategy(strategy: Strategy, options: CheckStrategyOptions = {}): StrategyCheckItem[] {
  const items: StrategyCheckItem[] = [];
  const add = (code: StrategyMessageCode, severity: 'blocking' | 'advice', step: StrategyStep, path: (string | number)[] = [], params: Record<string, string | number> = {}): void => {
    items.push({ code, severity, step, path, params });
  };

  if (strategy.horizonYear <= strategy.baselineYear) add('horizon_not_after_baseline', 'blocking', 'frame', ['horizonYear'], { horizon: strategy.horizonYear, baseline: strategy.baselineYear });
  if (!strategy.legal.programmeDeTravailDate) add('legal_programme_date_missing', 'advice', 'frame', ['legal', 'programmeDeTravailDate']);
  if (!strategy.legal.strategyAdoptedDate) add('legal_strategy_date_missing', 'advice', 'frame', ['legal', 'strategyAdoptedDate']);

  if (strategy.actors.length === 0) add('actors_missing', 'blocking', 'actors', ['actors']);
  else {
    if (!strategy.actors.some((a) => a.kind === 'internal-service')) add('actors_no_internal_service', 'advice', 'actors', ['actors']);
    if (!strategy.actors.some((a) => a.kind === 'elected-official')) add('actors_no_elected_official', 'advice', 'actors', ['actors']);
    if (!strategy.actors.some((a) => a.kind === 'external-partner')) add('actors_no_external_partner', 'advice', 'actors', ['actors']);
  }

  if (!strategy.bilan.footprint) add('bilan_footprint_missing', 'blocking', 'bilan', ['bilan', 'footprint']);
  const usages = strategy.bilan.usages;
  if (!usages) add('bilan_usages_missing', 'blocking', 'bilan', ['bilan', 'usages']);
  else {
    if (usages.agents === undefined && usages.users === undefined) add('bilan_usages_no_users', 'advice', 'bilan', ['bilan', 'usages', 'users']);
    if (usages.digitalServices.length === 0) add('bilan_usages_no_digital_services', 'advice', 'bilan', ['bilan', 'usages', 'digitalServices']);
    if (usages.websites.length === 0) add('bilan_usages_no_websites', 'advice', 'bilan', ['bilan', 'usages', 'websites']);
    if (!usages.publicAccessPoints) add('bilan_usages_no_public_access_points', 'advice', 'bilan', ['bilan', 'usages', 'publicAccessPoints']);
    if (!usages.schoolEquipment) add('bilan_usages_no_school_equipment', 'advice', 'bilan', ['bilan', 'usages', 'schoolEquipment']);
  }

  if (strategy.engagedActions.length === 0) add('engaged_actions_missing', 'advice', 'engaged-actions', ['engagedActions']);

  const customAxes = new Set(strategy.customAxes.map((a) => `custom:${a.id}`));
  const checkAxis = (axis: string, path: (string | number)[], step: StrategyStep): void => {
    if (axis.startsWith('custom:') && !customAxes.has(axis)) add('custom_axis_unknown', 'blocking', step, path, { axis });
  };
  strategy.engagedActions.forEach((a, i) => checkAxis(a.axis, ['engagedActions', i, 'axis'], 'engaged-actions'));

  const indicatorIds = new Set(strategy.indicators.map((i) => i.id));
  if (strategy.indicators.length === 0) add('indicators_missing', 'blocking', 'indicators', ['indicators']);

  if (strategy.objectives.length === 0) add('objectives_missing', 'blocking', 'objectives', ['objectives']);
  strategy.objectives.forEach((o, i) => {
    checkAxis(o.axis, ['objectives', i, 'axis'], 'objectives');
    if (!o.indicatorId) add('objective_without_indicator', 'blocking', 'objectives', ['objectives', i, 'indicatorId'], { label: o.label });
    else if (!indicatorIds.has(o.indicatorId)) add('objective_unknown_indicator', 'blocking', 'objectives', ['objectives', i, 'indicatorId'], { label: o.label, indicatorId: o.indicatorId });
    const served = strategy.measures.some((m) => m.status !== 'abandoned' && ((o.indicatorId !== undefined && m.indicatorIds.includes(o.indicatorId)) || m.axis === o.axis));
    if (!served) add('objective_without_measure', 'advice', 'objectives', ['objectives', i], { label: o.label });
  });

  if (strategy.measures.length === 0) add('measures_missing', 'blocking', 'measures', ['measures']);
  strategy.measures.forEach((m, i) => {
    if (m.status === 'abandoned') return;
    checkAxis(m.axis, ['measures', i, 'axis'], 'measures');
    if (m.budget.length === 0 && (m.fte === undefined || m.fte.isZero())) add('measure_without_means', 'blocking', 'measures', ['measures', i, 'budget'], { title: m.title });
    if (!m.pilotService) add('measure_without_pilot', 'advice', 'measures', ['measures', i, 'pilotService'], { title: m.title });
    if (m.indicatorIds.length === 0) add('measure_without_indicator', 'advice', 'measures', ['measures', i, 'indicatorIds'], { title: m.title });
    m.indicatorIds.forEach((id, j) => {
      if (!indicatorIds.has(id)) add('measure_unknown_indicator', 'blocking', 'measures', ['measures', i, 'indicatorIds', j], { title: m.title, indicatorId: id });
    });
    if (!m.start && !m.end) add('measure_without_dates', 'advice', 'measures', ['measures', i, 'start'], { title: m.title });
  });

  if (options.bilanYear !== undefined) {
    const year = options.bilanYear;
    const tracked = new Set(strategy.objectives.flatMap((o) => (o.indicatorId ? [o.indicatorId] : [])));
    strategy.indicators.forEach((ind, i) => {
      if (tracked.has(ind.id) && indicatorValueFor(ind, year, strategyFootprints(strategy)) === undefined) add('indicator_no_value_for_year', 'blocking', 'annual-bilan', ['indicators', i, 'values'], { label: ind.label, year });
    });
  }

  if (strategy.maturity.length === 0) add('maturity_not_assessed', 'advice', 'maturity', ['maturity']);

  // What published strategies lead with (advice: the decree does not require it).
  decreeAxisCoverage(strategy).forEach(({ axis, state }) => {
    if (state === 'missing') add('decree_axis_not_covered', 'advice', 'measures', ['axisJustifications', axis], { axis: AXIS_LABELS[axis].fr });
  });
  if (options.organisation && options.organisation.article === undefined) {
    add('organisation_article_unconfirmed', 'advice', 'frame', ['organisation', 'article'], { form: organisationNameFr(options.organisation).of });
  }
  if (strategy.edito === undefined) add('edito_missing', 'advice', 'frame', ['edito']);
  if (strategy.vision === undefined || (strategy.vision.pillars.length === 0 && !strategy.vision.statement)) add('vision_missing', 'advice', 'frame', ['vision']);
  else if (strategy.vision.pillars.length === 0) add('vision_pillars_missing', 'advice', 'frame', ['vision', 'pillars']);
  if (strategy.governance?.copil === undefined) add('governance_copil_missing', 'advice', 'actors', ['governance', 'copil']);
  if (strategy.consultation.length === 0) add('consultation_missing', 'advice', 'actors', ['consultation']);
  if (strategy.communication.length === 0) add('communication_missing', 'advice', 'annual-bilan', ['communication']);

  const order = (s: StrategyStep): number => STRATEGY_STEPS.indexOf(s);
  return items.map((item, index) => ({ item, index })).sort((a, b) => order(a.item.step) - order(b.item.step) || a.index - b.index).map((x) => x.item);
}
