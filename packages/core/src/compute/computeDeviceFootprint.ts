import { dec } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { InventoryItem } from '../schemas/inventory';
import { deviceModelFor, type DeviceModelOptions, type DeviceSpec } from './deviceModel';
import type { DeviceFootprint } from './types';
import { scaleValues, toNode } from './values';

/** Options of `computeDeviceFootprint` (and of the fleet): bilan year, method, organisation context. */
export type DeviceFootprintOptions = DeviceModelOptions;

/** The calculation spec of an inventory item (what its per-device numbers depend on). */
export function specOfItem(item: InventoryItem, defaultCountry: string): DeviceSpec {
  return {
    category: item.category,
    sizeClass: item.sizeClass,
    refurbished: item.refurbished,
    lifetimeOverride: item.lifetimeYears,
    usage: item.usage,
    country: item.country ?? defaultCountry,
    status: item.status,
    purchaseYear: purchaseYearOf(item),
  };
}

/** Purchase year of an item: `purchaseYear`, else the year of `purchaseDate`. */
export function purchaseYearOf(item: Pick<InventoryItem, 'purchaseYear' | 'purchaseDate'>): number | undefined {
  if (item.purchaseYear !== undefined) return item.purchaseYear;
  if (item.purchaseDate !== undefined) return Number(item.purchaseDate.slice(0, 4));
  return undefined;
}

/**
 * Computes the annual footprint of one inventory line (its `quantity` identical devices) for the
 * bilan year, plus the life-cycle impacts of one such device.
 *
 * - **stock**: in-service, reuse and stock devices carry (manufacturing + distribution + end of
 *   life) ÷ lifetime per year: under the `beges` rule (default) only during their lifetime years
 *   (age = year − purchase year; a line without a purchase year takes the fleet rule, traced), under
 *   the `fleet` rule whatever their age; in-service and reuse devices add their annual use; disposed
 *   devices and devices bought after the bilan year count nothing.
 * - **flux**: devices bought in the bilan year carry their full embodied impact, or 1/N of it for
 *   purchases of the last N = `amortisationYears` years; use still counts for devices in service.
 *
 * Lifetime comes from the cascade item override → `organisation.lifetimeHypotheses` → the factor
 * set's default (`lifetimeLevel`). Use energy comes from metered kWh, else the usage profile
 * (active power × hours × days ÷ 1000), else the factor set's default; its GHG uses the electricity
 * factor of the item's country (else the organisation's) for the bilan year's vintage; a country
 * without a row takes the EU-27 average (members) or the world average, traced.
 *
 * @param item - A parsed inventory item (from `parseInventory`).
 * @param factorSet - The factor set, e.g. `getFactorSet('fr-2026.1')`.
 * @param options - `{ year, method, amortisationYears?, stockRule?, organisation? }`.
 * @returns A frozen `DeviceFootprint`; the input is not modified.
 * @throws FootprintError `factor_missing` when the factor set lacks the category's rows.
 * @example
 * const laptop = computeDeviceFootprint(item, factorSet, { year: 2025, method: 'stock' });
 * laptop.total.co2eKg.toFixed();
 */
export function computeDeviceFootprint(item: InventoryItem, factorSet: FactorSet, options: DeviceFootprintOptions): DeviceFootprint {
  const model = deviceModelFor(factorSet, options);
  const unit = model.unit(specOfItem(item, options.organisation?.country ?? 'FRA'));
  const values = scaleValues(unit.annual, dec(item.quantity));
  return Object.freeze({
    ...toNode(values, unit.trace),
    category: item.category,
    quantity: item.quantity,
    lifetimeYears: unit.lifetimeYears,
    lifetimeLevel: unit.lifetimeLevel,
    energyKwhPerYear: unit.energyKwhPerYear,
    lifecycle: unit.lifecycle,
    newManufacturing: unit.newManufacturing,
  });
}

