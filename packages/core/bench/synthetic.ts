/**
 * Synthetic inventories for the benchmarks: one row per device, as a GLPI export gives them, with a
 * realistic structure (each site belongs to one perimeter; usage profiles and lifetime overrides
 * follow the category and the site's policy; most devices in service). Deterministic (seeded
 * generator), so runs are comparable.
 */
import { dec, type CategoryId, type Inventory, type InventoryItem, type Perimeter } from '../src/index';

/** mulberry32: a small seeded PRNG (also used by the import benchmark's generator). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES: readonly [CategoryId, number][] = [
  ['laptop', 22],
  ['desktop', 12],
  ['monitor', 24],
  ['smartphone', 12],
  ['tablet', 6],
  ['ip-phone', 5],
  ['docking-station', 6],
  ['mfp', 2],
  ['printer', 1],
  ['projector', 2],
  ['tv-display', 2],
  ['wifi-access-point', 3],
  ['thin-client', 2],
  ['headset', 1],
];
const SITES: readonly [string, Perimeter][] = [
  ['Hôtel de ville', 'administration'],
  ['Centre technique', 'administration'],
  ['Annexe Nord', 'administration'],
  ['Annexe Sud', 'administration'],
  ['École A', 'schools'],
  ['École B', 'schools'],
  ['École C', 'schools'],
  ['Collège', 'schools'],
  ['Médiathèque', 'public-services'],
  ['Maison France services', 'public-services'],
  ['Piscine', 'public-services'],
  ['Espace public', 'territory'],
];
const OFFICE = { kind: 'profile' as const, hoursPerDay: dec('7.5'), daysPerYear: dec(220) };
const EIGHT = dec(8);

/** `devices` rows of one device each. */
export function syntheticInventory(devices: number, seed = 20250101): Inventory {
  const next = random(seed);
  const weightSum = CATEGORIES.reduce((n, [, w]) => n + w, 0);
  const pick = (): CategoryId => {
    let r = next() * weightSum;
    for (const [category, weight] of CATEGORIES) {
      r -= weight;
      if (r < 0) return category;
    }
    return 'laptop';
  };
  const items: InventoryItem[] = [];
  for (let i = 0; i < devices; i += 1) {
    const category = pick();
    const [site, perimeter] = SITES[Math.floor(next() * SITES.length)] as [string, Perimeter];
    const s = next();
    const status = s < 0.9 ? 'in-service' : s < 0.94 ? 'stock' : s < 0.97 ? 'reuse' : 'disposed';
    const item: InventoryItem = {
      category,
      quantity: 1,
      purchaseYear: 2016 + Math.floor(next() * 10),
      status,
      refurbished: category === 'laptop' && next() < 0.1,
      perimeter,
      site,
      ...(category === 'mfp' ? { sizeClass: next() < 0.5 ? ('small' as const) : ('medium' as const) } : {}),
      ...((category === 'laptop' || category === 'desktop') && perimeter === 'administration' ? { usage: OFFICE } : {}),
      ...(category === 'desktop' && perimeter === 'schools' ? { lifetimeYears: EIGHT } : {}),
    };
    items.push(item);
  }
  return items;
}

const GROUPED_CATEGORIES: readonly [CategoryId, number][] = [
  ['laptop', 26],
  ['desktop', 26],
  ['server', 24],
  ['all-in-one', 24],
];
const GROUPED_STATUSES: readonly [InventoryItem['status'], number][] = [
  ['in-service', 35],
  ['disposed', 34],
  ['stock', 31],
];

function weighted<T>(list: readonly [T, number][], u: number): T {
  const total = list.reduce((n, [, w]) => n + w, 0);
  let r = u * total;
  for (const [value, weight] of list) {
    r -= weight;
    if (r < 0) return value;
  }
  return (list[list.length - 1] as [T, number])[0];
}

/**
 * The inventory the importer makes of the `reen bilan` bench export (100,000 GLPI rows, grouped
 * without entities): one line per category × site × purchase year × status that has devices —
 * 4 categories, 90 sites, purchase years 2016–2025, 3 statuses, all in the administration — about
 * 10,700 lines (the bench export gives 10,202). Deterministic.
 */
export function syntheticGroupedInventory(devices = 100_000, seed = 20261205): Inventory {
  const next = random(seed);
  const counts = new Map<string, { category: CategoryId; site: string; purchaseYear: number; status: InventoryItem['status']; quantity: number }>();
  for (let i = 0; i < devices; i += 1) {
    const category = weighted(GROUPED_CATEGORIES, next());
    // Sites of unequal sizes: the site number is ⌊90 u²⌋ + 1, so low numbers hold more devices.
    const site = `Site ${String(Math.floor(90 * next() ** 2) + 1).padStart(2, '0')} > Étage`;
    const purchaseYear = 2016 + Math.floor(next() * 10);
    const status = weighted(GROUPED_STATUSES, next());
    const key = `${category}|${site}|${purchaseYear}|${status}`;
    const known = counts.get(key);
    if (known) known.quantity += 1;
    else counts.set(key, { category, site, purchaseYear, status, quantity: 1 });
  }
  return [...counts.values()].map((line) => ({ ...line, refurbished: false, perimeter: 'administration' as const }));
}
