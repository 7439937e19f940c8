import { computed, shallowRef, type ComputedRef } from 'vue';
import type { StrategyDraft } from '../lib/strategy';
import type { strategyReady } from '../lib/strategyReady';
import { useProjectStore } from '../stores/project';

/** The completeness check, loaded on first use (it stays out of the initial bundle). */
const ready = shallowRef<typeof strategyReady | undefined>();
let loading: Promise<void> | undefined;
function loadCheck(): void {
  loading ??= import('../lib/strategyReady').then((module) => {
    ready.value = module.strategyReady;
  });
}

/**
 * Whether each strategy step (part 2) has been filled in, for the progress indicator; merged into
 * `useStepStatus`. Presence only, except the Document step, done when the core's completeness
 * check has no blocking item (the check loads on demand; until then the step shows as to complete).
 */
export function useStrategyStepStatus(): ComputedRef<Record<string, boolean>> {
  const store = useProjectStore();
  return computed(() => {
    const draft = store.project?.['strategy'] as StrategyDraft | undefined;
    const strategy = store.parsed?.success ? store.parsed.data.strategy : undefined;
    if (strategy !== undefined) loadCheck();
    const laterValue = (draft?.indicators ?? []).some((i) => (i.values ?? []).some((v) => v.year > (draft?.baselineYear ?? Number.POSITIVE_INFINITY)));
    return {
      actors: (draft?.actors ?? []).length > 0,
      vision: draft?.edito !== undefined || (draft?.vision?.pillars ?? []).length > 0,
      governance: draft?.governance?.copil !== undefined || (draft?.consultation ?? []).length > 0 || (draft?.communication ?? []).length > 0,
      'engaged-actions': (draft?.engagedActions ?? []).length > 0,
      maturity: (draft?.maturity ?? []).length > 0,
      objectives: (draft?.objectives ?? []).length > 0,
      measures: (draft?.measures ?? []).length > 0,
      document: strategy !== undefined && ready.value !== undefined && ready.value(strategy),
      'follow-up': laterValue,
    };
  });
}
