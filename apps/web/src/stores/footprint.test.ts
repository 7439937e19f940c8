import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeFootprint, getFactorSet, parseProject, serializeFootprint } from '@reen/core';
import { useFootprintStore } from './footprint';
import { useProjectStore } from './project';
import { smallProject } from '../../test/unit/helpers';

describe('useFootprintStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('derives the bilan from the project inputs by calling the core (nothing mocked)', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const footprint = useFootprintStore();
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    const expected = computeFootprint(parsed.data, getFactorSet('fr-2025.1'), { year: 2024, method: 'stock', amortisationYears: 1 });
    expect(footprint.result).toBeDefined();
    expect(serializeFootprint(footprint.result!)).toEqual(serializeFootprint(expected));
    expect(footprint.result!.total.co2eKg.gt(0)).toBe(true);
  });

  it('recomputes when an input changes, and gives stock and flux side by side', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const footprint = useFootprintStore();
    const before = footprint.result!.total.co2eKg;
    projectStore.project!.inventory[0]!.quantity = 20;
    expect(footprint.result!.total.co2eKg.gt(before)).toBe(true);
    expect(footprint.stock?.method).toBe('stock');
    expect(footprint.flux?.method).toBe('flux');
  });

  it('uses the stock rule of the project: BEGES by default, the fleet rule when chosen', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const footprint = useFootprintStore();
    expect(footprint.result!.stockRule).toBe('beges');
    projectStore.project!.stockRule = 'fleet';
    expect(footprint.result!.stockRule).toBe('fleet');
    const parsed = parseProject({ ...smallProject(), stockRule: 'fleet' });
    if (!parsed.success) throw new Error('fixture invalid');
    expect(parsed.data.stockRule).toBe('fleet');
    const expected = computeFootprint(parsed.data, getFactorSet(parsed.data.factorSetVersion), { year: 2024, method: 'stock', amortisationYears: 1, stockRule: 'fleet' });
    expect(serializeFootprint(footprint.result!)).toEqual(serializeFootprint(expected));
  });

  it('gives no result while the inputs are invalid', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const footprint = useFootprintStore();
    projectStore.project!.organisation.referenceYear = 1800;
    expect(footprint.result).toBeUndefined();
  });
});
