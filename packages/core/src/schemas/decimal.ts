import { z } from 'zod';
import { D, type Dec } from '../internal/decimal';

const DECIMAL_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A decimal quantity: a decimal string (or a finite JSON number) at the boundary, a Decimal inside.
 * Encoding gives back a plain decimal string, so project files and JSON outputs never carry floats.
 */
export const DecimalSchema = z.codec(
  z.union([z.string().trim().regex(DECIMAL_PATTERN, { error: 'decimal_expected' }), z.number().refine(Number.isFinite)]),
  z.instanceof(D),
  {
    decode: (value) => new D(value),
    encode: (value: Dec) => value.toFixed(),
  },
);

/** A decimal that must be strictly positive. */
export const PositiveDecimalSchema = DecimalSchema.refine((value) => value.gt(0), { error: 'must_be_positive' });

/** A decimal that must be zero or more. */
export const NonNegativeDecimalSchema = DecimalSchema.refine((value) => value.gte(0), { error: 'must_be_non_negative' });

/** Decimal strings as they appear in factor data files (always strings there). */
export const DecimalStringSchema = z.string().regex(DECIMAL_PATTERN);
