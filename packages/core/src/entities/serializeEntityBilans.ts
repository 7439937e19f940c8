import type { Lang } from '../messages/index';
import { INDICATORS } from '../schemas/factors';
import { serializeTrace, type SerializedIndicators, type SerializedTotals, type SerializedTrace } from '../compute/serializeFootprint';
import type { Indicators } from '../compute/types';
import type { EntityBilan } from './computeEntityBilans';
import type { ObligationReason } from './obligation';

/** One entry of `byEntity` in `reen bilan --format json`: totals at the top level, as the other breakdowns. */
export type SerializedEntityBilan = SerializedTotals & {
  readonly entity: string;
  readonly name: string;
  readonly kind: string;
  readonly obliged: boolean;
  readonly obligationReason: ObligationReason;
  readonly population: number | null;
  readonly agents: number;
  readonly devices: number;
  readonly perAgent: SerializedIndicators | null;
  /** The entity's own footprint per inhabitant (« empreinte propre par habitant »). */
  readonly perInhabitant: SerializedIndicators | null;
  readonly allocation: { readonly pool: string; readonly key: string; readonly share: string; readonly co2eKg: string }[];
  readonly trace: SerializedTrace;
};

const indicators = (values: Indicators): SerializedIndicators => Object.fromEntries(INDICATORS.map((indicator) => [indicator, values[indicator].toFixed()])) as SerializedIndicators;

/**
 * The per-entity bilans as plain JSON (exact decimal strings).
 *
 * @example
 * serializeEntityBilans(computeEntityBilans(input, entities, result, factorSet, options));
 */
export function serializeEntityBilans(bilans: readonly EntityBilan[], options: { readonly lang?: Lang } = {}): SerializedEntityBilan[] {
  const lang = options.lang ?? 'fr';
  return bilans.map((bilan) => {
    const totals = {} as SerializedTotals;
    for (const indicator of INDICATORS) {
      totals[indicator] = bilan.total[indicator].toFixed();
      totals[`${indicator}Low`] = bilan.low[indicator].toFixed();
      totals[`${indicator}High`] = bilan.high[indicator].toFixed();
    }
    return {
      entity: bilan.id,
      name: bilan.name,
      kind: bilan.kind,
      obliged: bilan.obligation.obliged,
      obligationReason: bilan.obligation.reason,
      population: bilan.population ?? null,
      agents: bilan.agents,
      devices: bilan.devices,
      ...totals,
      perAgent: bilan.perAgent ? indicators(bilan.perAgent) : null,
      perInhabitant: bilan.perInhabitant ? indicators(bilan.perInhabitant) : null,
      allocation: bilan.shares.map((share) => ({ pool: share.pool, key: share.key, share: share.share.toFixed(), co2eKg: share.co2eKg.toFixed() })),
      trace: serializeTrace(bilan.trace, lang),
    };
  });
}
