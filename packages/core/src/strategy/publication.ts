/**
 * Optional parts of the strategy that real published strategies (SNR) lead with: the édito, the
 * vision in pillars, the governance, the co-construction steps, why a decree axis has no measure,
 * and the communication plan. All optional: a project file without them stays valid, and the
 * documents leave out what is not filled (the completeness check lists it).
 */
import { z } from 'zod';
import { AxisIdSchema } from './axes';

const ISO_DATE = z.iso.date();
const TEXT = z.string().trim().min(1);

/** The édito, written and signed by an elected official (the app suggests a draft to rewrite). */
export const EditoSchema = z.object({
  text: TEXT,
  signatory: z.string().trim().optional(),
  /** e.g. « Président de la Communauté d’agglomération ». */
  signatoryRole: z.string().trim().optional(),
});
export type Edito = z.infer<typeof EditoSchema>;

/** The vision, in pillars (three in Paris, Lyon, Tours and Châteauroux). */
export const VisionSchema = z.object({
  statement: z.string().trim().optional(),
  pillars: z.array(z.object({ title: TEXT, description: z.string().trim().optional(), axes: z.array(AxisIdSchema).default([]) })).default([]),
});
export type Vision = z.infer<typeof VisionSchema>;

/** Governance: the steering committee (COPIL), its frequency, and the referents. */
export const GovernanceSchema = z.object({
  copil: z
    .object({
      /** Actor ids or free names. */
      members: z.array(TEXT).default([]),
      chair: z.string().trim().optional(),
      /** In words, e.g. « deux fois par an ». */
      frequency: z.string().trim().optional(),
    })
    .optional(),
  /** Elected referent (actor id or name). */
  electedReferent: z.string().trim().optional(),
  /** Agent referent (actor id or name). */
  agentReferent: z.string().trim().optional(),
  /** Other bodies or networks (technical committee, agents' network…). */
  comments: z.string().trim().optional(),
});
export type Governance = z.infer<typeof GovernanceSchema>;

/** One step of the co-construction of the strategy. */
export const ConsultationStepSchema = z.object({
  date: ISO_DATE,
  title: TEXT,
  /** Actor ids or free names. */
  participants: z.array(TEXT).default([]),
  outcome: z.string().trim().optional(),
});
export type ConsultationStep = z.infer<typeof ConsultationStepSchema>;

/** Why an axis of the decree carries no measure (the decree's axes are optional, not silent). */
export const AxisJustificationSchema = z.object({ axis: AxisIdSchema, text: TEXT });
export type AxisJustification = z.infer<typeof AxisJustificationSchema>;

/** One action of the communication and follow-up plan. */
export const CommunicationActionSchema = z.object({
  action: TEXT,
  audience: TEXT,
  /** In words, e.g. « chaque année en novembre ». */
  timing: z.string().trim().optional(),
});
export type CommunicationAction = z.infer<typeof CommunicationActionSchema>;

/** The optional publication fields of a strategy (spread into `StrategySchema`). */
export const PUBLICATION_FIELDS = {
  edito: EditoSchema.optional(),
  vision: VisionSchema.optional(),
  governance: GovernanceSchema.optional(),
  consultation: z.array(ConsultationStepSchema).default([]),
  axisJustifications: z.array(AxisJustificationSchema).default([]),
  communication: z.array(CommunicationActionSchema).default([]),
} as const;
