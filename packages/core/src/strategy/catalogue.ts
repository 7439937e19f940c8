import { z } from 'zod';
import catalogueData from '../../data/strategy/measures.json';
import { FactorSourceSchema } from '../schemas/factors';
import { fromZodIssues } from '../parse/zodIssues';
import type { ParseResult } from '../schemas/issues';
import { AxisIdSchema } from './axes';
import { LEVER_KINDS, LeverSchema } from './levers';
import { INDICATOR_KIND_IDS, MeasureSchema, type IndicatorKind, type Measure, type MeasureInput } from './schema';

/** A source of the catalogue: where a quoted figure comes from (the quote itself is optional). */
export const CatalogueSourceSchema = FactorSourceSchema.extend({ quote: z.string().optional() });
export type CatalogueSource = z.infer<typeof CatalogueSourceSchema>;

/** One entry of the measures catalogue (French). */
export const CatalogueMeasureSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  axis: AxisIdSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  indicatorKinds: z.array(z.enum(INDICATOR_KIND_IDS as [IndicatorKind, ...IndicatorKind[]])),
  sources: z.array(CatalogueSourceSchema),
  /** Quantifiable measures carry a lever: its kind and example parameters, which the organisation sets. */
  lever: z
    .object({
      defaults: z.looseObject({ kind: z.enum(LEVER_KINDS) }),
      /** Parameters the organisation is expected to set. */
      parameters: z.array(z.string()),
      parametersNote: z.string().min(1),
    })
    .optional(),
});
export type CatalogueMeasure = z.infer<typeof CatalogueMeasureSchema>;

export const MeasureCatalogueSchema = z.object({
  version: z.string().min(1),
  title: z.string().min(1),
  description: z.string(),
  measures: z.array(CatalogueMeasureSchema).min(35),
});
export type MeasureCatalogue = z.infer<typeof MeasureCatalogueSchema>;

let cached: MeasureCatalogue | undefined;

/** The measures catalogue shipped in `data/strategy/measures.json`, validated once. */
export function getMeasureCatalogue(): MeasureCatalogue {
  cached ??= Object.freeze(MeasureCatalogueSchema.parse(catalogueData));
  return cached;
}

/** A catalogue entry by id, or undefined. */
export function findCatalogueMeasure(id: string): CatalogueMeasure | undefined {
  return getMeasureCatalogue().measures.find((m) => m.id === id);
}

export interface MeasureFromCatalogueOptions {
  /** Id of the new measure; defaults to the catalogue id. */
  readonly id?: string;
  /** Lever parameters replacing the catalogue's example values (decimal strings). */
  readonly leverParameters?: Readonly<Record<string, unknown>>;
  /** Other measure fields (pilot, budget, rollout…). */
  readonly fields?: Partial<Omit<MeasureInput, 'id' | 'catalogueId' | 'levers'>>;
}

/**
 * Builds a strategy measure from a catalogue entry, with the lever's parameters merged over the
 * catalogue's examples. Returns issues (e.g. `required` for the green contract's factor) when the
 * lever is incomplete.
 */
export function measureFromCatalogue(catalogueId: string, options: MeasureFromCatalogueOptions = {}): ParseResult<Measure> {
  const entry = findCatalogueMeasure(catalogueId);
  if (!entry) return { success: false, issues: [{ code: 'unknown_catalogue_measure', severity: 'error', path: [], params: { id: catalogueId } }] };
  const levers = entry.lever ? [{ ...entry.lever.defaults, ...options.leverParameters }] : [];
  const leverCheck = z.array(LeverSchema).safeParse(levers);
  if (!leverCheck.success) {
    return { success: false, issues: fromZodIssues(leverCheck.error.issues).map((i) => ({ ...i, path: ['levers', ...i.path] })) };
  }
  const result = MeasureSchema.safeParse({
    title: entry.title,
    description: entry.description,
    axis: entry.axis,
    ...options.fields,
    id: options.id ?? entry.id,
    catalogueId: entry.id,
    levers,
  });
  return result.success ? { success: true, data: result.data, issues: [] } : { success: false, issues: fromZodIssues(result.error.issues) };
}
