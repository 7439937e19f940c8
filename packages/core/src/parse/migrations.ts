import { PROJECT_SCHEMA_VERSION } from '../schemas/project';
import type { Issue } from '../schemas/issues';

/** One step of the project file's history: turns a file of version `from` into version `from + 1`. */
export interface ProjectMigration {
  readonly from: number;
  /** What changed, for the changelog and the reviewers. */
  readonly description: string;
  readonly migrate: (raw: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/**
 * The migrations of the project file (`*.reen.json`), keyed by the version they start from.
 * A change of `ProjectFileSchema` bumps `PROJECT_SCHEMA_VERSION` and adds its step here.
 */
export const PROJECT_MIGRATIONS: readonly ProjectMigration[] = [
  {
    from: 1,
    description: 'Version 2 adds the optional `strategy` (stratégie numérique responsable); version 1 files carry none, so nothing else changes.',
    migrate: (project) => ({ ...project }),
  },
];

/** Result of `migrateProject`: the raw object at the current version, or issues. */
export type MigrationResult = { success: true; data: Record<string, unknown>; applied: number[] } | { success: false; issues: Issue[] };

const issue = (code: string, params: Record<string, string | number>): Issue => ({ code, severity: 'error', path: ['schemaVersion'], params });

/**
 * Brings a raw project object up to `PROJECT_SCHEMA_VERSION` by applying the migrations in order.
 * It never modifies its input.
 *
 * @param raw - A parsed JSON object (not validated yet).
 * @param migrations - The migration list (default `PROJECT_MIGRATIONS`); tests pass their own.
 * @param current - The version to reach (default `PROJECT_SCHEMA_VERSION`).
 * @returns The migrated object and the versions it went through, or issues
 *   (`schema_version_missing`, `schema_version_too_new`, `schema_version_unsupported`).
 */
export function migrateProject(
  raw: Readonly<Record<string, unknown>>,
  migrations: readonly ProjectMigration[] = PROJECT_MIGRATIONS,
  current: number = PROJECT_SCHEMA_VERSION,
): MigrationResult {
  const version = raw['schemaVersion'];
  if (version === undefined) return { success: false, issues: [issue('schema_version_missing', { field: 'schemaVersion', current })] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { success: false, issues: [issue('schema_version_unsupported', { field: 'schemaVersion', version: String(version), known: known(migrations, current) })] };
  }
  if (version > current) return { success: false, issues: [issue('schema_version_too_new', { field: 'schemaVersion', version, current })] };
  let data: Record<string, unknown> = { ...raw };
  const applied: number[] = [];
  for (let from = version; from < current; from += 1) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) {
      return { success: false, issues: [issue('schema_version_unsupported', { field: 'schemaVersion', version, known: known(migrations, current) })] };
    }
    data = { ...step.migrate(data), schemaVersion: from + 1 };
    applied.push(from);
  }
  return { success: true, data, applied };
}

function known(migrations: readonly ProjectMigration[], current: number): string {
  return [...migrations.map((m) => m.from), current].sort((a, b) => a - b).join(', ');
}
