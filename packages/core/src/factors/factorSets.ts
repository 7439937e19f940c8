/**
 * The factor sets shipped with @reen/core, loaded from the JSON data files of
 * `packages/core/data/factors/<version>/` by static imports (bundled by Vite, tsup and Vitest alike,
 * no file system access), validated once with `FactorSetSchema`, then frozen.
 */
import { z } from 'zod';
import { FootprintError } from '../errors';
import { FactorSetSchema, FactorSourceSchema, type FactorRow, type FactorSet } from '../schemas/factors';
import { CountrySchema } from '../schemas/inventory';
import set20251 from '../../data/factors/fr-2025.1/set.json';
import devicesAdeme20251 from '../../data/factors/fr-2025.1/devices-ademe.json';
import devicesEcodiag20251 from '../../data/factors/fr-2025.1/devices-ecodiag.json';
import devicesOther20251 from '../../data/factors/fr-2025.1/devices-other.json';
import hostingEquipment20251 from '../../data/factors/fr-2025.1/hosting-equipment.json';
import electricity20251 from '../../data/factors/fr-2025.1/electricity.json';
import hosting20251 from '../../data/factors/fr-2025.1/hosting.json';
import cloud20251 from '../../data/factors/fr-2025.1/cloud.json';
import cloudRegions20251 from '../../data/factors/fr-2025.1/cloud-regions.json';
import networkUsage20251 from '../../data/factors/fr-2025.1/network-usage.json';
import refurbished20251 from '../../data/factors/fr-2025.1/refurbished.json';
import set20261 from '../../data/factors/fr-2026.1/set.json';
import devicesAdeme20261 from '../../data/factors/fr-2026.1/devices-ademe.json';
import devicesEcodiag20261 from '../../data/factors/fr-2026.1/devices-ecodiag.json';
import devicesOther20261 from '../../data/factors/fr-2026.1/devices-other.json';
import hostingEquipment20261 from '../../data/factors/fr-2026.1/hosting-equipment.json';
import electricity20261 from '../../data/factors/fr-2026.1/electricity.json';
import hosting20261 from '../../data/factors/fr-2026.1/hosting.json';
import cloud20261 from '../../data/factors/fr-2026.1/cloud.json';
import cloudRegions20261 from '../../data/factors/fr-2026.1/cloud-regions.json';
import networkUsage20261 from '../../data/factors/fr-2026.1/network-usage.json';
import refurbished20261 from '../../data/factors/fr-2026.1/refurbished.json';

/** A cloud region and the country (ISO 3166 alpha-3) whose electricity it uses. */
export interface CloudRegion {
  readonly provider: string;
  readonly region: string;
  readonly country: string;
}

/**
 * A factor set as shipped: the validated `FactorSet` plus its cloud region map
 * (`cloud-regions.json`), which is data about places rather than a factor row.
 */
export type ShippedFactorSet = FactorSet & {
  /** Cloud regions mapped to countries, with the source of the mapping. */
  readonly cloudRegions: readonly CloudRegion[];
  readonly cloudRegionsSource: z.infer<typeof FactorSourceSchema>;
};

const CloudRegionsFileSchema = z.object({
  source: FactorSourceSchema,
  licence: z.string().min(1),
  regions: z
    .array(z.object({ key: z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/), country: CountrySchema }))
    .min(1),
});

/** The raw files of one factor set: metadata, theme files of rows, cloud regions. */
interface RawFactorSet {
  readonly meta: unknown;
  readonly themes: Readonly<Record<string, unknown>>;
  readonly cloudRegions: unknown;
}

/** Every shipped factor set, oldest first. The last one is the default. */
const RAW_SETS: Readonly<Record<string, RawFactorSet>> = {
  'fr-2025.1': {
    meta: set20251,
    themes: {
      'devices-ademe.json': devicesAdeme20251,
      'devices-ecodiag.json': devicesEcodiag20251,
      'devices-other.json': devicesOther20251,
      'hosting-equipment.json': hostingEquipment20251,
      'electricity.json': electricity20251,
      'hosting.json': hosting20251,
      'cloud.json': cloud20251,
      'network-usage.json': networkUsage20251,
      'refurbished.json': refurbished20251,
    },
    cloudRegions: cloudRegions20251,
  },
  'fr-2026.1': {
    meta: set20261,
    themes: {
      'devices-ademe.json': devicesAdeme20261,
      'devices-ecodiag.json': devicesEcodiag20261,
      'devices-other.json': devicesOther20261,
      'hosting-equipment.json': hostingEquipment20261,
      'electricity.json': electricity20261,
      'hosting.json': hosting20261,
      'cloud.json': cloud20261,
      'network-usage.json': networkUsage20261,
      'refurbished.json': refurbished20261,
    },
    cloudRegions: cloudRegions20261,
  },
};

const VERSIONS: readonly string[] = Object.freeze(Object.keys(RAW_SETS));
const loaded = new Map<string, ShippedFactorSet>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

function load(version: string, raw: RawFactorSet): ShippedFactorSet {
  const rows: unknown[] = [];
  for (const [file, content] of Object.entries(raw.themes)) {
    if (!Array.isArray(content)) throw new FootprintError('factor_set_invalid', { version, file, reason: 'not an array of rows' });
    rows.push(...(content as unknown[]));
  }
  const parsed = FactorSetSchema.safeParse({ ...(raw.meta as object), rows });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new FootprintError('factor_set_invalid', { version, path: first ? first.path.join('.') : '', reason: first?.message ?? '' });
  }
  if (parsed.data.version !== version) throw new FootprintError('factor_set_invalid', { version, reason: `set.json says ${parsed.data.version}` });
  const seen = new Set<string>();
  for (const row of parsed.data.rows) {
    if (seen.has(row.id)) throw new FootprintError('factor_set_invalid', { version, id: row.id, reason: 'duplicate id' });
    seen.add(row.id);
  }
  const regions = CloudRegionsFileSchema.safeParse(raw.cloudRegions);
  if (!regions.success) throw new FootprintError('factor_set_invalid', { version, file: 'cloud-regions.json', reason: regions.error.issues[0]?.message ?? '' });
  const cloudRegions = regions.data.regions.map(({ key, country }) => {
    const [provider, region] = key.split(':') as [string, string];
    return { provider, region, country };
  });
  return deepFreeze({ ...parsed.data, cloudRegions, cloudRegionsSource: regions.data.source });
}

/**
 * Lists the versions of the factor sets shipped with the library, oldest first.
 *
 * @returns The versions, e.g. `['fr-2025.1', 'fr-2026.1']`; the last one is the default of `getFactorSet`.
 * @example
 * listFactorSets(); // ['fr-2025.1', 'fr-2026.1']
 */
export function listFactorSets(): readonly string[] {
  return VERSIONS;
}

/**
 * Returns a shipped factor set, validated against `FactorSetSchema` and deeply frozen. Each set is
 * validated once, on first use.
 *
 * @param version - A version from `listFactorSets()`; the latest when omitted.
 * @returns The factor set with its rows and its cloud region map.
 * @throws {FootprintError} `factor_set_unknown` when no set has this version; `factor_set_invalid`
 * when the data files do not match the schema (a packaging bug).
 * @example
 * const factors = getFactorSet('fr-2025.1');
 * factors.rows.length; // every row, with its source and uncertainty
 */
export function getFactorSet(version?: string): ShippedFactorSet {
  const wanted = version ?? VERSIONS[VERSIONS.length - 1];
  const raw = wanted === undefined ? undefined : RAW_SETS[wanted];
  if (wanted === undefined || raw === undefined) {
    throw new FootprintError('factor_set_unknown', { version: version ?? '', available: VERSIONS.join(', ') });
  }
  let set = loaded.get(wanted);
  if (!set) {
    set = load(wanted, raw);
    loaded.set(wanted, set);
  }
  return set;
}

/** Rows of a factor set grouped by the theme file they come from (for documentation). */
export function getFactorSetFiles(version?: string): Readonly<Record<string, readonly FactorRow[]>> {
  const set = getFactorSet(version);
  const raw = RAW_SETS[set.version] as RawFactorSet;
  const byId = new Map(set.rows.map((row) => [row.id, row]));
  const files: Record<string, readonly FactorRow[]> = {};
  for (const [file, content] of Object.entries(raw.themes)) {
    files[file] = Object.freeze((content as { id: string }[]).map((row) => byId.get(row.id) as FactorRow));
  }
  return Object.freeze(files);
}
