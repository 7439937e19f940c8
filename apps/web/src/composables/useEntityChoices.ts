import { computed } from 'vue';
import { reenObligation } from '@reen/core';
import { useProjectStore } from '../stores/project';

/**
 * The entities of the project's shared DSI (none without `entities`), each with whether the REEN
 * law obliges it, and as checkbox choices: for the documents' scope and for tagging an objective or
 * a measure with the entities it belongs to.
 */
export function useEntityChoices() {
  const projectStore = useProjectStore();
  const entities = computed(() => {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    return (project?.entities?.list ?? []).map((entity) => ({ id: entity.id, name: entity.name, obliged: reenObligation(entity.kind, entity.population).obliged }));
  });
  const entityOptions = computed(() => entities.value.map((entity) => ({ value: entity.id, label: entity.name })));
  return { entities, entityOptions };
}
