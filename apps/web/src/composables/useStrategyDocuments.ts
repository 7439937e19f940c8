import { computed } from 'vue';
import { buildStrategyDocument, buildYearlyBilanDocument } from '@reen/core';
import type { ReenDocument, StrategyStep } from '@reen/core';
import { useFootprintStore } from '../stores/footprint';
import { useProjectStore } from '../stores/project';
import { useStrategyStore } from '../stores/strategy';
import { todayIso } from '../lib/documentExport';

/** Route of the app that fixes each step of the core's completeness check (with an anchor). */
export const CHECK_STEP_ROUTES: Readonly<Record<StrategyStep, { name: string; hash?: string }>> = {
  frame: { name: 'actors', hash: '#cadre' },
  actors: { name: 'actors' },
  bilan: { name: 'actors', hash: '#usages' },
  'engaged-actions': { name: 'engaged-actions' },
  indicators: { name: 'objectives' },
  objectives: { name: 'objectives' },
  measures: { name: 'measures' },
  'annual-bilan': { name: 'follow-up' },
  maturity: { name: 'maturity' },
};

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
