/**
 * The objective form of the Objectifs step, as plain values: what a row of the objectives table
 * edits (label, axis, nature, reference, target) and, for a new objective, on which indicator it
 * rests (a template's, any computed indicator, or a custom one with its unit). No arithmetic.
 */
import { INDICATOR_KINDS, type IndicatorKind } from '@reen/core';
import { OBJECTIVE_TEMPLATES, type ObjectiveDraft, type ObjectiveTemplate, type StrategyDraft } from './strategy';

export interface ObjectiveForm {
  id: string;
  /** A template id, or `indicator` for an objective on any indicator. */
  template: ObjectiveTemplate['id'] | 'indicator';
  indicatorKind: IndicatorKind;
  /** Unit and direction of a custom indicator. */
  unit: string | undefined;
  direction: 'decrease' | 'increase';
  label: string;
  axis: string;
  /** Entities of a shared DSI whose own objective it is; absent or empty: common to all. */
  entityIds?: string[];
  kind: 'annual' | 'multi-year';
  baselineValue: string | undefined;
  targetMode: 'absolute' | 'relative';
  targetValue: string | undefined;
  targetYear: number | undefined;
}

/** Indicator kinds an objective can rest on: every computed one, then the recorded ones and `custom`. */
export const OBJECTIVE_INDICATOR_KINDS = Object.keys(INDICATOR_KINDS) as IndicatorKind[];

/** A new objective's form, from a template (or a free objective on the tCO2e indicator). */
export function newObjectiveForm(templateId: ObjectiveForm['template'], horizonYear: number | undefined): ObjectiveForm {
  const template = OBJECTIVE_TEMPLATES.find((t) => t.id === templateId);
  return {
    id: '',
    template: templateId,
    indicatorKind: template?.kind ?? 'co2e-t',
    unit: undefined,
    direction: template?.direction ?? 'decrease',
    label: '',
    axis: template?.axis ?? 'lifecycle',
    entityIds: [],
    kind: 'multi-year',
    baselineValue: undefined,
    targetMode: template?.mode ?? 'relative',
    targetValue: template?.suggestedTarget,
    targetYear: horizonYear,
  };
}

/** The form of an existing objective. */
export function objectiveFormOf(objective: ObjectiveDraft, draft: StrategyDraft): ObjectiveForm {
  const indicator = draft.indicators?.find((i) => i.id === objective.indicatorId);
  return {
    id: objective.id,
    template: 'indicator',
    indicatorKind: indicator?.kind ?? 'custom',
    unit: indicator?.unit,
    direction: indicator?.direction ?? 'decrease',
    label: objective.label,
    axis: objective.axis,
    entityIds: [...(objective.entityIds ?? [])],
    kind: objective.kind,
    baselineValue: String(objective.baseline.value),
    targetMode: objective.target.mode,
    targetValue: String(objective.target.value),
    targetYear: objective.target.year,
  };
}
