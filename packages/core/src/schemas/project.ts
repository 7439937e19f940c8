import { z } from 'zod';
import { HostingSchema } from './hosting';
import { InventorySchema } from './inventory';
import { OrganisationSchema } from './organisation';
import { STOCK_RULES } from './categories';
import { UsageSchema } from './usage';
import { StrategySchema } from '../strategy/schema';

/** Current version of the project file (`*.reen.json`). Bump it with a migration in `parse/migrations.ts`. */
export const PROJECT_SCHEMA_VERSION = 2;

/**
 * A REEN kit project: what the CLI and the web app read and write. Inputs only: results are always
 * recomputed from them.
 */
export const ProjectFileSchema = z.object({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  /** Stable id of the project (the web app's storage key). */
  id: z.string().min(1),
  /** Factor set the project is computed with, e.g. `fr-2025.1`. */
  factorSetVersion: z.string().min(1),
  /** Accounting method of the bilan. */
  method: z.enum(['stock', 'flux']).default('stock'),
  /** Years over which flux purchases are amortised (1 = all in the purchase year). */
  amortisationYears: z.int().min(1).max(10).default(1),
  /**
   * Stock method: `beges` (physical-lifetime amortisation, the default when absent) or `fleet`
   * (every device in service carries manufacturing ÷ lifetime whatever its age).
   */
  stockRule: z.enum(STOCK_RULES).optional(),
  organisation: OrganisationSchema,
  inventory: InventorySchema.default([]),
  /** True when the inventory is an estimate from the number of agents, not an actual inventory. */
  inventoryIsEstimate: z.boolean().default(false),
  hosting: HostingSchema.default({ sites: [], cloud: [] }),
  usage: UsageSchema.default({ boxesInInventory: false }),
  /** The stratégie numérique responsable (since schema version 2); absent until the user starts it. */
  strategy: StrategySchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;
export type ProjectFileInput = z.input<typeof ProjectFileSchema>;
