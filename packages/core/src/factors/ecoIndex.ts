/**
 * The EcoIndex per-page-view formulas, re-implemented from their published description (no code
 * copied: the reference repository's licence is conflicting, CC BY-NC-ND 3.0 in LICENSE against MIT
 * in pyproject.toml).
 *
 * Source: Collectif Conception Numérique Responsable, EcoIndex reference implementation 5.4.2,
 * `ecoindex/ecoindex.py`,
 * https://github.com/cnumr/ecoindex_python/blob/641ccd0d6e9106332d18db4e024799ed60b989f1/ecoindex/ecoindex.py
 *
 * - GHG = 2 + 2 × (50 − score) ÷ 100 gCO2e per page view;
 * - water = 3 + 3 × (50 − score) ÷ 100 cl per page view.
 *
 * The reference implementation rounds both to 2 decimals; here nothing is rounded.
 */
import { FootprintError } from '../errors';
import { D, type Dec } from '../internal/decimal';

/** EcoIndex median score, at which the factor set's `usage.web.*` rows are evaluated. */
export const ECOINDEX_MEDIAN_SCORE = 50;

const GRAMS_PER_KG = new D(1000);
const CENTILITRES_PER_LITRE = new D(100);

/** GHG and volumetric water of one page view. */
export interface EcoIndexPageView {
  readonly co2eKg: Dec;
  readonly waterL: Dec;
}

/**
 * Computes the EcoIndex GHG and water of one page view for an EcoIndex score.
 *
 * @param score - EcoIndex score, from 0 (worst) to 100 (best).
 * @returns kgCO2e and litres per page view, exact.
 * @throws {FootprintError} `invalid_option` when the score is outside 0–100.
 * @example
 * computeEcoIndexPageView(dec(50)); // { co2eKg: 0.002, waterL: 0.03 }
 */
export function computeEcoIndexPageView(score: Dec): EcoIndexPageView {
  if (score.lt(0) || score.gt(100)) throw new FootprintError('invalid_option', { option: 'ecoIndexScore', value: score.toString() });
  const distance = new D(ECOINDEX_MEDIAN_SCORE).minus(score).div(100);
  const grams = new D(2).plus(new D(2).times(distance));
  const centilitres = new D(3).plus(new D(3).times(distance));
  return Object.freeze({ co2eKg: grams.div(GRAMS_PER_KG), waterL: centilitres.div(CENTILITRES_PER_LITRE) });
}
