import type { HostingInput, InventoryItemInput, OrganisationInput, UsageInput } from '@reen/core';
import { PROJECT_SCHEMA_VERSION } from '@reen/core';

export type HostingSiteDraft = NonNullable<HostingInput['sites']>[number];
export type CloudLineDraft = NonNullable<HostingInput['cloud']>[number];

/**
 * A project as the stores hold it: plain, serialisable JSON with decimals as strings (the input
 * side of core's `ProjectFileSchema`, with every defaulted part present so forms can bind to it).
 */
export interface ProjectDraft {
  schemaVersion: number;
  id: string;
  factorSetVersion: string;
  method: 'stock' | 'flux';
  amortisationYears: number;
  /** Stock method rule; absent means `beges` (optional project field since issue 13). */
  stockRule?: 'beges' | 'fleet';
  organisation: OrganisationInput;
  inventory: InventoryItemInput[];
  inventoryIsEstimate: boolean;
  hosting: { sites: HostingSiteDraft[]; cloud: CloudLineDraft[] };
  usage: UsageInput;
  createdAt: string;
  updatedAt: string;
  /** Parts added by later steps (the strategy of part 2) are kept as they are. */
  [extra: string]: unknown;
}

/** A random id for projects, sites and cloud lines (crypto.randomUUID exists in every supported browser). */
export function newId(prefix = ''): string {
  return `${prefix}${crypto.randomUUID()}`;
}

/**
 * An empty project: the organisation is left for the user to fill in; the reference year defaults
 * to the last full year and the factor set to the one shipped with the app.
 */
export function emptyProject(options: { now: Date; factorSetVersion: string; name: string }): ProjectDraft {
  const now = options.now.toISOString();
  return {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: newId('project-'),
    factorSetVersion: options.factorSetVersion,
    method: 'stock',
    amortisationYears: 1,
    organisation: {
      name: options.name,
      kind: 'commune',
      population: 0,
      agents: 0,
      referenceYear: options.now.getUTCFullYear() - 1,
      country: 'FRA',
      lifetimeHypotheses: {},
    },
    inventory: [],
    inventoryIsEstimate: false,
    hosting: { sites: [], cloud: [] },
    usage: { boxesInInventory: false },
    createdAt: now,
    updatedAt: now,
  };
}

/** Fills the defaulted parts of a project input so the stores can bind forms to them. */
export function normaliseDraft(raw: Record<string, unknown>): ProjectDraft {
  const hosting = (raw['hosting'] ?? {}) as Partial<ProjectDraft['hosting']>;
  return {
    ...(raw as unknown as ProjectDraft),
    method: (raw['method'] as ProjectDraft['method'] | undefined) ?? 'stock',
    amortisationYears: (raw['amortisationYears'] as number | undefined) ?? 1,
    inventory: (raw['inventory'] as InventoryItemInput[] | undefined) ?? [],
    inventoryIsEstimate: (raw['inventoryIsEstimate'] as boolean | undefined) ?? false,
    hosting: { sites: hosting.sites ?? [], cloud: hosting.cloud ?? [] },
    usage: (raw['usage'] as UsageInput | undefined) ?? { boxesInInventory: false },
  };
}

/** A deep, plain copy of reactive state (structuredClone refuses Vue proxies). */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
