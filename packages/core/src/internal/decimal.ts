/**
 * The one Decimal constructor of @reen/core. All arithmetic goes through it; the global
 * `Decimal.set` is never called, so an application that uses decimal.js elsewhere is not affected.
 */
import Decimal from 'decimal.js';

/** Significant digits of every Decimal operation of the core. */
export const DECIMAL_PRECISION = 40;

/** Configured, independent Decimal constructor: 40 significant digits, round half to even. */
export const D = Decimal.clone({ precision: DECIMAL_PRECISION, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });

/** A decimal value of @reen/core. */
export type Dec = Decimal;

export const ZERO: Dec = new D(0);
export const ONE: Dec = new D(1);

/** Converts a decimal string, an integer or a Decimal into a Decimal of the core's constructor. */
export function dec(value: Decimal.Value): Dec {
  return new D(value);
}

/** Sums decimals; the sum of nothing is zero. */
export function sum(values: Iterable<Dec>): Dec {
  let total: Dec = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** Rounding modes that presentation code may name. */
export const ROUNDING = {
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfUp: Decimal.ROUND_HALF_UP,
} as const;

/** Rounds for display only, with a named rounding mode; returns a plain decimal string. */
export function roundForDisplay(value: Dec, decimals: number, mode: keyof typeof ROUNDING = 'halfEven'): string {
  return value.toDecimalPlaces(decimals, ROUNDING[mode]).toFixed(decimals);
}

/** Significant digits of a value that the engine had to round (a repeating quotient), in JSON. */
export const JSON_ROUNDED_SIGNIFICANT_DIGITS = 15;

/**
 * A decimal as a JSON string: exact when the value is exact; a value that filled the engine's 40
 * significant digits is a rounded quotient (÷ a lifetime, ÷ the agents), shown at 15 significant
 * digits rather than as 40 digits that only look exact.
 */
export function jsonDecimal(value: Dec): string {
  return value.sd() >= DECIMAL_PRECISION ? value.toSignificantDigits(JSON_ROUNDED_SIGNIFICANT_DIGITS).toFixed() : value.toFixed();
}

export { Decimal };
