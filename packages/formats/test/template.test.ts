import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInventoryFiles, TEMPLATE_COLUMNS, templateCsv, templateXlsx } from '../src/inventory';

const dir = join(__dirname, '..', 'templates');

describe('canonical template', () => {
  it('matches the committed CSV and XLSX byte for byte (run templates/generate-templates.ts after a change)', async () => {
    expect(Buffer.from(templateCsv()).equals(readFileSync(join(dir, 'modele-inventaire-reen.csv')))).toBe(true);
    expect(Buffer.from(await templateXlsx()).equals(readFileSync(join(dir, 'modele-inventaire-reen.xlsx')))).toBe(true);
  });

  it('imports back as the canonical profile with its three example rows', async () => {
    for (const [name, bytes] of [
      ['modele.csv', templateCsv()],
      ['modele.xlsx', await templateXlsx()],
    ] as const) {
      const r = await importInventoryFiles([{ name, bytes }], { today: '2026-01-15' });
      expect(r.tables.map((t) => `${t.sheet ?? ''}:${t.profile.id}`)).toEqual([name.endsWith('xlsx') ? 'Inventaire:canonical' : ':canonical']);
      expect(r.tables[0]?.mapping.every((c) => c.confidence === 1)).toBe(true);
      expect(r.items.map((i) => `${i.category}${i.sizeClass ? `/${i.sizeClass}` : ''} x${i.quantity}`)).toEqual(['laptop x25', 'monitor x40', 'mfp/medium x1']);
      expect(r.counts.rejected).toBe(0);
    }
  });

  it('has an instructions sheet in French and a values sheet', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.read(await templateXlsx(), { type: 'array' });
    expect(wb.SheetNames).toEqual(['Inventaire', 'Instructions', 'Valeurs']);
    const instructions = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Instructions']!, { header: 1 }).map((r) => r[0]);
    expect(instructions[0]).toBe('Modèle d’inventaire REEN kit');
    expect(instructions.some((t) => t?.startsWith('Quantité (obligatoire) : Nombre entier'))).toBe(true);
    expect(TEMPLATE_COLUMNS.map((c) => c.field)).toContain('category');
  });
});
