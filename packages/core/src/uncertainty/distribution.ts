/**
 * The Monte Carlo distribution of a footprint: percentiles P5, P50 and P95 of every indicator on
 * every node of a result, the percentile at which the reference value sits, and the sensitivity
 * (first-order variance shares) of the total.
 *
 * Model. Every factor row with a range (low < high) is a random variable with a triangular
 * distribution: minimum = low, mode = the row's value, maximum = high (IPCC 2006 Guidelines,
 * vol. 1, ch. 3, § 3.2.2.4 and table 3.3: a triangular density where an expert or the sources give
 * a lower limit, a most likely value and an upper limit). Correlation structure:
 *
 * - one draw per factor row per iteration, shared by every device, site and line that uses it
 *   (the row is one published number: if it is wrong, it is wrong for the whole fleet);
 * - default lifetimes are drawn per category: the rows of one category (and its size classes)
 *   share one uniform draw;
 * - rows are otherwise independent.
 *
 * Draws are Latin hypercube samples (one stream per row or lifetime category) from a seed hashed
 * from the result, so a given input always gives the same percentiles. The engine's exact figures
 * stay the reference; the simulation runs in binary floats on the result's polys
 * (`uncertainty/poly.ts`) and its percentiles are rounded to 15 significant digits, then kept inside
 * the node's [low, high] envelope (every draw lies in it; only float rounding could step out).
 */
import { dec, type Dec } from '../internal/decimal';
import { INDICATORS, type Indicator } from '../schemas/factors';
import type { FootprintNode, FootprintResult, Indicators } from '../compute/types';
import { nodePolyOf, type NodePoly } from './nodePoly';
import type { Poly, Term, Variable } from './poly';
import { hashText, latinHypercube } from './sampling';
import { quantilesOfUnsorted } from './quantiles';
import { addFourScaledInto, addScaledInto, mapInto, meanOfPower, multiplyPowerInto, percentBelow, triangularInto } from './kernels';
import { sensitivityOf, type Sensitivity } from './sensitivity';
import { referencePositionOf, type ReferencePosition } from './referencePosition';

/** Default number of Monte Carlo iterations. */
export const DEFAULT_DRAWS = 2000;
/** Significant digits kept in the simulated percentiles. */
export const PERCENTILE_SIGNIFICANT_DIGITS = 15;

/** What the distribution reads of a node: its values and bounds (a result, a breakdown, a group…). */
export type DistributedNode = Pick<FootprintNode, 'total' | 'low' | 'high'>;

/** Percentiles of one node, per indicator. */
export interface NodeDistribution {
  readonly p5: Indicators;
  readonly p50: Indicators;
  readonly p95: Indicators;
  /**
   * Where the node's reference (central) value sits in the distribution, in percent: the share of
   * draws below it (ties count half). 50 when the node has no uncertain factor.
   */
  readonly referencePercentile: Readonly<Record<Indicator, number>>;
}

/** The Monte Carlo distribution of a `FootprintResult`. */
export interface FootprintDistribution {
  /** Number of iterations. */
  readonly draws: number;
  /** The seed (hash of the result's exact totals, bounds and factor rows). */
  readonly seed: string;
  readonly sampling: 'latin-hypercube';
  readonly shape: 'triangular';
  readonly total: NodeDistribution;
  /** Aligned with the result's breakdown arrays, entry for entry. */
  readonly byCategory: readonly NodeDistribution[];
  readonly byPerimeter: readonly NodeDistribution[];
  readonly bySite: readonly NodeDistribution[];
  readonly byDomain: readonly NodeDistribution[];
  /** The distribution of any node of the result (groups, sites, cloud lines, usage items…). */
  of(node: DistributedNode): NodeDistribution;
  /** Which factor rows, lifetimes and hypotheses drive the variance of each indicator's total. */
  readonly sensitivity: Sensitivity;
  /** Where each total's reference value sits in the draws, and which ranges put it there. */
  readonly referencePosition: ReferencePosition;
}

/** Options of `computeDistribution`. */
export interface DistributionOptions {
  /** Iterations, at least 2,000 (default 2,000). */
  readonly draws?: number;
  /** True when the inventory was estimated from the number of agents (a hypothesis the sensitivity ranks). */
  readonly inventoryIsEstimate?: boolean;
}

interface BaseStats {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly referencePercentile: number;
}

/** The draws of one simulation: uniforms per stream, values per row, products per term. */
export class Simulation {
  private readonly uniforms = new Map<string, Float64Array>();
  private readonly rows = new Map<string, Float64Array>();
  private readonly products = new Map<string, Float64Array>();
  private readonly means = new Map<string, number>();
  private ones: Float64Array | undefined;

  constructor(
    readonly seed: string,
    readonly n: number,
  ) {}

  /** Draws of a factor row (triangular, on its stream), or of a function of one. */
  row(variable: Variable): Float64Array {
    let values = this.rows.get(variable.id);
    if (!values && variable.of) {
      const base = this.row(variable.of.base);
      const f = variable.of.f;
      values = new Float64Array(this.n);
      mapInto(values, base, f);
      this.rows.set(variable.id, values);
    }
    if (!values) {
      let u = this.uniforms.get(variable.drawKey);
      if (!u) {
        u = latinHypercube(this.seed, variable.drawKey, this.n);
        this.uniforms.set(variable.drawKey, u);
      }
      const mode = Math.min(Math.max(variable.v, variable.lo), variable.hi);
      values = new Float64Array(this.n);
      triangularInto(values, u, variable.lo, mode, variable.hi);
      this.rows.set(variable.id, values);
    }
    return values;
  }

  /** Draws of Π variable^power over some of a term's variables (cached by key). */
  product(vars: Term['vars'], key: string): Float64Array {
    let values = this.products.get(key);
    if (values) return values;
    values = new Float64Array(this.n).fill(1);
    for (let v = 0; v < vars.length; v++) {
      const [variable, power] = vars[v] as Term['vars'][number];
      multiplyPowerInto(values, this.row(variable), power);
    }
    this.products.set(key, values);
    return values;
  }

  /** Sample mean of variable^power. */
  mean(variable: Variable, power: number): number {
    const key = `${variable.id}^${power}`;
    let mean = this.means.get(key);
    if (mean === undefined) {
      mean = meanOfPower(this.row(variable), power);
      this.means.set(key, mean);
    }
    return mean;
  }

  /** The draws of a poly. */
  evaluate(poly: Poly): Float64Array {
    return this.evaluateInto(poly, new Float64Array(this.n));
  }

  /** The draws of a poly, written into `out` (a scratch buffer of length n, overwritten). */
  evaluateInto(poly: Poly, out: Float64Array): Float64Array {
    out.fill(0);
    // Four terms per pass over the draws: `out + c₁x₁ + c₂x₂ + …` adds left to right, so the
    // float sums are those of one term per pass, in the order of the poly.
    let t = 0;
    for (; t + 4 <= poly.length; t += 4) {
      const a = poly[t] as Term;
      const b = poly[t + 1] as Term;
      const c = poly[t + 2] as Term;
      const d = poly[t + 3] as Term;
      addFourScaledInto(out, this.drawsOf(a), a.c, this.drawsOf(b), b.c, this.drawsOf(c), c.c, this.drawsOf(d), d.c);
    }
    for (; t < poly.length; t++) {
      const term = poly[t] as Term;
      addScaledInto(out, this.drawsOf(term), term.c);
    }
    return out;
  }

  /** The draws of a term's product of variables; ones for a constant (c × 1 is c). */
  private drawsOf(term: Term): Float64Array {
    if (term.vars.length > 0) return this.product(term.vars, term.key);
    this.ones ??= new Float64Array(this.n).fill(1);
    return this.ones;
  }
}

/** The poly at every row's central value. */
export function centralOf(poly: Poly): number {
  let sum = 0;
  for (const term of poly) {
    let product = term.c;
    for (const [variable, power] of term.vars) product *= variable.v ** power;
    sum += product;
  }
  return sum;
}

function statsOf(draws: Float64Array, central: number): BaseStats {
  // Share of draws below the reference (ties count half), then the quantiles from order
  // statistics: linear time, the same values as after a full sort.
  const referencePercentile = percentBelow(draws, central, Math.abs(central) * 1e-12);
  const quantiles = quantilesOfUnsorted(draws, [0.05, 0.5, 0.95]);
  return { p5: quantiles[0] as number, p50: quantiles[1] as number, p95: quantiles[2] as number, referencePercentile };
}

/** A simulated value as an exact decimal at 15 significant digits, inside [low, high]. */
function toDecimal(value: number, low: Dec, high: Dec): Dec {
  if (low.eq(high)) return low;
  const rounded = Number.isFinite(value) ? dec(value.toPrecision(PERCENTILE_SIGNIFICANT_DIGITS)) : low;
  return rounded.lt(low) ? low : rounded.gt(high) ? high : rounded;
}

function seedOf(result: FootprintResult, n: number): string {
  const ref = nodePolyOf(result);
  const parts = [result.factorSetVersion, String(result.year), result.method, String(result.amortisationYears), String(n)];
  for (const indicator of INDICATORS) {
    parts.push(result.total[indicator].toFixed(), result.low[indicator].toFixed(), result.high[indicator].toFixed());
    if (ref) parts.push(ref.base[indicator].map((term) => term.key).sort().join(','));
  }
  return hashText(parts.join('|'));
}

const cache = new WeakMap<FootprintResult, Map<string, FootprintDistribution>>();

/**
 * Computes the Monte Carlo distribution of a footprint result (see the module comment for the
 * model). Deterministic: the same input always gives the same percentiles. Cached per result.
 *
 * @param result - A result of `computeFootprint`.
 * @param options - `{ draws? }`: iterations, at least 2,000 (default 2,000).
 * @returns P5, P50 and P95 per indicator for the total and every breakdown (and `of(node)` for any
 *   other node), the percentile of the reference value, and the sensitivity of the total.
 * @example
 * const distribution = computeDistribution(result);
 * distribution.total.p95.co2eKg.toFixed(0);
 */
export function computeDistribution(result: FootprintResult, options: DistributionOptions = {}): FootprintDistribution {
  const n = Math.max(2000, Math.floor(options.draws ?? DEFAULT_DRAWS));
  const estimate = options.inventoryIsEstimate ?? false;
  const cacheKey = `${n}|${estimate}`;
  let perResult = cache.get(result);
  const known = perResult?.get(cacheKey);
  if (known) return known;

  const seed = seedOf(result, n);
  const simulation = new Simulation(seed, n);
  const baseStats = new Map<NodePoly, Record<Indicator, BaseStats>>();
  // One scratch buffer for every node's draws: only their statistics are kept.
  const scratch = new Float64Array(n);
  const statsFor = (base: NodePoly): Record<Indicator, BaseStats> => {
    let stats = baseStats.get(base);
    if (!stats) {
      stats = {} as Record<Indicator, BaseStats>;
      for (const indicator of INDICATORS) {
        const poly = base[indicator];
        const central = centralOf(poly);
        stats[indicator] = poly.some((term) => term.vars.length > 0)
          ? statsOf(simulation.evaluateInto(poly, scratch), central)
          : { p5: central, p50: central, p95: central, referencePercentile: 50 };
      }
      baseStats.set(base, stats);
    }
    return stats;
  };
  const nodeCache = new WeakMap<object, NodeDistribution>();
  const of = (node: DistributedNode): NodeDistribution => {
    const cached = nodeCache.get(node.total);
    if (cached) return cached;
    const ref = nodePolyOf(node);
    const p5 = {} as Record<Indicator, Dec>;
    const p50 = {} as Record<Indicator, Dec>;
    const p95 = {} as Record<Indicator, Dec>;
    const referencePercentile = {} as Record<Indicator, number>;
    const stats = ref ? statsFor(ref.base) : undefined;
    for (const indicator of INDICATORS) {
      const low = node.low[indicator];
      const high = node.high[indicator];
      const s = stats?.[indicator];
      if (!ref || !s) {
        p5[indicator] = p50[indicator] = p95[indicator] = node.total[indicator];
        referencePercentile[indicator] = 50;
        continue;
      }
      p5[indicator] = toDecimal(s.p5 * ref.k, low, high);
      p50[indicator] = toDecimal(s.p50 * ref.k, low, high);
      p95[indicator] = toDecimal(s.p95 * ref.k, low, high);
      referencePercentile[indicator] = s.referencePercentile;
    }
    const distribution: NodeDistribution = Object.freeze({
      p5: Object.freeze(p5),
      p50: Object.freeze(p50),
      p95: Object.freeze(p95),
      referencePercentile: Object.freeze(referencePercentile),
    });
    if (ref) nodeCache.set(node.total, distribution);
    return distribution;
  };

  const total = of(result);
  const distribution: FootprintDistribution = Object.freeze({
    draws: n,
    seed,
    sampling: 'latin-hypercube' as const,
    shape: 'triangular' as const,
    total,
    byCategory: Object.freeze(result.byCategory.map(of)),
    byPerimeter: Object.freeze(result.byPerimeter.map(of)),
    bySite: Object.freeze(result.bySite.map(of)),
    byDomain: Object.freeze(result.byDomain.map(of)),
    of,
    sensitivity: sensitivityOf(result, simulation, { inventoryIsEstimate: estimate }),
    referencePosition: referencePositionOf(result, simulation, total.referencePercentile),
  });
  if (!perResult) {
    perResult = new Map();
    cache.set(result, perResult);
  }
  perResult.set(cacheKey, distribution);
  return distribution;
}
