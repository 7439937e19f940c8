import { z } from 'zod';
import { DecimalStringSchema } from './decimal';

/** The indicators kept apart by the engine. The two water indicators are never added together. */
export const INDICATORS = ['co2eKg', 'waterL', 'waterScarcityM3eq', 'adpKgSbEq', 'energyKwh'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** Where a factor row comes from. */
export const FactorSourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Year of the publication or of the data vintage. */
  year: z.int().min(1990).max(2100),
  url: z.url(),
  /** Commit of the repository, when the source is a repository. */
  commit: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
  /** Package version, when the source is a package. */
  version: z.string().optional(),
  /** When we read the source, ISO date. */
  retrievedAt: z.iso.date(),
});
export type FactorSource = z.infer<typeof FactorSourceSchema>;

/** Uncertainty of a factor: absolute low and high bounds, in the row's unit. */
export const UncertaintySchema = z.object({
  low: DecimalStringSchema,
  high: DecimalStringSchema,
  /** How the range was set (source disagreement, published range, …). */
  basis: z.string().min(1),
});

/**
 * One factor row. `id` follows the conventions of docs/factor-ids.md, e.g.
 * `device.laptop.manufacturing.co2eKg` or `electricity.FRA.2024.co2eKgPerKwh`.
 */
export const FactorRowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-zA-Z0-9.\-_]*$/),
    /** What the factor applies to, e.g. `device:laptop`, `electricity:FRA`, `network:mobile-fr`. */
    subject: z.string().min(1),
    /** What it measures: an indicator, or a parameter such as `lifetimeYears`, `pue`, `activePowerW`. */
    indicator: z.string().min(1),
    phase: z.enum(['manufacturing', 'distribution', 'use', 'endOfLife', 'none']),
    value: DecimalStringSchema,
    /** Unit, written out: `kgCO2e/unit`, `L/kWh`, `years`, `W`, `kgCO2e/GB`, `ratio`… */
    unit: z.string().min(1),
    source: FactorSourceSchema,
    /** Licence of the number as we redistribute it. */
    licence: z.string().min(1),
    /** First and last years the value is valid for (electricity vintages, for instance). */
    validFrom: z.int().optional(),
    validTo: z.int().optional(),
    uncertainty: UncertaintySchema,
    note: z.string().optional(),
  })
  .refine((row) => !(row.validFrom !== undefined && row.validTo !== undefined && row.validFrom > row.validTo), {
    error: 'valid_from_after_valid_to',
  });
export type FactorRow = z.infer<typeof FactorRowSchema>;

/** A versioned factor set: the rows, never edited in place once published. */
export const FactorSetSchema = z.object({
  version: z.string().regex(/^[a-z]{2}-\d{4}\.\d+$/),
  title: z.string().min(1),
  publishedAt: z.iso.date(),
  description: z.string(),
  rows: z.array(FactorRowSchema).min(1),
});
export type FactorSet = z.infer<typeof FactorSetSchema>;
