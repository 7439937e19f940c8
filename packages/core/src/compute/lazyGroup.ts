/**
 * The fleet's groups (internal): nodes whose values (unit × quantity) are computed on first read,
 * and the kg CO2e per phase that data quality reads of every group without computing the rest.
 */
import { dec, type Dec } from '../internal/decimal';
import type { CategoryId, Perimeter, Phase } from '../schemas/categories';
import type { UnitFootprint } from './deviceModel';
import type { FootprintNode, GroupFootprint } from './types';
import { scaleValues, type NodeValues } from './values';

/** What a group holds besides its values. */
export type GroupFields = Omit<GroupFootprint, 'total' | 'low' | 'high' | 'byPhase'>;

/**
 * A group node whose values (unit × quantity, 35 decimals) are computed on first read and kept:
 * a consumer that reads only the breakdowns does not pay for thousands of groups. The instance is
 * frozen; `total`, `low`, `high` and `byPhase` are getters of the class, so copy a group with
 * `serializeFootprint(…, { groups: true })` rather than with an object spread.
 */
class LazyGroup implements GroupFields {
  #values: NodeValues | undefined;
  readonly #unit: UnitFootprint;
  // The fields of `GroupFields`, declared in the order a copy lists them (one shape for every group).
  readonly key: string;
  readonly category: CategoryId;
  readonly perimeter: Perimeter;
  readonly site: string | undefined;
  readonly status: GroupFields['status'];
  readonly purchaseYear: number | undefined;
  readonly quantity: number;
  readonly lifetimeYears: Dec;
  readonly lifetimeLevel: GroupFields['lifetimeLevel'];
  readonly sizeClass: GroupFields['sizeClass'];
  readonly refurbished: boolean;
  readonly country: string;
  readonly energyKwhPerYear: Dec;
  readonly trace: GroupFields['trace'];

  constructor(unit: UnitFootprint, fields: GroupFields) {
    this.#unit = unit;
    this.key = fields.key;
    this.category = fields.category;
    this.perimeter = fields.perimeter;
    this.site = fields.site;
    this.status = fields.status;
    this.purchaseYear = fields.purchaseYear;
    this.quantity = fields.quantity;
    this.lifetimeYears = fields.lifetimeYears;
    this.lifetimeLevel = fields.lifetimeLevel;
    this.sizeClass = fields.sizeClass;
    this.refurbished = fields.refurbished;
    this.country = fields.country;
    this.energyKwhPerYear = fields.energyKwhPerYear;
    this.trace = fields.trace;
    Object.freeze(this);
  }

  #read(): NodeValues {
    return (this.#values ??= scaleValues(this.#unit.annual, dec(this.quantity)));
  }

  /**
   * `byPhase[phase].co2eKg` for every phase: from the values when they are computed, else the
   * unit's value × quantity as `scaleValues` computes it (zero and × 1 kept as they are).
   */
  phaseCo2eKg(): PhaseCo2eKg {
    if (this.#values) return phaseCo2eKgOfValues(this.#values.byPhase);
    // Groups of one specification and one quantity share the products (and the frozen object).
    let byQuantity = phaseCo2eKgCache.get(this.#unit);
    if (!byQuantity) {
      byQuantity = new Map();
      phaseCo2eKgCache.set(this.#unit, byQuantity);
    }
    const quantity = this.quantity;
    let known = byQuantity.get(quantity);
    if (!known) {
      known = scaledPhaseCo2eKg(this.#unit.annual.byPhase, quantity);
      byQuantity.set(quantity, known);
    }
    return known;
  }

  get total() {
    return this.#read().total;
  }
  get low() {
    return this.#read().low;
  }
  get high() {
    return this.#read().high;
  }
  get byPhase() {
    return this.#read().byPhase;
  }
}

/** kg CO2e of each phase of a group. */
export type PhaseCo2eKg = Readonly<Record<Phase, Dec>>;

/**
 * The kg CO2e of each phase of a group: the same decimals as `group.byPhase[phase].co2eKg`, without
 * computing the group's 31 other values when they have not been read (data quality reads these
 * four of every group). Any other footprint node is read as it is.
 */
export function phaseCo2eKgOf(group: FootprintNode): PhaseCo2eKg {
  return group instanceof LazyGroup ? group.phaseCo2eKg() : phaseCo2eKgOfValues(group.byPhase);
}

function phaseCo2eKgOfValues(byPhase: NodeValues['byPhase']): PhaseCo2eKg {
  return Object.freeze({ manufacturing: byPhase.manufacturing.co2eKg, distribution: byPhase.distribution.co2eKg, use: byPhase.use.co2eKg, endOfLife: byPhase.endOfLife.co2eKg });
}

/** The kg CO2e per phase of a unit × a quantity, as `scaleValues` computes them (zero and × 1 kept as they are). */
function scaledPhaseCo2eKg(unit: NodeValues['byPhase'], quantity: number): PhaseCo2eKg {
  if (quantity === 1) return phaseCo2eKgOfValues(unit);
  const factor = dec(quantity);
  const scale = (value: Dec): Dec => (value.isZero() ? value : value.times(factor));
  return Object.freeze({
    manufacturing: scale(unit.manufacturing.co2eKg),
    distribution: scale(unit.distribution.co2eKg),
    use: scale(unit.use.co2eKg),
    endOfLife: scale(unit.endOfLife.co2eKg),
  });
}

/** `phaseCo2eKg` per unit and quantity. */
const phaseCo2eKgCache = new WeakMap<UnitFootprint, Map<number, PhaseCo2eKg>>();

/** A group of `quantity` devices of one unit footprint. */
export function lazyGroup(unit: UnitFootprint, _quantity: number, fields: GroupFields): GroupFootprint {
  return new LazyGroup(unit, fields) as unknown as GroupFootprint;
}
