/**
 * Inventory lines that sit in a hosting site (internal). A server, storage array, switch, router,
 * firewall or UPS of the inventory whose `site` names a server room or colocation site of the
 * hosting data (by id or name, ignoring case and surrounding spaces) is the same equipment the site
 * may count: it is counted once, in the fleet, with its purchase date and lifetime, and its
 * electricity is counted by the site, with the site's PUE and country.
 */
import { HOSTING_EQUIPMENT_KINDS, type Hosting, type HostingEquipmentKind, type HostingSite } from '../schemas/hosting';
import type { InventoryItem } from '../schemas/inventory';

/** Inventory quantities per hosting site id and equipment kind. */
export type HostedCounts = ReadonlyMap<string, Readonly<Partial<Record<HostingEquipmentKind, number>>>>;

const KINDS: ReadonlySet<string> = new Set(HOSTING_EQUIPMENT_KINDS);
const normalise = (text: string): string => text.trim().toLowerCase();

/** Finds the hosting site an inventory line sits in, when it is hosting equipment. */
export function siteFinder(sites: readonly HostingSite[]): (item: Pick<InventoryItem, 'category' | 'site'>) => HostingSite | undefined {
  const byLabel = new Map<string, HostingSite>();
  for (const site of sites) {
    byLabel.set(normalise(site.id), site);
    byLabel.set(normalise(site.name), site);
  }
  return (item) => (item.site !== undefined && KINDS.has(item.category) ? byLabel.get(normalise(item.site)) : undefined);
}

/**
 * Counts the inventory's hosting equipment per site and kind: lines in service, in reuse or in
 * stock, bought by the bilan year (or without a purchase year).
 */
export function hostedCounts(inventory: readonly InventoryItem[], hosting: Hosting, year: number): HostedCounts {
  const find = siteFinder(hosting.sites);
  const counts = new Map<string, Partial<Record<HostingEquipmentKind, number>>>();
  if (hosting.sites.length === 0) return counts;
  for (const item of inventory) {
    const site = find(item);
    if (!site || item.status === 'disposed') continue;
    const purchaseYear = item.purchaseYear ?? (item.purchaseDate !== undefined ? Number(item.purchaseDate.slice(0, 4)) : undefined);
    if (purchaseYear !== undefined && purchaseYear > year) continue;
    const kind = item.category as HostingEquipmentKind;
    const perSite = counts.get(site.id) ?? {};
    perSite[kind] = (perSite[kind] ?? 0) + item.quantity;
    counts.set(site.id, perSite);
  }
  return counts;
}
