import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ProjectDraft } from '../lib/project';

/** Name of the IndexedDB database that keeps the projects of this browser. */
export const DB_NAME = 'reen-kit';
const DB_VERSION = 1;

/** What is kept beside a project: the last import report, so a reload keeps it on screen. */
export interface StoredProject {
  readonly id: string;
  readonly project: ProjectDraft;
  readonly importReport?: unknown;
  readonly updatedAt: string;
}

interface ReenDb extends DBSchema {
  projects: { key: string; value: StoredProject };
  settings: { key: string; value: string };
  /** The files of a project's last inventory import, so mapping and classification can re-read them after a reload. */
  importFiles: { key: string; value: { projectId: string; files: File[] } };
}

/** Why storage failed, for a clear message: full, unavailable (private mode, blocked) or other. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Classifies a DOMException or any error thrown by IndexedDB. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message || error.name : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', detail);
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotFoundError' || name === 'MissingIndexedDB')
    return new StorageError('unavailable', detail);
  return new StorageError('unknown', detail);
}

let dbPromise: Promise<IDBPDatabase<ReenDb>> | undefined;

function db(): Promise<IDBPDatabase<ReenDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable', 'indexedDB is not available'));
  dbPromise ??= openDB<ReenDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('projects')) database.createObjectStore('projects', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('settings')) database.createObjectStore('settings');
      if (!database.objectStoreNames.contains('importFiles')) database.createObjectStore('importFiles', { keyPath: 'projectId' });
    },
  }).catch((error: unknown) => {
    dbPromise = undefined;
    throw toStorageError(error);
  });
  return dbPromise;
}

async function guard<T>(work: (database: IDBPDatabase<ReenDb>) => Promise<T>): Promise<T> {
  try {
    return await work(await db());
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Lists the stored projects (id, name, last change), most recent first. */
export async function listProjects(): Promise<{ id: string; name: string; updatedAt: string }[]> {
  return guard(async (database) => {
    const all = await database.getAll('projects');
    return all
      .map((stored) => ({ id: stored.id, name: stored.project.organisation.name, updatedAt: stored.updatedAt }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });
}

export async function loadProject(id: string): Promise<StoredProject | undefined> {
  return guard((database) => database.get('projects', id));
}

export async function saveProject(stored: StoredProject): Promise<void> {
  await guard(async (database) => {
    await database.put('projects', stored);
  });
}

export async function deleteProject(id: string): Promise<void> {
  await guard(async (database) => {
    await database.delete('projects', id);
    await database.delete('importFiles', id);
  });
}

/** Keeps the files of a project's last import (File objects are stored as they are). */
export async function saveImportFiles(projectId: string, files: File[]): Promise<void> {
  await guard(async (database) => {
    await database.put('importFiles', { projectId, files });
  });
}

export async function loadImportFiles(projectId: string): Promise<File[]> {
  return guard(async (database) => (await database.get('importFiles', projectId))?.files ?? []);
}

export async function getSetting(key: string): Promise<string | undefined> {
  return guard((database) => database.get('settings', key));
}

export async function setSetting(key: string, value: string): Promise<void> {
  await guard(async (database) => {
    await database.put('settings', value, key);
  });
}

/** Closes the connection (tests reset the database between cases). */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}
