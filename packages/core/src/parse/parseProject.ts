import { HostingSchema, type Hosting } from '../schemas/hosting';
import type { ParseResult } from '../schemas/issues';
import { OrganisationSchema, type Organisation } from '../schemas/organisation';
import { ProjectFileSchema, type ProjectFile } from '../schemas/project';
import { UsageSchema, type Usage } from '../schemas/usage';
import { migrateProject, PROJECT_MIGRATIONS, type ProjectMigration } from './migrations';
import { futurePurchaseIssues, itemPositionOf, todayOf } from './parseInventory';
import { safeParseWith } from './zodIssues';
import { getFactorSet, listFactorSets } from '../factors/factorSets';
import type { Issue } from '../schemas/issues';

/** Options of `parseProject`. */
export interface ParseProjectOptions {
  /** Today's date, ISO `YYYY-MM-DD`, to reject purchase dates in the future (default: the current date). */
  readonly today?: string;
  /** Migration list, for tests (default `PROJECT_MIGRATIONS`). */
  readonly migrations?: readonly ProjectMigration[];
}

/**
 * Validates an unknown value (parsed JSON) as a REEN kit project file, after migrating it from an
 * older `schemaVersion` to the current one (`PROJECT_SCHEMA_VERSION`).
 *
 * @param raw - The parsed content of a `*.reen.json` file.
 * @param options - `today` for the purchase-date check; `migrations` for tests.
 * @returns `{ success: true, data, issues: [] }` with a typed `ProjectFile` (decimals as Decimal),
 *   or `{ success: false, issues }` with stable codes and paths such as `inventory.3.quantity`.
 * @example
 * const project = parseProject(JSON.parse(text));
 * if (project.success) computeFootprint(project.data, factorSet, { year: project.data.organisation.referenceYear, method: project.data.method });
 */
export function parseProject(raw: unknown, options: ParseProjectOptions = {}): ParseResult<ProjectFile> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { success: false, issues: [{ code: 'not_an_object', severity: 'error', path: [], params: {} }] };
  }
  const migrated = migrateProject(raw as Record<string, unknown>, options.migrations ?? PROJECT_MIGRATIONS);
  if (!migrated.success) return migrated;
  const inventory = migrated.data['inventory'];
  const items = Array.isArray(inventory) ? inventory : undefined;
  const result = safeParseWith(ProjectFileSchema, migrated.data, (path) => (path[0] === 'inventory' ? itemPositionOf(items, path, 1) : undefined));
  if (!result.success) return result;
  const issues = [...futurePurchaseIssues(result.data.inventory, todayOf(options), ['inventory']), ...uncoveredCategoryIssues(result.data)];
  if (issues.length > 0) return { success: false, issues };
  return result;
}

/**
 * Inventory lines whose category has no rows in the project's (shipped) factor set: the categories
 * added with a later set (an external SSD in a fr-2025.1 project, for instance) cannot be computed
 * with an older one. A set the library does not ship is left to the caller.
 */
function uncoveredCategoryIssues(project: ProjectFile): Issue[] {
  if (!listFactorSets().includes(project.factorSetVersion)) return [];
  const rows = new Set(getFactorSet(project.factorSetVersion).rows.map((row) => row.id));
  const latest = listFactorSets().at(-1) ?? project.factorSetVersion;
  const issues: Issue[] = [];
  project.inventory.forEach((item, index) => {
    const covered = rows.has(`device.${item.category}.manufacturing.co2eKg`) || (item.sizeClass !== undefined && rows.has(`device.${item.category}.${item.sizeClass}.manufacturing.co2eKg`));
    if (covered) return;
    issues.push({
      code: 'category_not_in_factor_set',
      severity: 'error',
      path: ['inventory', index, 'category'],
      ...(item.source ? { position: { ...item.source, column: 'category' } } : {}),
      params: { category: item.category, factorSet: project.factorSetVersion, latest },
    });
  });
  return issues;
}

/**
 * Validates hosting data: server rooms, colocation sites (PUE ≥ 1, WUE ≥ 0) and cloud lines.
 *
 * @param raw - Parsed JSON, e.g. the CLI's `--hosting hosting.json`.
 * @returns A `ParseResult<Hosting>`; issues such as `pue_below_one` at `sites.0.pue`.
 */
export function parseHosting(raw: unknown): ParseResult<Hosting> {
  return safeParseWith(HostingSchema, raw);
}

/**
 * Validates usage data (network GB, e-mails, video hours, storage, website audience).
 *
 * @param raw - Parsed JSON, e.g. the CLI's `--usage usage.json`.
 * @returns A `ParseResult<Usage>`; negative amounts give `must_be_non_negative`.
 */
export function parseUsage(raw: unknown): ParseResult<Usage> {
  return safeParseWith(UsageSchema, raw);
}

/**
 * Validates an organisation profile (name, kind, population, agents, reference year, country,
 * lifetime hypotheses per category).
 *
 * @param raw - Parsed JSON, e.g. the CLI's `--org org.json`.
 * @returns A `ParseResult<Organisation>`; a lifetime hypothesis of 0 gives `must_be_positive`.
 */
export function parseOrganisation(raw: unknown): ParseResult<Organisation> {
  return safeParseWith(OrganisationSchema, raw);
}
