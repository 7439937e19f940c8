/**
 * The Monte Carlo reading of the headline in documents. The strategy gets plain French an élu can
 * read aloud (the full and the likelier range, where the retained value sits) and what to measure
 * better first; the technical annex gets the percentiles: the P5–P95 interval, the reference's
 * percentile, and why it sits there (the ranges that lie mostly on one side). Every figure comes
 * from the core's distribution; this module only words it.
 */
import { dec } from '../internal/decimal';
import type { FootprintDistribution } from '../uncertainty/distribution';
import { referencePositionWordingFr, uncertaintyPlainFr, uncertaintySentenceFr } from '../uncertainty/wording';
import { bullets, para, section } from './blocks';
import type { FootprintView } from './common';
import { formatPercentFr } from './formatFr';
import type { Block, Section } from './model';

/** Inputs listed under « à mesurer en priorité ». */
const MEASURE_FIRST = 5;

/**
 * The uncertainty blocks of the strategy's method section, in plain French.
 *
 * @param footprint - The footprint the distribution was computed from (the result itself).
 * @param distribution - `computeDistribution(footprint)`.
 */
export function uncertaintyBlocks(footprint: FootprintView, distribution: FootprintDistribution): Block[] {
  const blocks: Block[] = [para(uncertaintyPlainFr(footprint, distribution))];
  const first = distribution.sensitivity.byIndicator.co2eKg.slice(0, MEASURE_FIRST);
  if (first.length > 0) {
    blocks.push(
      para('À mesurer plus finement en priorité, car ces facteurs et hypothèses portent la plus grande part de l’incertitude :'),
      bullets(first.map((entry) => `${entry.labelFr} (${formatPercentFr(dec(entry.share), { decimals: 0 })} de l’incertitude).`)),
    );
  }
  return blocks;
}

/**
 * The technical annex's section on the simulations: percentiles and why the reference sits there.
 *
 * @param footprint - The footprint the distribution was computed from (the result itself).
 * @param distribution - `computeDistribution(footprint)`.
 */
export function uncertaintyAnnexSection(footprint: FootprintView, distribution: FootprintDistribution): Section {
  const blocks: Block[] = [para(uncertaintySentenceFr(footprint, distribution))];
  const position = referencePositionWordingFr(distribution);
  if (position) blocks.push(para(position.summary), bullets(position.drivers));
  return section('annexe-simulations', 'Incertitude : simulations', blocks, true);
}
