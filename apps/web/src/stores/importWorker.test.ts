import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainCopy } from '../lib/project';
import { useInventoryHistoryStore } from './inventoryHistory';
import { useInventoryImportStore, WORKER_SILENCE_MS } from './inventoryImport';
import { useProjectStore } from './project';
import { smallProject } from '../../test/unit/helpers';

/** A stand-in for the import worker: the test decides what it does (crash, stay silent, ignore « cancel »). */
class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the import worker going wrong', () => {
  beforeEach(async () => {
    vi.stubGlobal('Worker', FakeWorker);
    setActivePinia(createPinia());
    await useProjectStore().importProjectObject(smallProject());
    await useInventoryHistoryStore().ready();
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    await useInventoryHistoryStore().flush();
    await useProjectStore().flush();
  });

  it('a worker that crashes (out of memory) is terminated; the tab says so and the inventory stays', async () => {
    const before = plainCopy(useProjectStore().project!.inventory);
    const importer = useInventoryImportStore();
    const running = importer.start([new File(['x'], 'piege.xlsx')]);
    await vi.waitFor(() => expect(FakeWorker.last?.received).toHaveLength(1));
    const worker = FakeWorker.last!;
    worker.onerror?.(new ErrorEvent('error', { message: 'Out of memory' }));
    await running;
    expect(worker.terminated).toBe(true);
    expect(importer.status).toBe('failed');
    expect(importer.failure).toBe('Out of memory');
    expect(useProjectStore().project!.inventory).toEqual(before);
    // The next import starts a fresh worker.
    const next = importer.start([new File(['x'], 'autre.csv')]);
    await vi.waitFor(() => expect(FakeWorker.last).not.toBe(worker));
    FakeWorker.last!.onmessage?.(new MessageEvent('message', { data: { type: 'cancelled' } }));
    await next;
    expect(importer.status).toBe('cancelled');
  });

  it(`a worker silent for ${WORKER_SILENCE_MS / 1000} s is terminated, and a cancel it ignores stops it anyway`, async () => {
    vi.useFakeTimers();
    const importer = useInventoryImportStore();
    const silent = importer.start([new File(['x'], 'lent.xlsx')]);
    await vi.waitFor(() => expect(FakeWorker.last?.received).toHaveLength(1));
    const first = FakeWorker.last!;
    await vi.advanceTimersByTimeAsync(WORKER_SILENCE_MS);
    await silent;
    expect(first.terminated).toBe(true);
    expect(importer.status).toBe('failed');
    expect(importer.failure).toBe('silent');

    const stuck = importer.start([new File(['x'], 'bloque.xlsx')]);
    await vi.waitFor(() => expect(FakeWorker.last).not.toBe(first));
    const second = FakeWorker.last!;
    importer.cancel();
    expect(second.received.at(-1)).toEqual({ type: 'cancel' });
    await vi.advanceTimersByTimeAsync(2_000);
    await stuck;
    expect(second.terminated).toBe(true);
    expect(importer.status).toBe('cancelled');
  });
});
