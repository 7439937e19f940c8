import type { Dec } from '../internal/decimal';
import { INDICATORS } from '../schemas/factors';
import type { FootprintResult, Indicators, TraceNote } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import type { StrategyInputs } from './applyLevers';
import type { ComputeOptions, FootprintEngine } from './engine';
import { legalReferencesFor, type LegalReference } from './legal';
import { indicatorUnit, resolveTarget, trackObjectives, type ObjectiveTracking } from './objectives';
import type { FootprintSnapshot, Measure, MeasureStatus, Strategy } from './schema';
import { minusIndicators } from './indicators';
import { computeFootprint } from '../compute/computeFootprint';

const toIndicators = (values: Indicators): Indicators => Object.fromEntries(INDICATORS.map((i) => [i, values[i]])) as Indicators;

/** Freezes an engine result into a serialisable snapshot (decimals encode to strings through the schema). */
export function snapshotFootprint(result: FootprintResult, takenAt?: string): FootprintSnapshot {
  const part = (b: { key: string; quantity: number; total: Indicators }) => ({ key: b.key, quantity: b.quantity, total: toIndicators(b.total) });
  return {
    year: result.year,
    factorSetVersion: result.factorSetVersion,
    methodologyVersion: result.methodologyVersion,
    method: result.method,
    ...(takenAt ? { takenAt } : {}),
    total: toIndicators(result.total),
    low: toIndicators(result.low),
    high: toIndicators(result.high),
    byPhase: {
      manufacturing: toIndicators(result.byPhase.manufacturing),
      distribution: toIndicators(result.byPhase.distribution),
      use: toIndicators(result.byPhase.use),
      endOfLife: toIndicators(result.byPhase.endOfLife),
    },
    byDomain: result.byDomain.map(part),
    byCategory: result.byCategory.map(part),
    byPerimeter: result.byPerimeter.map(part),
    ...(result.perAgent ? { perAgent: toIndicators(result.perAgent) } : {}),
    ...(result.perInhabitant ? { perInhabitant: toIndicators(result.perInhabitant) } : {}),
    factors: [...result.trace.factors],
  };
}

export interface YearlyIndicatorLine {
  readonly indicatorId: string;
  readonly label: string;
  readonly unit: string;
  readonly value: Dec | undefined;
  readonly previousValue: Dec | undefined;
  /** value − previous value, in the indicator's unit. */
  readonly change: Dec | undefined;
  /** Change in % of the previous value; undefined when the previous value is zero or missing. */
  readonly changePercent: Dec | undefined;
  /** Objectives measured with this indicator: their target for their target year. */
  readonly targets: readonly { readonly objectiveId: string; readonly year: number; readonly value: Dec }[];
}

export interface MeasureProgressLine {
  readonly measureId: string;
  readonly title: string;
  readonly status: MeasureStatus;
  /** True when the end date is before the end of the bilan year and the measure is not done (or it is marked late). */
  readonly late: boolean;
}

export interface YearlyBilan {
  readonly year: number;
  readonly legal: { readonly common: readonly LegalReference[]; readonly rdd: LegalReference; readonly presenter: string };
  readonly indicators: readonly YearlyIndicatorLine[];
  readonly objectives: readonly ObjectiveTracking[];
  readonly measures: {
    readonly done: readonly MeasureProgressLine[];
    readonly late: readonly MeasureProgressLine[];
    readonly inProgress: readonly MeasureProgressLine[];
    readonly notStarted: readonly MeasureProgressLine[];
    readonly stopped: readonly MeasureProgressLine[];
  };
  readonly footprint: {
    readonly current: FootprintSnapshot | undefined;
    readonly previous: FootprintSnapshot | undefined;
    /** current − previous, only when both use the same factor set. */
    readonly change: Indicators | undefined;
    readonly comparable: boolean;
    readonly recomputedPrevious: { readonly fromVersion: string; readonly toVersion: string } | undefined;
  };
  readonly notes: readonly TraceNote[];
}

export interface YearlyBilanOptions {
  /** Footprint of year N; otherwise the strategy's recorded snapshot for that year. */
  readonly current?: FootprintResult | FootprintSnapshot;
  /** Inputs of year N−1, so that N−1 can be recomputed with N's factor set when they differ. */
  readonly previousInputs?: { readonly inputs: StrategyInputs; readonly options: ComputeOptions };
  /** Factor set of year N (needed to recompute N−1). */
  readonly factorSet?: FactorSet;
  /** The footprint engine; `computeFootprint` by default. */
  readonly engine?: FootprintEngine;
}

const isResult = (v: FootprintResult | FootprintSnapshot): v is FootprintResult => 'trace' in v;

function snapshotFor(strategy: Strategy, year: number): FootprintSnapshot | undefined {
  return strategy.bilan.history.find((s) => s.year === year) ?? (strategy.bilan.footprint?.year === year ? strategy.bilan.footprint : undefined);
}

function progress(measure: Measure, year: number): MeasureProgressLine {
  const endPassed = measure.end !== undefined && measure.end <= `${year}-12-31`;
  const late = measure.status === 'late' || (endPassed && !['done', 'abandoned'].includes(measure.status));
  return { measureId: measure.id, title: measure.title, status: measure.status, late };
}

/**
 * The data of the RDD chapter for year N: indicator values against targets and their change from
 * N−1, objective tracking, measures done, late, in progress; the footprint of N against N−1. If the
 * two footprints use different factor sets, N−1 is recomputed with N's set when its inputs are given
 * (and a note says so); otherwise the change is withheld and a note says why.
 */
export function buildYearlyBilan(strategy: Strategy, year: number, options: YearlyBilanOptions = {}): YearlyBilan {
  const notes: TraceNote[] = [];
  const previousYear = year - 1;

  const indicators = strategy.indicators.map((ind): YearlyIndicatorLine => {
    const value = ind.values.find((v) => v.year === year)?.value;
    const previousValue = ind.values.find((v) => v.year === previousYear)?.value;
    const change = value !== undefined && previousValue !== undefined ? value.minus(previousValue) : undefined;
    return {
      indicatorId: ind.id,
      label: ind.label,
      unit: indicatorUnit(ind),
      value,
      previousValue,
      change,
      changePercent: change !== undefined && previousValue !== undefined && !previousValue.isZero() ? change.times(100).dividedBy(previousValue) : undefined,
      targets: strategy.objectives.filter((o) => o.indicatorId === ind.id).map((o) => ({ objectiveId: o.id, year: o.target.year, value: resolveTarget(o) })),
    };
  });

  // Objectives are tracked with the values known up to year N.
  const upToYear = { ...strategy, indicators: strategy.indicators.map((i) => ({ ...i, values: i.values.filter((v) => v.year <= year) })) };
  const objectives = trackObjectives(upToYear);

  const lines = strategy.measures.map((m) => progress(m, year));
  const measures = {
    done: lines.filter((l) => l.status === 'done'),
    late: lines.filter((l) => l.late),
    inProgress: lines.filter((l) => l.status === 'in-progress' && !l.late),
    notStarted: lines.filter((l) => l.status === 'planned' && !l.late),
    stopped: lines.filter((l) => ['paused', 'blocked', 'abandoned'].includes(l.status) && !l.late),
  };

  const current = options.current ? (isResult(options.current) ? snapshotFootprint(options.current) : options.current) : snapshotFor(strategy, year);
  let previous = snapshotFor(strategy, previousYear);
  let recomputedPrevious: YearlyBilan['footprint']['recomputedPrevious'];
  let comparable = false;
  if (current && previous) {
    if (previous.factorSetVersion === current.factorSetVersion) comparable = true;
    else if (options.previousInputs && options.factorSet && options.factorSet.version === current.factorSetVersion) {
      const fromVersion = previous.factorSetVersion;
      previous = snapshotFootprint((options.engine ?? computeFootprint)(options.previousInputs.inputs, options.factorSet, { ...options.previousInputs.options, year: previousYear }));
      recomputedPrevious = { fromVersion, toVersion: current.factorSetVersion };
      comparable = true;
      notes.push({ code: 'previous_recomputed_same_factor_set', params: { previousYear, fromVersion, toVersion: current.factorSetVersion } });
    } else {
      notes.push({ code: 'previous_factor_set_differs', params: { previousYear, year, fromVersion: previous.factorSetVersion, toVersion: current.factorSetVersion } });
    }
  } else if (current && !previous) {
    notes.push({ code: 'previous_footprint_missing', params: { previousYear } });
  }
  const change = comparable && current && previous ? minusIndicators(current.total, previous.total) : undefined;

  return {
    year,
    legal: legalReferencesFor(strategy.legal.entityKind),
    indicators,
    objectives,
    measures,
    footprint: { current, previous, change, comparable, recomputedPrevious },
    notes,
  };
}

