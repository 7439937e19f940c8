import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ProjectDraft } from '../lib/project';
import type { InventoryItemInput } from '@reen/core';
import type { HistoryRecord } from '../lib/history';

/** Name of the IndexedDB database that keeps the projects of this browser. */
export const DB_NAME = 'reen-kit';
const DB_VERSION = 2;

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
  /** Version 1: the files of a project's last inventory import (read for reports saved before `importSources`). */
  importFiles: { key: string; value: { projectId: string; files: File[] } };
  /** The files of an import, and the lines each apply produced, by id (`ImportReport.filesId`, `linesId`). */
  importSources: { key: string; value: StoredSource; indexes: { projectId: string } };
  /** The undo and redo stacks of each project's inventory. */
  history: { key: string; value: HistoryRecord };
}

/** What an import keeps outside the project record: its files, or the lines an apply produced. */
export type ImportSource =
  | { readonly id: string; readonly projectId: string; readonly kind: 'files'; readonly files: File[] }
  | {
      readonly id: string;
      readonly projectId: string;
      readonly kind: 'lines';
      readonly items: InventoryItemInput[];
      readonly sources: string[][];
      readonly rejectedCsv: string;
    };

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
      if (!database.objectStoreNames.contains('importSources')) database.createObjectStore('importSources', { keyPath: 'id' }).createIndex('projectId', 'projectId');
      if (!database.objectStoreNames.contains('history')) database.createObjectStore('history', { keyPath: 'projectId' });
    },
    blocking() {
      // Another tab opens a newer version: let it, this tab reopens on its next access.
      void closeDb();
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

/** A stored project in the list: readable, or corrupt (with why, for the user and the raw export). */
export interface ProjectListing {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  /** Set when the record cannot be opened: what is wrong with it. */
  readonly corrupt?: string;
}

/** Why a stored record cannot be opened, or `undefined` when it can. */
export function recordProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'not an object';
  const record = value as Partial<StoredProject>;
  const project = record.project as unknown;
  if (!project || typeof project !== 'object') return 'no project';
  const draft = project as Record<string, unknown>;
  if (typeof draft['id'] !== 'string') return 'no project id';
  const organisation = draft['organisation'];
  if (!organisation || typeof organisation !== 'object') return 'no organisation';
  if (draft['inventory'] !== undefined && !Array.isArray(draft['inventory'])) return 'inventory is not a list';
  if (draft['hosting'] !== undefined && (typeof draft['hosting'] !== 'object' || draft['hosting'] === null)) return 'hosting is not an object';
  return undefined;
}

/** Lists the stored projects (id, name, last change), most recent first; a corrupt record is listed as such, never hides the others. */
export async function listProjects(): Promise<ProjectListing[]> {
  return guard(async (database) => {
    const keys = await database.getAllKeys('projects');
    const all = await database.getAll('projects');
    return all
      .map((stored: unknown, index): ProjectListing => {
        const id = String(keys[index]);
        const problem = recordProblem(stored);
        const updatedAt = typeof (stored as { updatedAt?: unknown } | null)?.updatedAt === 'string' ? (stored as StoredProject).updatedAt : '';
        if (problem) return { id, name: '', updatedAt, corrupt: problem };
        const name = (stored as StoredProject).project.organisation.name;
        return { id, name: typeof name === 'string' ? name : '', updatedAt };
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });
}

/** A thrown `CorruptRecordError` means the record exists but cannot be opened. */
export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError';
  constructor(
    readonly id: string,
    readonly problem: string,
  ) {
    super(`stored project ${id} is corrupt: ${problem}`);
  }
}

export async function loadProject(id: string): Promise<StoredProject | undefined> {
  const stored: unknown = await guard((database) => database.get('projects', id));
  if (stored === undefined) return undefined;
  const problem = recordProblem(stored);
  if (problem) throw new CorruptRecordError(id, problem);
  return stored as StoredProject;
}

/** The record as it is stored, whatever its state (for the raw export of a corrupt project). */
export async function loadRawProject(id: string): Promise<unknown> {
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
    await database.delete('history', id);
    for (const key of await database.getAllKeysFromIndex('importSources', 'projectId', id)) await database.delete('importSources', key);
  });
}

/** Files of a project's import saved before `importSources` existed (version 1), by project. */
export async function loadLegacyImportFiles(projectId: string): Promise<File[]> {
  return guard(async (database) => (await database.get('importFiles', projectId))?.files ?? []);
}

/** A file as stored: its bytes and what identifies it (a `File` survives structured cloning only in some engines). */
interface StoredFile {
  readonly name: string;
  readonly type: string;
  readonly lastModified: number;
  readonly bytes: ArrayBuffer;
}
type StoredSource = Exclude<ImportSource, { kind: 'files' }> | { readonly id: string; readonly projectId: string; readonly kind: 'files'; readonly files: StoredFile[] };

export async function saveImportSource(source: ImportSource): Promise<void> {
  const stored: StoredSource =
    source.kind === 'files'
      ? { ...source, files: await Promise.all(source.files.map(async (file) => ({ name: file.name, type: file.type, lastModified: file.lastModified, bytes: await file.arrayBuffer() }))) }
      : source;
  await guard(async (database) => {
    await database.put('importSources', stored);
  });
}

export async function loadImportSource(id: string): Promise<ImportSource | undefined> {
  const stored = await guard((database) => database.get('importSources', id));
  if (stored?.kind !== 'files') return stored;
  return { ...stored, files: stored.files.map((file) => new File([file.bytes], file.name, { type: file.type, lastModified: file.lastModified })) };
}

/** Deletes a project's import sources that `keep` does not list (those no report or undo step refers to). */
export async function pruneImportSources(projectId: string, keep: ReadonlySet<string>): Promise<void> {
  await guard(async (database) => {
    for (const key of await database.getAllKeysFromIndex('importSources', 'projectId', projectId)) {
      if (!keep.has(String(key))) await database.delete('importSources', key);
    }
  });
}

export async function loadHistory(projectId: string): Promise<HistoryRecord | undefined> {
  return guard((database) => database.get('history', projectId));
}

export async function saveHistory(record: HistoryRecord): Promise<void> {
  await guard(async (database) => {
    await database.put('history', record);
  });
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
