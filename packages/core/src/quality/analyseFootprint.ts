/**
 * What a practitioner reads next to the total, in one call: the Monte Carlo distribution and its
 * sensitivity, the data quality, the plausibility checks and the perimeter. Screens, the CLI and
 * documents all read it from here, so each of these figures is computed once.
 */
import type { FootprintResult } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import type { Organisation } from '../schemas/organisation';
import { computeDistribution, type FootprintDistribution } from '../uncertainty/distribution';
import { assessDataQuality, type DataQuality } from './dataQuality';
import { bilanPerimeter, type BilanPerimeter } from './perimeter';
import { assessPlausibility, type Plausibility } from './plausibility';

/** What `analyseFootprint` needs besides the result. */
export interface AnalysisContext {
  readonly organisation: Pick<Organisation, 'agents' | 'population'>;
  /** The factor set the result was computed with. */
  readonly factorSet: FactorSet;
  /** True when the inventory is an estimate from the number of agents. */
  readonly inventoryIsEstimate?: boolean;
  /** Monte Carlo iterations (default 2,000, at least 2,000). */
  readonly draws?: number;
}

/** The analysis of a bilan. */
export interface FootprintAnalysis {
  readonly distribution: FootprintDistribution;
  readonly dataQuality: DataQuality;
  readonly plausibility: Plausibility;
  readonly perimeter: BilanPerimeter;
}

/**
 * Analyses a footprint result: distribution and sensitivity, data quality, plausibility, perimeter.
 *
 * @param result - A result of `computeFootprint`.
 * @param context - `{ organisation, factorSet, inventoryIsEstimate?, draws? }`.
 * @returns The four parts, each frozen.
 * @example
 * const analysis = analyseFootprint(result, { organisation: project.organisation, factorSet, inventoryIsEstimate: project.inventoryIsEstimate });
 * analysis.distribution.total.p95.co2eKg.toFixed(0);
 */
export function analyseFootprint(result: FootprintResult, context: AnalysisContext): FootprintAnalysis {
  return Object.freeze({
    distribution: computeDistribution(result, { ...(context.draws !== undefined ? { draws: context.draws } : {}), inventoryIsEstimate: context.inventoryIsEstimate ?? false }),
    dataQuality: assessDataQuality(result, { inventoryIsEstimate: context.inventoryIsEstimate ?? false }),
    plausibility: assessPlausibility(result, context.organisation),
    perimeter: bilanPerimeter(context.factorSet),
  });
}
