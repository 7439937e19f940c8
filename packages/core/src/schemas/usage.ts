import { z } from 'zod';
import { NonNegativeDecimalSchema, PositiveDecimalSchema } from './decimal';

/** Usage data over the reference year, for the whole organisation. All fields are optional. */
export const UsageSchema = z.object({
  /** Data over fixed networks, GB per year (operator bill). */
  networkFixedGb: NonNegativeDecimalSchema.optional(),
  /** Whether the internet boxes are already in the inventory: then the per-GB factor excludes the box. */
  boxesInInventory: z.boolean().default(false),
  /** Data over mobile networks, GB per year (operator bill). */
  networkMobileGb: NonNegativeDecimalSchema.optional(),
  /** E-mails sent per year. */
  emailsSent: NonNegativeDecimalSchema.optional(),
  /**
   * Average number of recipients per e-mail sent; otherwise the factor set's default
   * (`usage.email.recipientsPerEmail`, ADEME's model: 1).
   */
  averageRecipientsPerEmail: PositiveDecimalSchema.optional(),
  /** Video-conference hours per year (participant-hours). */
  videoConferenceHours: NonNegativeDecimalSchema.optional(),
  /** Video-streaming hours per year. */
  videoStreamingHours: NonNegativeDecimalSchema.optional(),
  /** Cloud or online storage, GB-years. */
  storageGbYears: NonNegativeDecimalSchema.optional(),
  /** Website audience. */
  website: z
    .object({
      pageViews: NonNegativeDecimalSchema,
      /** Average page weight in megabytes (10^6 bytes). */
      pageWeightMb: NonNegativeDecimalSchema,
    })
    .optional(),
});
export type Usage = z.infer<typeof UsageSchema>;
export type UsageInput = z.input<typeof UsageSchema>;
