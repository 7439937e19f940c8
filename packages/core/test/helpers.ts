/** Shared builders of the core tests: parsed items, organisations, hosting and usage. */
import {
  parseHosting,
  parseInventory,
  parseOrganisation,
  parseUsage,
  type Hosting,
  type HostingInput,
  type InventoryItem,
  type InventoryItemInput,
  type Organisation,
  type OrganisationInput,
  type Usage,
  type UsageInput,
} from '../src/index';

export const TODAY = '2025-12-31';

function ok<T>(result: { success: true; data: T } | { success: false; issues: unknown }): T {
  if (!result.success) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.data;
}

export function items(raw: InventoryItemInput[]): InventoryItem[] {
  return ok(parseInventory(raw, { today: TODAY }));
}

export function item(raw: InventoryItemInput): InventoryItem {
  return items([raw])[0] as InventoryItem;
}

export function organisation(raw: Partial<OrganisationInput> = {}): Organisation {
  return ok(parseOrganisation({ name: 'Commune test', kind: 'commune', population: 60000, agents: 800, referenceYear: 2025, ...raw }));
}

export function hosting(raw: HostingInput = {}): Hosting {
  return ok(parseHosting(raw));
}

export function usage(raw: UsageInput = {}): Usage {
  return ok(parseUsage(raw));
}
