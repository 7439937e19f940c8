/**
 * Reads the few parameters the strategy layer needs from a factor set (default lifetimes, use
 * profiles, default PUE/WUE, electricity). Looked up by id, following docs/factor-ids.md.
 */
import { dec, type Dec } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { CategoryId, SizeClass } from '../schemas/categories';
import type { InventoryItem } from '../schemas/inventory';
import type { Organisation } from '../schemas/organisation';

/** Row values by id, as Decimals. */
export type FactorParams = ReadonlyMap<string, Dec>;

const cache = new WeakMap<FactorSet, FactorParams>();

/** Indexes a factor set's rows by id (memoised per set). */
export function factorParamsOf(set: FactorSet): FactorParams {
  const hit = cache.get(set);
  if (hit) return hit;
  const map = new Map<string, Dec>();
  for (const row of set.rows) map.set(row.id, dec(row.value));
  cache.set(set, map);
  return map;
}

/** `device.<cat>.<variant>.<rest>` then `device.<cat>.<rest>`: the id that exists, with its value. */
export function deviceParam(params: FactorParams, category: CategoryId, sizeClass: SizeClass | undefined, rest: string): { id: string; value: Dec } | undefined {
  if (sizeClass) {
    const id = `device.${category}.${sizeClass}.${rest}`;
    const value = params.get(id);
    if (value) return { id, value };
  }
  const id = `device.${category}.${rest}`;
  const value = params.get(id);
  return value ? { id, value } : undefined;
}

/** The lifetime the engine's cascade gives an item: override, organisation hypothesis, then the factor set default. */
export function cascadeLifetime(item: Pick<InventoryItem, 'category' | 'sizeClass' | 'lifetimeYears'>, organisation: Organisation, params: FactorParams): { years: Dec; level: 'override' | 'organisation' | 'default' } | undefined {
  if (item.lifetimeYears) return { years: item.lifetimeYears, level: 'override' };
  const hypothesis = organisation.lifetimeHypotheses[item.category];
  if (hypothesis) return { years: hypothesis, level: 'organisation' };
  const row = deviceParam(params, item.category, item.sizeClass, 'lifetimeYears');
  return row ? { years: row.value, level: 'default' } : undefined;
}
