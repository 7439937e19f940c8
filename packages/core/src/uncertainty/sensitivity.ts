/**
 * Sensitivity of a footprint's total: which factor rows, default lifetimes and hypotheses drive its
 * variance, "what to measure better first".
 *
 * The share of an input is its first-order variance index (Sobol'), Var(E[Y | Xᵢ]) ÷ Var(Y): the
 * part of the variance that would disappear if that input were known exactly (Saltelli et al.,
 * Global Sensitivity Analysis: The Primer, Wiley, 2008, ch. 4). Inputs are independent and the total
 * is a sum of products of inputs, so E[Y | Xᵢ] is exact: in each product, every other input is
 * replaced by its mean, computed on the same draws. An input is a draw stream: one factor row, or
 * the default lifetimes of one category.
 *
 * A hypothesis or fallback choice (`hypotheses.ts`: lines without a purchase year, electricity
 * fallbacks, proxies, an inventory estimated from the agents, default e-mail recipients) is not one
 * input but a set of lines; its share is the part of the variance those lines carry,
 * Cov(Y_h, Y) ÷ Var(Y), where Y_h is the part of the total that rests on the hypothesis (the shares
 * of disjoint parts add up to 1). It says how much of the uncertainty sits on lines that better data
 * would replace.
 */
import { INDICATORS, type Indicator } from '../schemas/factors';
import type { CategoryId } from '../schemas/categories';
import type { FootprintResult } from '../compute/types';
import { nodePolyOf } from './nodePoly';
import type { Term, Variable } from './poly';
import type { Simulation } from './distribution';
import { addScaledInto, covariance, variance } from './kernels';
import { sensitivityLabelFr } from './labels';
import { HYPOTHESIS_LABELS_FR, hypothesisParts, type HypothesisKind, type HypothesisOptions } from './hypotheses';

/** Number of inputs listed per indicator. */
export const SENSITIVITY_TOP = 10;

/** One input of the sensitivity ranking. */
export interface SensitivityEntry {
  /**
   * The draw stream: a factor row id, or `lifetime:<category>` for a category's default lifetimes;
   * `hypothesis:<kind>` for a hypothesis.
   */
  readonly key: string;
  readonly kind: 'factor' | 'lifetime' | 'hypothesis';
  /** The factor rows drawn on this stream that the total uses (none for a hypothesis). */
  readonly factorIds: readonly string[];
  /** Lifetimes: the category. */
  readonly category?: CategoryId;
  /** Hypotheses: which one, and how many lines rest on it. */
  readonly hypothesis?: HypothesisKind;
  readonly lines?: number;
  /**
   * Share of the variance of the total, between 0 and 1: first-order for a factor row or lifetime,
   * the part the lines carry for a hypothesis (see the module comment).
   */
  readonly share: number;
  /** French wording, for screens and documents. */
  readonly labelFr: string;
}

/** Sensitivity of each indicator's total. */
export interface Sensitivity {
  /** The `SENSITIVITY_TOP` inputs with the largest shares, largest first. */
  readonly byIndicator: Readonly<Record<Indicator, readonly SensitivityEntry[]>>;
  /**
   * Sum of the first-order shares of all factor rows and lifetimes (at most 1, up to sampling
   * noise); the rest of the variance comes from interactions (a manufacturing factor drawn together
   * with a lifetime). Hypotheses are not added: their lines' variance is already made of these.
   */
  readonly explained: Readonly<Record<Indicator, number>>;
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;

/** The sensitivity of a result's total, on the draws of a simulation. */
export function sensitivityOf(result: FootprintResult, simulation: Simulation, options: HypothesisOptions = {}): Sensitivity {
  const ref = nodePolyOf(result);
  const hypotheses = ref ? hypothesisParts(result, options) : [];
  const byIndicator = {} as Record<Indicator, readonly SensitivityEntry[]>;
  const explained = {} as Record<Indicator, number>;
  for (const indicator of INDICATORS) {
    const poly = ref?.base[indicator] ?? [];
    const total = simulation.evaluate(poly);
    const totalVariance = variance(total);
    if (!ref || totalVariance <= 0) {
      byIndicator[indicator] = Object.freeze([]);
      explained[indicator] = 0;
      continue;
    }
    // Terms by draw stream.
    const streams = new Map<string, { terms: Term[]; rows: Set<string> }>();
    for (const term of poly) {
      for (const key of new Set(term.vars.map(([variable]) => variable.drawKey))) {
        const stream = streams.get(key) ?? { terms: [], rows: new Set<string>() };
        stream.terms.push(term);
        for (const [variable] of term.vars) if (variable.drawKey === key) stream.rows.add(variable.row);
        streams.set(key, stream);
      }
    }
    const entries: SensitivityEntry[] = [];
    let sum = 0;
    for (const [key, stream] of streams) {
      const conditional = new Float64Array(simulation.n);
      for (const term of stream.terms) {
        let coefficient = term.c * ref.k;
        const own: (readonly [Variable, number])[] = [];
        for (const pair of term.vars) {
          if (pair[0].drawKey === key) own.push(pair);
          else coefficient *= simulation.mean(pair[0], pair[1]);
        }
        const ownKey = own.map(([variable, power]) => `${variable.id}^${power}`).join('*');
        const values = simulation.product(own, `own:${ownKey}`);
        addScaledInto(conditional, values, coefficient);
      }
      const share = variance(conditional) / totalVariance;
      sum += share;
      const lifetime = key.startsWith('lifetime:');
      entries.push(
        Object.freeze({
          key,
          kind: lifetime ? ('lifetime' as const) : ('factor' as const),
          factorIds: Object.freeze([...stream.rows].sort()),
          ...(lifetime ? { category: key.slice('lifetime:'.length) as CategoryId } : {}),
          share: round4(share),
          labelFr: sensitivityLabelFr(key),
        }),
      );
    }
    for (const part of hypotheses) {
      const draws = simulation.evaluate(part.poly[indicator]);
      const share = covariance(draws, total) / (totalVariance * ref.k);
      if (!(share > 0)) continue;
      entries.push(
        Object.freeze({
          key: `hypothesis:${part.kind}`,
          kind: 'hypothesis' as const,
          factorIds: Object.freeze([]),
          hypothesis: part.kind,
          lines: part.lines,
          share: round4(share),
          labelFr: HYPOTHESIS_LABELS_FR[part.kind],
        }),
      );
    }
    entries.sort((a, b) => b.share - a.share || (a.key < b.key ? -1 : 1));
    byIndicator[indicator] = Object.freeze(entries.slice(0, SENSITIVITY_TOP));
    explained[indicator] = round4(sum);
  }
  return Object.freeze({ byIndicator: Object.freeze(byIndicator), explained: Object.freeze(explained) });
}
