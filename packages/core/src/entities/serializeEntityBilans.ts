import type { Lang } from '../messages/index';
import { dec, jsonDecimal, sum, type Dec } from '../internal/decimal';
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
 * The per-entity bilans as plain JSON (decimal strings printed as the consolidated totals are, adding up
 * exactly to them).
 *
 * @example
 * serializeEntityBilans(computeEntityBilans(input, entities, result, factorSet, options));
 */
export function serializeEntityBilans(bilans: readonly EntityBilan[], options: { readonly lang?: Lang } = {}): SerializedEntityBilan[] {
  const lang = options.lang ?? 'fr';
  // The consolidated JSON prints a repeating quotient at a stated precision (`jsonDecimal`). The
  // entities are printed the same way, and the largest entity takes the printed remainder, so the
  // printed entities still add up exactly to the printed consolidated total.
  const largest = bilans.reduce((best, bilan, i) => (bilans[best] && bilans[best]!.total.co2eKg.gte(bilan.total.co2eKg) ? best : i), 0);
  const printed = (pick: (bilan: EntityBilan) => Dec): string[] => {
    const values = bilans.map((bilan) => jsonDecimal(pick(bilan)));
    if (bilans.length > 1) {
      const others = sum(values.filter((_, i) => i !== largest).map((v) => dec(v)));
      values[largest] = dec(jsonDecimal(sum(bilans.map(pick)))).minus(others).toFixed();
    }
    return values;
  };
  const columns = new Map<string, string[]>();
  for (const indicator of INDICATORS) {
    columns.set(indicator, printed((b) => b.total[indicator]));
    columns.set(`${indicator}Low`, printed((b) => b.low[indicator]));
    columns.set(`${indicator}High`, printed((b) => b.high[indicator]));
  }
  return bilans.map((bilan, index) => {
    const totals = {} as SerializedTotals;
    for (const indicator of INDICATORS) {
      totals[indicator] = columns.get(indicator)![index]!;
      totals[`${indicator}Low`] = columns.get(`${indicator}Low`)![index]!;
      totals[`${indicator}High`] = columns.get(`${indicator}High`)![index]!;
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
