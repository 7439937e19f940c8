import { dec, sum, ZERO, type Dec } from '../internal/decimal';
import type { InventoryItem } from '../schemas/inventory';
import { WORKSTATION_CATEGORIES } from './fleet';

/**
 * How far a frozen reference value has moved from the live bilan before it is flagged (issue 12:
 * "flag a frozen baseline more than 5 % away from the live bilan"). A product rule, not a factor.
 */
export const BASELINE_DRIFT_THRESHOLD: Dec = dec('0.05');

/**
 * The relative gap between a frozen reference value and the same value computed now:
 * |frozen − live| ÷ |live|. Undefined when the live value is zero (no relative gap).
 *
 * @example baselineDrift(dec('19.3'), dec('60')).toFixed() // '0.67833…' (67.8 %)
 */
export function baselineDrift(frozen: Dec, live: Dec): Dec | undefined {
  if (live.isZero()) return undefined;
  return frozen.minus(live).abs().dividedBy(live.abs());
}

/** Whether a frozen reference value is more than `BASELINE_DRIFT_THRESHOLD` away from the live one. */
export function isBaselineAdrift(frozen: Dec, live: Dec): boolean {
  const drift = baselineDrift(frozen, live);
  return drift !== undefined && drift.gt(BASELINE_DRIFT_THRESHOLD);
}

/** The lifetime of the workstations (PCs) seen in an inventory, from their real ages. */
export interface WorkstationLifetime {
  /** Quantity-weighted mean, years. */
  readonly years: Dec;
  /**
   * `retired`: age at retirement of the PCs that left the fleet (status `disposed` or `reuse`,
   * taken as retired during the reference year); `in-service-age`: when none did, the mean age of
   * the PCs in service, a lower bound of their lifetime.
   */
  readonly basis: 'retired' | 'in-service-age';
  /** Number of PCs the mean rests on. */
  readonly quantity: number;
  /** PCs left out because their purchase year is unknown. */
  readonly withoutYear: number;
}

const yearOf = (item: InventoryItem): number | undefined => item.purchaseYear ?? (item.purchaseDate ? Number(item.purchaseDate.slice(0, 4)) : undefined);

/**
 * The reference value of « durée de vie moyenne des postes »: computed on PCs only (laptops,
 * desktops, all-in-ones, thin clients, workstations) from their purchase years, never from the
 * default lifetimes of the factor set. Undefined when no PC has a purchase year.
 *
 * @param inventory - The parsed inventory of the reference year.
 * @param referenceYear - The bilan's year: a PC bought in 2020 is 4 years old in 2024.
 */
export function computeWorkstationLifetime(inventory: readonly InventoryItem[], referenceYear: number): WorkstationLifetime | undefined {
  const pcs = inventory.filter((item) => WORKSTATION_CATEGORIES.includes(item.category));
  const dated = pcs.filter((item) => yearOf(item) !== undefined && yearOf(item)! <= referenceYear);
  const withoutYear = pcs.filter((item) => yearOf(item) === undefined).reduce((n, item) => n + item.quantity, 0);
  const retired = dated.filter((item) => item.status === 'disposed' || item.status === 'reuse');
  const inService = dated.filter((item) => item.status === 'in-service');
  const [items, basis] = retired.length > 0 ? ([retired, 'retired'] as const) : ([inService, 'in-service-age'] as const);
  const quantity = items.reduce((n, item) => n + item.quantity, 0);
  if (quantity === 0) return undefined;
  const ageSum = sum(items.map((item) => dec(referenceYear - yearOf(item)!).times(item.quantity)));
  return { years: ageSum.equals(ZERO) ? ZERO : ageSum.dividedBy(quantity), basis, quantity, withoutYear };
}
