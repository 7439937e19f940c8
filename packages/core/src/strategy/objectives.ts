import { dec, type Dec } from '../internal/decimal';
import { INDICATOR_KINDS, type IndicatorKind, type Objective, type Strategy, type StrategyIndicator } from './schema';
import type { ProjectionPoint, Trajectory } from './trajectory';

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

/** The target value in the indicator's unit: absolute, or baseline × (1 + value / 100) for a relative target. */
export function resolveTarget(objective: Pick<Objective, 'baseline' | 'target'>): Dec {
  return objective.target.mode === 'absolute' ? objective.target.value : objective.baseline.value.times(HUNDRED.plus(objective.target.value)).dividedBy(HUNDRED);
}

export type ObjectiveStatus = 'achieved' | 'on-track' | 'off-track' | 'no-data';

export interface ObjectiveTracking {
  readonly objectiveId: string;
  readonly indicatorId: string | undefined;
  readonly unit: string;
  readonly direction: 'decrease' | 'increase';
  readonly targetYear: number;
  readonly targetValue: Dec;
  /** Last recorded value at or before the target year. */
  readonly latest: { readonly year: number; readonly value: Dec } | undefined;
  /** Value expected that year on the straight line from baseline to target. */
  readonly expectedAtLatest: Dec | undefined;
  /** Scenario value at the target year, when the indicator is computed and the trajectory reaches it. */
  readonly projected: Dec | undefined;
  readonly status: ObjectiveStatus;
  /** What is still missing to reach the target, in the indicator's unit (≤ 0: reached or exceeded). */
  readonly gap: Dec | undefined;
  /** Which value the status rests on. */
  readonly basis: 'recorded-at-target' | 'projection' | 'recorded-path' | 'none';
}

/** Extensive kinds are projected by applying the trajectory's relative change to the objective's baseline. */
const EXTENSIVE: readonly IndicatorKind[] = ['co2e-t', 'water-m3', 'water-scarcity-m3eq', 'energy-kwh'];

function projectedAt(objective: Objective, indicator: StrategyIndicator, trajectory: Trajectory | undefined): Dec | undefined {
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

/**
 * Tracks every objective: achieved or not at the target year from the recorded values; before it,
 * on or off track from the scenario projection when the indicator is computed, else from the last
 * recorded value against the straight line from baseline to target. The gap is in the indicator's unit.
 */
export function trackObjectives(strategy: Pick<Strategy, 'objectives' | 'indicators'>, trajectory?: Trajectory): ObjectiveTracking[] {
  return strategy.objectives.map((objective): ObjectiveTracking => {
    const indicator = strategy.indicators.find((i) => i.id === objective.indicatorId);
    const targetValue = resolveTarget(objective);
    const direction = indicator?.direction ?? (targetValue.lt(objective.baseline.value) ? 'decrease' : 'increase');
    const missing = (value: Dec): Dec => (direction === 'decrease' ? value.minus(targetValue) : targetValue.minus(value));
    const base = {
      objectiveId: objective.id,
      indicatorId: objective.indicatorId,
      unit: indicator ? indicatorUnit(indicator) : '',
      direction,
      targetYear: objective.target.year,
      targetValue,
    } as const;
    const recorded = (indicator?.values ?? []).filter((v) => v.year <= objective.target.year).sort((a, b) => a.year - b.year);
    const last = recorded.at(-1);
    const latest = last ? { year: last.year, value: last.value } : undefined;
    const span = objective.target.year - objective.baseline.year;
    const expectedAtLatest = latest
      ? objective.baseline.value.plus(targetValue.minus(objective.baseline.value).times(Math.max(0, latest.year - objective.baseline.year)).dividedBy(span))
      : undefined;
    if (latest && latest.year === objective.target.year) {
      const gap = missing(latest.value);
      return { ...base, latest, expectedAtLatest, projected: undefined, status: gap.lte(0) ? 'achieved' : 'off-track', gap, basis: 'recorded-at-target' };
    }
    const projected = indicator ? projectedAt(objective, indicator, trajectory) : undefined;
    if (projected !== undefined) {
      const gap = missing(projected);
      return { ...base, latest, expectedAtLatest, projected, status: gap.lte(0) ? 'on-track' : 'off-track', gap, basis: 'projection' };
    }
    if (latest && expectedAtLatest) {
      const behind = direction === 'decrease' ? latest.value.gt(expectedAtLatest) : latest.value.lt(expectedAtLatest);
      return { ...base, latest, expectedAtLatest, projected: undefined, status: behind ? 'off-track' : 'on-track', gap: missing(latest.value), basis: 'recorded-path' };
    }
    return { ...base, latest, expectedAtLatest, projected: undefined, status: 'no-data', gap: undefined, basis: 'none' };
  });
}
