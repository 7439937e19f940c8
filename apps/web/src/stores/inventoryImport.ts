import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { InventoryItemInput, Issue } from '@reen/core';
import type { ValueMaps } from '@reen/formats/inventory';
import * as db from '../persistence/db';
import { toStorageError } from '../persistence/db';
import type { HistoryAction } from '../lib/history';
import { collectEdits, importIndex, withImportRefs, type LostEdit, type RowEdit, type StoredLines } from '../lib/importEdits';
import { countInventory, lostEdits, refusalIssues, rejectsMost, type ConfirmReason, type InventoryCounts } from '../lib/importDecision';
import type { FileSettings, ImportReport, ImportRequest, ImportResponse, ImportRun, ImportSettings } from '../lib/importTypes';
import { newId, plainCopy } from '../lib/project';
import { fileSettings, runImport } from '../lib/runImport';
import { useInventoryHistoryStore } from './inventoryHistory';
import { useProjectStore } from './project';

/** The state of the import screen (transient: the applied report is kept by the project store). */
export type ImportStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed' | 'refused' | 'confirm';

/** An import with no accepted row: nothing changed; the reasons, and the import kept to fix its mapping. */
export interface ImportRefusal {
  readonly files: readonly string[];
  readonly rowsRead: number;
  readonly rejected: number;
  readonly issues: readonly Issue[];
  /** True when it was a change of the applied import (mapping, value maps, classification), not new files. */
  readonly rerun: boolean;
}

/** A change that waits for the user's confirmation, with what it does. */
export interface ImportProposal {
  readonly action: HistoryAction;
  readonly detail?: string;
  readonly reasons: readonly ConfirmReason[];
  readonly before: InventoryCounts & { readonly rejected?: number; readonly rowsRead?: number };
  readonly after: InventoryCounts & { readonly rejected: number; readonly rowsRead: number };
  readonly lost: readonly LostEdit[];
  /** The first reasons rows would be rejected for (when the change rejects most rows). */
  readonly issues: readonly Issue[];
}

interface Prepared {
  readonly action: HistoryAction;
  readonly detail?: string;
  readonly files: File[];
  readonly filesId: string;
  readonly run: ImportRun;
  readonly kept: InventoryItemInput[];
}

/** A worker silent for this long (no progress, no result) is stopped: the file cannot be read within the budget. */
export const WORKER_SILENCE_MS = 60_000;
/** After « Annuler », a worker that does not stop within this delay is terminated. */
const CANCEL_GRACE_MS = 2_000;

type RunOutcome = { kind: 'done'; run: ImportRun } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/**
 * Inventory import: runs @reen/formats in a Web Worker (in-process where module workers are not
 * available, e.g. unit tests), shows progress, cancels, and applies the result to the project.
 * Nothing is applied silently: an import with no accepted row changes nothing and says why;
 * replacing an inventory, or a re-import that would reject most rows or lose manual edits, waits
 * for confirmation; every applied change is one undo step. Mapping and value maps are per file.
 */
export const useInventoryImportStore = defineStore('inventoryImport', () => {
  const projectStore = useProjectStore();
  const history = useInventoryHistoryStore();
  const status = ref<ImportStatus>('idle');
  const progress = ref({ rowsDone: 0, bytesDone: 0, bytesTotal: 0, file: '' });
  const failure = ref('');
  const refusal = shallowRef<ImportRefusal | null>(null);
  const proposal = shallowRef<ImportProposal | null>(null);
  /** Bumped when a refused or dismissed change must put the mapping selects back. */
  const revision = ref(0);
  /** A refused new import, kept in memory so that its mapping can be fixed. */
  const pending = shallowRef<{ files: File[]; mode: 'replace' | 'append'; run: ImportRun } | null>(null);
  let prepared: Prepared | undefined;
  /** Files of the applied import (in memory; IndexedDB after a reload), with their stored id. */
  const files = shallowRef<File[]>([]);
  const filesId = ref<string | undefined>(undefined);
  let worker: Worker | undefined;
  let inProcess: AbortController | undefined;
  let hardStop: (() => void) | undefined;

  const appliedReport = computed<ImportReport | null>(() => projectStore.importReport);
  /** The report on screen: a refused new import while it is being fixed, else the applied one. */
  const report = computed<ImportReport | Omit<ImportReport, 'baseLines'> | null>(() => pending.value?.run.report ?? projectStore.importReport);
  const running = computed(() => status.value === 'running');

  function today(): string {
    return new Date().toISOString().slice(0, 10);
  }
  function nextTask(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  // ---- running -----------------------------------------------------------------------------
  function dropWorker(): void {
    worker?.terminate();
    worker = undefined;
  }

  function run(selected: File[], settings: ImportSettings, overrides: Readonly<Record<string, RowEdit>>): Promise<RunOutcome> {
    status.value = 'running';
    failure.value = '';
    refusal.value = null;
    progress.value = { rowsDone: 0, bytesDone: 0, bytesTotal: selected.reduce((n, f) => n + f.size, 0), file: selected[0]?.name ?? '' };
    if (typeof Worker === 'undefined') return runInProcess(selected, settings, overrides);
    return new Promise<RunOutcome>((resolve) => {
      let settled = false;
      let silence: ReturnType<typeof setTimeout> | undefined;
      const finish = (outcome: RunOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(silence);
        hardStop = undefined;
        resolve(outcome);
      };
      const watch = (): void => {
        clearTimeout(silence);
        silence = setTimeout(() => {
          dropWorker();
          finish({ kind: 'failed', message: 'silent' });
        }, WORKER_SILENCE_MS);
      };
      hardStop = () => {
        dropWorker();
        finish({ kind: 'cancelled' });
      };
      worker ??= new Worker(new URL('../workers/inventoryImport.worker.ts', import.meta.url), { type: 'module', name: 'reen-import' });
      worker.onmessage = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        watch();
        if (message.type === 'progress') {
          progress.value = { rowsDone: message.rowsDone, bytesDone: message.bytesDone, bytesTotal: message.bytesTotal, file: message.file };
          return;
        }
        performance.mark('reen:import:received');
        if (message.type === 'done') finish({ kind: 'done', run: message });
        else if (message.type === 'cancelled') finish({ kind: 'cancelled' });
        else finish({ kind: 'failed', message: message.message });
      };
      // A worker that throws outside the import, runs out of memory or cannot load: the tab stays, the worker goes.
      worker.onerror = (event) => {
        event.preventDefault();
        dropWorker();
        finish({ kind: 'failed', message: event.message || 'crash' });
      };
      worker.onmessageerror = () => {
        dropWorker();
        finish({ kind: 'failed', message: 'crash' });
      };
      watch();
      worker.postMessage({ type: 'import', files: selected, settings: plainCopy(settings), overrides: plainCopy(overrides), today: today() } satisfies ImportRequest);
    });
  }

  async function runInProcess(selected: File[], settings: ImportSettings, overrides: Readonly<Record<string, RowEdit>>): Promise<RunOutcome> {
    const controller = new AbortController();
    inProcess = controller;
    try {
      return { kind: 'done', run: await runImport(selected, { settings, overrides, today: today(), signal: controller.signal, onProgress: (value) => (progress.value = value) }) };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'cancelled' };
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    } finally {
      inProcess = undefined;
    }
  }

  /** Sets the status of a run that gave no result. Returns the run when there is one. */
  function settle(outcome: RunOutcome): ImportRun | undefined {
    if (outcome.kind === 'done') return outcome.run;
    if (outcome.kind === 'cancelled') status.value = 'cancelled';
    else {
      status.value = 'failed';
      failure.value = outcome.message;
    }
    revision.value++;
    return undefined;
  }

  /** A run is refused when no row is accepted, or when one of its files is refused as a whole. */
  function refused(run: ImportRun): boolean {
    return run.report.counts.accepted === 0 || run.refusals.length > 0;
  }

  function refuse(run: ImportRun, rerun: boolean): void {
    refusal.value = {
      files: run.report.files,
      rowsRead: run.report.counts.rowsRead,
      rejected: run.report.counts.rejected,
      issues: run.refusals.length > 0 ? refusalIssues(run.refusals) : refusalIssues(run.report.issues),
      rerun,
    };
    status.value = 'refused';
    revision.value++;
  }

  // ---- applying ----------------------------------------------------------------------------
  function nextInventory(p: Prepared, linesId: string): InventoryItemInput[] {
    return [...p.kept, ...withImportRefs(p.run.items, linesId)];
  }

  async function apply(p: Prepared): Promise<void> {
    const project = projectStore.project;
    if (!project) return;
    const projectId = project.id;
    const linesId = newId('lines-');
    const items = nextInventory(p, linesId);
    try {
      if (p.filesId !== filesId.value || files.value !== p.files) await db.saveImportSource({ id: p.filesId, projectId, kind: 'files', files: p.files });
      await db.saveImportSource({ id: linesId, projectId, kind: 'lines', items: plainCopy(p.run.items), sources: p.run.sources, rejectedCsv: p.run.report.rejectedCsv });
    } catch (error) {
      // The inventory is still applied (and saved with the project); only re-mapping after a reload needs the files.
      projectStore.storageError = toStorageError(error);
    }
    await history.record(p.action, p.detail, async () => {
      project.inventory = items;
      project.inventoryIsEstimate = false;
      await nextTask();
      performance.mark('reen:import:inventory-applied');
      projectStore.importReport = { ...p.run.report, baseLines: p.kept.length, filesId: p.filesId, linesId };
    });
    files.value = p.files;
    filesId.value = p.filesId;
    pending.value = null;
    status.value = 'done';
  }

  function propose(p: Prepared, reasons: ConfirmReason[], lost: LostEdit[]): void {
    const current = projectStore.project?.inventory ?? [];
    const applied = appliedReport.value;
    prepared = p;
    proposal.value = {
      action: p.action,
      ...(p.detail ? { detail: p.detail } : {}),
      reasons,
      before: { ...countInventory(current), ...(applied ? { rejected: applied.counts.rejected, rowsRead: applied.counts.rowsRead } : {}) },
      after: { ...countInventory([...p.kept, ...p.run.items]), rejected: p.run.report.counts.rejected, rowsRead: p.run.report.counts.rowsRead },
      lost,
      issues: reasons.includes('rejects') ? refusalIssues(p.run.report.issues) : [],
    };
    status.value = 'confirm';
  }

  /** Applies the change that waits for confirmation. */
  async function confirm(): Promise<void> {
    const p = prepared;
    prepared = undefined;
    proposal.value = null;
    if (p) await apply(p);
  }

  /** Drops the change that waits for confirmation: nothing changes. */
  function dismiss(): void {
    prepared = undefined;
    proposal.value = null;
    status.value = 'idle';
    revision.value++;
  }

  // ---- new files ---------------------------------------------------------------------------
  /** A new import (or a fixed refused one): refused without accepted rows, confirmed when it replaces lines. */
  async function decideNew(selected: File[], mode: 'replace' | 'append', result: ImportRun): Promise<void> {
    if (refused(result)) {
      pending.value = { files: selected, mode, run: result };
      refuse(result, false);
      return;
    }
    const current = projectStore.project?.inventory ?? [];
    const p: Prepared = {
      action: mode === 'replace' && current.length > 0 ? 'replace' : 'import',
      detail: result.report.files.join(', '),
      files: selected,
      filesId: newId('files-'),
      run: result,
      kept: mode === 'append' ? plainCopy(current) : [],
    };
    if (mode === 'replace' && current.length > 0) propose(p, ['replace'], []);
    else await apply(p);
  }

  /** Imports new files: they replace the inventory (after confirmation), or are added to it. */
  async function start(selected: File[], mode: 'replace' | 'append' = 'replace'): Promise<void> {
    performance.mark('reen:import:start');
    if (!projectStore.project || selected.length === 0 || projectStore.readOnly) return;
    pending.value = null;
    const settings: ImportSettings = { mapping: {}, files: selected.map(() => ({ mapping: {} })), classifications: {} };
    const result = settle(await run(selected, settings, {}));
    if (result) await decideNew(selected, mode, result);
  }

  // ---- re-imports --------------------------------------------------------------------------
  /** The files of the applied import: in memory, or from IndexedDB after a reload; [] when they are not the report's files. */
  async function currentFiles(): Promise<File[]> {
    const applied = appliedReport.value;
    const id = projectStore.project?.id;
    if (!applied || !id) return [];
    if (applied.filesId && filesId.value === applied.filesId && files.value.length > 0) return files.value;
    let stored: File[] = [];
    try {
      if (applied.filesId) {
        const source = await db.loadImportSource(applied.filesId);
        stored = source?.kind === 'files' ? source.files : [];
      } else stored = await db.loadLegacyImportFiles(id);
    } catch {
      stored = [];
    }
    // A cancelled or interrupted import never stands in for the applied one: the files must be the report's.
    const signatures = applied.fileSignatures;
    const same =
      stored.length === applied.files.length &&
      stored.every((file, index) => file.name === applied.files[index] && (!signatures || (signatures[index]?.size === file.size && signatures[index]?.lastModified === file.lastModified)));
    if (!same) return [];
    files.value = stored;
    filesId.value = applied.filesId;
    return stored;
  }

  async function storedLines(applied: ImportReport): Promise<StoredLines | undefined> {
    if (!applied.linesId) return undefined;
    const source = await db.loadImportSource(applied.linesId).catch(() => undefined);
    return source?.kind === 'lines' ? { linesId: source.id, items: source.items, sources: source.sources } : undefined;
  }

  /**
   * Re-runs the applied import with changed settings; applied at once when nothing is lost, else
   * shown first (most rows rejected, manual edits that cannot be kept). Returns false when the
   * files are not available (then nothing changes and `failure` says why).
   */
  async function reimport(settings: ImportSettings, action: HistoryAction, detail?: string): Promise<boolean> {
    if (projectStore.readOnly) return false;
    const held = pending.value;
    if (held) {
      pending.value = null;
      const result = settle(await run(held.files, settings, {}));
      if (!result) pending.value = held;
      else await decideNew(held.files, held.mode, result);
      return result !== undefined;
    }
    const applied = appliedReport.value;
    const project = projectStore.project;
    if (!applied || !project) return false;
    const selected = await currentFiles();
    if (selected.length === 0) {
      status.value = 'failed';
      failure.value = 'files';
      revision.value++;
      return false;
    }
    history.commitEdits();
    const lines = await storedLines(applied);
    const inventory = project.inventory;
    let overrides: Readonly<Record<string, RowEdit>> = applied.overrides ?? {};
    let lost: LostEdit[] = [];
    let kept: InventoryItemInput[];
    if (lines) {
      const collected = collectEdits(inventory, lines, overrides);
      overrides = collected.overrides;
      lost = collected.lost;
      kept = inventory.filter((item) => importIndex(item, lines.linesId) === undefined);
    } else {
      // A report saved before lines were tracked: the lines after `baseLines` are the import's, their edits cannot be traced.
      kept = inventory.slice(0, applied.baseLines);
      if (inventory.length > applied.baseLines) lost = [{ kind: 'untracked', lines: inventory.length - applied.baseLines }];
    }
    const result = settle(await run(selected, settings, overrides));
    if (!result) return false;
    if (refused(result)) {
      refuse(result, true);
      return true;
    }
    const before = new Set(lines?.sources.flat() ?? []);
    const rejectedEdits = result.unmatchedOverrides.filter((key) => before.has(key) && !('removed' in (overrides[key] ?? { removed: true }))).length;
    const allLost = lostEdits(lost, rejectedEdits);
    const p: Prepared = { action, ...(detail ? { detail } : {}), files: selected, filesId: applied.filesId ?? newId('files-'), run: result, kept: plainCopy(kept) };
    const reasons: ConfirmReason[] = [];
    if (rejectsMost(result, applied.counts.rejected)) reasons.push('rejects');
    if (allLost.length > 0) reasons.push('lost');
    if (reasons.length > 0) propose(p, reasons, allLost);
    else await apply(p);
    return true;
  }

  function settingsOf(report: Pick<ImportReport, 'settings' | 'files'>): ImportSettings {
    const { settings } = report;
    return { ...settings, mapping: {}, files: report.files.map((_, index) => fileSettings(settings, index)) };
  }

  function withFile(report: Pick<ImportReport, 'settings' | 'files'>, fileIndex: number, change: (own: FileSettings) => FileSettings): ImportSettings {
    const settings = settingsOf(report);
    const own = settings.files?.[fileIndex] ?? { mapping: {} };
    return { ...settings, files: (settings.files ?? []).map((entry, index) => (index === fileIndex ? change(own) : entry)) };
  }

  /** Maps a column of one file (by its header) to a field, or ignores it, and imports again. Other files keep their mapping. */
  async function setMapping(fileIndex: number, header: string, field: string | null): Promise<boolean> {
    const shown = report.value;
    if (!shown) return false;
    return reimport(
      withFile(shown, fileIndex, (own) => ({ ...own, mapping: { ...own.mapping, [header]: field } })),
      'remap',
      `${shown.files[fileIndex] ?? ''} — ${header}`,
    );
  }

  /** Sets the value maps of one file and imports again. */
  async function setValueMaps(fileIndex: number, valueMaps: ValueMaps): Promise<boolean> {
    const shown = report.value;
    if (!shown) return false;
    return reimport(
      withFile(shown, fileIndex, (own) => ({ ...own, valueMaps })),
      'valueMap',
      shown.files[fileIndex],
    );
  }

  /** Classifies every row of a label set and imports again. */
  async function classify(key: string, category: string): Promise<boolean> {
    const shown = report.value;
    if (!shown) return false;
    return reimport({ ...settingsOf(shown), classifications: { ...shown.settings.classifications, [key]: category } }, 'classify');
  }

  /** Stops the running import; a worker that does not stop in time is terminated. */
  function cancel(): void {
    worker?.postMessage({ type: 'cancel' } satisfies ImportRequest);
    inProcess?.abort();
    const stop = hardStop;
    if (stop) setTimeout(stop, CANCEL_GRACE_MS);
  }

  /** Forgets a refused import (its files were never applied). */
  function abandon(): void {
    pending.value = null;
    refusal.value = null;
    status.value = 'idle';
  }

  /** Empties the inventory (one undo step). */
  async function clearInventory(): Promise<void> {
    const project = projectStore.project;
    if (!project || projectStore.readOnly || project.inventory.length === 0) return;
    await history.record('clear', undefined, () => {
      project.inventory = [];
      project.inventoryIsEstimate = false;
      projectStore.importReport = null;
    });
    pending.value = null;
    status.value = 'idle';
  }

  return {
    status,
    progress,
    failure,
    refusal,
    proposal,
    pending,
    revision,
    report,
    appliedReport,
    running,
    start,
    reimport,
    setMapping,
    setValueMaps,
    classify,
    confirm,
    dismiss,
    cancel,
    abandon,
    clearInventory,
    currentFiles,
  };
});
