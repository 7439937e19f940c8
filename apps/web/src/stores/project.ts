import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { Issue, ParseResult, ProjectFile } from '@reen/core';
import { PROJECT_SCHEMA_VERSION } from '@reen/core';
import * as db from '../persistence/db';
import { CorruptRecordError, toStorageError, type ProjectListing, type StorageError } from '../persistence/db';
import { requestProjectLock, lockHeldElsewhere, type ProjectLock } from '../lib/tabLock';
import { sameProjectContent, type ProjectConflict, type ConflictChoice } from '../lib/projectConflict';
import { defaultFactorSetVersion, estimateInventory, parseDraft, toDraft } from '../lib/engine';
import { loadDemoProjectFile } from '../lib/demo';
import { downloadText, slugify } from '../lib/download';
import { emptyProject, newId, plainCopy, type ProjectDraft } from '../lib/project';
import type { ImportReport } from '../lib/importTypes';

const LAST_PROJECT = 'lastProjectId';
const CHANNEL = 'reen-kit-tabs';

export type ProjectSummary = ProjectListing;

/** Outcome of importing a project file. */
export type ProjectImportOutcome =
  | { readonly ok: true; readonly name: string; readonly migratedFrom: number | undefined; readonly aggregatedFrom?: number }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      readonly notJson?: string;
      readonly tooLarge?: { size: number; max: number };
      readonly tooManyLines?: { lines: number; max: number };
    }
  | { readonly ok: false; readonly conflict: ProjectConflict; readonly issues: readonly Issue[] };

/** Whether this tab may save the open project: `writer`, `reader` (another tab writes), or `pending` (asking). */
export type TabRole = 'pending' | 'writer' | 'reader';

/**
 * The open project: plain, serialisable inputs only (results are derived by the footprint store).
 * Every change is saved to IndexedDB; storage failures are surfaced, never swallowed.
 */
export const useProjectStore = defineStore('project', () => {
  const project = ref<ProjectDraft | null>(null);
  /** The last inventory import's report (profile, mapping, issues, rows to classify), kept with the project. */
  const importReport = shallowRef<ImportReport | null>(null);
  const projects = ref<ProjectListing[]>([]);
  const saveState = ref<'idle' | 'saving' | 'saved'>('idle');
  const storageError = ref<StorageError | null>(null);
  /** A stored project that could not be opened (corrupt record): offered for raw export or removal. */
  const corruptOpen = ref<{ id: string; problem: string } | null>(null);
  const tabRole = ref<TabRole>('pending');
  /** True while another tab is the writer of this project: nothing is saved from this tab. */
  const readOnly = computed(() => tabRole.value === 'reader');
  const ready = ref(false);

  /** The draft validated (and migrated if needed) by the core. */
  const parsed = computed<ParseResult<ProjectFile> | undefined>(() => (project.value ? parseDraft(project.value) : undefined));
  const issues = computed<readonly Issue[]>(() => parsed.value?.issues ?? []);
  const name = computed(() => project.value?.organisation.name ?? '');

  // ---- persistence -------------------------------------------------------------------------
  let saveRequested = false;
  let saving: Promise<void> | null = null;
  let suspendAutosave = false;

  async function flushSaves(): Promise<void> {
    // Asynchronous from the start, so that `saving` is set before this can set it back to null.
    await Promise.resolve();
    while (saveRequested && tabRole.value === 'writer') {
      saveRequested = false;
      const current = project.value;
      if (!current) continue;
      saveState.value = 'saving';
      const updatedAt = new Date().toISOString();
      try {
        await db.saveProject({
          id: current.id,
          project: { ...plainCopy(current), updatedAt },
          ...(importReport.value ? { importReport: plainCopy(importReport.value) } : {}),
          updatedAt,
        });
        await db.setSetting(LAST_PROJECT, current.id);
        storageError.value = null;
        saveState.value = 'saved';
        channel?.postMessage({ type: 'saved', projectId: current.id, tabId } satisfies TabMessage);
      } catch (error) {
        storageError.value = toStorageError(error);
        saveState.value = 'idle';
      }
    }
    saving = null;
  }

  /** Queues a save of the current project; saves are serialised and coalesced. */
  function requestSave(): Promise<void> {
    saveRequested = true;
    saving ??= flushSaves();
    return saving;
  }

  /** Resolves once every queued save is written (tests and the export button use it). */
  async function flush(): Promise<void> {
    await (saving ?? Promise.resolve());
  }

  watch(
    [project, importReport],
    () => {
      if (!suspendAutosave && project.value) void requestSave();
    },
    { deep: true, flush: 'sync' },
  );

  async function refreshList(): Promise<void> {
    try {
      projects.value = await db.listProjects();
    } catch (error) {
      storageError.value = toStorageError(error);
    }
  }

  function replaceProject(next: ProjectDraft, report: ImportReport | null = null): void {
    suspendAutosave = true;
    const switching = project.value?.id !== next.id;
    project.value = next;
    importReport.value = report;
    suspendAutosave = false;
    if (switching) lockProject(next.id);
  }

  // ---- opening -----------------------------------------------------------------------------
  async function readStored(id: string): Promise<db.StoredProject | undefined> {
    try {
      return await db.loadProject(id);
    } catch (error) {
      if (error instanceof CorruptRecordError) corruptOpen.value = { id, problem: error.problem };
      else storageError.value = toStorageError(error);
      return undefined;
    }
  }

  /** Opens the last project of this browser; else the newest readable one; else the demo (never over a stored copy). */
  async function init(): Promise<void> {
    let lastId: string | undefined;
    try {
      lastId = await db.getSetting(LAST_PROJECT);
    } catch (error) {
      storageError.value = toStorageError(error);
    }
    await refreshList();
    let stored = lastId ? await readStored(lastId) : undefined;
    for (const candidate of projects.value) {
      if (stored) break;
      if (!candidate.corrupt && candidate.id !== lastId) stored = await readStored(candidate.id);
    }
    if (stored) replaceProject(stored.project, (stored.importReport as ImportReport | undefined) ?? null);
    else await openDemo({ keepStored: true });
    await refreshList();
    ready.value = true;
  }

  /** Opens a stored project by id. A corrupt record sets `corruptOpen` and leaves the open project as it is. */
  async function open(id: string): Promise<boolean> {
    const stored = await readStored(id);
    if (!stored) return false;
    replaceProject(stored.project, (stored.importReport as ImportReport | undefined) ?? null);
    try {
      await db.setSetting(LAST_PROJECT, id);
    } catch (error) {
      storageError.value = toStorageError(error);
    }
    return true;
  }

  /**
   * Opens the demo project (fictional Communauté d'agglomération de Beau Pays). When this browser
   * keeps a copy with changes, it is never overwritten without asking: the outcome is a conflict
   * (`keepStored` opens the stored copy instead, for the first start).
   */
  async function openDemo(options: { keepStored?: boolean } = {}): Promise<ProjectImportOutcome> {
    const raw = await loadDemoProjectFile();
    const id = (raw as { id: string }).id;
    if (options.keepStored && (await readStored(id))) {
      await open(id);
      return { ok: true, name: name.value, migratedFrom: undefined };
    }
    const outcome = await importProjectObject(raw);
    if (!outcome.ok && !('conflict' in outcome)) throw new Error(`the demo project file is invalid: ${outcome.issues.map((i) => i.code).join(', ')}`);
    return outcome;
  }

  /** Starts an empty project and saves it. */
  async function newProject(untitledName: string): Promise<void> {
    replaceProject(emptyProject({ now: new Date(), factorSetVersion: defaultFactorSetVersion(), name: untitledName }));
    await requestSave();
    await refreshList();
  }

  /**
   * Imports a project from a parsed JSON value: the core migrates and validates it. When this
   * browser already keeps a project with the same id and other content, nothing is replaced: the
   * outcome is a conflict, settled by `resolveConflict`.
   */
  async function importProjectObject(raw: unknown, extra: { aggregatedFrom?: number } = {}): Promise<ProjectImportOutcome> {
    const fromVersion =
      raw && typeof raw === 'object' && typeof (raw as { schemaVersion?: unknown }).schemaVersion === 'number'
        ? (raw as { schemaVersion: number }).schemaVersion
        : undefined;
    const result = parseDraft(raw);
    if (!result.success) return { ok: false, issues: result.issues };
    const incoming = toDraft(result.data);
    const summary = {
      name: result.data.organisation.name,
      migratedFrom: fromVersion !== undefined && fromVersion !== PROJECT_SCHEMA_VERSION ? fromVersion : undefined,
      ...(extra.aggregatedFrom !== undefined ? { aggregatedFrom: extra.aggregatedFrom } : {}),
    };
    let existing: unknown;
    try {
      existing = await db.loadRawProject(incoming.id);
    } catch (error) {
      storageError.value = toStorageError(error);
    }
    // The open project is the most recent content; the stored record has the date of its last save.
    const live = project.value?.id === incoming.id ? plainCopy(project.value) : undefined;
    const current = live ?? (existing as { project?: unknown } | undefined)?.project;
    if (current !== undefined && !sameProjectContent(current, incoming)) {
      const stored = { project: current as { organisation?: { name?: unknown } }, updatedAt: (existing as { updatedAt?: unknown } | undefined)?.updatedAt ?? live?.updatedAt };
      return {
        ok: false,
        issues: [],
        conflict: {
          incoming,
          incomingUpdatedAt: typeof (raw as { updatedAt?: unknown }).updatedAt === 'string' ? (raw as { updatedAt: string }).updatedAt : '',
          existingName: typeof stored.project?.organisation?.name === 'string' ? stored.project.organisation.name : '',
          existingUpdatedAt: typeof stored.updatedAt === 'string' ? stored.updatedAt : '',
          summary,
        },
      };
    }
    await adopt(incoming);
    return { ok: true, ...summary };
  }

  async function adopt(draft: ProjectDraft): Promise<void> {
    replaceProject(draft);
    await requestSave();
    await refreshList();
  }

  /** Settles an import conflict: replace the stored project, keep both (the file as a copy), open the stored one, or cancel. */
  async function resolveConflict(conflict: ProjectConflict, choice: ConflictChoice, copySuffix: string): Promise<void> {
    if (choice === 'cancel') return;
    if (choice === 'open') {
      if (project.value?.id !== conflict.incoming.id) await open(conflict.incoming.id);
      return;
    }
    if (choice === 'replace') {
      await adopt(plainCopy(conflict.incoming));
      return;
    }
    const copy = plainCopy(conflict.incoming);
    copy.id = newId('project-');
    copy.organisation.name = `${copy.organisation.name} ${copySuffix}`;
    await adopt(copy);
  }

  /** Imports a `*.reen.json` file's text. */
  async function importProjectText(text: string): Promise<ProjectImportOutcome> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { ok: false, issues: [], notJson: error instanceof Error ? error.message : String(error) };
    }
    return importProjectObject(raw);
  }

  /** Imports a `*.reen.json` file: read, and aggregated when it has very many lines, in a worker; refused plainly past the size limit. */
  async function importProjectFile(file: File): Promise<ProjectImportOutcome> {
    const { readProjectFile } = await import('../lib/readProjectFile');
    const read = await readProjectFile(file);
    if (read.kind === 'tooLarge') return { ok: false, issues: [], tooLarge: { size: read.size, max: read.max } };
    if (read.kind === 'tooManyLines') return { ok: false, issues: [], tooManyLines: { lines: read.lines, max: read.max } };
    if (read.kind === 'notJson') return { ok: false, issues: [], notJson: read.message };
    return importProjectObject(read.raw, read.aggregatedFrom !== undefined ? { aggregatedFrom: read.aggregatedFrom } : {});
  }

  /** The project file's text (`*.reen.json`), from the validated project so it carries every default. */
  function exportText(): string {
    const current = project.value;
    if (!current) throw new Error('no project is open');
    const result = parsed.value;
    const data = result?.success ? toDraft(result.data) : plainCopy(current);
    return `${JSON.stringify({ ...data, updatedAt: new Date().toISOString() }, null, 2)}\n`;
  }

  /** Offers the project file as a download. */
  function exportToFile(): void {
    downloadText(`${slugify(name.value)}.reen.json`, exportText());
  }

  /** Offers a stored record as it is (a corrupt project), for repair or support. */
  async function exportRaw(id: string): Promise<void> {
    try {
      const raw = await db.loadRawProject(id);
      downloadText(`${slugify(id)}.brut.json`, `${JSON.stringify(raw, null, 2)}\n`);
    } catch (error) {
      storageError.value = toStorageError(error);
    }
  }

  async function remove(id: string): Promise<void> {
    try {
      await db.deleteProject(id);
      if (corruptOpen.value?.id === id) corruptOpen.value = null;
    } catch (error) {
      storageError.value = toStorageError(error);
    }
    await refreshList();
  }

  // ---- inventory estimate --------------------------------------------------------------------
  /**
   * Fills an empty inventory with the estimate from the number of agents and flags it as an estimate.
   * Returns false (and changes nothing) when the inventory is not empty or the number of agents is unknown.
   */
  function applyInventoryEstimate(): boolean {
    const current = project.value;
    if (!current || current.inventory.length > 0) return false;
    const agents = current.organisation.agents;
    if (!Number.isInteger(agents) || agents <= 0) return false;
    const estimate = estimateInventory(agents, current.organisation.referenceYear);
    current.inventory = estimate.items.map((item) => ({ ...item }));
    current.inventoryIsEstimate = true;
    return true;
  }

  /** Removes the estimated inventory, leaving an empty, non-estimated one. */
  function clearInventoryEstimate(): void {
    const current = project.value;
    if (!current?.inventoryIsEstimate) return;
    current.inventory = [];
    current.inventoryIsEstimate = false;
  }

  // ---- two tabs on one project -------------------------------------------------------------
  const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  type TabMessage = { type: 'saved'; projectId: string; tabId: string };
  let lock: ProjectLock | undefined;
  let lockGeneration = 0;

  /** Takes this project's writer lock, or becomes read-only while another tab holds it. */
  function lockProject(id: string, options: { steal?: boolean } = {}): void {
    lock?.release();
    const generation = ++lockGeneration;
    tabRole.value = 'pending';
    lock = requestProjectLock(
      id,
      {
        onGranted: () => {
          if (generation !== lockGeneration) return;
          const wasReader = tabRole.value === 'reader';
          tabRole.value = 'writer';
          // The other tab may have saved since this one loaded: show its work, then save from here.
          if (wasReader) void reloadFromStorage(id);
          else if (saveRequested) void requestSave();
        },
        onLost: () => {
          if (generation !== lockGeneration) return;
          tabRole.value = 'reader';
          lockProject(id);
        },
      },
      options,
    );
    void lockHeldElsewhere(id).then((held) => {
      if (held && generation === lockGeneration && tabRole.value === 'pending') tabRole.value = 'reader';
    });
  }

  /** Makes this tab the writer of the open project; the other tab becomes read-only. */
  function takeOver(): void {
    if (project.value) lockProject(project.value.id, { steal: true });
  }

  async function reloadFromStorage(id: string): Promise<void> {
    const stored = await readStored(id);
    if (!stored || project.value?.id !== id) return;
    suspendAutosave = true;
    project.value = stored.project;
    importReport.value = (stored.importReport as ImportReport | undefined) ?? null;
    suspendAutosave = false;
    externalChange.value++;
  }
  /** Counts the times another tab's save replaced the open project (the undo history re-bases on it). */
  const externalChange = ref(0);

  if (channel) {
    channel.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (!message || message.tabId === tabId || message.type !== 'saved') return;
      if (message.projectId === project.value?.id && tabRole.value !== 'writer') void reloadFromStorage(message.projectId);
      void refreshList();
    };
  }

  return {
    project,
    importReport,
    projects,
    saveState,
    storageError,
    corruptOpen,
    tabRole,
    readOnly,
    externalChange,
    takeOver,
    ready,
    parsed,
    issues,
    name,
    init,
    open,
    openDemo,
    newProject,
    importProjectObject,
    importProjectText,
    importProjectFile,
    resolveConflict,
    exportText,
    exportToFile,
    exportRaw,
    remove,
    refreshList,
    flush,
    applyInventoryEstimate,
    clearInventoryEstimate,
  };
});
