import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Issue } from '@reen/core';
import { issueText } from '../lib/engine';
import type { Locale } from '../i18n';
import { useInputErrorsStore } from '../stores/inputErrors';
import { useProjectStore } from '../stores/project';

/** Route name of the step that holds each part of the strategy (the second key of its path). */
const STRATEGY_STEPS: Readonly<Record<string, string>> = {
  actors: 'actors',
  legal: 'actors',
  baselineYear: 'actors',
  horizonYear: 'actors',
  bilan: 'actors',
  engagedActions: 'engaged-actions',
  maturity: 'maturity',
  customAxes: 'objectives',
  indicators: 'objectives',
  objectives: 'objectives',
  measures: 'measures',
};

/** Route name of the step where the value an issue points at is typed. */
export function stepOfIssue(issue: Pick<Issue, 'path'>): string {
  const [first, second] = issue.path.map(String);
  if (first === 'inventory' || first === 'inventoryIsEstimate') return 'inventory';
  if (first === 'hosting') return 'hosting';
  if (first === 'usage') return 'usage';
  if (first === 'strategy') return STRATEGY_STEPS[second ?? ''] ?? 'actors';
  return 'organisation';
}

/** The blocking errors of one step: how many, and the first one worded. */
export interface StepErrorSummary {
  readonly step: string;
  readonly count: number;
  readonly first: string;
  /** The field to open (a value refused where it was typed), when known. */
  readonly hash: string | undefined;
}

/**
 * Every step holding a blocking error: the core's validation errors (they stop the bilan) and the
 * values refused where they were typed. In the steps' order.
 */
export function useBlockingErrors() {
  const projectStore = useProjectStore();
  const refused = useInputErrorsStore();
  const { locale } = useI18n();
  return computed<ReadonlyMap<string, StepErrorSummary>>(() => {
    const byStep = new Map<string, { count: number; first: string; hash: string | undefined }>();
    const add = (step: string, text: string, hash?: string): void => {
      const current = byStep.get(step);
      byStep.set(step, current ? { ...current, count: current.count + 1 } : { count: 1, first: text, hash });
    };
    for (const entry of refused.list) if (entry.step) add(entry.step, `${entry.label} — ${entry.message}`, `#${entry.id}`);
    for (const issue of projectStore.issues) if (issue.severity === 'error') add(stepOfIssue(issue), issueText(issue, locale.value as Locale));
    return new Map([...byStep].map(([step, summary]) => [step, { step, ...summary }]));
  });
}
