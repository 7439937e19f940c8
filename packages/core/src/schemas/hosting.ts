import { z } from 'zod';
import { PerimeterSchema } from './categories';
import { ZERO } from '../internal/decimal';
import { DecimalSchema, NonNegativeDecimalSchema } from './decimal';
import { CountrySchema } from './inventory';

/** Equipment counted in a server room or a colocation cage. */
export const HOSTING_EQUIPMENT_KINDS = ['server', 'storage-array', 'network-switch', 'router', 'firewall', 'ups'] as const;
export type HostingEquipmentKind = (typeof HOSTING_EQUIPMENT_KINDS)[number];

export const SITE_KINDS = ['server-room', 'colocation'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** PUE is a ratio of total energy to IT energy: never below 1. */
export const PueSchema = DecimalSchema.refine((v) => v.gte(1), { error: 'pue_below_one' });

/** An on-premise server room or a colocation site. */
export const HostingSiteSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  kind: z.enum(SITE_KINDS),
  country: CountrySchema.default('FRA'),
  perimeter: PerimeterSchema.default('administration'),
  /** Equipment counts by kind. */
  equipment: z.partialRecord(z.enum(HOSTING_EQUIPMENT_KINDS), z.int().nonnegative()).default({}),
  /** Metered IT electricity, kWh per year; otherwise estimated from the equipment. */
  itEnergyKwhPerYear: NonNegativeDecimalSchema.optional(),
  /** Power usage effectiveness; otherwise the factor set's default for the site kind. */
  pue: PueSchema.optional(),
  /** Water usage effectiveness, litres per kWh of IT energy; otherwise the default. */
  wueLPerKwh: NonNegativeDecimalSchema.optional(),
});
export type HostingSite = z.infer<typeof HostingSiteSchema>;

export const CLOUD_PROVIDERS = ['aws', 'azure', 'gcp', 'ovhcloud', 'scaleway', 'other'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

/** One line of cloud consumption over the reference year (from the provider's bill or console). */
export const CloudLineSchema = z.object({
  id: z.string().min(1),
  label: z.string().optional(),
  provider: z.enum(CLOUD_PROVIDERS),
  region: z.string().min(1),
  perimeter: PerimeterSchema.default('administration'),
  vcpuHours: NonNegativeDecimalSchema.default(ZERO),
  memoryGbHours: NonNegativeDecimalSchema.default(ZERO),
  storageSsdTbHours: NonNegativeDecimalSchema.default(ZERO),
  storageHddTbHours: NonNegativeDecimalSchema.default(ZERO),
  egressGb: NonNegativeDecimalSchema.default(ZERO),
});
export type CloudLine = z.infer<typeof CloudLineSchema>;

export const HostingSchema = z.object({
  sites: z.array(HostingSiteSchema).default([]),
  cloud: z.array(CloudLineSchema).default([]),
});
export type Hosting = z.infer<typeof HostingSchema>;
export type HostingInput = z.input<typeof HostingSchema>;
