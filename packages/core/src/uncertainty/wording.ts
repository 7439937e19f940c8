/**
 * The French sentence that goes with a headline figure in documents: the reference value, its P5–P95
 * interval and the percentile at which it sits, in words and figures. One wording for every
 * document, built from the distribution the core computed.
 */
import { dec } from '../internal/decimal';
import type { FootprintNode } from '../compute/types';
import type { Indicator } from '../schemas/factors';
import { INDICATOR_DISPLAY } from '../document/labels';
import { formatNumberFr, formatQuantityFr, NBSP, NARROW_NBSP, unbreakable } from '../document/formatFr';
import type { FootprintDistribution } from './distribution';

/**
 * « Valeur de référence : 73,4 t CO2e. 90 % des 2 000 simulations donnent entre 86,2 et 111,7 t CO2e
 * (intervalle P5 – P95) ; la valeur de référence se situe au centile 0 : 0 % des simulations donnent
 * moins, 100 % donnent plus. »
 *
 * @param node - The node (the result itself for the headline).
 * @param distribution - `computeDistribution(result)` of the result the node belongs to.
 * @param indicator - The indicator (default `co2eKg`), printed in the documents' unit.
 * @returns The sentence, with French number formatting.
 */
export function uncertaintySentenceFr(node: FootprintNode, distribution: FootprintDistribution, indicator: Indicator = 'co2eKg'): string {
  const display = INDICATOR_DISPLAY[indicator];
  const percentiles = distribution.of(node);
  const inUnit = (value: ReturnType<typeof dec>) => value.div(display.divisor);
  const percentile = dec(percentiles.referencePercentile[indicator]).toDecimalPlaces(0);
  const percent = (value: ReturnType<typeof dec>) => `${formatNumberFr(value, { decimals: 0 })}${NARROW_NBSP}%`;
  return (
    `Valeur de référence : ${formatQuantityFr(inUnit(node.total[indicator]), display.unit, display.precision)}. ` +
    `90${NARROW_NBSP}% des ${formatNumberFr(distribution.draws, { decimals: 0 })} simulations donnent entre ` +
    `${formatNumberFr(inUnit(percentiles.p5[indicator]), display.precision)} et ${formatNumberFr(inUnit(percentiles.p95[indicator]), display.precision)}${NBSP}${unbreakable(display.unit)} ` +
    `(intervalle P5 – P95) ; la valeur de référence se situe au centile ${formatNumberFr(percentile, { decimals: 0 })} : ` +
    `${percent(percentile)} des simulations donnent moins, ${percent(dec(100).minus(percentile))} donnent plus.`
  );
}
