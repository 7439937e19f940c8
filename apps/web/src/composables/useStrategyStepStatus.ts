import { computed, type ComputedRef } from 'vue';
import { checkStrategy } from '@reen/core';
import type { StrategyDraft } from '../lib/strategy';
import { useProjectStore } from '../stores/project';

/**
 * Whether each strategy step (part 2) has been filled in, for the progress indicator; merged into
 * `useStepStatus`. Presence only, except the Document step, done when the core's completeness
 * check has no blocking item.
 */
export function useStrategyStepStatus(): ComputedRef<Record<string, boolean>> {
  const store = useProjectStore();
  return computed(() => {
    const draft = store.project?.['strategy'] as StrategyDraft | undefined;
    const strategy = store.parsed?.success ? store.parsed.data.strategy : undefined;
    const laterValue = (draft?.indicators ?? []).some((i) => (i.values ?? []).some((v) => v.year > (draft?.baselineYear ?? Number.POSITIVE_INFINITY)));
    return {
      actors: (draft?.actors ?? []).length > 0,
      vision: draft?.edito !== undefined || (draft?.vision?.pillars ?? []).length > 0,
      governance: draft?.governance?.copil !== undefined || (draft?.consultation ?? []).length > 0 || (draft?.communication ?? []).length > 0,
      'engaged-actions': (draft?.engagedActions ?? []).length > 0,
      maturity: (draft?.maturity ?? []).length > 0,
      objectives: (draft?.objectives ?? []).length > 0,
      measures: (draft?.measures ?? []).length > 0,
      document: strategy !== undefined && !checkStrategy(strategy).some((i) => i.severity === 'blocking'),
      'follow-up': laterValue,
    };
  });
}
