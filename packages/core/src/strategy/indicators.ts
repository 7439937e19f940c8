import { ZERO, type Dec } from '../internal/decimal';
import { INDICATORS } from '../schemas/factors';
import type { Indicators } from '../compute/types';

/** Indicators all zero. */
export const ZERO_INDICATORS: Indicators = Object.freeze(Object.fromEntries(INDICATORS.map((i) => [i, ZERO])) as Record<(typeof INDICATORS)[number], Dec>);

/** a − b, indicator by indicator. */
export function minusIndicators(a: Indicators, b: Indicators): Indicators {
  return Object.fromEntries(INDICATORS.map((i) => [i, a[i].minus(b[i])])) as Indicators;
}

/** a + b, indicator by indicator. */
export function plusIndicators(a: Indicators, b: Indicators): Indicators {
  return Object.fromEntries(INDICATORS.map((i) => [i, a[i].plus(b[i])])) as Indicators;
}
