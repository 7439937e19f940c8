import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watch } from 'vue';
import type { ImportReport } from '../lib/importTypes';
import { HISTORY_LIMIT } from '../lib/history';
import { plainCopy } from '../lib/project';
import { useInventoryHistoryStore } from './inventoryHistory';
import { useProjectStore } from './project';
import { smallProject } from '../../test/unit/helpers';

/** Sets the quantity of the first line and makes it one undo step. */
function edit(quantity: number): void {
  useProjectStore().project!.inventory[0]!.quantity = quantity;
  useInventoryHistoryStore().commitEdits();
}

describe('useInventoryHistoryStore', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await useProjectStore().importProjectObject(smallProject());
    await useInventoryHistoryStore().ready();
  });
  afterEach(async () => {
    await useInventoryHistoryStore().flush();
  });

  it('makes each paused manual edit one step, undoes and redoes it', async () => {
    const history = useInventoryHistoryStore();
    const project = useProjectStore();
    expect(history.canUndo).toBe(false);
    const start = plainCopy(project.project!.inventory[0]);
    project.project!.inventory[0]!.perimeter = 'schools';
    project.project!.inventory[0]!.lifetimeYears = '6';
    expect(history.commitEdits()).toBe(true);
    expect(history.commitEdits()).toBe(false);
    expect(history.undoStack.map((entry) => entry.action)).toEqual(['edit']);
    expect(await history.undo()).toBe(true);
    expect(project.project!.inventory[0]).toEqual(start);
    expect(history.canRedo).toBe(true);
    expect(await history.redo()).toBe(true);
    expect(project.project!.inventory[0]).toMatchObject({ perimeter: 'schools', lifetimeYears: '6' });
    // A new change clears what could be redone.
    await history.undo();
    edit(11);
    expect(history.canRedo).toBe(false);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps (at least 20), each undone in order back to the start`, async () => {
    const history = useInventoryHistoryStore();
    const project = useProjectStore();
    const start = plainCopy(project.project!.inventory);
    for (let n = 1; n <= 25; n++) edit(100 + n);
    expect(history.undoStack).toHaveLength(25);
    for (let n = 24; n >= 1; n--) {
      await history.undo();
      expect(project.project!.inventory[0]!.quantity).toBe(100 + n);
    }
    await history.undo();
    expect(project.project!.inventory).toEqual(start);
    for (let n = 1; n <= HISTORY_LIMIT + 5; n++) edit(200 + n);
    expect(history.undoStack).toHaveLength(HISTORY_LIMIT);
  });

  it('keeps the steps across a reload (IndexedDB), and undoes them after it', async () => {
    const history = useInventoryHistoryStore();
    const project = useProjectStore();
    edit(40);
    edit(41);
    await history.record('clear', undefined, () => {
      project.project!.inventory = [];
    });
    await project.flush();
    await history.flush();
    setActivePinia(createPinia());
    const reloaded = useProjectStore();
    await reloaded.init();
    const after = useInventoryHistoryStore();
    await after.ready();
    expect(reloaded.project!.inventory).toEqual([]);
    expect(after.undoStack.map((entry) => entry.action)).toEqual(['edit', 'edit', 'clear']);
    await after.undo();
    expect(reloaded.project!.inventory[0]!.quantity).toBe(41);
    await after.undo();
    expect(reloaded.project!.inventory[0]!.quantity).toBe(40);
  });

  it('records nothing for a change that changes nothing', async () => {
    const history = useInventoryHistoryStore();
    await history.record('classify', undefined, () => undefined);
    expect(history.undoStack).toEqual([]);
  });

  it('changes the inventory and the undo label together, and applies two quick undos one after the other', async () => {
    const history = useInventoryHistoryStore();
    const project = useProjectStore();
    // An import report whose rejected lines are read back from IndexedDB on undo: the slow path.
    const report = { files: ['parc.csv'], linesId: 'lines-1', rejectedCsv: '' } as unknown as ImportReport;
    await history.record('import', 'parc.csv', () => {
      project.project!.inventory[0]!.quantity = 50;
      project.importReport = report;
    });
    // What the screen shows each time the undo label changes: the number of steps and the inventory.
    const seen: [number, number][] = [];
    watch(
      () => history.undoStack,
      (stack) => seen.push([stack.length, project.project!.inventory[0]?.quantity ?? 0]),
      { flush: 'sync' },
    );
    edit(51);
    edit(52);
    // Two undos started before either is applied (Ctrl+Z pressed twice at once).
    const first = history.undo();
    const second = history.undo();
    expect(history.undoStack).toHaveLength(3);
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(project.project!.inventory[0]!.quantity).toBe(50);
    expect(await history.undo()).toBe(true);
    expect(project.project!.inventory[0]!.quantity).toBe(10);
    expect(project.importReport).toBeNull();
    // Redo the import, then a redo and a change recorded at once: the change starts from the redone state.
    expect(await history.redo()).toBe(true);
    expect(project.importReport).toMatchObject({ files: ['parc.csv'], linesId: 'lines-1' });
    const redone = history.redo();
    await history.record('clear', undefined, () => {
      expect(project.project!.inventory[0]!.quantity).toBe(51);
      project.project!.inventory = [];
    });
    expect(await redone).toBe(true);
    expect(history.undoStack.map((entry) => entry.action)).toEqual(['import', 'edit', 'clear']);
    expect(seen).toEqual([
      [2, 51],
      [3, 52],
      [2, 51],
      [1, 50],
      [0, 10],
      [1, 50],
      [2, 51],
      [3, 0],
    ]);
    await history.undo();
    expect(project.project!.inventory[0]!.quantity).toBe(51);
  });
});
