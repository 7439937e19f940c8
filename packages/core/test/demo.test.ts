/** The demo project: reproducible from its script, valid, and computable with the shipped factor set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoProjectFile } from '../src/demo';
import { computeFootprint, getFactorSet, parseProject, PERIMETERS, serializeFootprint } from '../src/index';
import { buildDemoProject } from '../scripts/demoProject';

const parsed = parseProject(demoProjectFile, { today: '2025-12-31' });

describe('demo project « Communauté d’agglomération de Beau Pays »', () => {
  it('is the output of scripts/generate-demo.ts (run it after changing scripts/demoProject.ts)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'data', 'demo', 'beau-pays.reen.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(buildDemoProject(), null, 2)}\n`);
  });

  it('parses as a project file', () => {
    expect(parsed.success ? [] : parsed.issues).toEqual([]);
  });

  it('describes a fictional EPCI of about 72,000 inhabitants with about 2,500 devices on the four perimeters', () => {
    if (!parsed.success) throw new Error('demo does not parse');
    const { organisation, inventory, hosting } = parsed.data;
    expect([organisation.kind, organisation.population, organisation.agents, organisation.referenceYear]).toEqual(['epci', 72000, 1100, 2025]);
    const devices = inventory.reduce((n, i) => n + i.quantity, 0);
    expect(devices).toBeGreaterThanOrEqual(2400);
    expect(devices).toBeLessThanOrEqual(2600);
    expect(new Set(inventory.map((i) => i.perimeter))).toEqual(new Set(PERIMETERS));
    expect(new Set(inventory.map((i) => i.status))).toEqual(new Set(['in-service', 'stock', 'reuse', 'disposed']));
    expect(inventory.some((i) => i.refurbished && i.category === 'laptop')).toBe(true);
    expect(new Set(inventory.filter((i) => i.category === 'mfp').map((i) => i.sizeClass))).toEqual(new Set(['small', 'medium', 'large']));
    expect(hosting.sites).toHaveLength(1);
    expect(hosting.cloud.map((c) => c.provider)).toEqual(['ovhcloud', 'scaleway']);
  });

  it('is computed with the shipped factor set fr-2025.1, in both methods', () => {
    if (!parsed.success) throw new Error('demo does not parse');
    const factorSet = getFactorSet(parsed.data.factorSetVersion);
    for (const method of ['stock', 'flux'] as const) {
      const result = computeFootprint(parsed.data, factorSet, { year: parsed.data.organisation.referenceYear, method });
      expect(result.factorSetVersion).toBe('fr-2025.1');
      expect(result.total.co2eKg.gt(0)).toBe(true);
      expect(result.byPerimeter.map((b) => b.key)).toEqual([...PERIMETERS]);
      expect(result.byDomain.every((d) => d.total.co2eKg.gt(0))).toBe(true);
      const json = serializeFootprint(result);
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    }
  });
});

describe('demo project, 2022 bilan (issue 13: devices bought after the year)', () => {
  if (!parsed.success) throw new Error('demo does not parse');
  const project = parsed.data;
  const factorSet = getFactorSet(project.factorSetVersion);
  const bilan = (inventory: typeof project.inventory, stockRule: 'beges' | 'fleet') => computeFootprint({ ...project, inventory }, factorSet, { year: 2022, method: 'stock', stockRule });
  const boughtAfter2022 = (i: (typeof project.inventory)[number]) => (i.purchaseYear ?? Number(i.purchaseDate?.slice(0, 4))) > 2022;

  it('counted 74.7 t before the fix: the 1,105 devices bought in 2023–2025 carried manufacturing and use', () => {
    // The former rule ignored purchase dates: the same as the fleet rule on lines without a date.
    // It also counted the 42,000 visio participant-hours as whole 2-device calls: 42,000 × 0.01324 ÷ 2 = 278.04 kg more.
    const undated = project.inventory.map((i) => (boughtAfter2022(i) ? { ...i, purchaseYear: undefined, purchaseDate: undefined } : i));
    expect(project.inventory.filter(boughtAfter2022).reduce((n, i) => n + i.quantity, 0)).toBe(1105);
    expect(bilan(undated, 'fleet').total.co2eKg.plus('278.04').toFixed(1)).toBe('74684.4');
  });

  it('counts 48.2 t with the fleet rule and 47.7 t with the default BEGES rule, devices bought after 2022 left out', () => {
    // The issue's 48.5 t is the fleet rule with the visio participant-hours still counted twice: 48,182.0 + 278.04.
    const fleet = bilan(project.inventory, 'fleet');
    const beges = bilan(project.inventory, 'beges');
    expect(fleet.fleet.stockSummary.devicesBoughtAfterYear).toBe(1105);
    expect(fleet.total.co2eKg.toFixed(1)).toBe('48182.0');
    expect(fleet.total.co2eKg.plus('278.04').toFixed(1)).toBe('48460.0');
    expect(beges.total.co2eKg.toFixed(1)).toBe('47671.1');
    expect(beges.byPhase.manufacturing.co2eKg.lt(fleet.byPhase.manufacturing.co2eKg)).toBe(true);
  });
});
