import { z } from 'zod';
import { CategorySchema, ORGANISATION_KINDS } from './categories';
import { PositiveDecimalSchema } from './decimal';
import { CountrySchema } from './inventory';

/** Articles a collectivité's name can take; `none` for names used without one (« Rennes Métropole »). */
export const NAME_ARTICLES = ['la', 'le', 'les', 'l’', 'none'] as const;
export type NameArticle = (typeof NAME_ARTICLES)[number];

/** The collectivité whose footprint and strategy are computed. */
export const OrganisationSchema = z.object({
  name: z.string().trim().min(1),
  /**
   * The article the name takes in a sentence (« la Communauté d’agglomération de … », « Rennes
   * Métropole »: none). Inferred from the name when absent (`organisationNameFr`).
   */
  article: z.enum(NAME_ARTICLES).optional(),
  kind: z.enum(ORGANISATION_KINDS),
  /** SIREN number, when known. */
  siren: z.string().regex(/^\d{9}$/).optional(),
  /** Population (inhabitants), INSEE municipal population. */
  population: z.int().nonnegative(),
  /** Number of agents (headcount). */
  agents: z.int().nonnegative(),
  /** Reference year of the bilan. */
  referenceYear: z.int().min(2000).max(2100),
  /** Country whose electricity mix applies by default. */
  country: CountrySchema.default('FRA'),
  /** The organisation's own lifetime hypotheses, per category, in years (level 2 of the cascade). */
  lifetimeHypotheses: z.partialRecord(CategorySchema, PositiveDecimalSchema).default({}),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
export type OrganisationInput = z.input<typeof OrganisationSchema>;
