import { D, ZERO, type Dec } from '../internal/decimal';

/**
 * Decimals of every part but the remainder: 18 places (a billionth of a microgram for kg) keep the
 * parts short, so that their sum with the remainder never needs more than the 40 significant digits
 * of the core's decimals.
 */
export const PART_DECIMALS = 18;

/** A wide decimal for remainders: value − Σ parts is computed without any rounding. */
const Wide = D.clone({ precision: 400 });

/** value − Σ parts, exactly. */
export function exactRemainder(value: Dec, parts: readonly Dec[]): Dec {
  return parts.reduce<Dec>((rest, part) => rest.minus(new Wide(part)), new Wide(value));
}

/** A part rounded to `PART_DECIMALS` places, half-even. */
export function shortPart(value: Dec): Dec {
  return value.toDecimalPlaces(PART_DECIMALS, D.ROUND_HALF_EVEN);
}

/**
 * Splits a value between weights so that the parts add up **exactly** to the value: every part but
 * one is value × weight ÷ Σ weights rounded to 18 decimals; the part of the largest weight (the
 * first one on a tie) is the exact remainder. Weights are non-negative with a positive sum.
 *
 * @param value - The value to split.
 * @param weights - One weight per recipient.
 * @returns One part per weight; Σ parts === value, exactly.
 * @throws {RangeError} when the weights do not have a positive sum.
 * @example
 * apportion(dec(10), [dec(1), dec(2)]); // [3.333333333333333333, 6.666666666666666667]
 */
export function apportion(value: Dec, weights: readonly Dec[]): Dec[] {
  const total = weights.reduce((sum, weight) => sum.plus(weight), ZERO);
  if (weights.length === 0 || !total.gt(0)) throw new RangeError('apportion needs weights with a positive sum');
  let largest = 0;
  weights.forEach((weight, index) => {
    if (weight.gt(weights[largest] as Dec)) largest = index;
  });
  const parts = weights.map((weight, index) => (index === largest || weight.isZero() ? ZERO : shortPart(value.times(weight).div(total))));
  parts[largest] = exactRemainder(value, parts.filter((_, index) => index !== largest));
  return parts;
}
