import type { TraceNote } from '../compute/types';
import { FootprintError } from '../errors';
import { dec, ROUNDING } from '../internal/decimal';
import type { InventoryItemInput } from '../schemas/inventory';
import { getEstimateRatios, type EstimateRatio } from './ratios';

/** What the estimate needs to know about the organisation. */
export interface EstimateOrganisation {
  /** Number of agents (headcount), a non-negative integer. */
  readonly agents: number;
  /** Reference year of the bilan. */
  readonly referenceYear: number;
}

/** Options of {@link estimateInventoryFromAgents}. */
export interface EstimateInventoryOptions {
  /** Ratios to apply instead of the shipped table (each must carry its source). */
  readonly ratios?: readonly EstimateRatio[];
}

/** An estimated inventory: never to be mistaken for a real one. */
export interface InventoryEstimate {
  /** One line per ratio whose rounded quantity is at least one device. */
  readonly items: readonly InventoryItemInput[];
  /** One note per ratio applied, with the ratio, its range and its source. */
  readonly assumptions: readonly TraceNote[];
  readonly isEstimate: true;
}

/**
 * Estimates an inventory from the number of agents, with the documented ratios of
 * `data/estimate/ratios-per-agent.json`: quantity = agents × devices per agent, rounded half up to
 * whole devices. Lines are in service, in the administration perimeter, and leave the lifetime to the
 * engine's default cascade. Categories without a published ratio are not estimated at all.
 *
 * @param organisation - The number of agents and the reference year.
 * @param options - `ratios` to replace the shipped table.
 * @returns The estimated lines, one assumption per ratio, and `isEstimate: true`.
 * @throws {FootprintError} `invalid_option` when `agents` is not a non-negative integer.
 * @example
 * estimateInventoryFromAgents({ agents: 1100, referenceYear: 2025 }).items;
 * // [{ category: 'desktop', quantity: 1298, … }, { category: 'monitor', quantity: 1320, … }]
 */
export function estimateInventoryFromAgents(organisation: EstimateOrganisation, options: EstimateInventoryOptions = {}): InventoryEstimate {
  const { agents, referenceYear } = organisation;
  if (!Number.isInteger(agents) || agents < 0) throw new FootprintError('invalid_option', { agents: String(agents) });
  const ratios = options.ratios ?? getEstimateRatios().ratios;
  const items: InventoryItemInput[] = [];
  const assumptions: TraceNote[] = [];
  for (const ratio of ratios) {
    const quantity = dec(agents).times(dec(ratio.devicesPerAgent)).toDecimalPlaces(0, ROUNDING.halfUp);
    if (quantity.gt(0)) {
      items.push(Object.freeze({ category: ratio.category, quantity: quantity.toNumber(), status: 'in-service', perimeter: ratio.perimeter }));
    }
    assumptions.push(
      Object.freeze({
        code: 'inventory_estimate_ratio',
        params: Object.freeze({
          category: ratio.category,
          quantity: quantity.toFixed(0),
          agents,
          referenceYear,
          devicesPerAgent: ratio.devicesPerAgent,
          low: ratio.low,
          high: ratio.high,
          publisher: ratio.source.publisher,
          title: ratio.source.title,
          year: ratio.source.year,
          url: ratio.source.url,
        }),
      }),
    );
  }
  return Object.freeze({ items: Object.freeze(items), assumptions: Object.freeze(assumptions), isEstimate: true as const });
}
