import { z } from 'zod';
import { CategorySchema } from './categories';

const Count = z.int().nonnegative();

/** Devices given away for reuse (to associations, schools, residents) in a year. */
export const DonatedDevicesSchema = z.object({
  category: CategorySchema,
  quantity: z.int().positive(),
  /** Who received them, for the document. */
  recipient: z.string().trim().optional(),
});
export type DonatedDevices = z.infer<typeof DonatedDevicesSchema>;

/**
 * What the collectivité did in a year for digital inclusion (axis 5 of the décret) and awareness
 * (axis 4, including IT security). Every field is optional: an absent figure is « non renseigné »,
 * never zero.
 */
export const InclusionYearSchema = z.object({
  year: z.int().min(2000).max(2100),
  /** Public digital access points (espaces publics numériques, tiers-lieux). */
  publicAccessPoints: Count.optional(),
  /** Conseillers numériques in post. */
  digitalAdvisers: Count.optional(),
  /** France Services sites on the territory. */
  franceServices: Count.optional(),
  /** People accompanied in their digital procedures or training. */
  peopleAccompanied: Count.optional(),
  /** Devices donated for reuse; the engine computes the avoided impact. */
  devicesDonated: z.array(DonatedDevicesSchema).default([]),
  /** Agents trained in responsible digital practice during the year. */
  agentsTrained: Count.optional(),
  /** Elected officials trained during the year. */
  electedTrained: Count.optional(),
  /** Agents who followed an IT security awareness session during the year. */
  agentsSecurityAware: Count.optional(),
});
export type InclusionYear = z.infer<typeof InclusionYearSchema>;
export type InclusionYearInput = z.input<typeof InclusionYearSchema>;

/** Inclusion and awareness figures, one entry per year (years unique). */
export const InclusionSchema = z
  .array(InclusionYearSchema)
  .refine((years) => new Set(years.map((y) => y.year)).size === years.length, { error: 'inclusion_year_duplicate' });
export type Inclusion = z.infer<typeof InclusionSchema>;
