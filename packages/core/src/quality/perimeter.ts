/**
 * The perimeter of a bilan, as data: what is counted, what is not, and which phases and categories
 * the water-scarcity indicator covers. The wording lives in `data/quality/perimeter.json`
 * (French, for documents and screens); the categories covered by the water-scarcity indicator are
 * read from the factor set, so the list follows the data.
 */
import { z } from 'zod';
import { FootprintError } from '../errors';
import { CATEGORY_IDS, type CategoryId } from '../schemas/categories';
import type { FactorSet } from '../schemas/factors';
import perimeterFile from '../../data/quality/perimeter.json';

const PerimeterItemSchema = z.object({
  id: z.string().min(1),
  counted: z.boolean(),
  labelFr: z.string().min(1),
  detailFr: z.string().min(1),
});
/** One part of a digital footprint, counted or not. */
export type PerimeterItem = z.infer<typeof PerimeterItemSchema>;

const PerimeterFileSchema = z.object({
  version: z.string().min(1),
  description: z.string().min(1),
  items: z.array(PerimeterItemSchema).min(1),
  waterScarcity: z.object({ labelFr: z.string().min(1), detailFr: z.string().min(1) }),
});

/** The perimeter statement of a bilan. */
export interface BilanPerimeter {
  readonly counted: readonly PerimeterItem[];
  readonly notCounted: readonly PerimeterItem[];
  readonly waterScarcity: {
    readonly labelFr: string;
    readonly detailFr: string;
    /** Phases the indicator covers. */
    readonly phases: readonly ('manufacturing' | 'distribution')[];
    /** Device categories whose manufacturing row gives the indicator in this factor set. */
    readonly categories: readonly CategoryId[];
    /** Device categories without it (their water scarcity counts as zero). */
    readonly categoriesNotCovered: readonly CategoryId[];
  };
}

let parsed: z.infer<typeof PerimeterFileSchema> | undefined;

function perimeterData(): z.infer<typeof PerimeterFileSchema> {
  if (!parsed) {
    const result = PerimeterFileSchema.safeParse(perimeterFile);
    if (!result.success) throw new FootprintError('factor_set_invalid', { file: 'quality/perimeter.json' });
    parsed = result.data;
  }
  return parsed;
}

/**
 * What a bilan computed with this factor set counts and leaves out.
 *
 * @param factorSet - The factor set of the bilan (for the categories the water-scarcity indicator covers).
 * @returns Counted and not-counted items with French labels, and the coverage of the water-scarcity indicator.
 * @example
 * bilanPerimeter(getFactorSet()).notCounted.map((item) => item.labelFr);
 */
export function bilanPerimeter(factorSet: FactorSet): BilanPerimeter {
  const data = perimeterData();
  const ids = new Set(factorSet.rows.map((row) => row.id));
  const devices = CATEGORY_IDS.filter((category) => ids.has(`device.${category}.manufacturing.co2eKg`));
  const covered = devices.filter((category) => ids.has(`device.${category}.manufacturing.waterScarcityM3eq`));
  return Object.freeze({
    counted: Object.freeze(data.items.filter((item) => item.counted)),
    notCounted: Object.freeze(data.items.filter((item) => !item.counted)),
    waterScarcity: Object.freeze({
      ...data.waterScarcity,
      phases: Object.freeze(['manufacturing', 'distribution'] as const),
      categories: Object.freeze(covered),
      categoriesNotCovered: Object.freeze(devices.filter((category) => !covered.includes(category))),
    }),
  });
}
