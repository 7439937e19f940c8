/**
 * French number formatting for generated documents. Rounding happens here, for display only, with a
 * stated number of decimals and a named rounding mode; the values themselves are never rounded.
 *
 * Typography (Imprimerie nationale, *Lexique des règles typographiques*): digits are grouped by
 * three with a narrow no-break space (U+202F), the decimal separator is a comma, a no-break space
 * (U+00A0) separates a number from its unit, a narrow no-break space comes before `%`, and negative
 * numbers use the minus sign (U+2212).
 */
import type Decimal from 'decimal.js';
import { dec, roundForDisplay, type ROUNDING } from '../internal/decimal';

/** Narrow no-break space (espace fine insécable), the thousands separator. */
export const NARROW_NBSP = '\u202F';
/** No-break space, between a number and its unit. */
export const NBSP = '\u00A0';
/** The minus sign. */
export const MINUS = '\u2212';

/** How to round for display. */
export interface DisplayPrecision {
  /** Number of decimals shown (0 or more). */
  readonly decimals: number;
  /** Rounding mode; `halfUp` by default, the rounding a reader expects. */
  readonly mode?: keyof typeof ROUNDING;
}

/**
 * Formats a number in French: `1 234,5` (with U+202F between groups).
 *
 * @param value - A Decimal or a decimal string.
 * @param precision - Decimals shown and rounding mode.
 * @returns The formatted number; `-0` is shown as `0`.
 * @example formatNumberFr('1234.56', { decimals: 1 }) // '1 234,6' with a narrow no-break space
 */
export function formatNumberFr(value: Decimal.Value, precision: DisplayPrecision): string {
  if (!Number.isInteger(precision.decimals) || precision.decimals < 0) throw new RangeError('decimals must be a non-negative integer');
  const rounded = roundForDisplay(dec(value), precision.decimals, precision.mode ?? 'halfUp');
  const negative = rounded.startsWith('-');
  const unsigned = negative ? rounded.slice(1) : rounded;
  const [intPart = '0', fraction] = unsigned.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  const isZero = /^[0.]*$/.test(unsigned);
  return negative && !isZero ? `${MINUS}${body}` : body;
}

/**
 * Formats a quantity with its unit: `1 234,5 t CO2e`.
 *
 * @param value - A Decimal or a decimal string, already in `unit`.
 * @param unit - The unit as printed, e.g. `t CO2e`, `kWh`, `m³`.
 * @param precision - Decimals shown and rounding mode.
 */
export function formatQuantityFr(value: Decimal.Value, unit: string, precision: DisplayPrecision): string {
  return `${formatNumberFr(value, precision)}${NBSP}${unbreakable(unit)}`;
}

/**
 * A unit symbol of several parts printed as one (« t CO2e », « m³ éq. monde » never break); a unit
 * in words (« jeux de données ») breaks as prose does.
 */
export function unbreakable(unit: string): string {
  return unit.split(' ').every((part) => Array.from(part).length <= 5) ? unit.replace(/ /g, NBSP) : unit;
}

/**
 * Formats a range: `de 120 à 180 t CO2e`.
 *
 * @param low - Low bound, in `unit`.
 * @param high - High bound, in `unit`.
 * @param unit - The unit as printed.
 * @param precision - Decimals shown and rounding mode.
 */
export function formatRangeFr(low: Decimal.Value, high: Decimal.Value, unit: string, precision: DisplayPrecision): string {
  return `de ${formatNumberFr(low, precision)} à ${formatNumberFr(high, precision)}${NBSP}${unbreakable(unit)}`;
}

/**
 * Formats a ratio as a percentage: `0.125` → `12,5 %`.
 *
 * @param ratio - The ratio (1 = 100 %).
 * @param precision - Decimals shown for the percentage.
 */
export function formatPercentFr(ratio: Decimal.Value, precision: DisplayPrecision): string {
  return `${formatNumberFr(dec(ratio).times(100), precision)}${NARROW_NBSP}%`;
}

/**
 * Formats a signed change as a percentage with an explicit sign: `+4,2 %`, `−12 %`.
 *
 * @param ratio - The change as a ratio (−0.12 = −12 %).
 * @param precision - Decimals shown for the percentage.
 */
export function formatChangeFr(ratio: Decimal.Value, precision: DisplayPrecision): string {
  const text = formatPercentFr(ratio, precision);
  return text.startsWith(MINUS) || /^0(,0*)?\u202F%$/.test(text) ? text : `+${text}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/**
 * Writes an ISO date (`2026-11-25`) in French: `25 novembre 2026`, `1er janvier 2025`.
 *
 * @param isoDate - A date `YYYY-MM-DD` (a longer ISO datetime is cut to its date).
 * @throws RangeError when the date is not a valid ISO date.
 */
export function formatDateFr(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || month === undefined || day < 1 || day > 31) throw new RangeError(`not an ISO date: ${isoDate}`);
  return `${day === 1 ? '1er' : String(day)} ${month} ${match[1]}`;
}

/**
 * Formats a change of a share in percentage points, with its sign: `+19 points`, `−2,5 points`.
 * A share going from 12 % to 31 % rises by 19 points, not by 158 %.
 *
 * @param points - The change, in points (31 − 12 = 19).
 * @param precision - Decimals shown; 1 by default, trailing `,0` dropped.
 */
export function pointsFr(points: Decimal.Value, precision: DisplayPrecision = { decimals: 1 }): string {
  const text = formatNumberFr(points, precision).replace(/,0+$/, '');
  const signed = text.startsWith(MINUS) || text === '0' ? text : `+${text}`;
  const abs = dec(points).abs();
  return `${signed}${NBSP}point${abs.gt(1) || abs.lt(-1) ? 's' : ''}`;
}
