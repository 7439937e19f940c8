import type { ProjectDraft } from './project';
import { parseDraft, toDraft } from './engine';

/** What the user chooses when a project file has the id of a project this browser keeps. */
export type ConflictChoice = 'replace' | 'copy' | 'open' | 'cancel';

/** A project file (or the demo) whose id is already stored here with other content. */
export interface ProjectConflict {
  readonly incoming: ProjectDraft;
  /** `updatedAt` of the file ('' when it has none). */
  readonly incomingUpdatedAt: string;
  readonly existingName: string;
  /** `updatedAt` of the stored project ('' when unknown). */
  readonly existingUpdatedAt: string;
  /** What the import would report once settled. */
  readonly summary: { readonly name: string; readonly migratedFrom: number | undefined; readonly aggregatedFrom?: number };
}

function comparable(value: unknown): string | undefined {
  const result = parseDraft(value);
  if (!result.success) return undefined;
  const { updatedAt: _updatedAt, createdAt: _createdAt, ...rest } = toDraft(result.data);
  return JSON.stringify(rest);
}

/** True when a stored project and an incoming one hold the same data (dates apart): replacing loses nothing. */
export function sameProjectContent(stored: unknown, incoming: ProjectDraft): boolean {
  try {
    const a = comparable(stored);
    return a !== undefined && a === comparable(incoming);
  } catch {
    return false;
  }
}
