import { dec, type Dec } from '../internal/decimal';
import { INDICATOR_KINDS, type FootprintSnapshot, type IndicatorKind, type Objective, type Strategy, type StrategyIndicator } from './schema';
import type { ProjectionPoint, Trajectory } from './trajectory';
import { expectedEffectAt, hasExpectedEffects, isProjectedRecordedKind } from './recordedTrajectory';
import { resolveTarget } from './target';

const THOUSAND = dec(1000);
const HUNDRED = dec(100);

/** Value of a computed indicator kind in a projection point, in the indicator's unit. */
export function pointValue(point: ProjectionPoint, kind: IndicatorKind, bound: 'total' | 'low' | 'high' = 'total'): Dec | undefined {
  const values = point[bound];
  switch (kind) {
    case 'co2e-t':
      return values.co2eKg.dividedBy(THOUSAND);
    case 'water-m3':
      return values.waterL.dividedBy(THOUSAND);
    case 'water-scarcity-m3eq':
      return values.waterScarcityM3eq;
    case 'energy-kwh':
      return values.energyKwh;
    case 'average-lifetime-years':
      return point.averageLifetimeYears;
    case 'refurbished-purchase-share':
      return point.refurbishedPurchaseShare?.times(HUNDRED);
    case 'pue':
      return point.averagePue;
    default:
      return undefined;
  }
}

/** One year of an indicator's projection. */
export interface IndicatorSeriesPoint {
  readonly year: number;
  readonly trend: Dec | undefined;
  readonly trendLow: Dec | undefined;
  readonly trendHigh: Dec | undefined;
  readonly scenario: Dec | undefined;
  readonly scenarioLow: Dec | undefined;
  readonly scenarioHigh: Dec | undefined;
}

/** The projection of one computed indicator kind, year by year (empty for recorded-only kinds). */
export function indicatorSeries(trajectory: Trajectory, kind: IndicatorKind): IndicatorSeriesPoint[] {
  if (!INDICATOR_KINDS[kind].computed) return [];
  return trajectory.years.map((y) => ({
    year: y.year,
    trend: pointValue(y.trend, kind),
    trendLow: pointValue(y.trend, kind, 'low'),
    trendHigh: pointValue(y.trend, kind, 'high'),
    scenario: pointValue(y.scenario, kind),
    scenarioLow: pointValue(y.scenario, kind, 'low'),
    scenarioHigh: pointValue(y.scenario, kind, 'high'),
  }));
}

/** Unit of an indicator. */
export function indicatorUnit(indicator: Pick<StrategyIndicator, 'kind' | 'unit'>): string {
  return indicator.kind === 'custom' ? (indicator.unit ?? '') : INDICATOR_KINDS[indicator.kind].unit;
}

export { resolveTarget };

export type ObjectiveStatus = 'achieved' | 'on-track' | 'off-track' | 'no-data';

/** Whether the strategy's measures, as simulated by the trajectory, reach the objective's target. */
export interface ObjectivePlan {
  /** Scenario value at the target year, scaled to the objective's baseline, in the indicator's unit. */
  readonly projected: Dec;
  /** What the measures leave missing at the target year (≤ 0: they reach or beat it). */
  readonly gap: Dec;
  readonly reaches: boolean;
}

export interface ObjectiveTracking {
  readonly objectiveId: string;
  readonly indicatorId: string | undefined;
  readonly unit: string;
  readonly direction: 'decrease' | 'increase';
  /** The date the status is stated at (ISO), and the last year whose values count at that date. */
  readonly asOf: string;
  readonly asOfYear: number;
  readonly baselineYear: number;
  readonly baselineValue: Dec;
  readonly targetYear: number;
  readonly targetValue: Dec;
  /**
   * Last known value after the baseline year, at or before both the target year and `asOfYear`. For
   * a footprint indicator, the year's computed footprint (one truth with the bilan); `inventoryYear`
   * says when that footprint was computed from an earlier year's inventory (documents say so).
   */
  readonly latest: { readonly year: number; readonly value: Dec; readonly inventoryYear?: number } | undefined;
  /** Value expected that year on the straight line from baseline to target. */
  readonly expectedAtLatest: Dec | undefined;
  /** Scenario value at the target year (same as `plan.projected`). */
  readonly projected: Dec | undefined;
  /** What the measures give at the target year, when the indicator is computed and a trajectory is given. */
  readonly plan: ObjectivePlan | undefined;
  readonly status: ObjectiveStatus;
  /** What is still missing to reach the target, in the indicator's unit (≤ 0: reached or exceeded). */
  readonly gap: Dec | undefined;
  /** Which value the status rests on. */
  readonly basis: 'recorded-at-target' | 'recorded-path' | 'projection' | 'none';
}

/** Extensive kinds are projected by applying the trajectory's relative change to the objective's baseline. */
const EXTENSIVE: readonly IndicatorKind[] = ['co2e-t', 'water-m3', 'water-scarcity-m3eq', 'energy-kwh'];

/** The value of an extensive computed indicator kind in a footprint, in the indicator's unit. */
export function footprintIndicatorValue(footprint: Pick<FootprintSnapshot, 'total'>, kind: IndicatorKind): Dec | undefined {
  switch (kind) {
    case 'co2e-t':
      return footprint.total.co2eKg.dividedBy(THOUSAND);
    case 'water-m3':
      return footprint.total.waterL.dividedBy(THOUSAND);
    case 'water-scarcity-m3eq':
      return footprint.total.waterScarcityM3eq;
    case 'energy-kwh':
      return footprint.total.energyKwh;
    default:
      return undefined;
  }
}

/** The footprints a strategy keeps: the reference one and the later yearly ones. */
export function strategyFootprints(strategy: Pick<Strategy, 'bilan'>): FootprintSnapshot[] {
  return [...(strategy.bilan.footprint ? [strategy.bilan.footprint] : []), ...strategy.bilan.history];
}

/**
 * The value of an indicator for a year, with where it comes from. One truth: for the footprint
 * indicators (greenhouse gases, water, energy) a year that has a footprint takes the footprint's
 * total; otherwise the value the collectivité recorded.
 */
export function indicatorValueFor(
  indicator: Pick<StrategyIndicator, 'kind' | 'values'>,
  year: number,
  footprints: readonly Pick<FootprintSnapshot, 'year' | 'total' | 'inventoryYear'>[] = [],
): { readonly value: Dec; readonly source: 'footprint' | 'recorded' } | undefined {
  if (EXTENSIVE.includes(indicator.kind)) {
    const footprint = footprints.find((f) => f.year === year);
    const value = footprint ? footprintIndicatorValue(footprint, indicator.kind) : undefined;
    if (value !== undefined) return { value, source: 'footprint' };
  }
  const recorded = indicator.values.find((v) => v.year === year);
  return recorded ? { value: recorded.value, source: 'recorded' } : undefined;
}

/**
 * A recorded indicator's value at the objective's target year from the measures' expected effects:
 * the objective's baseline plus what the effects add between its baseline and target years
 * (`projectRecordedIndicator`). Undefined when no measure declares an effect on it.
 */
function expectedAtTarget(objective: Objective, indicator: StrategyIndicator, strategy: StrategyForStatuses): Dec | undefined {
  const measures = strategy.measures;
  if (!measures || !isProjectedRecordedKind(indicator.kind) || !hasExpectedEffects(measures, indicator.id)) return undefined;
  const baselineYear = strategy.baselineYear ?? objective.baseline.year;
  const added = expectedEffectAt(measures, indicator.id, objective.target.year, baselineYear).minus(expectedEffectAt(measures, indicator.id, objective.baseline.year, baselineYear));
  return objective.baseline.value.plus(added);
}

function projectedAt(objective: Objective, indicator: StrategyIndicator, trajectory: Trajectory | undefined, strategy: StrategyForStatuses): Dec | undefined {
  if (!INDICATOR_KINDS[indicator.kind].computed) return expectedAtTarget(objective, indicator, strategy);
  if (!trajectory || !INDICATOR_KINDS[indicator.kind].computed) return undefined;
  const at = trajectory.years.find((y) => y.year === objective.target.year);
  if (!at) return undefined;
  const value = pointValue(at.scenario, indicator.kind);
  if (value === undefined) return undefined;
  if (!EXTENSIVE.includes(indicator.kind)) return value;
  const base = trajectory.years.find((y) => y.year === objective.baseline.year) ?? trajectory.years[0];
  const baseValue = base ? pointValue(base.scenario, indicator.kind) : undefined;
  if (!baseValue || baseValue.isZero()) return undefined;
  return objective.baseline.value.times(value).dividedBy(baseValue);
}

/** What the statuses read: the objectives, indicators and frozen footprints; the measures (and baseline year) for the recorded indicators' expected effects. */
export type StrategyForStatuses = Pick<Strategy, 'objectives' | 'indicators' | 'bilan'> & Partial<Pick<Strategy, 'measures' | 'baselineYear'>>;

export interface ObjectiveStatusOptions {
  /**
   * The date the statuses are stated at, ISO `YYYY-MM-DD`: `N-12-31` for the yearly bilan of N, the
   * document's date for the strategy, today in the app. Values recorded for a year count from that
   * year on, so a past date keeps the status it had.
   */
  readonly asOf: string;
  /** The projected trajectory: it tells whether the measures reach each target. */
  readonly trajectory?: Trajectory | undefined;
  /**
   * The date the trajectory stands at, ISO `YYYY-MM-DD`: the date of the measures it was simulated
   * from (the délibération's for the adopted version, the document's for the live one). A
   * trajectory dated after `asOf` was not known then: it is left out, so that a past date never
   * rests on today's plan. Default: `asOf`.
   */
  readonly trajectoryDate?: string | undefined;
  /** Footprints by year; default: the strategy's frozen ones (`bilan.footprint` and `bilan.history`). */
  readonly footprints?: readonly Pick<FootprintSnapshot, 'year' | 'total' | 'inventoryYear'>[] | undefined;
}

/**
 * The status of every objective as of a date: THE status shown by every document and by the app.
 *
 * - Target year reached (value known for it): achieved, or off track with what is missing.
 * - Else, a value known after the baseline: on or off track against the straight line from the
 *   baseline to the target.
 * - Else, when the trajectory simulates the indicator, or when measures declare an expected effect
 *   on a recorded indicator (inclusion, awareness, reuse, eco-design), and that plan was known at the
 *   date (`trajectoryDate` at or before `asOf`): on or off track from whether the measures reach the
 *   target.
 * - Else: no data (« pas encore mesuré » at that date).
 *
 * Independently of the status, `plan` says whether the measures reach the target and by how much they
 * miss it (from the trajectory, or from the measures' expected effects on a recorded indicator).
 */
export function objectiveStatuses(strategy: StrategyForStatuses, options: ObjectiveStatusOptions): ObjectiveTracking[] {
  const asOfYear = Number(options.asOf.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf) || !Number.isInteger(asOfYear)) throw new RangeError(`objectiveStatuses: asOf must be an ISO date, got ${options.asOf}`);
  const footprints = options.footprints ?? strategyFootprints(strategy);
  if (options.trajectoryDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.trajectoryDate)) throw new RangeError(`objectiveStatuses: trajectoryDate must be an ISO date, got ${options.trajectoryDate}`);
  // A plan dated after `asOf` was not known then: neither its trajectory nor its measures' expected effects vouch for that date.
  const planKnown = !(options.trajectoryDate !== undefined && options.trajectoryDate > options.asOf);
  return strategy.objectives.map((objective): ObjectiveTracking => {
    const indicator = strategy.indicators.find((i) => i.id === objective.indicatorId);
    const targetValue = resolveTarget(objective);
    const direction = indicator?.direction ?? (targetValue.lt(objective.baseline.value) ? 'decrease' : 'increase');
    const missing = (value: Dec): Dec => (direction === 'decrease' ? value.minus(targetValue) : targetValue.minus(value));
    const projected = indicator && planKnown ? projectedAt(objective, indicator, options.trajectory, strategy) : undefined;
    const plan = projected === undefined ? undefined : { projected, gap: missing(projected), reaches: missing(projected).lte(0) };
    const base = {
      objectiveId: objective.id,
      indicatorId: objective.indicatorId,
      unit: indicator ? indicatorUnit(indicator) : '',
      direction,
      asOf: options.asOf,
      asOfYear,
      baselineYear: objective.baseline.year,
      baselineValue: objective.baseline.value,
      targetYear: objective.target.year,
      targetValue,
      projected,
      plan,
    } as const;
    const lastYear = Math.min(asOfYear, objective.target.year);
    let latest: ObjectiveTracking['latest'];
    for (let year = lastYear; indicator && year > objective.baseline.year && latest === undefined; year -= 1) {
      const known = indicatorValueFor(indicator, year, footprints);
      if (!known) continue;
      const reused = known.source === 'footprint' ? footprints.find((f) => f.year === year)?.inventoryYear : undefined;
      latest = reused !== undefined && reused < year ? { year, value: known.value, inventoryYear: reused } : { year, value: known.value };
    }
    const span = objective.target.year - objective.baseline.year;
    const expectedAtLatest = latest
      ? objective.baseline.value.plus(targetValue.minus(objective.baseline.value).times(latest.year - objective.baseline.year).dividedBy(span))
      : undefined;
    if (latest && latest.year === objective.target.year) {
      const gap = missing(latest.value);
      return { ...base, latest, expectedAtLatest, status: gap.lte(0) ? 'achieved' : 'off-track', gap, basis: 'recorded-at-target' };
    }
    if (latest && expectedAtLatest) {
      const behind = direction === 'decrease' ? latest.value.gt(expectedAtLatest) : latest.value.lt(expectedAtLatest);
      return { ...base, latest, expectedAtLatest, status: behind ? 'off-track' : 'on-track', gap: missing(latest.value), basis: 'recorded-path' };
    }
    if (plan) return { ...base, latest, expectedAtLatest, status: plan.reaches ? 'on-track' : 'off-track', gap: plan.gap, basis: 'projection' };
    return { ...base, latest, expectedAtLatest, status: 'no-data', gap: undefined, basis: 'none' };
  });
}
