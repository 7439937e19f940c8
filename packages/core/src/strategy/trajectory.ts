import { dec, sum, ONE, ZERO, type Dec } from '../internal/decimal';
import type { AccountingMethod, FootprintResult, Indicators, StockRule, TraceNote } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import type { Hosting } from '../schemas/hosting';
import { applyLever, type ScheduledLever, type StrategyInputs } from './applyLevers';
import type { FootprintEngine } from './engine';
import { computeFootprint } from '../compute/computeFootprint';
import { averageLifetimeYears, fleetInventory, initFleet, stepFleet, type FleetState, type RetirementEvent } from './fleet';
import { factorParamsOf } from './factorParams';
import { FLEET_LEVER_KINDS, type Lever } from './levers';
import { minusIndicators, plusIndicators, ZERO_INDICATORS } from './indicators';
import type { Measure } from './schema';

/**
 * Share of a measure's levers applied in a year. With no roll-out steps, 1 from the start year
 * (the measure's start date, else the year after the baseline); otherwise the share of the last
 * step at or before the year, 0 before the first step. Abandoned measures apply nothing.
 */
export function rolloutShare(measure: Pick<Measure, 'rollout' | 'start' | 'status'>, year: number, baselineYear: number): Dec {
  if (measure.status === 'abandoned') return ZERO;
  if (measure.rollout.length === 0) {
    const startYear = measure.start ? Number(measure.start.slice(0, 4)) : baselineYear + 1;
    return year >= startYear ? ONE : ZERO;
  }
  let share = ZERO;
  for (const step of [...measure.rollout].sort((a, b) => a.year - b.year)) if (step.year <= year) share = step.share;
  return share;
}

/** Own electricity reported market-based, beside (never inside) the location-based totals. */
export interface MarketBasedMemo {
  /** Use-phase electricity of the fleet and on-premise hosting, kWh. */
  readonly energyKwh: Dec;
  /** Its location-based emissions (as in the totals), kgCO2e. */
  readonly locationBasedCo2eKg: Dec;
  /** The same electricity with the contract's factor on the covered share, kgCO2e. */
  readonly marketBasedCo2eKg: Dec;
  readonly coveredShare: Dec;
}

/** One year of a projection. */
export interface ProjectionPoint {
  readonly total: Indicators;
  readonly low: Indicators;
  readonly high: Indicators;
  /** In-service devices followed by the renewal simulation. */
  readonly devices: number;
  readonly purchases: number;
  readonly refurbishedPurchases: number;
  readonly averageLifetimeYears: Dec | undefined;
  /** Refurbished purchases ÷ purchases (0–1); undefined in a year without purchases. */
  readonly refurbishedPurchaseShare: Dec | undefined;
  /** PUE of the hosting sites, weighted by their equipment count; undefined without sites. */
  readonly averagePue: Dec | undefined;
  readonly marketBased: MarketBasedMemo | undefined;
  readonly factorSetVersion: string;
  /** Devices leaving the fleet that year (at or after end of life, unless `early`). */
  readonly retirements: readonly RetirementEvent[];
  /**
   * Stock method: embodied impact not yet amortised by devices replaced early, charged in the
   * replacement year and included in `total`, `low` and `high`. Undefined when nothing was replaced early.
   */
  readonly strandedEmbodied: Indicators | undefined;
}

/** What one measure alone saves against the trend (trend − trend with this measure only). */
export interface MeasureContribution {
  readonly measureId: string;
  readonly reduction: Indicators;
}

export interface TrajectoryYear {
  readonly year: number;
  readonly trend: ProjectionPoint;
  readonly scenario: ProjectionPoint;
  readonly contributions: readonly MeasureContribution[];
  /** (trend − scenario) − Σ contributions: the effect of measures acting on the same thing. */
  readonly interaction: Indicators;
}

export interface Trajectory {
  readonly baselineYear: number;
  readonly horizonYear: number;
  readonly method: AccountingMethod;
  readonly factorSetVersion: string;
  /** Measures applied in the scenario (with at least one lever). */
  readonly measureIds: readonly string[];
  readonly years: readonly TrajectoryYear[];
  readonly notes: readonly TraceNote[];
}

export interface TrajectoryOptions {
  readonly baselineYear: number;
  readonly horizonYear: number;
  readonly method: AccountingMethod;
  readonly amortisationYears: number;
  /** Stock method: `beges` (default) or `fleet`, as in `computeFootprint`. */
  readonly stockRule?: StockRule;
  /** The footprint engine; `computeFootprint` by default (tests inject small engines). */
  readonly engine?: FootprintEngine;
  /** Compute each measure's contribution (one more projection per measure). Default true. */
  readonly contributions?: boolean;
}

const isFleetLever = (lever: Lever): boolean => (FLEET_LEVER_KINDS as readonly string[]).includes(lever.kind) || lever.kind === 'lifetime-extension';

/** PUE of the hosting sites, weighted by their equipment count (a site without equipment weighs 1). */
export function averagePue(hosting: Hosting, factorSet: FactorSet): Dec | undefined {
  const params = factorParamsOf(factorSet);
  let weight = ZERO;
  let weighted = ZERO;
  for (const site of hosting.sites) {
    const pue = site.pue ?? params.get(`hosting.${site.kind}.pue`);
    if (!pue) continue;
    const count = dec(Object.values(site.equipment).reduce<number>((n, c) => n + (c ?? 0), 0));
    const w = count.gt(0) ? count : ONE;
    weight = weight.plus(w);
    weighted = weighted.plus(pue.times(w));
  }
  return weight.gt(0) ? weighted.dividedBy(weight) : undefined;
}

/** Market-based memo of the year from the green-electricity levers (the largest covered share wins). */
export function marketBasedMemo(result: FootprintResult, levers: readonly ScheduledLever[]): MarketBasedMemo | undefined {
  let best: { covered: Dec; factor: Dec } | undefined;
  for (const { lever, share } of levers) {
    if (lever.kind !== 'green-electricity-contract' || share.lte(0)) continue;
    const covered = lever.coveredShare.times(share);
    if (!best || covered.gt(best.covered)) best = { covered, factor: lever.contractCo2eKgPerKwh };
  }
  if (!best) return undefined;
  const own = result.byDomain.filter((d) => d.key === 'fleet' || d.key === 'hosting');
  const energyKwh = sum(own.map((d) => d.byPhase.use.energyKwh));
  const locationBasedCo2eKg = sum(own.map((d) => d.byPhase.use.co2eKg));
  const marketBasedCo2eKg = locationBasedCo2eKg.times(ONE.minus(best.covered)).plus(energyKwh.times(best.covered).times(best.factor));
  return { energyKwh, locationBasedCo2eKg, marketBasedCo2eKg, coveredShare: best.covered };
}

/**
 * Embodied impact (manufacturing, distribution, end of life) that devices replaced early had not yet
 * amortised: embodied × (lifetime − age) ÷ lifetime. The embodied impact of the devices comes from
 * the engine (flux method, bought in the year, amortised over 1 year).
 */
function strandedEmbodied(retired: readonly RetirementEvent[], year: number, inputs: StrategyInputs, factorSet: FactorSet, engine: FootprintEngine): Indicators | undefined {
  const early = retired.filter((r) => r.early && r.lifetimeYears.gt(r.ageYears));
  if (early.length === 0) return undefined;
  let total = ZERO_INDICATORS;
  for (const r of early) {
    const { lifetimeYears: _l, ...item } = r.item;
    const bought = engine({ ...inputs, inventory: [{ ...item, quantity: r.quantity, purchaseYear: year, lifetimeYears: r.lifetimeYears }], hosting: { sites: [], cloud: [] }, usage: { boxesInInventory: false } }, factorSet, {
      year,
      method: 'flux',
      amortisationYears: 1,
    });
    const embodied = plusIndicators(plusIndicators(bought.byPhase.manufacturing, bought.byPhase.distribution), bought.byPhase.endOfLife);
    const remainingYears = r.lifetimeYears.minus(r.ageYears);
    total = plusIndicators(total, Object.fromEntries(Object.entries(embodied).map(([k, v]) => [k, v.times(remainingYears).dividedBy(r.lifetimeYears)])) as Indicators);
  }
  return total;
}

interface SimulatedYear {
  readonly state: FleetState;
  readonly inputs: StrategyInputs;
  readonly result: FootprintResult;
  readonly point: ProjectionPoint;
}

/**
 * Runs the renewal simulation and the engine year by year with the given measures. No lever acts in
 * the baseline year: it is the observed state.
 */
export function simulate(inputs: StrategyInputs, measures: readonly Measure[], factorSet: FactorSet, options: Omit<TrajectoryOptions, 'contributions'>, notes: TraceNote[]): SimulatedYear[] {
  const years: SimulatedYear[] = [];
  const baselineFleet = initFleet(inputs, factorSet, options.baselineYear, notes);
  let state = baselineFleet;
  for (let year = options.baselineYear; year <= options.horizonYear; year += 1) {
    const scheduled: ScheduledLever[] =
      year === options.baselineYear ? [] : measures.flatMap((m) => m.levers.map((lever) => ({ lever, share: rolloutShare(m, year, options.baselineYear) })));
    if (year > options.baselineYear) state = stepFleet(state, scheduled, inputs, baselineFleet, factorSet);
    let yearInputs: StrategyInputs = { ...inputs, inventory: fleetInventory(state) };
    for (const { lever, share } of scheduled) if (!isFleetLever(lever)) yearInputs = applyLever(yearInputs, lever, share, factorSet, notes);
    const engine = options.engine ?? computeFootprint;
    const result = engine(yearInputs, factorSet, {
      year,
      method: options.method,
      amortisationYears: options.amortisationYears,
      ...(options.stockRule !== undefined ? { stockRule: options.stockRule } : {}),
    });
    const stranded = options.method === 'stock' ? strandedEmbodied(state.retired, year, inputs, factorSet, engine) : undefined;
    const devices = state.lots.reduce((n, l) => n + l.quantity, 0);
    years.push({
      state,
      inputs: yearInputs,
      result,
      point: {
        total: stranded ? plusIndicators(result.total, stranded) : result.total,
        low: stranded ? plusIndicators(result.low, stranded) : result.low,
        high: stranded ? plusIndicators(result.high, stranded) : result.high,
        devices,
        purchases: state.purchases,
        refurbishedPurchases: state.refurbishedPurchases,
        averageLifetimeYears: averageLifetimeYears(state),
        refurbishedPurchaseShare: state.purchases > 0 ? dec(state.refurbishedPurchases).dividedBy(state.purchases) : undefined,
        averagePue: averagePue(yearInputs.hosting, factorSet),
        marketBased: marketBasedMemo(result, scheduled),
        factorSetVersion: result.factorSetVersion,
        retirements: state.retired,
        strandedEmbodied: stranded,
      },
    });
  }
  return years;
}

const dedupeNotes = (notes: readonly TraceNote[]): TraceNote[] => {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.code}|${JSON.stringify(n.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Projects the footprint year by year from the baseline to the horizon: the trend (no measure) and
 * the scenario (the measures with levers, at their roll-out), with the engine's uncertainty bounds,
 * and what each measure alone saves against the trend.
 */
export function projectTrajectory(inputs: StrategyInputs, measures: readonly Measure[], factorSet: FactorSet, options: TrajectoryOptions): Trajectory {
  if (options.horizonYear < options.baselineYear) throw new RangeError(`horizon ${options.horizonYear} before baseline ${options.baselineYear}`);
  const notes: TraceNote[] = [];
  const active = measures.filter((m) => m.levers.length > 0 && m.status !== 'abandoned');
  const trend = simulate(inputs, [], factorSet, options, notes);
  const scenario = active.length === 0 ? trend : simulate(inputs, active, factorSet, options, notes);
  const alone =
    options.contributions === false || active.length === 0
      ? []
      : active.map((m) => ({ measureId: m.id, years: active.length === 1 ? scenario : simulate(inputs, [m], factorSet, options, []) }));
  const years = trend.map((t, index): TrajectoryYear => {
    const s = scenario[index] as SimulatedYear;
    const contributions = alone.map(({ measureId, years: ys }) => ({ measureId, reduction: minusIndicators(t.point.total, (ys[index] as SimulatedYear).point.total) }));
    const saved = minusIndicators(t.point.total, s.point.total);
    const interaction = minusIndicators(saved, contributions.reduce((acc, c) => plusIndicators(acc, c.reduction), ZERO_INDICATORS));
    return { year: t.state.year, trend: t.point, scenario: s.point, contributions, interaction };
  });
  return {
    baselineYear: options.baselineYear,
    horizonYear: options.horizonYear,
    method: options.method,
    factorSetVersion: factorSet.version,
    measureIds: active.map((m) => m.id),
    years,
    notes: dedupeNotes(notes),
  };
}
