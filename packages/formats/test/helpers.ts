import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOptions, ImportResult, InventoryFileInput } from '../src/inventory';
import { importInventoryFiles } from '../src/inventory';

/** Reads a fixture as an import input. */
export function fixture(name: string): InventoryFileInput {
  return { name, bytes: new Uint8Array(readFileSync(join(__dirname, 'fixtures', name))) };
}

/** Imports fixtures with a fixed "today" (2026-01-15). */
export function importFixtures(names: string[], options: ImportOptions = {}): Promise<ImportResult> {
  return importInventoryFiles(names.map(fixture), { today: '2026-01-15', ...options });
}

/** Short summary of accepted rows: "line category[/size] quantity status". */
export function summarize(result: ImportResult): string[] {
  return result.items.map((i) => `${i.source?.sheet ? `${i.source.sheet}:` : ''}${i.source?.line} ${i.category}${i.sizeClass ? `/${i.sizeClass}` : ''} x${i.quantity} ${i.status}`);
}

/** Short summary of rejected rows: "line codes". */
export function rejectedSummary(result: ImportResult): string[] {
  return result.rejected.map((r) => `${r.source.sheet ? `${r.source.sheet}:` : ''}${r.source.line} ${r.issues.filter((i) => i.severity === 'error').map((i) => i.code).join(',')}`);
}
