/**
 * Reading and writing the numbers people type in the forms. A value is checked where it is typed:
 * a wrong one is refused with a reason (and never written to the project), a right one is stored
 * the way the core expects it (decimals as strings, whole numbers as numbers, shares as 0–1).
 * No float arithmetic: the percent conversion goes through the core's Decimal.
 */
import { D } from '@reen/core';

/** How a field's value is typed and stored. `percent`: typed in % (20), stored as a share (0.2). */
export type NumberKind = 'decimal' | 'integer' | 'percent';

export interface NumberRules {
  readonly kind: NumberKind;
  /** Lowest value allowed, in the unit typed (for a percent: 0 to 100). */
  readonly min?: string | number | undefined;
  readonly max?: string | number | undefined;
  /** An empty field is refused (otherwise it clears the value). */
  readonly required?: boolean | undefined;
}

/** Why a typed value was refused; `incomplete` is text still being typed ("-", "1,"). */
export type NumberProblem =
  | { readonly code: 'required' }
  | { readonly code: 'incomplete' }
  | { readonly code: 'not-a-number' }
  | { readonly code: 'not-an-integer' }
  | { readonly code: 'below-min'; readonly min: string }
  | { readonly code: 'above-max'; readonly max: string };

export type NumberReading = { readonly ok: true; readonly value: string | number | undefined } | { readonly ok: false; readonly problem: NumberProblem };

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const INCOMPLETE = /^-?$|^-?\d+\.$|^-?\.$/;

/** Decimals shown in a field (the stored value keeps all of its own). */
const SHOWN_DECIMALS = 4;

/** Percent bounds: a share is between 0 and 100 %. */
const PERCENT_BOUNDS = { min: '0', max: '100' } as const;

/** The typed text without spaces (grouping, non-breaking), a trailing % sign, and with a decimal point. */
export function normaliseTyped(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.');
}

/** Reads a typed value against the field's rules. */
export function readNumber(raw: string, rules: NumberRules): NumberReading {
  const text = normaliseTyped(raw);
  if (text === '') return rules.required ? { ok: false, problem: { code: 'required' } } : { ok: true, value: undefined };
  if (INCOMPLETE.test(text)) return { ok: false, problem: { code: 'incomplete' } };
  if (!DECIMAL.test(text)) return { ok: false, problem: { code: 'not-a-number' } };
  if (rules.kind === 'integer' && !INTEGER.test(text)) return { ok: false, problem: { code: 'not-an-integer' } };
  const value = new D(text);
  const min = rules.min ?? (rules.kind === 'percent' ? PERCENT_BOUNDS.min : undefined);
  const max = rules.max ?? (rules.kind === 'percent' ? PERCENT_BOUNDS.max : undefined);
  if (min !== undefined && value.lt(String(min))) return { ok: false, problem: { code: 'below-min', min: String(min) } };
  if (max !== undefined && value.gt(String(max))) return { ok: false, problem: { code: 'above-max', max: String(max) } };
  if (rules.kind === 'integer') return { ok: true, value: Number(text) };
  if (rules.kind === 'percent') return { ok: true, value: value.dividedBy(100).toFixed() };
  return { ok: true, value: value.toFixed() };
}

/**
 * The text a stored value shows in its field: a percent field shows the share × 100; French uses a
 * decimal comma; at most four decimals are shown. A stored value the core would refuse (text kept from an old file) is shown as is.
 */
export function showNumber(value: string | number | undefined | null, kind: NumberKind, locale: string): string {
  if (value === undefined || value === null || value === '') return '';
  const text = String(value);
  if (!DECIMAL.test(text)) return text;
  // Display only: at most four decimals (a value computed by the core, such as 33.49648127203757385,
  // shows as 33,4965); the stored value is untouched until the user types another one.
  const shown = (kind === 'percent' ? new D(text).times(100) : new D(text)).toDecimalPlaces(SHOWN_DECIMALS).toFixed();
  return locale === 'en' ? shown : shown.replace('.', ',');
}

/** Whether a typed text and a stored value mean the same number (so the field need not be rewritten). */
export function sameNumber(raw: string, value: string | number | undefined, rules: NumberRules): boolean {
  const reading = readNumber(raw, { ...rules, min: undefined, max: undefined, required: false });
  if (!reading.ok) return false;
  if (reading.value === undefined || value === undefined || value === '') return reading.value === undefined && (value === undefined || value === '');
  return DECIMAL.test(String(value)) && new D(String(reading.value)).eq(String(value));
}
