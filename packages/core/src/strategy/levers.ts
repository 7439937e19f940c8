import { z } from 'zod';
import { CategorySchema } from '../schemas/categories';
import { NonNegativeDecimalSchema, PositiveDecimalSchema, DecimalSchema } from '../schemas/decimal';
import { PueSchema } from '../schemas/hosting';
import { FactorSourceSchema } from '../schemas/factors';

/** A share between 0 and 1 (decimal). */
export const ShareSchema = DecimalSchema.refine((v) => v.gte(0) && v.lte(1), { error: 'share_between_0_and_1' });

/**
 * Levers: typed transformations of the inputs (organisation, inventory, hosting, usage). The engine
 * recomputes after them; no lever carries a percentage of effect. See docs/strategy.md for each formula.
 *
 * Anti-rebound rule: fleet levers act when devices reach their end of life (renewal), never before,
 * and a lifetime lever can only lengthen lifetimes. No lever can reward an early replacement.
 */
export const LifetimeExtensionLeverSchema = z.object({
  kind: z.literal('lifetime-extension'),
  category: CategorySchema,
  /** Years added to the lifetime the engine would use (override, organisation hypothesis or default). */
  extraYears: PositiveDecimalSchema,
});

export const RefurbishedPurchasesLeverSchema = z.object({
  kind: z.literal('refurbished-purchases'),
  /** Categories concerned; empty means every category. */
  categories: z.array(CategorySchema).default([]),
  /** Share of the renewal purchases made refurbished. */
  share: ShareSchema,
});

export const DevicesPerAgentLeverSchema = z.object({
  kind: z.literal('devices-per-agent'),
  category: CategorySchema,
  /** Target number of devices of the category per agent; reached only through non-renewal at end of life. */
  perAgent: NonNegativeDecimalSchema,
});

export const ScreensPerWorkstationLeverSchema = z.object({
  kind: z.literal('screens-per-workstation'),
  /** Target number of monitors per workstation (laptops, desktops, all-in-ones, thin clients, workstations). */
  perWorkstation: NonNegativeDecimalSchema,
});

export const PrinterPoolingLeverSchema = z.object({
  kind: z.literal('printer-pooling'),
  /** Agents served by one shared multifunction printer. */
  agentsPerMfp: PositiveDecimalSchema,
});

export const PowerManagementLeverSchema = z.object({
  kind: z.literal('power-management'),
  categories: z.array(CategorySchema).min(1),
  /** Powered hours per day once the power-management policy applies (sleep or shutdown outside them). */
  hoursPerDay: NonNegativeDecimalSchema.refine((v) => v.lte(24), { error: 'hours_per_day_over_24' }),
});

export const ServerVirtualisationLeverSchema = z.object({
  kind: z.literal('server-virtualisation'),
  /** Site concerned; all sites when absent. */
  siteId: z.string().min(1).optional(),
  /** Physical servers replaced by one host (consolidation ratio, ≥ 1). */
  consolidationRatio: DecimalSchema.refine((v) => v.gte(1), { error: 'ratio_below_one' }),
});

export const HostingEfficiencyLeverSchema = z
  .object({
    kind: z.literal('hosting-efficiency'),
    siteId: z.string().min(1).optional(),
    /** Target PUE. */
    pue: PueSchema.optional(),
    /** Target WUE, litres per kWh of IT energy. */
    wueLPerKwh: NonNegativeDecimalSchema.optional(),
  })
  .refine((l) => l.pue !== undefined || l.wueLPerKwh !== undefined, { error: 'pue_or_wue_required' });

export const CloudRightSizingLeverSchema = z.object({
  kind: z.literal('cloud-right-sizing'),
  /** Cloud lines concerned; all lines when empty. */
  lineIds: z.array(z.string().min(1)).default([]),
  /** Share of vCPU-hours removed. */
  vcpuReduction: ShareSchema,
  /** Share of memory GB-hours removed. */
  memoryReduction: ShareSchema,
});

export const StorageCleanupLeverSchema = z.object({
  kind: z.literal('storage-cleanup'),
  /** Share of stored data deleted (online storage GB-years, and cloud storage TB-hours when `includeCloud`). */
  share: ShareSchema,
  includeCloud: z.boolean().default(true),
});

export const EmailPolicyLeverSchema = z.object({
  kind: z.literal('email-policy'),
  /** Share of e-mails no longer sent (mailing-list clean-up, links instead of attachments, internal chat). */
  reduction: ShareSchema,
});

export const VideoResolutionLeverSchema = z.object({
  kind: z.literal('video-resolution'),
  /** Share of video-conference hours moved to the lower data rate. */
  share: ShareSchema,
  /** Data rate of the factor set's visio factor, GB per hour. */
  fromGbPerHour: PositiveDecimalSchema,
  /** Lower data rate (lower resolution or audio only), GB per hour. */
  toGbPerHour: NonNegativeDecimalSchema,
  /** Share of the per-hour visio factor due to data transmission. */
  networkShareOfFactor: ShareSchema,
  /** Where the three figures come from. */
  source: FactorSourceSchema,
});

export const GreenElectricityLeverSchema = z.object({
  kind: z.literal('green-electricity-contract'),
  /** Share of the organisation's own electricity (fleet and on-premise hosting) under the contract. */
  coveredShare: ShareSchema,
  /** Market-based emission factor of the contract, kgCO2e per kWh (supplier disclosure). */
  contractCo2eKgPerKwh: NonNegativeDecimalSchema,
  source: FactorSourceSchema,
});

/**
 * A replacement campaign before end of life (for instance a planned renewal of tablets). Not a good
 * practice: it exists so that such plans are modelled honestly. The trajectory charges the extra
 * manufacturing: the new purchases in the flux method, and in the stock method the embodied impact
 * not yet amortised by the replaced devices, in the replacement year.
 */
export const EarlyReplacementLeverSchema = z.object({
  kind: z.literal('early-replacement'),
  category: CategorySchema,
  /** Devices at least this old (and not yet at end of life) are eligible. */
  minAgeYears: z.int().nonnegative(),
  /** Share of the eligible devices replaced each year the lever is active. */
  share: ShareSchema,
});

export const LeverSchema = z.discriminatedUnion('kind', [
  LifetimeExtensionLeverSchema,
  RefurbishedPurchasesLeverSchema,
  DevicesPerAgentLeverSchema,
  ScreensPerWorkstationLeverSchema,
  PrinterPoolingLeverSchema,
  PowerManagementLeverSchema,
  ServerVirtualisationLeverSchema,
  HostingEfficiencyLeverSchema,
  CloudRightSizingLeverSchema,
  StorageCleanupLeverSchema,
  EmailPolicyLeverSchema,
  VideoResolutionLeverSchema,
  GreenElectricityLeverSchema,
  EarlyReplacementLeverSchema,
]);
export type Lever = z.infer<typeof LeverSchema>;
export type LeverInput = z.input<typeof LeverSchema>;
export type LeverKind = Lever['kind'];

export const LEVER_KINDS = [
  'lifetime-extension',
  'refurbished-purchases',
  'devices-per-agent',
  'screens-per-workstation',
  'printer-pooling',
  'power-management',
  'server-virtualisation',
  'hosting-efficiency',
  'cloud-right-sizing',
  'storage-cleanup',
  'email-policy',
  'video-resolution',
  'green-electricity-contract',
  'early-replacement',
] as const satisfies readonly LeverKind[];

/** Fleet levers act in the renewal simulation; the others transform one year's inputs. */
export const FLEET_LEVER_KINDS = ['lifetime-extension', 'refurbished-purchases', 'devices-per-agent', 'screens-per-workstation', 'printer-pooling', 'early-replacement'] as const satisfies readonly LeverKind[];
