import { PROJECT_SCHEMA_VERSION } from '@reen/core';
import type { ProjectDraft } from '../../src/lib/project';

/** A small valid project worked by hand: 10 laptops and 2 monitors in one commune. */
export function smallProject(overrides: Partial<ProjectDraft> = {}): ProjectDraft {
  return {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: 'project-test',
    factorSetVersion: 'fr-2025.1',
    method: 'stock',
    amortisationYears: 1,
    organisation: { name: 'Commune de Test', kind: 'commune', population: 60000, agents: 500, referenceYear: 2024, country: 'FRA', lifetimeHypotheses: {} },
    inventory: [
      { category: 'laptop', quantity: 10, purchaseYear: 2022, status: 'in-service', perimeter: 'administration' },
      { category: 'monitor', quantity: 2, purchaseYear: 2020, status: 'in-service', perimeter: 'schools' },
    ],
    inventoryIsEstimate: false,
    hosting: { sites: [], cloud: [] },
    usage: { boxesInInventory: false },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
