import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { useProjectStore } from './project';

/** A value typed in a field and refused there (never written to the project). */
export interface RefusedInput {
  /** The field's id (unique in the app). */
  readonly id: string;
  /** Route name of the step that holds the field. */
  readonly step: string | undefined;
  readonly label: string;
  readonly message: string;
  /** What the user typed, shown again when the field comes back. */
  readonly raw: string;
}

/**
 * The values refused where they were typed, by field. A step with a refused value is marked in the
 * navigation and named, with a link, on the other steps; the typed text is kept (in memory) so it
 * is shown again when the user comes back to the field. Switching project forgets them.
 */
export const useInputErrorsStore = defineStore('inputErrors', () => {
  const entries = ref<Record<string, RefusedInput>>({});
  const projectStore = useProjectStore();

  watch(
    () => projectStore.project?.id,
    (next, previous) => {
      if (next !== previous) entries.value = {};
    },
  );

  const list = computed<readonly RefusedInput[]>(() => Object.values(entries.value));

  function refuse(entry: RefusedInput): void {
    entries.value = { ...entries.value, [entry.id]: entry };
  }
  function accept(id: string): void {
    if (!(id in entries.value)) return;
    const next = { ...entries.value };
    delete next[id];
    entries.value = next;
  }
  function get(id: string): RefusedInput | undefined {
    return entries.value[id];
  }
  function forStep(step: string): readonly RefusedInput[] {
    return list.value.filter((entry) => entry.step === step);
  }

  return { entries, list, refuse, accept, get, forStep };
});
