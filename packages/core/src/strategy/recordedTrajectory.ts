/**
 * The trajectory of the recorded indicators: eco-design, inclusion, awareness and reuse, the kinds
 * `measureProjectIndicators` fills from the project's records. The footprint indicators are
 * simulated (`projectTrajectory`); these are projected from what the strategy says:
 *
 * - the baseline is the value recorded for the strategy's baseline year, else the last one recorded
 *   before it, else the baseline of the first objective set on the indicator;
 * - when measures declare an expected effect on the indicator (`Measure.indicatorEffects`), each
 *   effect accrues evenly from the measure's start to the effect's year, then holds:
 *   expected(N) = baseline + Σ change × min(1, (N − from) ÷ (year − from)), where `from` is the
 *   year before the measure starts (the strategy's baseline year when it has no start date, and
 *   never earlier). Abandoned measures bring nothing;
 * - otherwise, when an objective is set on the indicator, the straight line from the objective's
 *   baseline to its target, held after the target year: the path to follow, not a forecast.
 */
import { ZERO, type Dec } from '../internal/decimal';
import { PROJECT_INDICATOR_KINDS } from './projectIndicators';
import type { IndicatorKind, Measure, Objective, Strategy, StrategyIndicator } from './schema';
import { resolveTarget } from './target';

/** The kinds projected here (every kind measured from the project's records). */
export const PROJECTED_RECORDED_KINDS: readonly IndicatorKind[] = PROJECT_INDICATOR_KINDS;

/** Whether an indicator kind is projected from the records and the measures' expected effects. */
export const isProjectedRecordedKind = (kind: IndicatorKind): boolean => PROJECTED_RECORDED_KINDS.includes(kind);

export interface RecordedProjectionYear {
  readonly year: number;
  /** Expected value that year, in the indicator's unit. */
  readonly expected: Dec;
  /** Value recorded for that year, if any. */
  readonly recorded: Dec | undefined;
}

export interface RecordedIndicatorProjection {
  readonly indicatorId: string;
  readonly baselineYear: number;
  readonly baselineValue: Dec;
  /** `measures`: from the measures' expected effects; `target-path`: the straight line to the objective's target. */
  readonly basis: 'measures' | 'target-path';
  /** The objective whose target the path leads to (`target-path` only). */
  readonly objectiveId: string | undefined;
  readonly years: readonly RecordedProjectionYear[];
  /** What each measure is expected to have changed by the last year (`measures` only). */
  readonly contributions: readonly { readonly measureId: string; readonly change: Dec }[];
}

type StrategyPart = Pick<Strategy, 'baselineYear' | 'horizonYear' | 'indicators' | 'objectives' | 'measures'>;

/** Share (0–1) of an expected effect reached in a year. */
export function effectShare(measure: Pick<Measure, 'start' | 'status'>, effectYear: number, year: number, baselineYear: number): Dec {
  if (measure.status === 'abandoned') return ZERO;
  const startYear = measure.start ? Number(measure.start.slice(0, 4)) : baselineYear + 1;
  const from = Math.max(baselineYear, startYear - 1);
  if (year <= from) return ZERO;
  if (year >= effectYear) return ZERO.plus(1);
  return ZERO.plus(year - from).dividedBy(effectYear - from);
}

/** Σ of the measures' expected effects on an indicator reached in a year, in the indicator's unit. */
export function expectedEffectAt(measures: readonly Measure[], indicatorId: string, year: number, baselineYear: number): Dec {
  let total = ZERO;
  for (const measure of measures) {
    for (const effect of measure.indicatorEffects) {
      if (effect.indicatorId === indicatorId) total = total.plus(effect.change.times(effectShare(measure, effect.year, year, baselineYear)));
    }
  }
  return total;
}

/** The projections of every recorded indicator that has one, in the strategy's order. */
export function projectRecordedIndicators(strategy: StrategyPart): RecordedIndicatorProjection[] {
  return strategy.indicators.flatMap((i) => projectRecordedIndicator(strategy, i.id) ?? []);
}

/** Whether some measure declares an expected effect on the indicator. */
export const hasExpectedEffects = (measures: readonly Measure[], indicatorId: string): boolean =>
  measures.some((m) => m.status !== 'abandoned' && m.indicatorEffects.some((e) => e.indicatorId === indicatorId));

function recordedBaseline(indicator: StrategyIndicator, baselineYear: number): Dec | undefined {
  const before = indicator.values.filter((v) => v.year <= baselineYear).sort((a, b) => b.year - a.year);
  return before[0]?.value;
}

/** The straight line from an objective's baseline to its target, held after the target year. */
function targetPathAt(objective: Objective, target: Dec, year: number): Dec {
  const span = objective.target.year - objective.baseline.year;
  const elapsed = Math.min(Math.max(year - objective.baseline.year, 0), span);
  return objective.baseline.value.plus(target.minus(objective.baseline.value).times(elapsed).dividedBy(span));
}

/**
 * The projection of one recorded indicator from the strategy's baseline year to its horizon (or the
 * last target year on it, if later). Undefined when the indicator is not a recorded kind, or has
 * neither an expected effect nor an objective, or no baseline.
 *
 * @example
 * projectRecordedIndicator(strategy, 'accompagnes')?.years.at(-1)?.expected;
 */
export function projectRecordedIndicator(strategy: StrategyPart, indicatorId: string): RecordedIndicatorProjection | undefined {
  const indicator = strategy.indicators.find((i) => i.id === indicatorId);
  if (!indicator || !isProjectedRecordedKind(indicator.kind)) return undefined;
  const objectives = strategy.objectives.filter((o) => o.indicatorId === indicatorId);
  const baselineYear = strategy.baselineYear;
  const baselineValue = recordedBaseline(indicator, baselineYear) ?? objectives[0]?.baseline.value;
  if (baselineValue === undefined) return undefined;
  const lastYear = Math.max(strategy.horizonYear, ...objectives.map((o) => o.target.year));
  const recordedAt = (year: number): Dec | undefined => indicator.values.find((v) => v.year === year)?.value;
  const years: RecordedProjectionYear[] = [];
  if (hasExpectedEffects(strategy.measures, indicatorId)) {
    for (let year = baselineYear; year <= lastYear; year += 1) {
      years.push({ year, expected: baselineValue.plus(expectedEffectAt(strategy.measures, indicatorId, year, baselineYear)), recorded: recordedAt(year) });
    }
    const contributions = strategy.measures
      .filter((m) => m.indicatorEffects.some((e) => e.indicatorId === indicatorId))
      .map((m) => ({ measureId: m.id, change: expectedEffectAt([m], indicatorId, lastYear, baselineYear) }));
    return { indicatorId, baselineYear, baselineValue, basis: 'measures', objectiveId: undefined, years, contributions };
  }
  const objective = objectives[0];
  if (!objective) return undefined;
  const target = resolveTarget(objective);
  for (let year = baselineYear; year <= lastYear; year += 1) {
    years.push({ year, expected: year < objective.baseline.year ? baselineValue : targetPathAt(objective, target, year), recorded: recordedAt(year) });
  }
  return { indicatorId, baselineYear, baselineValue, basis: 'target-path', objectiveId: objective.id, years, contributions: [] };
}
