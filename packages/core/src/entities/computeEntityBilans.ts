import { dec, ZERO, type Dec } from '../internal/decimal';
import { INDICATORS, type FactorSet, type Indicator } from '../schemas/factors';
import type { AllocationKey, Entities, Entity, EntityKind } from '../schemas/entities';
import type { FootprintInput, FootprintOptions } from '../compute/computeFootprint';
import { computeFleetFootprint } from '../compute/computeFleetFootprint';
import type { FootprintNode, FootprintResult, Indicators, Trace } from '../compute/types';
import { divideIndicators, TraceBuilder } from '../compute/values';
import { attributeInventory } from './attribute';
import { apportion, exactRemainder, shortPart } from './apportion';
import { reenObligation, type ObligationStatus } from './obligation';

/** The shared parts allocated between entities. */
export const SHARED_POOLS = ['fleet', 'hosting', 'cloud', 'usage'] as const;
export type SharedPool = (typeof SHARED_POOLS)[number];

type Values = Record<'total' | 'low' | 'high', Record<Indicator, Dec>>;

/** One entity's part of a shared pool, as the trace shows it. */
export interface EntityShare {
  readonly pool: SharedPool;
  readonly key: AllocationKey['kind'];
  /** The entity's share, 0…1 (the weight ÷ Σ weights). */
  readonly share: Dec;
  readonly co2eKg: Dec;
}

/** The bilan of one entity: its own lines plus its shares of the shared assets. */
export interface EntityBilan {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly population: number | undefined;
  readonly agents: number;
  readonly obligation: ObligationStatus;
  /** Devices of the lines attributed to it (shared devices not counted). */
  readonly devices: number;
  /** The footprint of its own lines, before the shares of the shared pools (zero when it has none). */
  readonly own: Indicators;
  readonly total: Indicators;
  readonly low: Indicators;
  readonly high: Indicators;
  readonly perAgent: Indicators | undefined;
  /** The entity's own footprint per inhabitant (not the territory's). */
  readonly perInhabitant: Indicators | undefined;
  readonly shares: readonly EntityShare[];
  readonly trace: Trace;
}

function zero(): Values {
  const row = () => Object.fromEntries(INDICATORS.map((indicator) => [indicator, ZERO])) as Record<Indicator, Dec>;
  return { total: row(), low: row(), high: row() };
}

function addNode(target: Values, node: Pick<FootprintNode, 'total' | 'low' | 'high'>): void {
  for (const bound of ['total', 'low', 'high'] as const) {
    for (const indicator of INDICATORS) target[bound][indicator] = target[bound][indicator].plus(node[bound][indicator]);
  }
}

function weightsOf(key: AllocationKey, entities: readonly Entity[], devices: readonly number[]): { kind: AllocationKey['kind']; weights: Dec[] } {
  if (key.kind === 'custom') return { kind: 'custom', weights: entities.map((entity) => key.shares[entity.id] ?? ZERO) };
  const weights = key.kind === 'agents' ? entities.map((entity) => dec(entity.agents)) : devices.map((count) => dec(count));
  if (weights.some((weight) => weight.gt(0))) return { kind: key.kind, weights };
  // Nobody has agents (or devices): equal shares rather than a division by zero.
  return { kind: key.kind, weights: entities.map(() => dec(1)) };
}

const freeze = (row: Record<Indicator, Dec>): Indicators => Object.freeze({ ...row });

/**
 * Splits the consolidated footprint of a shared DSI between its entities (ville, EPCI, CCAS/CIAS,
 * member communes, syndicat):
 *
 * - each inventory line goes to its entity by its `entity` label (`attributeInventory`); the
 *   fleet of each entity is computed from its own lines;
 * - the shared parts (shared lines, server rooms, cloud, usage) are allocated by the keys of
 *   `entities.allocation` (agents, attributed devices or custom shares), exactly (`apportion`);
 * - a rounding remainder between the sum of the entities and the consolidated total (the fleet is
 *   computed per subset, with 40-digit divisions) goes to the entity with the largest footprint, and
 *   is shown in its trace. The entities therefore add up **exactly** to the consolidated total, per
 *   indicator and bound.
 *
 * @param input - The parsed inputs given to `computeFootprint`.
 * @param entities - The project's entities.
 * @param consolidated - `computeFootprint(input, factorSet, options)`.
 * @param factorSet - The factor set of the consolidated result.
 * @param options - The options of the consolidated result.
 * @returns One `EntityBilan` per entity, in the order of `entities.list`.
 * @example
 * computeEntityBilans(input, project.entities, result, factorSet, { year: 2025, method: 'stock' });
 */
export function computeEntityBilans(
  input: FootprintInput,
  entities: Entities,
  consolidated: FootprintResult,
  factorSet: FactorSet,
  options: FootprintOptions,
): EntityBilan[] {
  const list = entities.list;
  const deviceOptions = {
    year: options.year,
    method: options.method,
    organisation: input.organisation,
    ...(options.amortisationYears !== undefined ? { amortisationYears: options.amortisationYears } : {}),
  };
  const attribution = attributeInventory(input.inventory, entities);
  const values = list.map(() => zero());
  const traces = list.map(() => new TraceBuilder());
  const shares: EntityShare[][] = list.map(() => []);
  const own = list.map(() => zero().total);
  const devices = list.map((entity, index) => {
    const lines = attribution.byEntity.get(entity.id) ?? [];
    if (lines.length === 0) return 0;
    const fleet = computeFleetFootprint(lines, factorSet, deviceOptions);
    addNode(values[index] as Values, fleet);
    own[index] = { ...fleet.total };
    (traces[index] as TraceBuilder).merge(fleet.trace);
    return fleet.quantity;
  });
  if (attribution.unmatched > 0) traces.forEach((trace) => trace.assume('entity_lines_unmatched', { count: attribution.unmatched, target: entities.unmatched }));

  const pools: [SharedPool, Pick<FootprintNode, 'total' | 'low' | 'high'> | undefined][] = [
    ['fleet', attribution.shared.length > 0 ? computeFleetFootprint(attribution.shared, factorSet, deviceOptions) : undefined],
    ['hosting', consolidated.hosting.onPremise],
    ['cloud', consolidated.hosting.cloudTotal],
    ['usage', consolidated.usage],
  ];
  for (const [pool, node] of pools) {
    if (!node || INDICATORS.every((indicator) => node.total[indicator].isZero() && node.high[indicator].isZero())) continue;
    const { kind, weights } = weightsOf(entities.allocation[pool], list, devices);
    const sum = weights.reduce((acc, weight) => acc.plus(weight), ZERO);
    const parts = list.map(() => zero());
    for (const bound of ['total', 'low', 'high'] as const) {
      for (const indicator of INDICATORS) {
        apportion(node[bound][indicator], weights).forEach((part, index) => {
          (parts[index] as Values)[bound][indicator] = part;
        });
      }
    }
    list.forEach((entity, index) => {
      const part = parts[index] as Values;
      addNode(values[index] as Values, part);
      const share = (weights[index] as Dec).div(sum);
      shares[index]?.push({ pool, key: kind, share, co2eKg: part.total.co2eKg });
      traces[index]?.assume('entity_allocation', { pool, key: kind, entity: entity.name, share: share.toSignificantDigits(6).toFixed() });
    });
  }

  // Exact closure on the consolidated total: every entity but the largest is rounded to 18 decimals,
  // the largest gets the exact remainder (shown in its trace).
  let largest = 0;
  values.forEach((value, index) => {
    if (value.total.co2eKg.gt((values[largest] as Values).total.co2eKg)) largest = index;
  });
  for (const bound of ['total', 'low', 'high'] as const) {
    for (const indicator of INDICATORS) {
      const others: Dec[] = [];
      values.forEach((value, index) => {
        if (index === largest) return;
        value[bound][indicator] = shortPart(value[bound][indicator]);
        others.push(value[bound][indicator]);
      });
      const target = values[largest] as Values;
      const closed = exactRemainder(consolidated[bound][indicator], others);
      const remainder = closed.minus(target[bound][indicator]);
      target[bound][indicator] = closed;
      if (bound === 'total' && indicator === 'co2eKg' && !remainder.isZero()) {
        traces[largest]?.assume('entity_rounding_remainder', { remainder: remainder.toExponential(3), entity: (list[largest] as Entity).name });
      }
    }
  }

  return list.map((entity, index) => {
    const value = values[index] as Values;
    const total = freeze(value.total);
    return Object.freeze({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      population: entity.population,
      agents: entity.agents,
      obligation: reenObligation(entity.kind, entity.population),
      devices: devices[index] as number,
      own: freeze(own[index] as Record<Indicator, Dec>),
      total,
      low: freeze(value.low),
      high: freeze(value.high),
      perAgent: entity.agents > 0 ? divideIndicators(total, dec(entity.agents)) : undefined,
      perInhabitant: entity.population !== undefined && entity.population > 0 ? divideIndicators(total, dec(entity.population)) : undefined,
      shares: Object.freeze(shares[index] as EntityShare[]),
      trace: (traces[index] as TraceBuilder).build(),
    });
  });
}
