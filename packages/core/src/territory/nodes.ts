/** Small helpers for territorial figures (internal). */
import { ZERO, type Dec } from '../internal/decimal';
import { addI, mulD, type Interval } from '../compute/values';
import { mergeTraces } from '../compute/values';
import type { Trace } from '../compute/types';
import { TERRITORY_INDICATORS, type TerritoryIndicator, type TerritoryNode } from './types';

/** A territorial node from its values and trace. */
export function territoryNode(values: Partial<Record<TerritoryIndicator, Interval>>, trace: Trace): TerritoryNode {
  return Object.freeze({ values: Object.freeze({ ...values }), trace });
}

/** Sums nodes indicator by indicator; an indicator is present when any node has it. */
export function sumNodes(nodes: readonly TerritoryNode[]): TerritoryNode {
  const values: Partial<Record<TerritoryIndicator, Interval>> = {};
  for (const node of nodes) {
    for (const indicator of TERRITORY_INDICATORS) {
      const value = node.values[indicator];
      if (value === undefined) continue;
      const known = values[indicator];
      values[indicator] = known ? addI(known, value) : value;
    }
  }
  return territoryNode(values, mergeTraces(nodes.map((node) => node.trace)));
}

/** Multiplies every indicator of a node by an exact decimal. */
export function scaleNode(node: TerritoryNode, factor: Dec, trace: Trace = node.trace): TerritoryNode {
  const values: Partial<Record<TerritoryIndicator, Interval>> = {};
  for (const indicator of TERRITORY_INDICATORS) {
    const value = node.values[indicator];
    if (value !== undefined) values[indicator] = mulD(value, factor);
  }
  return territoryNode(values, trace);
}

/** Divides every indicator by a positive integer (per inhabitant). */
export function divideNode(node: TerritoryNode, divisor: Dec): TerritoryNode {
  const values: Partial<Record<TerritoryIndicator, Interval>> = {};
  for (const indicator of TERRITORY_INDICATORS) {
    const value = node.values[indicator];
    if (value !== undefined) values[indicator] = { v: value.v.div(divisor), lo: value.lo.div(divisor), hi: value.hi.div(divisor) };
  }
  return territoryNode(values, node.trace);
}

/** The CO2e of a node, zero when absent. */
export function co2eOf(node: TerritoryNode): Dec {
  return node.values.co2eKg?.v ?? ZERO;
}
