import { defineStore } from 'pinia';
import { computed } from 'vue';
import {
  buildYearlyBilan,
  checkStrategy,
  measureIndicators,
  getMaturityQuestionnaire,
  pointValue,
  projectTrajectory,
  scoreMaturity,
  trackObjectives,
} from '@reen/core';
import type {
  Dec,
  MaturityResult,
  ObjectiveTracking,
  Strategy,
  StrategyCheckItem,
  StrategyInputs,
  Trajectory,
  YearlyBilan,
} from '@reen/core';
import { newId } from '../lib/project';
import {
  encodeSnapshot,
  measureDraftFromCatalogue,
  newStrategyDraft,
  OBJECTIVE_TEMPLATES,
  type ActorDraft,
  type EngagedActionDraft,
  type IndicatorDraft,
  type MeasureDraft,
  type ObjectiveDraft,
  type ObjectiveTemplate,
  type StrategyDraft,
} from '../lib/strategy';
import { useFootprintStore } from './footprint';
import { useProjectStore } from './project';

/**
 * The stratégie numérique responsable of the open project. Inputs live in the project's `strategy`
 * field (plain JSON, decimals as strings) and are saved by the project store's autosave; every
 * result (trajectory, tracking, completeness check, maturity scores, yearly bilan) is a computed
 * that calls the core. Nothing is computed here.
 */
export const useStrategyStore = defineStore('strategy', () => {
  const projectStore = useProjectStore();
  const footprintStore = useFootprintStore();

  /** The editable draft, or undefined before the strategy is started. */
  const draft = computed<StrategyDraft | undefined>(() => projectStore.project?.['strategy'] as StrategyDraft | undefined);

  /** The parsed project (with its parsed strategy) when the whole project is valid. */
  const project = computed(() => (projectStore.parsed?.success ? projectStore.parsed.data : undefined));
  const strategy = computed<Strategy | undefined>(() => project.value?.strategy);

  /** Starts the strategy of the project (baseline: the bilan's reference year, frozen now). */
  function ensure(): StrategyDraft | undefined {
    const current = projectStore.project;
    if (!current) return undefined;
    if (!current['strategy']) {
      current['strategy'] = newStrategyDraft({
        organisationKind: current.organisation.kind,
        referenceYear: current.organisation.referenceYear,
        agents: current.organisation.agents,
        result: footprintStore.result,
        now: new Date(),
      });
    }
    return current['strategy'] as StrategyDraft;
  }

  /** Runs an edit on the draft (created if needed); the project store's deep watch saves it. */
  function edit(change: (draft: StrategyDraft) => void): void {
    const d = ensure();
    if (d) change(d);
  }

  const inputs = computed<StrategyInputs | undefined>(() =>
    project.value
      ? { organisation: project.value.organisation, inventory: project.value.inventory, hosting: project.value.hosting, usage: project.value.usage }
      : undefined,
  );

  /** Trend against scenario from the baseline to the horizon, with each measure's contribution (core). */
  const trajectory = computed<Trajectory | undefined>(() => {
    const s = strategy.value;
    const p = project.value;
    if (!s || !p || !inputs.value || s.horizonYear < s.baselineYear) return undefined;
    return projectTrajectory(inputs.value, s.measures, footprintStore.factorSet, {
      baselineYear: s.baselineYear,
      horizonYear: s.horizonYear,
      method: p.method,
      amortisationYears: p.amortisationYears,
    });
  });

  const tracking = computed<readonly ObjectiveTracking[]>(() => (strategy.value ? trackObjectives(strategy.value, trajectory.value) : []));
  const checkItems = computed<readonly StrategyCheckItem[]>(() => (strategy.value ? checkStrategy(strategy.value) : []));
  const blockingCount = computed(() => checkItems.value.filter((i) => i.severity === 'blocking').length);
  const maturity = computed<MaturityResult>(() => scoreMaturity(strategy.value?.maturity ?? []));
  const questionnaire = getMaturityQuestionnaire();

  /** Whether the frozen bilan differs from the bilan computed now (inventory or factors changed). */
  const snapshotStale = computed(() => {
    const frozen = strategy.value?.bilan.footprint;
    const now = footprintStore.result;
    if (!frozen || !now) return false;
    return frozen.year !== now.year || frozen.factorSetVersion !== now.factorSetVersion || !frozen.total.co2eKg.eq(now.total.co2eKg);
  });

  // ---- frame and bilan ---------------------------------------------------------------------
  function freezeBilan(): void {
    const result = footprintStore.result;
    if (!result) return;
    edit((d) => {
      d.bilan = { ...(d.bilan ?? { history: [] }), footprint: encodeSnapshot(result, new Date().toISOString()) };
    });
  }

  // ---- actors ------------------------------------------------------------------------------
  function addActor(actor: Omit<ActorDraft, 'id'>): void {
    edit((d) => {
      d.actors = [...(d.actors ?? []), { id: newId('actor-'), ...actor }];
    });
  }
  function removeActor(id: string): void {
    edit((d) => {
      d.actors = (d.actors ?? []).filter((a) => a.id !== id);
    });
  }

  // ---- engaged actions ---------------------------------------------------------------------
  function addEngagedAction(action: Omit<EngagedActionDraft, 'id'>): void {
    edit((d) => {
      d.engagedActions = [...(d.engagedActions ?? []), { id: newId('action-'), ...action }];
    });
  }
  function removeEngagedAction(id: string): void {
    edit((d) => {
      d.engagedActions = (d.engagedActions ?? []).filter((a) => a.id !== id);
    });
  }

  // ---- maturity ----------------------------------------------------------------------------
  function answer(questionId: string, value: 'yes' | 'partial' | 'no'): void {
    edit((d) => {
      const others = (d.maturity ?? []).filter((a) => a.questionId !== questionId);
      d.maturity = [...others, { questionId, answer: value }];
    });
  }

  // ---- objectives --------------------------------------------------------------------------
  /** The baseline value of a template's indicator, from the trajectory's baseline year (core's `pointValue`). */
  function baselineValue(template: Pick<ObjectiveTemplate, 'kind'>): Dec | undefined {
    const first = trajectory.value?.years[0];
    return first ? pointValue(first.trend, template.kind) : undefined;
  }

  /**
   * Adds an objective from a template: its indicator (created once per kind) and the objective with
   * its baseline taken from the bilan.
   */
  function addObjective(templateId: ObjectiveTemplate['id'], options: { label: string; indicatorLabel: string; target: string; targetYear: number; kind: 'annual' | 'multi-year' }): boolean {
    const template = OBJECTIVE_TEMPLATES.find((t) => t.id === templateId);
    const d = ensure();
    const base = template ? baselineValue(template)?.toFixed() : undefined;
    if (!template || !d || base === undefined) return false;
    let indicator = (d.indicators ?? []).find((i) => i.kind === template.kind);
    if (!indicator) {
      // The baseline is the indicator's recorded value for the baseline year.
      indicator = {
        id: newId('indicator-'),
        label: options.indicatorLabel,
        kind: template.kind,
        direction: template.direction,
        values: [{ year: d.baselineYear, value: base, comment: 'bilan' }],
      } satisfies IndicatorDraft;
      d.indicators = [...(d.indicators ?? []), indicator];
    }
    const objective: ObjectiveDraft = {
      id: newId('objective-'),
      label: options.label,
      indicatorId: indicator.id,
      axis: template.axis,
      kind: options.kind,
      baseline: { year: d.baselineYear, value: base },
      target: { year: options.targetYear, mode: template.mode, value: options.target },
    };
    d.objectives = [...(d.objectives ?? []), objective];
    return true;
  }
  function removeObjective(id: string): void {
    edit((d) => {
      d.objectives = (d.objectives ?? []).filter((o) => o.id !== id);
    });
  }

  // ---- measures ----------------------------------------------------------------------------
  /** Adds a catalogue measure to the plan, linked to the strategy's indicators of the kinds it serves. */
  function addMeasure(catalogueId: string, kinds: readonly string[]): MeasureDraft | undefined {
    const d = ensure();
    if (!d) return undefined;
    const indicatorIds = (d.indicators ?? []).filter((i) => kinds.includes(i.kind)).map((i) => i.id);
    const outcome = measureDraftFromCatalogue(catalogueId, { fields: { indicatorIds } });
    if (!outcome.ok) return undefined;
    d.measures = [...(d.measures ?? []), outcome.measure];
    return outcome.measure;
  }
  function removeMeasure(id: string): void {
    edit((d) => {
      d.measures = (d.measures ?? []).filter((m) => m.id !== id);
    });
  }
  function measureDraft(id: string): MeasureDraft | undefined {
    return draft.value?.measures?.find((m) => m.id === id);
  }

  // ---- yearly follow-up --------------------------------------------------------------------
  /** Records (or replaces) an indicator's value for a year; an empty value removes it. */
  function recordValue(indicatorId: string, year: number, value: string | undefined): void {
    edit((d) => {
      const indicator = (d.indicators ?? []).find((i) => i.id === indicatorId);
      if (!indicator) return;
      const others = (indicator.values ?? []).filter((v) => v.year !== year);
      indicator.values = value === undefined ? others : [...others, { year, value }].sort((a, b) => a.year - b.year);
    });
  }

  /** Records the current bilan as the footprint of its year in the history (a new inventory import for year N). */
  function recordYearFootprint(): void {
    const result = footprintStore.result;
    if (!result) return;
    edit((d) => {
      const bilan = d.bilan ?? { history: [] };
      const history = (bilan.history ?? []).filter((s) => s.year !== result.year);
      bilan.history = [...history, encodeSnapshot(result, new Date().toISOString())].sort((a, b) => a.year - b.year);
      d.bilan = bilan;
    });
  }

  /**
   * Recomputes year N's values from the current bilan (a new inventory imported for year N, the
   * organisation's reference year set to N): the core's `measureIndicators` measures each computed
   * indicator kind, stamped with the factor set, and the footprint of N joins the history. The
   * values of earlier years are kept.
   */
  function recordComputedValues(): number | undefined {
    const result = footprintStore.result;
    const d = ensure();
    if (!result || !d || !inputs.value) return undefined;
    const measured = measureIndicators(inputs.value, result, footprintStore.factorSet);
    for (const indicator of d.indicators ?? []) {
      const value = measured.values[indicator.kind];
      if (value === undefined) continue;
      const others = (indicator.values ?? []).filter((v) => v.year !== measured.year);
      indicator.values = [...others, { year: measured.year, value: value.toFixed(), factorSetVersion: measured.factorSetVersion }].sort((a, b) => a.year - b.year);
    }
    recordYearFootprint();
    return measured.year;
  }

  function yearlyBilan(year: number): YearlyBilan | undefined {
    const s = strategy.value;
    if (!s) return undefined;
    return buildYearlyBilan(s, year, { factorSet: footprintStore.factorSet });
  }

  return {
    draft,
    strategy,
    trajectory,
    tracking,
    checkItems,
    blockingCount,
    maturity,
    questionnaire,
    snapshotStale,
    ensure,
    edit,
    freezeBilan,
    addActor,
    removeActor,
    addEngagedAction,
    removeEngagedAction,
    answer,
    baselineValue,
    addObjective,
    removeObjective,
    addMeasure,
    removeMeasure,
    measureDraft,
    recordValue,
    recordYearFootprint,
    recordComputedValues,
    yearlyBilan,
  };
});
