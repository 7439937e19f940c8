import { dec, type Dec } from '../internal/decimal';
import type { FootprintResult, TraceNote } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import type { StrategyInputs } from './applyLevers';
import { averageLifetimeYears, initFleet } from './fleet';
import { averagePue } from './trajectory';
import { INDICATOR_KINDS, type IndicatorKind, type Strategy } from './schema';

const THOUSAND = dec(1000);

/** The computed indicators of one bilan year, in their units. */
export interface MeasuredIndicators {
  readonly year: number;
  readonly factorSetVersion: string;
  readonly values: Readonly<Partial<Record<IndicatorKind, Dec>>>;
}

/**
 * Measures the computed indicator kinds for a bilan year from the inputs and the engine's result:
 * tCO2e, m³ of water, m³ world-eq, kWh; the quantity-weighted average lifetime of the in-service
 * fleet (engine cascade); the refurbished share of the devices bought that year (%); the hosting
 * sites' average PUE. Kinds that cannot be measured (no purchase that year, no site) are absent.
 */
export function measureIndicators(inputs: StrategyInputs, result: FootprintResult, factorSet: FactorSet): MeasuredIndicators {
  const values: Partial<Record<IndicatorKind, Dec>> = {
    'co2e-t': result.total.co2eKg.dividedBy(THOUSAND),
    'water-m3': result.total.waterL.dividedBy(THOUSAND),
    'water-scarcity-m3eq': result.total.waterScarcityM3eq,
    'energy-kwh': result.total.energyKwh,
  };
  const notes: TraceNote[] = [];
  const lifetime = averageLifetimeYears(initFleet(inputs, factorSet, result.year, notes));
  if (lifetime) values['average-lifetime-years'] = lifetime;
  let bought = 0;
  let refurbished = 0;
  for (const item of inputs.inventory) {
    const year = item.purchaseYear ?? (item.purchaseDate ? Number(item.purchaseDate.slice(0, 4)) : undefined);
    if (year !== result.year || item.status === 'disposed') continue;
    bought += item.quantity;
    if (item.refurbished) refurbished += item.quantity;
  }
  if (bought > 0) values['refurbished-purchase-share'] = dec(refurbished).times(100).dividedBy(bought);
  const pue = averagePue(inputs.hosting, factorSet);
  if (pue) values.pue = pue;
  return { year: result.year, factorSetVersion: result.factorSetVersion, values };
}

/**
 * Records measured values into the strategy's computed indicators for that year (replacing an
 * existing value of the same year), stamped with the factor set. Returns a new strategy.
 */
export function recordMeasuredIndicators(strategy: Strategy, measured: MeasuredIndicators): Strategy {
  return {
    ...strategy,
    indicators: strategy.indicators.map((indicator) => {
      if (!INDICATOR_KINDS[indicator.kind].computed) return indicator;
      const value = measured.values[indicator.kind];
      if (value === undefined) return indicator;
      const others = indicator.values.filter((v) => v.year !== measured.year);
      const values = [...others, { year: measured.year, value, factorSetVersion: measured.factorSetVersion }].sort((a, b) => a.year - b.year);
      return { ...indicator, values };
    }),
  };
}

