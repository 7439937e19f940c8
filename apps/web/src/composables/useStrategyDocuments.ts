import { computed } from 'vue';
import { buildStrategyDocument, buildYearlyBilanDocument } from '@reen/core';
import type { ReenDocument } from '@reen/core';
import { useFootprintStore } from '../stores/footprint';
import { useProjectStore } from '../stores/project';
import { useStrategyStore } from '../stores/strategy';
import { todayIso } from '../lib/documentExport';

/** The strategy document and the yearly bilan, built by the core from the open project. */
export function useStrategyDocuments() {
  const strategyStore = useStrategyStore();
  const footprintStore = useFootprintStore();
  const projectStore = useProjectStore();

  const strategyDocument = computed<ReenDocument | undefined>(() => {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    const strategy = strategyStore.strategy;
    if (!project || !strategy) return undefined;
    return buildStrategyDocument(
      { organisation: project.organisation, strategy, footprint: footprintStore.result, factorSet: footprintStore.factorSet, trajectory: strategyStore.trajectory },
      { date: todayIso() },
    );
  });

  function yearlyDocument(year: number): ReenDocument | undefined {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    const strategy = strategyStore.strategy;
    const bilan = strategyStore.yearlyBilan(year);
    if (!project || !strategy || !bilan) return undefined;
    const result = footprintStore.result;
    return buildYearlyBilanDocument(
      { organisation: project.organisation, strategy, bilan, footprint: result?.year === year ? result : undefined, factorSet: footprintStore.factorSet },
      { date: todayIso() },
    );
  }

  return { strategyDocument, yearlyDocument };
}
