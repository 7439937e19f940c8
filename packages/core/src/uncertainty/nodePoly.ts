/**
 * Which poly belongs to which node values (internal). The engine's `NodeValues` and nodes stay as
 * they are (plain, frozen, compared by value in tests); the poly of a node is found through the
 * identity of its `total` object, which every node built from the same values shares, spreads
 * included. A node without an entry has no uncertain factor: every draw equals its central value.
 * The engine records recipes, not polys: a computation that never simulates (a trajectory's many
 * scenarios) pays for a closure per node, not for the symbolic sums.
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

/** A poly, or how to compute it: node values record a recipe, computed only when a simulation asks. */
type Entry = PolyRef | (() => PolyRef);

const registry = new WeakMap<object, Entry>();

/** Records the poly (or the recipe of the poly) of the values whose total object is `total`. */
export function setNodePoly(total: object, entry: Entry): void {
  registry.set(total, entry);
}

/** Whether node values have a poly, without computing it. */
export function hasNodePoly(node: { readonly total: object }): boolean {
  return registry.has(node.total);
}

/** The poly of a node (or of node values), when it has uncertain factors; a recipe is computed once. */
export function nodePolyOf(node: { readonly total: object }): PolyRef | undefined {
  const entry = registry.get(node.total);
  if (typeof entry !== 'function') return entry;
  const ref = entry();
  registry.set(node.total, ref);
  return ref;
}
