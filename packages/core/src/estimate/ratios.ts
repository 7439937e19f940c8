/**
 * Equipment ratios per agent, used to estimate an inventory when a collectivité has none. The data
 * live in `packages/core/data/estimate/ratios-per-agent.json`; every row carries its source, and the
 * file is validated here once, at load time.
 */
import { z } from 'zod';
import { CategorySchema, PerimeterSchema } from '../schemas/categories';
import { DecimalStringSchema } from '../schemas/decimal';
import { FootprintError } from '../errors';
import { dec } from '../internal/decimal';
import ratiosFile from '../../data/estimate/ratios-per-agent.json';

/** Where a ratio comes from. `yearInferred` is true when the publication year is not printed in the source. */
export const EstimateRatioSourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  year: z.int().min(1990).max(2100),
  yearInferred: z.boolean(),
  url: z.url(),
  /** When we read the source, ISO date. */
  retrievedAt: z.iso.date(),
});
export type EstimateRatioSource = z.infer<typeof EstimateRatioSourceSchema>;

/** One ratio: devices of a category per agent, with its low–high range and its sources. */
export const EstimateRatioSchema = z
  .object({
    category: CategorySchema,
    /** Central ratio, devices per agent, as a decimal string. */
    devicesPerAgent: DecimalStringSchema,
    /** Low bound, devices per agent. */
    low: DecimalStringSchema,
    /** High bound, devices per agent. */
    high: DecimalStringSchema,
    perimeter: PerimeterSchema,
    source: EstimateRatioSourceSchema,
    /** Sources of the range bounds, when they differ from the central value's. */
    rangeSources: z.array(EstimateRatioSourceSchema),
    /** How the ratio was obtained; `(derived)` when we computed it from published counts. */
    note: z.string().min(1),
  })
  .refine((row) => dec(row.low).gte(0) && dec(row.low).lte(dec(row.devicesPerAgent)) && dec(row.devicesPerAgent).lte(dec(row.high)));
export type EstimateRatio = z.infer<typeof EstimateRatioSchema>;

/** The ratio table file. */
export const EstimateRatioTableSchema = z
  .object({
    version: z.string().min(1),
    unit: z.literal('devices per agent'),
    description: z.string().min(1),
    ratios: z.array(EstimateRatioSchema).min(1),
  })
  .refine((table) => new Set(table.ratios.map((row) => row.category)).size === table.ratios.length);
export type EstimateRatioTable = z.infer<typeof EstimateRatioTableSchema>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

let cached: EstimateRatioTable | undefined;

/**
 * The shipped ratio table, validated and frozen.
 *
 * @returns The table of equipment ratios per agent, each row with its source.
 * @throws {FootprintError} `factor_set_invalid` when the shipped file does not match the schema.
 * @example
 * getEstimateRatios().ratios.map((row) => row.category); // ['desktop', 'monitor']
 */
export function getEstimateRatios(): EstimateRatioTable {
  if (!cached) {
    const result = EstimateRatioTableSchema.safeParse(ratiosFile);
    if (!result.success) throw new FootprintError('factor_set_invalid', { file: 'estimate/ratios-per-agent.json' });
    cached = deepFreeze(result.data);
  }
  return cached;
}
