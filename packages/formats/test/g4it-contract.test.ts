// Contract with G4IT (teamg4it/g4it, Apache-2.0): its load_reject fixtures list, for each input
// file, the rows it rejects with their line numbers and messages. Every row G4IT rejects must be
// rejected (or flagged with an error) here too, on the same line. Fixtures vendored from commit
// 57b9a16467c6f301b01eaf66e191664019edd1bc, see test/fixtures/g4it-load-reject/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInventoryFiles } from '../src/inventory';
import type { ImportResult } from '../src/inventory';

const DIR = join(__dirname, 'fixtures', 'g4it-load-reject');
const INPUTS = ['DATACENTER_nominal.csv', 'EQUIPEMENT_PHYSIQUE_nominal.csv', 'EQUIPEMENT_VIRTUEL_nominal.csv', 'APPLICATION_nominal.csv'];
const REJECTS: Record<string, string> = {
  'DATACENTER_nominal.csv': 'rejected_datacenter_20240101_000000.csv',
  'EQUIPEMENT_PHYSIQUE_nominal.csv': 'rejected_physical_equipment_20240101_000000.csv',
  'EQUIPEMENT_VIRTUEL_nominal.csv': 'rejected_virtual_equipment_20240101_000000.csv',
  'APPLICATION_nominal.csv': 'rejected_application_20240101_000000.csv',
};

/** The line numbers G4IT rejects in an input file (its reject file's `lineNumber` column). */
function g4itRejectedLines(input: string): number[] {
  const [header, ...rows] = readFileSync(join(DIR, 'rejects', REJECTS[input] as string), 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const at = (header as string).split(';').indexOf('lineNumber');
  return rows.map((row) => Number(row.split(';')[at]));
}

/** Lines of a file that REEN kit rejected or flagged with an error. */
function reenErrorLines(result: ImportResult, file: string): Set<number> {
  const lines = new Set<number>();
  for (const r of result.rejected) if (r.source.file === file) lines.add(r.source.line);
  for (const i of result.issues) if (i.severity === 'error' && i.position?.file === file) lines.add(i.position.line);
  return lines;
}

async function importAll(order: readonly string[]): Promise<ImportResult> {
  return importInventoryFiles(
    order.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, 'input', name))) })),
    { today: '2026-01-15' },
  );
}

describe('G4IT load_reject contract (teamg4it/g4it@57b9a16)', () => {
  it.each(INPUTS)('rejects every row G4IT rejects in %s, on the same line', async (input) => {
    const result = await importAll(INPUTS);
    const expected = g4itRejectedLines(input);
    expect(expected.length).toBeGreaterThan(0);
    const ours = reenErrorLines(result, input);
    expect(expected.filter((line) => !ours.has(line))).toEqual([]);
  });

  it('gives the reasons, row by row', async () => {
    const result = await importAll(INPUTS);
    const codes = (file: string) =>
      result.rejected
        .filter((r) => r.source.file === file)
        .map((r) => `${r.source.line} ${[...new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.code))].join(',')}`)
        .sort();
    expect(codes('DATACENTER_nominal.csv')).toEqual(['3 g4it_location_unknown']);
    // A row with a conversion error is rejected before the core's validation (which would add the date in 2099).
    expect(codes('EQUIPEMENT_PHYSIQUE_nominal.csv')).toEqual(['3 retirement_before_purchase', '4 retirement_before_purchase', '5 retirement_before_purchase,name_duplicate']);
    // The first of the duplicated names is flagged too.
    expect(result.issues.filter((i) => i.code === 'name_duplicated_later').map((i) => i.position?.line)).toEqual([4]);
    expect(codes('EQUIPEMENT_VIRTUEL_nominal.csv')).toEqual([
      '10 g4it_duplicate',
      '4 g4it_cell_required',
      '5 g4it_cell_required',
      '6 g4it_reference_missing',
      '7 g4it_reference_missing',
      // Stricter than G4IT, which finds MyMagicalPE in the inventory it already holds.
      '8 g4it_reference_missing',
      '9 g4it_duplicate',
    ]);
    expect(codes('APPLICATION_nominal.csv')).toEqual([
      // Stricter than G4IT: virtual-eq-2-1 and virtual-eq-2-2 were rejected (no physical server), so they cannot be referred to.
      '4 g4it_reference_missing',
      '5 g4it_cell_required,g4it_reference_missing',
      '6 g4it_duplicate,g4it_reference_missing',
      '7 g4it_duplicate,g4it_reference_missing',
      '8 g4it_reference_missing',
      '9 g4it_reference_missing',
    ]);
    // Only the physical equipment are devices: physical-eq-1 (one server); the other files add none.
    expect(result.items.map((i) => `${i.source?.file}:${i.source?.line} ${i.category} x${i.quantity} ${i.entity}`)).toEqual([
      'EQUIPEMENT_PHYSIQUE_nominal.csv:2 server x1 Entity 1',
    ]);
    expect(result.counts.rowsRead).toBe(result.counts.accepted + result.counts.rejected);
  });

  it('resolves references whatever the order of the files', async () => {
    const a = await importAll(INPUTS);
    const b = await importAll([...INPUTS].reverse());
    const lines = (r: ImportResult) => r.rejected.map((x) => `${x.source.file}:${x.source.line}`).sort();
    expect(lines(b)).toEqual(lines(a));
  });
});
