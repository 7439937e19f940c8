import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { buildEntityStrategyDocumentFromProject, buildEntityYearlyBilanDocumentFromProject, buildStrategyDocument, buildYearlyBilanDocument, withTerritoryChapter } from '@reen/core';
import type { ReenDocument } from '@reen/core';
import { useFootprintStore } from '../stores/footprint';
import { useProjectStore } from '../stores/project';
import { useStrategyStore } from '../stores/strategy';
import { todayIso } from '../lib/documentExport';
import { useEntityChoices } from './useEntityChoices';

/** The strategy document and the yearly bilan, built by the core from the open project. */
export function useStrategyDocuments() {
  const strategyStore = useStrategyStore();
  const footprintStore = useFootprintStore();
  const projectStore = useProjectStore();
  const { t } = useI18n();

  const strategyDocument = computed<ReenDocument | undefined>(() => {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    const strategy = strategyStore.strategy;
    if (!project || !strategy) return undefined;
    const document = buildStrategyDocument(
      { organisation: project.organisation, strategy, footprint: footprintStore.result, factorSet: footprintStore.factorSet, trajectory: strategyStore.trajectory },
      { date: todayIso() },
    );
    // « Le numérique sur le territoire », as the CLI's document has it (when the project has its data).
    return footprintStore.result ? withTerritoryChapter(document, project, footprintStore.result, footprintStore.factorSet) : document;
  });

  function yearlyDocument(year: number): ReenDocument | undefined {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    const strategy = strategyStore.strategy;
    const bilan = strategyStore.yearlyBilan(year);
    if (!project || !strategy || !bilan) return undefined;
    const result = footprintStore.result;
    const document = buildYearlyBilanDocument(
      { organisation: project.organisation, strategy, bilan, footprint: result?.year === year ? result : undefined, factorSet: footprintStore.factorSet },
      { date: todayIso() },
    );
    return result?.year === year ? withTerritoryChapter(document, project, result, footprintStore.factorSet) : document;
  }

  const { entities } = useEntityChoices();

  /** The strategy document of one entity (its own figures, objectives and measures), as `reen strategy --entity`. */
  function entityDocument(entityId: string): ReenDocument | undefined {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    const strategy = strategyStore.strategy;
    if (!project?.entities?.list.some((entity) => entity.id === entityId) || !strategy) return undefined;
    return buildEntityStrategyDocumentFromProject({ ...project, strategy }, entityId, { date: todayIso(), factorSet: footprintStore.factorSet });
  }

  /** The RDD chapter of one entity for year N, as `reen rapport --entity`. */
  function entityYearlyDocument(entityId: string, year: number): ReenDocument | undefined {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    const strategy = strategyStore.strategy;
    if (!project?.entities?.list.some((entity) => entity.id === entityId) || !strategy) return undefined;
    return buildEntityYearlyBilanDocumentFromProject({ ...project, strategy }, entityId, year, { date: todayIso(), factorSet: footprintStore.factorSet });
  }

  /** The choices of a document's scope: '' for the consolidated document, else an entity id (labels under `prefix`). */
  const scopeOptions = (prefix: 'strategy.document' | 'strategy.followUp') =>
    computed(() => [
      { value: '', label: t(`${prefix}.scopeConsolidated`) },
      ...entities.value.map((entity) => ({ value: entity.id, label: t(entity.obliged ? `${prefix}.scopeObliged` : `${prefix}.scopeVoluntary`, { name: entity.name }) })),
    ]);

  return { strategyDocument, yearlyDocument, entities, entityDocument, entityYearlyDocument, scopeOptions };
}
