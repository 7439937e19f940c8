import { z } from 'zod';
import { DecimalSchema, NonNegativeDecimalSchema } from './decimal';

/** The answer to one RGESN criterion. A criterion without an answer is « non évalué ». */
export const RGESN_ANSWERS = ['conforme', 'non-conforme', 'non-applicable'] as const;
export type RgesnAnswer = (typeof RGESN_ANSWERS)[number];

/** One RGESN 2024 self-assessment of a digital service (one per year). */
export const RgesnAssessmentSchema = z.object({
  year: z.int().min(2022).max(2100),
  /** Date of the assessment, ISO. */
  date: z.iso.date().optional(),
  /** Whether the déclaration d'écoconception is published. */
  declarationPublished: z.boolean().default(false),
  /** Answers by criterion id (« 1.1 » … « 9.7 »). */
  answers: z.record(z.string().regex(/^[1-9]\.\d{1,2}$/, { error: 'rgesn_criterion_id' }), z.enum(RGESN_ANSWERS)).default({}),
});
export type RgesnAssessment = z.infer<typeof RgesnAssessmentSchema>;

/** RGAA conformity status, as the accessibility statement words it. */
export const RGAA_STATUSES = ['totale', 'partielle', 'non-conforme'] as const;
export type RgaaStatus = (typeof RGAA_STATUSES)[number];

const PercentSchema = DecimalSchema.refine((v) => v.gte(0) && v.lte(100), { error: 'percent_out_of_range' });

/** The accessibility statement (déclaration d'accessibilité) of a digital service. */
export const RgaaDeclarationSchema = z.object({
  status: z.enum(RGAA_STATUSES),
  /** Conformity rate, percent of the RGAA criteria met. */
  rate: PercentSchema.optional(),
  /** Date of the statement, ISO. */
  declarationDate: z.iso.date().optional(),
});
export type RgaaDeclaration = z.infer<typeof RgaaDeclarationSchema>;

export const DIGITAL_SERVICE_KINDS = ['website', 'app', 'intranet', 'other'] as const;
export type DigitalServiceKind = (typeof DIGITAL_SERVICE_KINDS)[number];

/** A public digital service of the collectivité: website, app, online procedure. */
export const DigitalServiceSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  kind: z.enum(DIGITAL_SERVICE_KINDS).default('website'),
  url: z.url().optional(),
  /** Entity that runs it (several entities sharing one DSI). */
  entityId: z.string().optional(),
  /** Page views (or screens) per year. */
  pageViewsPerYear: NonNegativeDecimalSchema.optional(),
  /** Average page weight, megabytes (10^6 bytes). */
  pageWeightMb: NonNegativeDecimalSchema.optional(),
  rgesn: z.array(RgesnAssessmentSchema).default([]),
  rgaa: RgaaDeclarationSchema.optional(),
});
export type DigitalService = z.infer<typeof DigitalServiceSchema>;
export type DigitalServiceInput = z.input<typeof DigitalServiceSchema>;
