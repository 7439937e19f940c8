import { z } from 'zod';
import { CategorySchema, PerimeterSchema, SizeClassSchema, StatusSchema } from './categories';
import { NonNegativeDecimalSchema, PositiveDecimalSchema } from './decimal';

/** Where a value came from in a user's file: the import adapters fill it, the core carries it. */
export const SourcePositionSchema = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  line: z.int().positive(),
  column: z.string().optional(),
});
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

/** ISO 3166-1 alpha-3 country code (electricity mix of the place of use). */
export const CountrySchema = z.string().regex(/^[A-Z]{3}$/, { error: 'country_iso3_expected' });

/** How much a device is used: a daily profile, or metered energy. */
export const UsageProfileSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('profile'),
    /** Hours of active use per day. */
    hoursPerDay: NonNegativeDecimalSchema.refine((v) => v.lte(24), { error: 'hours_per_day_over_24' }),
    /** Days of use per year. */
    daysPerYear: NonNegativeDecimalSchema.refine((v) => v.lte(366), { error: 'days_per_year_over_366' }),
  }),
  z.object({
    kind: z.literal('metered'),
    /** Metered electricity, kWh per year per device. */
    energyKwhPerYear: NonNegativeDecimalSchema,
  }),
]);
export type UsageProfile = z.infer<typeof UsageProfileSchema>;

const YEAR = z.int().min(1980).max(2100);
const ISO_DATE = z.iso.date();

/** One inventory line: one or several identical devices. */
export const InventoryItemSchema = z
  .object({
    id: z.string().optional(),
    category: CategorySchema,
    /** Printers and MFPs: EcoDiag weight class. */
    sizeClass: SizeClassSchema.optional(),
    manufacturer: z.string().optional(),
    model: z.string().optional(),
    serialNumber: z.string().optional(),
    /** Number of devices this line counts. */
    quantity: z.int().positive(),
    /** Purchase (or commissioning) date, ISO `YYYY-MM-DD`. */
    purchaseDate: ISO_DATE.optional(),
    /** Purchase year, when the date is not known. */
    purchaseYear: YEAR.optional(),
    /** Lifetime override, in years. */
    lifetimeYears: PositiveDecimalSchema.optional(),
    status: StatusSchema.default('in-service'),
    refurbished: z.boolean().default(false),
    usage: UsageProfileSchema.optional(),
    site: z.string().optional(),
    /** Organisational unit the device belongs to, as the source tool names it (GLPI's `Entité` path "A > B > C", G4IT's `nomEntite`). */
    entity: z.string().optional(),
    perimeter: PerimeterSchema.default('administration'),
    /** Country of use; defaults to the organisation's country. */
    country: CountrySchema.optional(),
    /** Where the line came from, when it was imported from a file. */
    source: SourcePositionSchema.optional(),
  })
  .refine((item) => !(item.purchaseDate && item.purchaseYear && Number(item.purchaseDate.slice(0, 4)) !== item.purchaseYear), {
    error: 'purchase_date_and_year_disagree',
    path: ['purchaseYear'],
  });
export type InventoryItem = z.infer<typeof InventoryItemSchema>;
export type InventoryItemInput = z.input<typeof InventoryItemSchema>;

export const InventorySchema = z.array(InventoryItemSchema);
export type Inventory = z.infer<typeof InventorySchema>;
export type InventoryInput = z.input<typeof InventorySchema>;
