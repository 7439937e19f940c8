import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { InventoryItemInput } from '@reen/core';
import * as db from '../persistence/db';
import { toStorageError } from '../persistence/db';
import type { ImportReport, ImportRequest, ImportResponse, ImportSettings } from '../lib/importTypes';
import { runImport } from '../lib/runImport';
import { useProjectStore } from './project';

/** The state of the running import (transient: the report itself is kept by the project store). */
export type ImportStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/**
 * Inventory import: runs @reen/formats in a Web Worker (in-process where module workers are not
 * available, e.g. unit tests), shows progress, cancels, and applies the result to the project.
 * Mapping fixes and classifications re-run the import on the same files.
 */
export const useInventoryImportStore = defineStore('inventoryImport', () => {
  const projectStore = useProjectStore();
  const status = ref<ImportStatus>('idle');
  const progress = ref({ rowsDone: 0, bytesDone: 0, bytesTotal: 0, file: '' });
  const failure = ref('');
  const files = shallowRef<File[]>([]);
  const filesProjectId = ref<string | undefined>(undefined);
  let worker: Worker | undefined;
  let inProcess: AbortController | undefined;

  const report = computed<ImportReport | null>(() => projectStore.importReport);
  const running = computed(() => status.value === 'running');

  function today(): string {
    return new Date().toISOString().slice(0, 10);
  }

  /**
   * Applies an import to the project. The inventory and the report are set in two separate tasks,
   * so that re-rendering the grid and re-rendering the report never add up to one long task.
   */
  async function apply(items: InventoryItemInput[], partial: Omit<ImportReport, 'baseLines'>, baseLines: number): Promise<void> {
    const project = projectStore.project;
    if (!project) return;
    project.inventory = [...project.inventory.slice(0, baseLines), ...items];
    project.inventoryIsEstimate = false;
    await nextTask();
    performance.mark('reen:import:inventory-applied');
    projectStore.importReport = { ...partial, baseLines };
    status.value = 'done';
  }

  function nextTask(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  function run(selected: File[], settings: ImportSettings, baseLines: number): Promise<void> {
    status.value = 'running';
    failure.value = '';
    progress.value = { rowsDone: 0, bytesDone: 0, bytesTotal: selected.reduce((n, f) => n + f.size, 0), file: selected[0]?.name ?? '' };
    if (typeof Worker === 'undefined') return runInProcess(selected, settings, baseLines);
    return new Promise<void>((resolve) => {
      worker ??= new Worker(new URL('../workers/inventoryImport.worker.ts', import.meta.url), { type: 'module', name: 'reen-import' });
      worker.onmessage = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.type === 'progress') {
          progress.value = { rowsDone: message.rowsDone, bytesDone: message.bytesDone, bytesTotal: message.bytesTotal, file: message.file };
          return;
        }
        if (message.type === 'done') {
          performance.mark('reen:import:received');
          void apply(message.items, message.report, baseLines).then(resolve);
          return;
        }
        if (message.type === 'cancelled') status.value = 'cancelled';
        else {
          status.value = 'failed';
          failure.value = message.message;
        }
        resolve();
      };
      worker.onerror = (event) => {
        status.value = 'failed';
        failure.value = event.message;
        resolve();
      };
      worker.postMessage({ type: 'import', files: selected, settings, today: today() } satisfies ImportRequest);
    });
  }

  async function runInProcess(selected: File[], settings: ImportSettings, baseLines: number): Promise<void> {
    inProcess = new AbortController();
    try {
      const { items, report: partial } = await runImport(selected, {
        settings,
        today: today(),
        signal: inProcess.signal,
        onProgress: (value) => (progress.value = value),
      });
      await apply(items, partial, baseLines);
    } catch (error) {
      if (inProcess.signal.aborted) status.value = 'cancelled';
      else {
        status.value = 'failed';
        failure.value = error instanceof Error ? error.message : String(error);
      }
    }
  }

  /** Imports new files: they replace the inventory, or are added to it. */
  async function start(selected: File[], mode: 'replace' | 'append' = 'replace'): Promise<void> {
    performance.mark('reen:import:start');
    const project = projectStore.project;
    if (!project || selected.length === 0) return;
    files.value = selected;
    filesProjectId.value = project.id;
    db.saveImportFiles(project.id, selected).catch((error: unknown) => (projectStore.storageError = toStorageError(error)));
    await run(selected, { mapping: {}, classifications: {} }, mode === 'append' ? project.inventory.length : 0);
  }

  /** The files of the last import: in memory, or from IndexedDB after a reload. */
  async function currentFiles(): Promise<File[]> {
    const id = projectStore.project?.id;
    if (!id) return [];
    if (filesProjectId.value === id && files.value.length > 0) return files.value;
    const stored = await db.loadImportFiles(id).catch(() => []);
    files.value = stored;
    filesProjectId.value = id;
    return stored;
  }

  /** Re-runs the last import with changed settings (mapping, classifications). */
  async function reimport(settings: ImportSettings): Promise<boolean> {
    const last = report.value;
    const selected = await currentFiles();
    if (!last || selected.length === 0) return false;
    await run(selected, settings, last.baseLines);
    return true;
  }

  /** Maps a column (by its header) to a field, or ignores it, and imports again. */
  async function setMapping(header: string, field: string | null): Promise<boolean> {
    const last = report.value;
    if (!last) return false;
    return reimport({ ...last.settings, mapping: { ...last.settings.mapping, [header]: field } });
  }

  /** Classifies every row of a label set and imports again. */
  async function classify(key: string, category: string): Promise<boolean> {
    const last = report.value;
    if (!last) return false;
    return reimport({ ...last.settings, classifications: { ...last.settings.classifications, [key]: category } });
  }

  function cancel(): void {
    worker?.postMessage({ type: 'cancel' } satisfies ImportRequest);
    inProcess?.abort();
  }

  return { status, progress, failure, report, running, start, reimport, setMapping, classify, cancel, currentFiles };
});
