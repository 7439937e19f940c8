import { defineStore } from 'pinia';
import { computed } from 'vue';
import type { FactorRow, FactorSet, FootprintAnalysis, FootprintResult } from '@reen/core';
import { analyseProject, computeProject, factorSetFor, rowsById } from '../lib/engine';
import { useProjectStore } from './project';

/**
 * Results derived from the open project by calling the core. Nothing here is stored: every value
 * is a computed of the project store's inputs. The core works on aggregated groups, so its cost
 * follows the number of distinct groups, not of devices.
 */
export const useFootprintStore = defineStore('footprint', () => {
  const projectStore = useProjectStore();

  const factorSet = computed<FactorSet>(() => factorSetFor(projectStore.project?.factorSetVersion));
  const factorRows = computed<ReadonlyMap<string, FactorRow>>(() => rowsById(factorSet.value));

  const project = computed(() => (projectStore.parsed?.success ? projectStore.parsed.data : undefined));

  /** The bilan with the project's own accounting method. */
  const result = computed<FootprintResult | undefined>(() => (project.value ? computeProject(project.value, factorSet.value) : undefined));
  /** Stock and flux side by side. */
  const stock = computed<FootprintResult | undefined>(() =>
    project.value ? (project.value.method === 'stock' ? result.value : computeProject(project.value, factorSet.value, 'stock')) : undefined,
  );
  const flux = computed<FootprintResult | undefined>(() =>
    project.value ? (project.value.method === 'flux' ? result.value : computeProject(project.value, factorSet.value, 'flux')) : undefined,
  );

  /** Distribution, sensitivity, data quality, plausibility and perimeter of the bilan (read by the Bilan screen only, so computed on demand). */
  const analysis = computed<FootprintAnalysis | undefined>(() =>
    project.value && result.value ? analyseProject(project.value, factorSet.value, result.value) : undefined,
  );

  return { factorSet, factorRows, result, stock, flux, analysis };
});
