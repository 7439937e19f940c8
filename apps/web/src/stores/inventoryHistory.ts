import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import * as db from '../persistence/db';
import { toStorageError } from '../persistence/db';
import { HISTORY_LIMIT, pushBounded, referencedSources, type HistoryAction, type HistoryEntry, type InventoryState } from '../lib/history';
import type { ImportReport } from '../lib/importTypes';
import { plainCopy } from '../lib/project';
import { useProjectStore } from './project';

/** Edits typed within this pause make one undo step. */
export const EDIT_PAUSE_MS = 700;

/**
 * Undo and redo of every inventory change: imports, re-mappings, classifications, manual edits
 * (grouped by pauses), clearing and estimates. Each step keeps the whole inventory state before
 * the change; the stacks are saved in IndexedDB per project, so they survive a reload.
 */
export const useInventoryHistoryStore = defineStore('inventoryHistory', () => {
  const projectStore = useProjectStore();
  const undoStack = shallowRef<readonly HistoryEntry[]>([]);
  const redoStack = shallowRef<readonly HistoryEntry[]>([]);
  let projectId: string | undefined;
  let baseline: InventoryState | undefined;
  let baselineKey = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loading: Promise<void> = Promise.resolve();
  /** The undo or redo being applied (see `move`). */
  let moving: Promise<unknown> = Promise.resolve();

  const canUndo = computed(() => undoStack.value.length > 0 && !projectStore.readOnly);
  const canRedo = computed(() => redoStack.value.length > 0 && !projectStore.readOnly);
  const lastUndo = computed(() => undoStack.value.at(-1));
  const lastRedo = computed(() => redoStack.value.at(-1));

  function snapshot(): InventoryState | undefined {
    const project = projectStore.project;
    if (!project) return undefined;
    const report = projectStore.importReport;
    return plainCopy({
      inventory: project.inventory,
      inventoryIsEstimate: project.inventoryIsEstimate,
      importReport: report ? { ...report, rejectedCsv: '' } : null,
    });
  }
  function keyOf(state: InventoryState | undefined): string {
    return state ? JSON.stringify([state.inventory, state.inventoryIsEstimate]) : '';
  }
  function setBaseline(): void {
    baseline = snapshot();
    baselineKey = keyOf(baseline);
  }

  let persisting: Promise<void> = Promise.resolve();
  /** Saves the stacks (writes are chained, so the last one wins) and deletes the import sources nothing refers to. */
  function persist(): Promise<void> {
    const id = projectId;
    if (!id || projectStore.readOnly) return persisting;
    const record = plainCopy({ projectId: id, undo: undoStack.value, redo: redoStack.value });
    const keep = referencedSources(record, projectStore.importReport);
    persisting = persisting.then(async () => {
      try {
        await db.saveHistory(record);
        await db.pruneImportSources(id, keep);
      } catch (error) {
        projectStore.storageError = toStorageError(error);
      }
    });
    return persisting;
  }
  /** Resolves once the stacks are written (tests, and before a reload). */
  const flush = (): Promise<void> => persisting;

  /** Turns the edits made since the last step into one undo step. Returns true when there were some. */
  function commitEdits(): boolean {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!baseline || !projectStore.project || projectStore.project.id !== projectId) return false;
    const now = snapshot();
    const key = keyOf(now);
    if (key === baselineKey) return false;
    undoStack.value = pushBounded(undoStack.value, { action: 'edit', at: new Date().toISOString(), state: baseline });
    redoStack.value = [];
    baseline = now;
    baselineKey = key;
    void persist();
    return true;
  }

  /**
   * Runs a change of the inventory as one undo step (`action` names it). Edits typed before it
   * become their own step first. Nothing is recorded when the change changes nothing.
   */
  async function record<T>(action: HistoryAction, detail: string | undefined, change: () => T | Promise<T>): Promise<T> {
    await loading;
    // An undo or redo still being applied comes first, so the change starts from the state it leaves.
    await moving;
    commitEdits();
    const before = baseline ?? snapshot();
    const result = await change();
    const after = snapshot();
    if (before && after && (keyOf(after) !== keyOf(before) || JSON.stringify(after.importReport) !== JSON.stringify(before.importReport))) {
      undoStack.value = pushBounded(undoStack.value, { action, ...(detail ? { detail } : {}), at: new Date().toISOString(), state: before });
      redoStack.value = [];
      void persist();
    }
    setBaseline();
    return result;
  }

  /** The import report of a stored state, with its rejected lines read back from IndexedDB. */
  async function reportOf(state: InventoryState): Promise<ImportReport | null> {
    const report = state.importReport;
    if (!report?.linesId) return report;
    const lines = await db.loadImportSource(report.linesId).catch(() => undefined);
    return { ...report, rejectedCsv: lines?.kind === 'lines' ? lines.rejectedCsv : '' };
  }

  async function moveNow(from: 'undo' | 'redo'): Promise<boolean> {
    await loading;
    commitEdits();
    const source = from === 'undo' ? undoStack : redoStack;
    const target = from === 'undo' ? redoStack : undoStack;
    const entry = source.value.at(-1);
    if (!entry || !snapshot() || projectStore.readOnly) return false;
    // Everything asynchronous happens before the change: the inventory, the import report and the
    // « Annuler » / « Rétablir » labels then change in the same tick, so no screen ever shows the
    // label of one state over the inventory of another.
    const report = await reportOf(entry.state);
    const project = projectStore.project;
    const current = snapshot();
    if (!project || !current || source.value.at(-1) !== entry) return false;
    project.inventory = plainCopy(entry.state.inventory);
    project.inventoryIsEstimate = entry.state.inventoryIsEstimate;
    projectStore.importReport = report;
    source.value = source.value.slice(0, -1);
    target.value = pushBounded(target.value, { ...entry, state: current });
    setBaseline();
    await persist();
    return true;
  }

  /** Undo and redo run one after the other: a second Ctrl+Z waits for the first to be applied. */
  function move(from: 'undo' | 'redo'): Promise<boolean> {
    const run = moving.then(() => moveNow(from));
    moving = run.catch(() => false);
    return run;
  }

  /** Undoes the last inventory change. */
  const undo = (): Promise<boolean> => move('undo');
  /** Redoes the last undone change. */
  const redo = (): Promise<boolean> => move('redo');

  function load(id: string | undefined): void {
    commitEdits();
    projectId = id;
    undoStack.value = [];
    redoStack.value = [];
    setBaseline();
    if (!id) return;
    loading = db
      .loadHistory(id)
      .then((stored) => {
        if (projectId !== id || !stored) return;
        undoStack.value = stored.undo.slice(-HISTORY_LIMIT);
        redoStack.value = stored.redo.slice(-HISTORY_LIMIT);
      })
      .catch(() => undefined);
  }
  watch(() => projectStore.project?.id, load, { immediate: true });
  // Another tab saved the project (this one is read-only, or takes over): its history is the one that counts.
  watch(
    () => projectStore.externalChange,
    () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      projectId = undefined;
      load(projectStore.project?.id);
    },
  );

  watch(
    () => [projectStore.project?.inventory, projectStore.project?.inventoryIsEstimate],
    () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(commitEdits, EDIT_PAUSE_MS);
    },
    { deep: true },
  );

  return { undoStack, redoStack, canUndo, canRedo, lastUndo, lastRedo, record, undo, redo, commitEdits, flush, ready: () => loading };
});
