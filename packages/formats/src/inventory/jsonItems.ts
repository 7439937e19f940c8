import { parseInventory } from '@reen/core';
import type { InventoryItem, Issue } from '@reen/core';
import { addIssue, addRejected, serialCode, serialOrigin } from './importState';
import type { ImportState } from './importState';
import { keepItem } from './itemGroups';

const JSON_HEADERS = ['json'] as const;

/**
 * Validates the items of a JSON inventory (the core's own schema) one by one, so that one bad item
 * does not reject the others. An item's `source.line` is its 1-based index in the array.
 */
export function importJsonItems(list: readonly unknown[], file: string, state: ImportState): void {
  let accepted = 0;
  let rejected = 0;
  const reject = (index: number, raw: unknown, issues: Issue[]) => {
    addRejected(state, { source: { file, line: index + 1 }, headers: JSON_HEADERS, cells: [safeStringify(raw)], issues });
    for (const i of issues) addIssue(state, i);
    state.devicesRejected += typeof (raw as { quantity?: unknown })?.quantity === 'number' ? Math.max(1, (raw as { quantity: number }).quantity) : 1;
    rejected++;
  };
  list.forEach((raw, index) => {
    if (state.rowsRead >= state.maxRows) {
      if (!state.truncated) addIssue(state, { code: 'too_many_rows', severity: 'error', path: [], position: { file, line: index + 1 }, params: { max: state.maxRows, line: index + 1 } });
      state.truncated = true;
      return;
    }
    state.rowsRead++;
    const position = { file, line: index + 1 };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      reject(index, raw, [{ code: 'json_item_not_object', severity: 'error', path: [index], position, params: { item: index + 1 } }]);
      return;
    }
    const candidate = { ...(raw as Record<string, unknown>), source: position };
    const result = parseInventory([candidate], { today: state.today });
    if (!result.success) {
      reject(
        index,
        raw,
        result.issues.map((i) => ({ ...i, path: [index, ...i.path.slice(1)], position: { ...position, ...(typeof i.path[1] === 'string' ? { column: i.path[1] } : {}) } })),
      );
      return;
    }
    const item = result.data[0] as InventoryItem;
    if (item.serialNumber !== undefined) {
      const key = item.serialNumber.toUpperCase();
      const first = state.serials.get(key);
      if (first !== undefined) {
        reject(index, raw, [{ code: 'serial_duplicate', severity: 'error', path: [index, 'serialNumber'], position: { ...position, column: 'serialNumber' }, params: { value: item.serialNumber, ...serialOrigin(state, first) } }]);
        return;
      }
      state.serials.set(key, serialCode(state, file, position.line));
    }
    keepItem(state, item);
    accepted++;
  });
  state.tables.push({
    file,
    format: 'json',
    headerLine: 0,
    headers: [],
    profile: { id: 'canonical', label: 'JSON (schéma @reen/core)', score: 1 },
    mapping: [],
    rowsRead: accepted + rejected,
    accepted,
    rejected,
  });
}

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
