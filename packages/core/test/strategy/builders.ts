/** Shared builders of the strategy tests: parsed inputs and a tiny hand-made footprint engine. */
import { dec, ZERO, type Dec } from '../../src/internal/decimal';
import { INDICATORS } from '../../src/schemas/factors';
import { PHASES } from '../../src/schemas/categories';
import { OrganisationSchema, type OrganisationInput } from '../../src/schemas/organisation';
import { InventorySchema, type InventoryItemInput } from '../../src/schemas/inventory';
import { HostingSchema, type HostingInput } from '../../src/schemas/hosting';
import { UsageSchema, type UsageInput } from '../../src/schemas/usage';
import type { FootprintResult, Indicators } from '../../src/compute/types';
import type { StrategyInputs } from '../../src/strategy/applyLevers';
import type { FootprintEngine } from '../../src/strategy/engine';
import { MeasureSchema, type Measure, type MeasureInput } from '../../src/strategy/schema';

export function makeInputs(parts: { organisation?: Partial<OrganisationInput>; inventory?: InventoryItemInput[]; hosting?: HostingInput; usage?: UsageInput } = {}): StrategyInputs {
  return {
    organisation: OrganisationSchema.parse({ name: 'Ville test', kind: 'commune', population: 60000, agents: 10, referenceYear: 2024, ...parts.organisation }),
    inventory: InventorySchema.parse(parts.inventory ?? []),
    hosting: HostingSchema.parse(parts.hosting ?? {}),
    usage: UsageSchema.parse(parts.usage ?? {}),
  };
}

export function makeMeasure(input: Omit<MeasureInput, 'title' | 'axis'> & Partial<Pick<MeasureInput, 'title' | 'axis'>>): Measure {
  return MeasureSchema.parse({ title: input.id, axis: 'lifecycle', ...input });
}

const indicators = (co2eKg: Dec, energyKwh: Dec = ZERO): Indicators =>
  Object.fromEntries(INDICATORS.map((i) => [i, i === 'co2eKg' ? co2eKg : i === 'energyKwh' ? energyKwh : ZERO])) as Indicators;

/**
 * A hand-made engine for the renewal dynamics, easy to work out by hand: each in-service device
 * bought in the bilan year costs 100 kgCO2e (10 when refurbished) of manufacturing, and every
 * in-service device 1 kgCO2e and 10 kWh of use. Bounds are −10 % and +10 %.
 */
export const handEngine: FootprintEngine = (input, factorSet, options) => {
  let manufacturing = ZERO;
  let use = ZERO;
  let energy = ZERO;
  for (const item of input.inventory) {
    if (item.status !== 'in-service') continue;
    if (item.purchaseYear === options.year) manufacturing = manufacturing.plus(dec(item.refurbished ? 10 : 100).times(item.quantity));
    use = use.plus(item.quantity);
    energy = energy.plus(dec(10).times(item.quantity));
  }
  const total = indicators(manufacturing.plus(use), energy);
  const byPhase = Object.fromEntries(PHASES.map((p) => [p, p === 'manufacturing' ? indicators(manufacturing) : p === 'use' ? indicators(use, energy) : indicators(ZERO)])) as FootprintResult['byPhase'];
  const trace = { factors: [], assumptions: [], fallbacks: [] };
  const node = { total, low: indicators(total.co2eKg.times('0.9'), energy), high: indicators(total.co2eKg.times('1.1'), energy), byPhase, trace };
  return {
    ...node,
    methodologyVersion: 'hand-1',
    factorSetVersion: factorSet.version,
    year: options.year,
    method: options.method,
    groups: [],
    byCategory: [],
    byPerimeter: [],
    bySite: [],
    byDomain: [{ ...node, key: 'fleet', quantity: 0 }],
    perAgent: undefined,
    perInhabitant: undefined,
  };
};
