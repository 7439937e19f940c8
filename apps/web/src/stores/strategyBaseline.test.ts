import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { computeWorkstationLifetime, parseProject } from '@reen/core';
import { useProjectStore } from './project';
import { useStrategyStore } from './strategy';
import { useFootprintStore } from './footprint';
import { smallProject } from '../../test/unit/helpers';

const OPTIONS = { label: 'Objectif', indicatorLabel: 'Émissions', target: '-30', targetYear: 2030, kind: 'multi-year' as const };

describe('objectives follow the bilan', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('keeps the reference value live while the bilan is not frozen, then holds it once frozen, and flags a drift over 5 %', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    const footprint = useFootprintStore();
    expect(store.addObjective('co2e-reduction', OPTIONS)).toBe(true);
    const tonnes = () => footprint.result!.total.co2eKg.dividedBy(1000).toFixed();
    const baseline = () => String(store.draft!.objectives![0]!.baseline.value);
    expect(baseline()).toBe(tonnes());

    // Ten more laptops: the bilan changes and the reference follows it (not frozen yet).
    projectStore.project!.inventory.push({ category: 'laptop', quantity: 10, purchaseYear: 2022, status: 'in-service', perimeter: 'administration' });
    await nextTick();
    expect(baseline()).toBe(tonnes());
    expect(store.baselineDrifts.size).toBe(0);

    // Frozen as adopted: another change of the inventory no longer moves the reference, and the gap is flagged.
    store.freezeBilan();
    const frozen = baseline();
    projectStore.project!.inventory.push({ category: 'desktop', quantity: 40, purchaseYear: 2023, status: 'in-service', perimeter: 'administration' });
    await nextTick();
    expect(baseline()).toBe(frozen);
    const drift = store.baselineDrifts.get(store.draft!.objectives![0]!.id);
    expect(drift?.frozen.toFixed()).toBe(frozen);
    expect(drift?.live.toFixed()).toBe(tonnes());

    // « Figer à nouveau »: the reference is the bilan of now, and the flag goes.
    store.freezeBilan();
    expect(baseline()).toBe(tonnes());
    expect(store.baselineDrifts.size).toBe(0);
  });

  it('takes the « durée de vie moyenne des postes » reference from the PCs’ real ages, not from default lifetimes', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    expect(store.addObjective('pc-lifetime', { ...OPTIONS, target: '7' })).toBe(true);
    const parsed = parseProject(smallProject());
    if (!parsed.success) throw new Error('fixture invalid');
    // The fixture's only PCs are 10 laptops bought in 2022: 2 years old in 2024.
    expect(computeWorkstationLifetime(parsed.data.inventory, 2024)?.years.toFixed()).toBe('2');
    expect(String(store.draft!.objectives![0]!.baseline.value)).toBe('2');
  });
});

describe('templates that work', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('adds the renewable-electricity measure once its contract factor and source are given', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    expect(store.addMeasure('contrat-electricite-verte', ['co2e-t'])).toBeUndefined();
    const source = { publisher: 'Fournisseur', title: 'Déclaration du mix 2024', year: 2024, url: 'https://example.org/mix', retrievedAt: '2026-12-05' };
    const measure = store.addMeasure('contrat-electricite-verte', ['co2e-t'], { coveredShare: '0.8', contractCo2eKgPerKwh: '0.012', source });
    expect(measure?.levers?.[0]).toMatchObject({ kind: 'green-electricity-contract', coveredShare: '0.8', contractCo2eKgPerKwh: '0.012', source });
    expect(store.strategy?.measures.map((m) => m.catalogueId)).toEqual(['contrat-electricite-verte']);
  });

  it('creates the « Y % d’achats reconditionnés » objective with a typed reference when the bilan gives none', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    const saved = store.saveObjective(
      {
        id: '',
        template: 'refurbished-share',
        indicatorKind: 'refurbished-purchase-share',
        unit: undefined,
        direction: 'increase',
        label: '25 % d’achats reconditionnés en 2030',
        axis: 'procurement',
        kind: 'multi-year',
        baselineValue: '0',
        targetMode: 'absolute',
        targetValue: '25',
        targetYear: 2030,
      },
      true,
      'Part des achats reconditionnés',
    );
    expect(saved).toBe(true);
    const objective = store.strategy!.objectives[0]!;
    expect([objective.label, objective.baseline.value.toFixed(), objective.target.value.toFixed()]).toEqual(['25 % d’achats reconditionnés en 2030', '0', '25']);
    expect(store.strategy!.indicators[0]!.kind).toBe('refurbished-purchase-share');
  });
});
