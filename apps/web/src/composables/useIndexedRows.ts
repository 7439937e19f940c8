import { computed, type ComputedRef } from 'vue';

/**
 * The rows of a list without ids (budget lines, roll-out steps, services…) for an `EditableTable`:
 * each row gets its index as id; `save` and `remove` write the list back through `write`, which
 * runs the change on the project (so the project store sees it as one edit). `move` swaps a row
 * with its neighbour (for an ordered list, such as the pillars of the vision).
 */
export function useIndexedRows<Item, Row extends { id: string }>(options: {
  read: () => readonly Item[] | undefined;
  write: (change: (items: Item[]) => Item[]) => void;
  toRow: (item: Item) => Omit<Row, 'id'>;
  toItem: (row: Row) => Item | undefined;
  /** Order kept after a save (e.g. by year). */
  sort?: (a: Item, b: Item) => number;
}): { rows: ComputedRef<Row[]>; save: (row: Row, isNew: boolean) => void; remove: (id: string) => void; move: (id: string, offset: -1 | 1) => void } {
  const rows = computed(() => (options.read() ?? []).map((item, index) => ({ ...options.toRow(item), id: String(index) }) as Row));
  function save(row: Row, isNew: boolean): void {
    const item = options.toItem(row);
    if (item === undefined) return;
    options.write((items) => {
      const next = [...items];
      if (isNew) next.push(item);
      else next[Number(row.id)] = item;
      return options.sort ? next.sort(options.sort) : next;
    });
  }
  function remove(id: string): void {
    options.write((items) => items.filter((_, index) => String(index) !== id));
  }
  function move(id: string, offset: -1 | 1): void {
    const from = Number(id);
    options.write((items) => {
      const to = from + offset;
      if (to < 0 || to >= items.length) return items;
      const next = [...items];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
  }
  return { rows, save, remove, move };
}
