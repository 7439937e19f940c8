import { z } from 'zod';
import { NonNegativeDecimalSchema } from './decimal';
import { PueSchema } from './hosting';

/**
 * A data centre located on the territory (a colocation site, an operator's or a company's data
 * centre). Its energy, CO2e and water are reported apart from the residents' footprint: the
 * services it hosts are already in the national per-person figure.
 */
export const TerritoryDataCentreSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1),
    /** Operator, for the document. */
    operator: z.string().trim().optional(),
    /** Declared average IT power, kW (IT energy = power × 8,760 h). */
    itPowerKw: NonNegativeDecimalSchema.optional(),
    /** Declared IT electricity, kWh per year; wins over the power. */
    itEnergyKwhPerYear: NonNegativeDecimalSchema.optional(),
    /** Power usage effectiveness; otherwise the French colocation average (Arcep). */
    pue: PueSchema.optional(),
    /** Water usage effectiveness, litres per kWh of IT energy; otherwise the French average (derived from Arcep). */
    wueLPerKwh: NonNegativeDecimalSchema.optional(),
  })
  .refine((centre) => centre.itPowerKw !== undefined || centre.itEnergyKwhPerYear !== undefined, {
    error: 'data_centre_power_or_energy_required',
    path: ['itEnergyKwhPerYear'],
  });
export type TerritoryDataCentre = z.infer<typeof TerritoryDataCentreSchema>;
export type TerritoryDataCentreInput = z.input<typeof TerritoryDataCentreSchema>;

/**
 * The territory the collectivité covers, for the territorial bilan (décret 2022-1084: « le bilan
 * de l'impact environnemental du numérique et de ses usages sur le territoire concerné »). All
 * fields are optional; nothing here is ever added to the collectivité's own footprint.
 */
export const TerritorySchema = z.object({
  /** Inhabitants of the territory; otherwise the organisation's population. */
  population: z.int().nonnegative().optional(),
  /** Households (Insee, ménages of the census); when given, boxes and TVs are counted per household. */
  households: z.int().nonnegative().optional(),
  /** Fixed broadband lines on the territory (Arcep open data, entered by the user). */
  fixedLines: z.int().nonnegative().optional(),
  /** Mobile lines (SIM cards) on the territory (Arcep open data, entered by the user). */
  mobileLines: z.int().nonnegative().optional(),
  /** Where the line counts come from, e.g. « Arcep, Ma connexion internet, T4 2024 ». */
  linesSource: z.string().trim().optional(),
  /** Data centres located on the territory. */
  dataCentres: z.array(TerritoryDataCentreSchema).default([]),
});
export type Territory = z.infer<typeof TerritorySchema>;
export type TerritoryFileInput = z.input<typeof TerritorySchema>;
