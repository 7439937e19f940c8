/**
 * Internal building blocks of the compute functions (not exported from the package): intervals of
 * decimals, per-phase accumulators, and the trace builder. Everything here is exact Decimal
 * arithmetic; nothing is rounded.
 */
import { ONE, ZERO, type Dec } from '../internal/decimal';
import { INDICATORS, type Indicator } from '../schemas/factors';
import { PHASES, type Phase } from '../schemas/categories';
import type { FootprintNode, Indicators, Trace, TraceNote } from './types';
import { addPoly, constantPoly, derivedPoly, invPoly, lazyPoly, mulPoly, scalePoly, sumPolys, sumScaledPolys, type LazyPoly, type Poly } from '../uncertainty/poly';
import { hasNodePoly, nodePolyOf, setNodePoly, type NodePoly, type PolyRef } from '../uncertainty/nodePoly';

/**
 * A central value with its low and high bounds. Every factor we multiply is non-negative, so
 * interval arithmetic reduces to multiplying lows with lows and highs with highs.
 */
export interface Interval {
  readonly v: Dec;
  readonly lo: Dec;
  readonly hi: Dec;
  /**
   * The same quantity as a sum of products of factor rows, for the Monte Carlo
   * (`uncertainty/poly.ts`); absent when the value depends on no factor row.
   */
  readonly x?: LazyPoly;
}

let tracking = true;

/**
 * Runs a computation without the symbolic side (no poly recipes): for computations that are never
 * simulated, such as a trajectory's scenarios. The exact values are the same.
 */
export function withoutPolys<T>(run: () => T): T {
  const previous = tracking;
  tracking = false;
  try {
    return run();
  } finally {
    tracking = previous;
  }
}

/** Whether the current computation records polys (part of the device model's cache key). */
export function polysTracked(): boolean {
  return tracking;
}

/** The poly of an interval: its own, else its central value as a constant. */
function polyOf(a: Interval): Poly {
  return a.x ? a.x() : constantPoly(a.v.toNumber());
}

/** Attaches a poly when one of the operands had one. */
function withPoly(value: { v: Dec; lo: Dec; hi: Dec }, x: LazyPoly | undefined): Interval {
  return x === undefined || !tracking ? value : { v: value.v, lo: value.lo, hi: value.hi, x };
}

/** The zero interval (also a marker for "nothing added yet"). */
export const ZERO_INTERVAL: Interval = Object.freeze({ v: ZERO, lo: ZERO, hi: ZERO });

/** An exact quantity (no uncertainty): an input such as a metered kWh or a quantity. */
export function exact(value: Dec): Interval {
  return { v: value, lo: value, hi: value };
}

/**
 * An interval that is a function of another (a piecewise share of a lifetime, for instance): the
 * caller gives the exact value and bounds; the Monte Carlo draws `f` of the other's draw, so the
 * two stay correlated. `f` works in floats and is used by the simulation only.
 */
export function derivedI(value: { v: Dec; lo: Dec; hi: Dec }, of: Interval, name: string, f: (x: number) => number): Interval {
  return withPoly(value, of.x ? lazyPoly(() => derivedPoly(polyOf(of), name, f) ?? constantPoly(value.v.toNumber())) : undefined);
}

/** a × b, bounds with bounds (both non-negative). */
export function mulI(a: Interval, b: Interval): Interval {
  return withPoly({ v: a.v.times(b.v), lo: a.lo.times(b.lo), hi: a.hi.times(b.hi) }, a.x || b.x ? lazyPoly(() => mulPoly(polyOf(a), polyOf(b))) : undefined);
}

/** a × an exact decimal. */
export function mulD(a: Interval, b: Dec): Interval {
  return withPoly({ v: a.v.times(b), lo: a.lo.times(b), hi: a.hi.times(b) }, a.x ? lazyPoly(() => scalePoly(polyOf(a), b.toNumber())) : undefined);
}

/** a ÷ an exact, strictly positive decimal. */
export function divD(a: Interval, b: Dec): Interval {
  return withPoly({ v: a.v.div(b), lo: a.lo.div(b), hi: a.hi.div(b) }, a.x ? lazyPoly(() => scalePoly(polyOf(a), 1 / b.toNumber())) : undefined);
}

/** a + b, bounds with bounds. */
export function addI(a: Interval, b: Interval): Interval {
  return withPoly({ v: a.v.plus(b.v), lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) }, a.x || b.x ? lazyPoly(() => addPoly(polyOf(a), polyOf(b))) : undefined);
}

/** a − b for intervals of non-negative values, bounds crossed (low − high, high − low), floored at 0. */
export function subI(a: Interval, b: Interval): Interval {
  const lo = a.lo.minus(b.hi);
  const x = a.x || b.x ? lazyPoly(() => addPoly(polyOf(a), scalePoly(polyOf(b), -1))) : undefined;
  return withPoly({ v: a.v.minus(b.v), lo: lo.isNegative() ? ZERO : lo, hi: a.hi.minus(b.lo) }, x);
}

/** 1 ÷ x: the low bound comes from the high value of x. x must be strictly positive. */
export function invI(a: Interval): Interval {
  return withPoly({ v: ONE.div(a.v), lo: ONE.div(a.hi), hi: ONE.div(a.lo) }, a.x ? lazyPoly(() => invPoly(polyOf(a)) ?? constantPoly(ONE.div(a.v).toNumber())) : undefined);
}

/**
 * The values a footprint node carries: per phase and indicator (central), and the total, low and
 * high per indicator. 35 decimals; scaling a group by its quantity costs 35 multiplications.
 */
export interface NodeValues {
  readonly byPhase: Readonly<Record<Phase, Indicators>>;
  readonly total: Indicators;
  readonly low: Indicators;
  readonly high: Indicators;
}

type MutableIndicators = Record<Indicator, Dec>;

function zeroIndicators(): MutableIndicators {
  return { co2eKg: ZERO, waterL: ZERO, waterScarcityM3eq: ZERO, adpKgSbEq: ZERO, energyKwh: ZERO };
}

/** Zero for every indicator. */
export const ZERO_INDICATORS: Indicators = Object.freeze(zeroIndicators());

/** Collects intervals by phase and indicator, then freezes them into node values. */
export class Accumulator {
  private readonly phases: Record<Phase, Record<Indicator, Interval>>;

  constructor() {
    const make = (): Record<Indicator, Interval> => ({
      co2eKg: ZERO_INTERVAL,
      waterL: ZERO_INTERVAL,
      waterScarcityM3eq: ZERO_INTERVAL,
      adpKgSbEq: ZERO_INTERVAL,
      energyKwh: ZERO_INTERVAL,
    });
    this.phases = { manufacturing: make(), distribution: make(), use: make(), endOfLife: make() };
  }

  add(phase: Phase, indicator: Indicator, value: Interval): this {
    const current = this.phases[phase][indicator];
    this.phases[phase][indicator] = current === ZERO_INTERVAL ? value : addI(current, value);
    return this;
  }

  /** The central value currently held for a phase and indicator. */
  get(phase: Phase, indicator: Indicator): Interval {
    return this.phases[phase][indicator];
  }

  toValues(): NodeValues {
    const byPhase = {} as Record<Phase, Indicators>;
    const total = zeroIndicators();
    const low = zeroIndicators();
    const high = zeroIndicators();
    let uncertain = false;
    for (const phase of PHASES) {
      const row = zeroIndicators();
      for (const indicator of INDICATORS) {
        const value = this.phases[phase][indicator];
        if (value.x) uncertain = true;
        row[indicator] = value.v;
        total[indicator] = total[indicator].plus(value.v);
        low[indicator] = low[indicator].plus(value.lo);
        high[indicator] = high[indicator].plus(value.hi);
      }
      byPhase[phase] = INDICATORS.every((indicator) => row[indicator].isZero()) ? ZERO_INDICATORS : Object.freeze(row);
    }
    const values = { byPhase: Object.freeze(byPhase), total: Object.freeze(total), low: Object.freeze(low), high: Object.freeze(high) };
    if (uncertain && tracking) {
      const cells = PHASES.map((phase) => ({ ...this.phases[phase] }));
      setNodePoly(values.total, () => {
        const poly = {} as Record<Indicator, Poly>;
        for (const indicator of INDICATORS) {
          const terms: Poly[] = [];
          for (const row of cells) if (row[indicator] !== ZERO_INTERVAL) terms.push(polyOf(row[indicator]));
          poly[indicator] = sumPolys(terms);
        }
        return { base: Object.freeze(poly), k: 1 };
      });
    }
    return values;
  }
}

/** value × factor, skipping the multiplication for zero (most phase × indicator cells are zero). */
function times(value: Dec, factor: Dec): Dec {
  return value.isZero() ? value : value.times(factor);
}

function plus(a: Dec, b: Dec): Dec {
  return a.isZero() ? b : b.isZero() ? a : a.plus(b);
}

function scaleIndicators(values: Indicators, factor: Dec): Indicators {
  if (values === ZERO_INDICATORS) return values;
  return Object.freeze({
    co2eKg: times(values.co2eKg, factor),
    waterL: times(values.waterL, factor),
    waterScarcityM3eq: times(values.waterScarcityM3eq, factor),
    adpKgSbEq: times(values.adpKgSbEq, factor),
    energyKwh: times(values.energyKwh, factor),
  });
}

function addIndicators(a: Indicators, b: Indicators): Indicators {
  if (a === ZERO_INDICATORS) return b;
  if (b === ZERO_INDICATORS) return a;
  return Object.freeze({
    co2eKg: plus(a.co2eKg, b.co2eKg),
    waterL: plus(a.waterL, b.waterL),
    waterScarcityM3eq: plus(a.waterScarcityM3eq, b.waterScarcityM3eq),
    adpKgSbEq: plus(a.adpKgSbEq, b.adpKgSbEq),
    energyKwh: plus(a.energyKwh, b.energyKwh),
  });
}


/** Node values that are zero everywhere. */
export const ZERO_VALUES: NodeValues = Object.freeze({
  byPhase: Object.freeze({ manufacturing: ZERO_INDICATORS, distribution: ZERO_INDICATORS, use: ZERO_INDICATORS, endOfLife: ZERO_INDICATORS }),
  total: ZERO_INDICATORS,
  low: ZERO_INDICATORS,
  high: ZERO_INDICATORS,
});

/** Cells of node values: PHASES × INDICATORS, then total, low and high × INDICATORS. */
const CELLS = 35;

/**
 * Σ values × factor over many terms, in mutable slots: no intermediate objects, zero cells skipped.
 * `toValues()` freezes the result.
 */
export class LinearSum {
  private readonly cells: Dec[] = new Array<Dec>(CELLS).fill(ZERO);
  /** The terms, for the recipe of the poly (`uncertainty/nodePoly.ts`). */
  private readonly parts: [NodeValues, Dec][] = [];
  private uncertain = false;

  /**
   * Adds `values × factor`. `terms`, when given, are `scaledCells(values, factor)` computed before
   * (a caller that adds the same product many times computes it once).
   */
  addScaled(values: NodeValues, factor: Dec, terms?: ScaledCells): this {
    if (values === ZERO_VALUES) return this;
    if (tracking) {
      this.parts.push([values, factor]);
      if (!this.uncertain && hasNodePoly(values)) this.uncertain = true;
    }
    const products = terms ?? scaledCells(values, factor);
    const cells = this.cells;
    for (let i = 0; i < CELLS; i++) {
      const term = products[i];
      if (term === undefined) continue;
      const current = cells[i] as Dec;
      cells[i] = current.isZero() ? term : current.plus(term);
    }
    return this;
  }

  toValues(): NodeValues {
    const cells = this.cells;
    const byPhase = Object.freeze({
      manufacturing: indicatorsAt(cells, 0),
      distribution: indicatorsAt(cells, 5),
      use: indicatorsAt(cells, 10),
      endOfLife: indicatorsAt(cells, 15),
    });
    const total = indicatorsAt(cells, 20);
    const low = indicatorsAt(cells, 25);
    const high = indicatorsAt(cells, 30);
    if (this.uncertain && total !== ZERO_INDICATORS) setNodePoly(total, linearSumPoly(this.parts));
    return Object.freeze({ byPhase, total, low, high });
  }
}

/** The cells of node values × a factor, in the order of `LinearSum`; `undefined` for a zero cell (nothing to add). */
export type ScaledCells = readonly (Dec | undefined)[];

/** Each non-zero cell of `values` × `factor`. */
export function scaledCells(values: NodeValues, factor: Dec): ScaledCells {
  const out = new Array<Dec | undefined>(CELLS);
  const byPhase = values.byPhase;
  scaleRowInto(out, 0, byPhase.manufacturing, factor);
  scaleRowInto(out, 5, byPhase.distribution, factor);
  scaleRowInto(out, 10, byPhase.use, factor);
  scaleRowInto(out, 15, byPhase.endOfLife, factor);
  scaleRowInto(out, 20, values.total, factor);
  scaleRowInto(out, 25, values.low, factor);
  scaleRowInto(out, 30, values.high, factor);
  return out;
}

function scaleRowInto(out: (Dec | undefined)[], index: number, row: Indicators, factor: Dec): void {
  out[index] = scaledCell(row.co2eKg, factor);
  out[index + 1] = scaledCell(row.waterL, factor);
  out[index + 2] = scaledCell(row.waterScarcityM3eq, factor);
  out[index + 3] = scaledCell(row.adpKgSbEq, factor);
  out[index + 4] = scaledCell(row.energyKwh, factor);
}

function scaledCell(value: Dec, factor: Dec): Dec | undefined {
  return value.isZero() ? undefined : value.times(factor);
}

/** The five cells from `index` as frozen indicators (`ZERO_INDICATORS` when all are zero). */
function indicatorsAt(cells: readonly Dec[], index: number): Indicators {
  const co2eKg = cells[index] as Dec;
  const waterL = cells[index + 1] as Dec;
  const waterScarcityM3eq = cells[index + 2] as Dec;
  const adpKgSbEq = cells[index + 3] as Dec;
  const energyKwh = cells[index + 4] as Dec;
  if (co2eKg.isZero() && waterL.isZero() && waterScarcityM3eq.isZero() && adpKgSbEq.isZero() && energyKwh.isZero()) return ZERO_INDICATORS;
  return Object.freeze({ co2eKg, waterL, waterScarcityM3eq, adpKgSbEq, energyKwh });
}

/** The recipe of the poly of Σ values × factor. */
function linearSumPoly(parts: readonly (readonly [NodeValues, Dec])[]): () => PolyRef {
  return () => {
    const refs = parts.map(([part, factor]) => ({ part, ref: nodePolyOf(part), factor: factor.toNumber() }));
    const poly = {} as Record<Indicator, Poly>;
    for (const indicator of INDICATORS) {
      poly[indicator] = sumScaledPolys(refs.map(({ part, ref, factor }) => scaledPolyOfNode(part, ref, indicator, factor)));
    }
    return { base: Object.freeze(poly), k: 1 };
  };
}

/** Multiplies every value by a factor (a quantity of devices, for instance). */
export function scaleValues(values: NodeValues, factor: Dec): NodeValues {
  if (values === ZERO_VALUES || factor.eq(1)) return values;
  const scaled = Object.freeze({
    byPhase: Object.freeze({
      manufacturing: scaleIndicators(values.byPhase.manufacturing, factor),
      distribution: scaleIndicators(values.byPhase.distribution, factor),
      use: scaleIndicators(values.byPhase.use, factor),
      endOfLife: scaleIndicators(values.byPhase.endOfLife, factor),
    }),
    total: scaleIndicators(values.total, factor),
    low: scaleIndicators(values.low, factor),
    high: scaleIndicators(values.high, factor),
  });
  if (tracking && hasNodePoly(values) && scaled.total !== ZERO_INDICATORS) {
    setNodePoly(scaled.total, () => {
      const ref = nodePolyOf(values) as PolyRef;
      return { base: ref.base, k: ref.k * factor.toNumber() };
    });
  }
  return scaled;
}

/** Adds two sets of node values. */
export function addValues(a: NodeValues, b: NodeValues): NodeValues {
  if (a === ZERO_VALUES) return b;
  if (b === ZERO_VALUES) return a;
  const sum = Object.freeze({
    byPhase: Object.freeze({
      manufacturing: addIndicators(a.byPhase.manufacturing, b.byPhase.manufacturing),
      distribution: addIndicators(a.byPhase.distribution, b.byPhase.distribution),
      use: addIndicators(a.byPhase.use, b.byPhase.use),
      endOfLife: addIndicators(a.byPhase.endOfLife, b.byPhase.endOfLife),
    }),
    total: addIndicators(a.total, b.total),
    low: addIndicators(a.low, b.low),
    high: addIndicators(a.high, b.high),
  });
  if (tracking && (hasNodePoly(a) || hasNodePoly(b)) && sum.total !== a.total && sum.total !== b.total) {
    setNodePoly(sum.total, () => {
      const poly = {} as Record<Indicator, Poly>;
      for (const indicator of INDICATORS) poly[indicator] = addPoly(polyOfNode(a, nodePolyOf(a), indicator, 1), polyOfNode(b, nodePolyOf(b), indicator, 1));
      return { base: Object.freeze(poly), k: 1 };
    });
  }
  return sum;
}

/** `polyOfNode` as a poly and the factor to scale it by (`sumScaledPolys`). */
function scaledPolyOfNode(values: NodeValues, ref: { base: NodePoly; k: number } | undefined, indicator: Indicator, factor: number): readonly [Poly, number] {
  return ref ? [ref.base[indicator], ref.k * factor] : [constantPoly(values.total[indicator].toNumber() * factor), 1];
}

/** The poly of node values × factor (constants when they have none). */
function polyOfNode(values: NodeValues, ref: { base: NodePoly; k: number } | undefined, indicator: Indicator, factor: number): Poly {
  return ref ? scalePoly(ref.base[indicator], ref.k * factor) : constantPoly(values.total[indicator].toNumber() * factor);
}

/** Divides the total by a positive integer (ratios per agent, per inhabitant). */
export function divideIndicators(values: Indicators, divisor: Dec): Indicators {
  return Object.freeze({
    co2eKg: values.co2eKg.div(divisor),
    waterL: values.waterL.div(divisor),
    waterScarcityM3eq: values.waterScarcityM3eq.div(divisor),
    adpKgSbEq: values.adpKgSbEq.div(divisor),
    energyKwh: values.energyKwh.div(divisor),
  });
}

const noteKeys = new WeakMap<TraceNote, string>();

function noteKey(note: TraceNote): string {
  const known = noteKeys.get(note);
  if (known !== undefined) return known;
  const key = computeNoteKey(note);
  noteKeys.set(note, key);
  return key;
}

function computeNoteKey(note: TraceNote): string {
  const keys = Object.keys(note.params).sort();
  return `${note.code}(${keys.map((k) => `${k}=${String(note.params[k])}`).join(',')})`;
}

/** Collects factor ids and notes without duplicates; `build()` returns a frozen, sorted trace. */
export class TraceBuilder {
  private readonly factorIds = new Set<string>();
  private readonly assumptionMap = new Map<string, TraceNote>();
  private readonly fallbackMap = new Map<string, TraceNote>();

  factor(id: string): this {
    this.factorIds.add(id);
    return this;
  }

  assume(code: string, params: Record<string, string | number> = {}): this {
    const note = Object.freeze({ code, params: Object.freeze(params) });
    const key = noteKey(note);
    if (!this.assumptionMap.has(key)) this.assumptionMap.set(key, note);
    return this;
  }

  fallback(code: string, params: Record<string, string | number> = {}): this {
    const note = Object.freeze({ code, params: Object.freeze(params) });
    const key = noteKey(note);
    if (!this.fallbackMap.has(key)) this.fallbackMap.set(key, note);
    return this;
  }

  merge(trace: Trace): this {
    for (const id of trace.factors) this.factorIds.add(id);
    for (const note of trace.assumptions) {
      const key = noteKey(note);
      if (!this.assumptionMap.has(key)) this.assumptionMap.set(key, note);
    }
    for (const note of trace.fallbacks) {
      const key = noteKey(note);
      if (!this.fallbackMap.has(key)) this.fallbackMap.set(key, note);
    }
    return this;
  }

  build(): Trace {
    const byKey = (map: Map<string, TraceNote>): readonly TraceNote[] =>
      Object.freeze([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, note]) => note));
    return Object.freeze({
      factors: Object.freeze([...this.factorIds].sort()),
      assumptions: byKey(this.assumptionMap),
      fallbacks: byKey(this.fallbackMap),
    });
  }
}

/** Merges traces into one. */
export function mergeTraces(traces: Iterable<Trace>): Trace {
  const builder = new TraceBuilder();
  for (const trace of traces) builder.merge(trace);
  return builder.build();
}

/** Builds a frozen footprint node from values and a trace. */
export function toNode(values: NodeValues, trace: Trace): FootprintNode {
  return Object.freeze({ total: values.total, low: values.low, high: values.high, byPhase: values.byPhase, trace });
}
