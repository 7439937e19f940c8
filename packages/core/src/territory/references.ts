/**
 * The territorial reference data shipped with @reen/core (`data/territory/`): the national
 * digital footprint and its split, the population of France, data per line, and the Sustainable
 * Web Design v4 model. Every row is a sourced factor row (same shape as a factor set's rows),
 * validated once and frozen. Kept apart from the factor sets: the territorial bilan never feeds
 * the collectivité's own footprint.
 */
import { z } from 'zod';
import { FootprintError } from '../errors';
import { FactorRowSchema, type FactorRow } from '../schemas/factors';
import raw20251 from '../../data/territory/references-2025.1.json';

/** A versioned set of territorial reference rows. */
export const TerritoryReferenceSetSchema = z.object({
  version: z.string().regex(/^territory-\d{4}\.\d+$/),
  title: z.string().min(1),
  publishedAt: z.iso.date(),
  description: z.string(),
  rows: z.array(FactorRowSchema).min(1),
});
export type TerritoryReferenceSet = z.infer<typeof TerritoryReferenceSetSchema>;

let cached: TerritoryReferenceSet | undefined;

/**
 * The shipped territorial reference set, validated and frozen.
 *
 * @returns The set `territory-2025.1`.
 * @throws {FootprintError} `factor_set_invalid` when the shipped file does not validate.
 * @example
 * getTerritoryReferences().rows.find((row) => row.id === 'territory.digital.FRA.2022.co2eKg');
 */
export function getTerritoryReferences(): TerritoryReferenceSet {
  if (cached) return cached;
  const parsed = TerritoryReferenceSetSchema.safeParse(raw20251);
  if (!parsed.success) throw new FootprintError('factor_set_invalid', { version: 'territory-2025.1', detail: parsed.error.issues[0]?.message ?? '' });
  cached = Object.freeze({ ...parsed.data, rows: Object.freeze(parsed.data.rows.map((row) => Object.freeze(row))) as FactorRow[] });
  return cached;
}
