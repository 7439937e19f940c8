/**
 * Which poly belongs to which node values (internal). The engine's `NodeValues` and nodes stay as
 * they are (plain, frozen, compared by value in tests); the poly of a node is found through the
 * identity of its `total` object, which every node built from the same values shares, spreads
 * included. A node without an entry has no uncertain factor: every draw equals its central value.
 */
import type { Indicator } from '../schemas/factors';
import type { Poly } from './poly';

/** One poly per indicator (all phases summed). */
export type NodePoly = Readonly<Record<Indicator, Poly>>;

/** A node's poly as `k × base`: scaling a group by its quantity shares the base, so its percentiles are computed once. */
export interface PolyRef {
  readonly base: NodePoly;
  readonly k: number;
}

const registry = new WeakMap<object, PolyRef>();

/** Records the poly of the values whose total object is `total`. */
export function setNodePoly(total: object, ref: PolyRef): void {
  registry.set(total, ref);
}

/** The poly of a node (or of node values), when it has uncertain factors. */
export function nodePolyOf(node: { readonly total: object }): PolyRef | undefined {
  return registry.get(node.total);
}
