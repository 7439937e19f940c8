import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { Issue, ParseResult, ProjectFile } from '@reen/core';
import { PROJECT_SCHEMA_VERSION } from '@reen/core';
import * as db from '../persistence/db';
import { toStorageError, type StorageError } from '../persistence/db';
import { defaultFactorSetVersion, estimateInventory, parseDraft, toDraft } from '../lib/engine';
import { loadDemoProjectFile } from '../lib/demo';
import { downloadText, slugify } from '../lib/download';
import { emptyProject, plainCopy, type ProjectDraft } from '../lib/project';
import type { ImportReport } from '../lib/importTypes';

const LAST_PROJECT = 'lastProjectId';
const CHANNEL = 'reen-kit-tabs';

export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
}

/** Outcome of importing a project file. */
export type ProjectImportOutcome =
  | { readonly ok: true; readonly name: string; readonly migratedFrom: number | undefined }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly notJson?: string };

/**
 * The open project: plain, serialisable inputs only (results are derived by the footprint store).
 * Every change is saved to IndexedDB; storage failures are surfaced, never swallowed.
 */
export const useProjectStore = defineStore('project', () => {
  const project = ref<ProjectDraft | null>(null);
  /** The last inventory import's report (profile, mapping, issues, rows to classify), kept with the project. */
  const importReport = shallowRef<ImportReport | null>(null);
  const projects = ref<ProjectSummary[]>([]);
  const saveState = ref<'idle' | 'saving' | 'saved'>('idle');
  const storageError = ref<StorageError | null>(null);
  const otherTabOpen = ref(false);
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
    while (saveRequested) {
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
    project.value = next;
    importReport.value = report;
    suspendAutosave = false;
    announce();
  }

  // ---- opening -----------------------------------------------------------------------------
  /** Opens the last project of this browser, or the demo project the first time. */
  async function init(): Promise<void> {
    let lastId: string | undefined;
    try {
      lastId = await db.getSetting(LAST_PROJECT);
    } catch (error) {
      storageError.value = toStorageError(error);
    }
    const stored = lastId ? await db.loadProject(lastId).catch(() => undefined) : undefined;
    if (stored) replaceProject(stored.project, (stored.importReport as ImportReport | undefined) ?? null);
    else await openDemo();
    await refreshList();
    ready.value = true;
  }

  /** Opens a stored project by id. */
  async function open(id: string): Promise<boolean> {
    try {
      const stored = await db.loadProject(id);
      if (!stored) return false;
      replaceProject(stored.project, (stored.importReport as ImportReport | undefined) ?? null);
      await db.setSetting(LAST_PROJECT, id);
      return true;
    } catch (error) {
      storageError.value = toStorageError(error);
      return false;
    }
  }

  /** Opens a fresh copy of the demo project (fictional Communauté d'agglomération de Beau Pays). */
  async function openDemo(): Promise<void> {
    const outcome = await importProjectObject(await loadDemoProjectFile());
    if (!outcome.ok) throw new Error(`the demo project file is invalid: ${outcome.issues.map((i) => i.code).join(', ')}`);
  }

  /** Starts an empty project and saves it. */
  async function newProject(untitledName: string): Promise<void> {
    replaceProject(emptyProject({ now: new Date(), factorSetVersion: defaultFactorSetVersion(), name: untitledName }));
    await requestSave();
    await refreshList();
  }

  /** Imports a project from a parsed JSON value: the core migrates and validates it. */
  async function importProjectObject(raw: unknown): Promise<ProjectImportOutcome> {
    const fromVersion =
      raw && typeof raw === 'object' && typeof (raw as { schemaVersion?: unknown }).schemaVersion === 'number'
        ? (raw as { schemaVersion: number }).schemaVersion
        : undefined;
    const result = parseDraft(raw);
    if (!result.success) return { ok: false, issues: result.issues };
    replaceProject(toDraft(result.data));
    await requestSave();
    await refreshList();
    return {
      ok: true,
      name: result.data.organisation.name,
      migratedFrom: fromVersion !== undefined && fromVersion !== PROJECT_SCHEMA_VERSION ? fromVersion : undefined,
    };
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

  async function remove(id: string): Promise<void> {
    try {
      await db.deleteProject(id);
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
  type TabMessage = { type: 'open' | 'here'; projectId: string; tabId: string };
  if (channel) {
    channel.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (!message || message.tabId === tabId || message.projectId !== project.value?.id) return;
      otherTabOpen.value = true;
      if (message.type === 'open') channel.postMessage({ type: 'here', projectId: message.projectId, tabId } satisfies TabMessage);
    };
  }
  function announce(): void {
    otherTabOpen.value = false;
    if (channel && project.value) channel.postMessage({ type: 'open', projectId: project.value.id, tabId } satisfies TabMessage);
  }

  return {
    project,
    importReport,
    projects,
    saveState,
    storageError,
    otherTabOpen,
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
    exportText,
    exportToFile,
    remove,
    refreshList,
    flush,
    applyInventoryEstimate,
    clearInventoryEstimate,
  };
});
