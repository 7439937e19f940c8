/**
 * The Monte Carlo reading of the headline in documents, in plain French: the reference value with
 * its P5–P95 interval and its percentile, why it sits there when it is far from the median (the
 * ranges that lie mostly on one side), and what to measure better first (the factors, default
 * lifetimes and hypotheses with the largest share of the uncertainty). Every figure comes from the
 * core's distribution; this module only words it.
 */
import { dec } from '../internal/decimal';
import type { FootprintDistribution } from '../uncertainty/distribution';
import { referencePositionWordingFr, uncertaintySentenceFr } from '../uncertainty/wording';
import { bullets, para } from './blocks';
import type { FootprintView } from './common';
import { formatPercentFr } from './formatFr';
import type { Block } from './model';

/** Inputs listed under « à mesurer en priorité ». */
const MEASURE_FIRST = 5;

/**
 * The uncertainty blocks of a method section.
 *
 * @param footprint - The footprint the distribution was computed from (the result itself).
 * @param distribution - `computeDistribution(footprint)`.
 */
export function uncertaintyBlocks(footprint: FootprintView, distribution: FootprintDistribution): Block[] {
  const blocks: Block[] = [para(uncertaintySentenceFr(footprint, distribution))];
  const position = referencePositionWordingFr(distribution);
  if (position) blocks.push(para(position.summary), bullets(position.drivers));
  const first = distribution.sensitivity.byIndicator.co2eKg.slice(0, MEASURE_FIRST);
  if (first.length > 0) {
    blocks.push(
      para('À mesurer plus finement en priorité, car ces facteurs et hypothèses portent la plus grande part de l’incertitude :'),
      bullets(first.map((entry) => `${entry.labelFr} (${formatPercentFr(dec(entry.share), { decimals: 0 })} de l’incertitude).`)),
    );
  }
  return blocks;
}
