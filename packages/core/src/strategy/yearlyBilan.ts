import type { Dec } from '../internal/decimal';
import { INDICATORS } from '../schemas/factors';
import type { FootprintResult, Indicators, TraceNote } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import type { StrategyInputs } from './applyLevers';
import type { ComputeOptions, FootprintEngine } from './engine';
import { legalReferencesFor, type LegalReference } from './legal';
import { indicatorUnit, indicatorValueFor, objectiveStatuses, resolveTarget, strategyFootprints, type ObjectiveTracking } from './objectives';
import type { Trajectory } from './trajectory';
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
  /** 'points' for shares in %: their change is said in points, never in % of a %. */
  readonly changeKind: 'relative' | 'points';
  /** Value of the strategy's baseline year. */
  readonly baselineValue: Dec | undefined;
  readonly baselineYear: number;
  /** Where the value of N comes from: the footprint of N or the collectivité's record. */
  readonly source: 'footprint' | 'recorded' | undefined;
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
  /** Objective statuses as of 31/12/N (`objectiveStatuses`). */
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
    /** Set when the footprint of N was computed from an earlier year's inventory (not updated for N). */
    readonly inventoryReusedFrom: number | undefined;
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
  /** The year the inventory behind `current` describes, when it is earlier than N (an inventory reused). */
  readonly inventoryYear?: number;
  /** The trajectory, so that objective statuses say whether the measures reach the targets. */
  readonly trajectory?: Trajectory;
  /** The date the trajectory stands at (`objectiveStatuses`): one dated after 31/12/N is left out. */
  readonly trajectoryDate?: string;
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
  const inventoryYear = options.inventoryYear ?? current?.inventoryYear;
  const inventoryReusedFrom = current && inventoryYear !== undefined && inventoryYear < year ? inventoryYear : undefined;
  // The footprint of N remembers the inventory it was computed from (progress never rests on a reused one).
  const measuredCurrent = current && inventoryReusedFrom !== undefined ? { ...current, inventoryYear: inventoryReusedFrom } : current;

  // One truth: the footprint of N (and of N−1 when comparable) gives the footprint indicators' values.
  const footprints = [...strategyFootprints(strategy).filter((f) => f.year !== year && f.year !== previousYear), ...(measuredCurrent ? [measuredCurrent] : []), ...(previous && (comparable || !current) ? [previous] : [])];
  const indicators = strategy.indicators.map((ind): YearlyIndicatorLine => {
    const now = indicatorValueFor(ind, year, footprints);
    const value = now?.value;
    const before = indicatorValueFor(ind, previousYear, footprints);
    const previousValue = before?.value;
    const unit = indicatorUnit(ind);
    const changeKind = unit === '%' ? 'points' : 'relative';
    // A footprint total and a recorded value do not measure the same thing: no change between them.
    const change = value !== undefined && previousValue !== undefined && now?.source === before?.source ? value.minus(previousValue) : undefined;
    return {
      indicatorId: ind.id,
      label: ind.label,
      unit,
      changeKind,
      baselineYear: strategy.baselineYear,
      baselineValue: indicatorValueFor(ind, strategy.baselineYear, footprints)?.value,
      source: now?.source,
      value,
      previousValue,
      change,
      changePercent: changeKind === 'relative' && change !== undefined && previousValue !== undefined && !previousValue.isZero() ? change.times(100).dividedBy(previousValue) : undefined,
      targets: strategy.objectives.filter((o) => o.indicatorId === ind.id).map((o) => ({ objectiveId: o.id, year: o.target.year, value: resolveTarget(o) })),
    };
  });
  const objectives = objectiveStatuses(strategy, { asOf: `${year}-12-31`, trajectory: options.trajectory, trajectoryDate: options.trajectoryDate, footprints });

  return {
    year,
    legal: legalReferencesFor(strategy.legal.entityKind),
    indicators,
    objectives,
    measures,
    footprint: { current: measuredCurrent, previous, change, comparable, recomputedPrevious, inventoryReusedFrom },
    notes,
  };
}

