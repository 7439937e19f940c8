/**
 * The French sentence that goes with a headline figure in documents: the reference value, its P5–P95
 * interval and the percentile at which it sits, in words and figures. One wording for every
 * document, built from the distribution the core computed.
 */
import { dec } from '../internal/decimal';
import type { Indicator } from '../schemas/factors';
import { INDICATOR_DISPLAY } from '../document/labels';
import { formatNumberFr, formatQuantityFr, NBSP, NARROW_NBSP, unbreakable } from '../document/formatFr';
import type { DistributedNode, FootprintDistribution } from './distribution';

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
export function uncertaintySentenceFr(node: DistributedNode, distribution: FootprintDistribution, indicator: Indicator = 'co2eKg'): string {
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

/**
 * « Compte tenu des incertitudes sur les facteurs d’impact, les émissions se situent entre 41 et
 * 143 t CO2e, plus probablement entre 69 et 92 t CO2e. La valeur retenue, 61,7 t CO2e, est
 * volontairement celle des valeurs centrales de la base de référence française (ADEME), plus basses
 * que la plupart des autres sources. » — the headline's uncertainty for a reader who reads it aloud:
 * the full range (interval arithmetic on the factors' bounds), the likelier range (P5–P95 of the
 * simulations, not named), and where the reference sits, without percentiles.
 *
 * @param node - The node (the result itself for the headline), with its low and high bounds.
 * @param distribution - `computeDistribution(result)` of the result the node belongs to.
 * @param indicator - The indicator (default `co2eKg`), printed in the documents' unit.
 */
export function uncertaintyPlainFr(node: DistributedNode, distribution: FootprintDistribution, indicator: Indicator = 'co2eKg'): string {
  const display = INDICATOR_DISPLAY[indicator];
  const percentiles = distribution.of(node);
  const inUnit = (value: ReturnType<typeof dec>) => value.div(display.divisor);
  // Round ranges to whole units once they reach ten: « entre 41 et 143 t », not « 41,4 et 143,2 ».
  const bound = (value: ReturnType<typeof dec>) => formatNumberFr(inUnit(value), inUnit(node.total[indicator]).abs().gte(10) ? { decimals: 0 } : display.precision);
  const unit = `${NBSP}${unbreakable(display.unit)}`;
  const percentile = percentiles.referencePercentile[indicator];
  const position =
    percentile < 25
      ? 'est volontairement celle des valeurs centrales de la base de référence française (ADEME), plus basses que la plupart des autres sources'
      : percentile > 75
      ? 'est celle des valeurs centrales de la base de référence française (ADEME), plus hautes que la plupart des autres sources'
      : 'retient les valeurs centrales de la base de référence française (ADEME) et se situe au milieu de cette fourchette';
  return (
    `Compte tenu des incertitudes sur les facteurs d’impact, les émissions se situent entre ${bound(node.low[indicator])} et ${bound(node.high[indicator])}${unit}, ` +
    `plus probablement entre ${bound(percentiles.p5[indicator])} et ${bound(percentiles.p95[indicator])}${unit}. ` +
    `La valeur retenue, ${formatQuantityFr(inUnit(node.total[indicator]), display.unit, display.precision)}, ${position}.`
  );
}

/** The unit of the engine's values, for indicators that documents print in a larger unit. */
const BASE_UNITS: Partial<Record<Indicator, string>> = { co2eKg: 'kg CO2e', waterL: 'L', energyKwh: 'kWh' };

/** Why the reference value sits low (or high) in its distribution, in plain French. */
export interface ReferencePositionWordingFr {
  /** The explanation, one paragraph. */
  readonly summary: string;
  /** One sentence per driver: what it is, how far it moves the mean, and why. */
  readonly drivers: readonly string[];
}

/**
 * « La valeur de référence retient, pour chaque facteur, sa valeur centrale (celle de l’ADEME quand
 * elle existe) … » — why the headline sits at a low (or high) percentile of its own simulations:
 * the published ranges lie mostly on one side of the central values. Only when the reference sits
 * below the 25th or above the 75th percentile; `undefined` otherwise.
 *
 * @param distribution - `computeDistribution(result)`.
 * @param indicator - The indicator (default `co2eKg`), printed in the documents' unit.
 */
export function referencePositionWordingFr(distribution: FootprintDistribution, indicator: Indicator = 'co2eKg'): ReferencePositionWordingFr | undefined {
  const position = distribution.referencePosition[indicator];
  const low = position.percentile < 25;
  if ((!low && position.percentile <= 75) || position.drivers.length === 0) return undefined;
  const display = INDICATOR_DISPLAY[indicator];
  // Below one display unit (a small bilan), the base unit: « 120 kg CO2e » rather than « 0,1 t CO2e ».
  const amount = (value: number) => {
    const magnitude = dec(Math.abs(value).toPrecision(6));
    const base = BASE_UNITS[indicator];
    return base !== undefined && magnitude.lt(display.divisor)
      ? formatQuantityFr(magnitude, base, { decimals: 0 })
      : formatQuantityFr(magnitude.div(display.divisor), display.unit, display.precision);
  };
  const percentile = formatNumberFr(dec(position.percentile).toDecimalPlaces(0), { decimals: 0 });
  const summary =
    'La valeur de référence retient, pour chaque facteur, sa valeur centrale (celle de l’ADEME quand elle existe, comparable à la base de données française). ' +
    `Elle se situe au centile ${percentile} des simulations parce que plusieurs fourchettes publiées s’étendent surtout ${low ? 'au-dessus' : 'en dessous'} de ces valeurs centrales : ` +
    `en moyenne, les simulations donnent ${amount(position.meanShift)} de ${low ? 'plus' : 'moins'}. ` +
    'Ce décalage tient au choix des sources, non à une erreur de calcul ; les facteurs qui y contribuent le plus sont les suivants.';
  const drivers = position.drivers.map((driver) => `${driver.labelFr} (${low ? '+' : '−'}${amount(driver.shift)} en moyenne), car ${driver.reasonFr}.`);
  return Object.freeze({ summary, drivers: Object.freeze(drivers) });
}
