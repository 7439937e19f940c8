import { defineStore } from 'pinia';
import { computed } from 'vue';
import { computeEntityBilans, computeTerritoryFootprint, type EntityBilan, type TerritoryFootprint } from '@reen/core';
import { useFootprintStore } from './footprint';
import { useProjectStore } from './project';

/**
 * The territorial bilan and the per-entity bilans of the open project, derived by the core from
 * the project's inputs (nothing stored). The territory is never added to the own footprint.
 */
export const useTerritoryStore = defineStore('territory', () => {
  const projectStore = useProjectStore();
  const footprint = useFootprintStore();
  const project = computed(() => (projectStore.parsed?.success ? projectStore.parsed.data : undefined));

  const territory = computed<TerritoryFootprint | undefined>(() => {
    const current = project.value;
    if (!current || (current.territory?.population ?? current.organisation.population) <= 0) return undefined;
    return computeTerritoryFootprint(
      { organisation: current.organisation, territory: current.territory, digitalServices: current.digitalServices, usage: current.usage },
      footprint.factorSet,
      { year: current.organisation.referenceYear },
    );
  });

  const entities = computed<EntityBilan[] | undefined>(() => {
    const current = project.value;
    const result = footprint.result;
    if (!current?.entities || !result) return undefined;
    return computeEntityBilans(
      { organisation: current.organisation, inventory: current.inventory, hosting: current.hosting, usage: current.usage },
      current.entities,
      result,
      footprint.factorSet,
      { year: current.organisation.referenceYear, method: current.method, amortisationYears: current.amortisationYears },
    );
  });

  return { territory, entities };
});
