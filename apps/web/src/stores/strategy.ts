import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import {
  baselineDrift,
  buildYearlyBilan,
  checkStrategy,
  computeWorkstationLifetime,
  isBaselineAdrift,
  D,
  INDICATORS,
  measureIndicators,
  measureProjectIndicators,
  syncProjectIndicators,
  getMaturityQuestionnaire,
  pointValue,
  projectTrajectory,
  scoreMaturity,
  objectiveStatuses,
} from '@reen/core';
import type {
  Dec,
  Indicators,
  MaturityResult,
  MeasureContribution,
  ObjectiveTracking,
  Strategy,
  StrategyCheckItem,
  StrategyInputs,
  Trajectory,
  YearlyBilan,
} from '@reen/core';
import { newId } from '../lib/project';
import { todayIso } from '../lib/documentExport';
import type { ObjectiveForm } from '../lib/objectiveForm';
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
  /**
   * The parsed strategy, its inclusion, awareness and eco-design indicators read from the project's
   * records up to this year (core `syncProjectIndicators`, as the documents do): one truth.
   */
  const strategy = computed<Strategy | undefined>(() => {
    const parsed = project.value;
    if (!parsed?.strategy) return undefined;
    return syncProjectIndicators(parsed.strategy, parsed, footprintStore.factorSet, Math.max(parsed.organisation.referenceYear, Number(todayIso().slice(0, 4))));
  });

  /**
   * Starts the strategy of the project (baseline: the bilan's reference year). The reference bilan
   * is not frozen yet: the objectives' reference values follow the live bilan until the user
   * freezes it, when the strategy is adopted.
   */
  function ensure(): StrategyDraft | undefined {
    const current = projectStore.project;
    if (!current) return undefined;
    if (!current['strategy']) {
      current['strategy'] = newStrategyDraft({
        organisationKind: current.organisation.kind,
        referenceYear: current.organisation.referenceYear,
        agents: current.organisation.agents,
        result: undefined,
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

  /** The core's projection options of the strategy, or undefined when there is nothing to project. */
  const projection = computed(() => {
    const s = strategy.value;
    const p = project.value;
    if (!s || !p || !inputs.value || s.horizonYear < s.baselineYear) return undefined;
    return {
      inputs: inputs.value,
      measures: s.measures,
      factorSet: footprintStore.factorSet,
      options: { baselineYear: s.baselineYear, horizonYear: s.horizonYear, method: p.method, amortisationYears: p.amortisationYears, stockRule: p.stockRule ?? 'beges' },
    };
  });

  /**
   * First pass: trend against scenario without per-measure contributions (the core's
   * `projectTrajectory` with `contributions: false`, two simulations).
   */
  const scenarioTrajectory = computed<Trajectory | undefined>(() => {
    const p = projection.value;
    return p ? projectTrajectory(p.inputs, p.measures, p.factorSet, { ...p.options, contributions: false }) : undefined;
  });

  /**
   * Second pass, deferred: each measure's contribution, one macrotask per measure so that no single
   * main-thread task runs every simulation. A measure's contribution is the core's own: with a single
   * measure the core's contribution is trend − scenario of that measure alone, exactly what
   * `projectTrajectory` computes for the full plan. A generation counter drops stale passes.
   */
  const contributionPass = shallowRef<{ base: Trajectory; byMeasure: (readonly (MeasureContribution | undefined)[])[] } | undefined>(undefined);
  let generation = 0;
  watch(
    scenarioTrajectory,
    (base) => {
      generation += 1;
      const current = generation;
      contributionPass.value = undefined;
      const p = projection.value;
      if (!base || !p || base.measureIds.length === 0) return;
      const active = base.measureIds.map((id) => p.measures.find((m) => m.id === id)).filter((m) => m !== undefined);
      const byMeasure: (readonly (MeasureContribution | undefined)[])[] = [];
      const step = (): void => {
        if (current !== generation) return;
        const measure = active[byMeasure.length];
        if (!measure) {
          contributionPass.value = { base, byMeasure };
          return;
        }
        const alone = projectTrajectory(p.inputs, [measure], p.factorSet, p.options);
        byMeasure.push(alone.years.map((y) => y.contributions[0]));
        setTimeout(step, 0);
      };
      setTimeout(step, 0);
    },
    { immediate: true },
  );

  /** a + b and a − b indicator by indicator, in the core's order (its `plusIndicators` / `minusIndicators`). */
  const combine = (a: Indicators, b: Indicators, op: 'plus' | 'minus'): Indicators =>
    Object.fromEntries(INDICATORS.map((i) => [i, a[i][op](b[i])])) as unknown as Indicators;
  const zeroIndicators = (): Indicators => Object.fromEntries(INDICATORS.map((i) => [i, new D(0)])) as unknown as Indicators;

  /** Whether the per-measure contributions are still being computed (the scenario is already shown). */
  const calculating = computed(() => {
    const base = scenarioTrajectory.value;
    return base !== undefined && base.measureIds.length > 0 && contributionPass.value?.base !== base;
  });

  /**
   * Trend against scenario from the baseline to the horizon, with each measure's contribution once the
   * deferred pass is done: then equal to the core's `projectTrajectory` with contributions.
   */
  const trajectory = computed<Trajectory | undefined>(() => {
    const base = scenarioTrajectory.value;
    const pass = contributionPass.value;
    if (!base || !pass || pass.base !== base) return base;
    return {
      ...base,
      years: base.years.map((y, index) => {
        const contributions = pass.byMeasure.map((c) => c[index]).filter((c) => c !== undefined);
        const saved = combine(y.trend.total, y.scenario.total, 'minus');
        const interaction = combine(saved, contributions.reduce((acc, c) => combine(acc, c.reduction, 'plus'), zeroIndicators()), 'minus');
        return { ...y, contributions, interaction };
      }),
    };
  });

  /** The date the objectives' statuses are stated at (today, ISO), shown next to every status. */
  const statusDate = computed(() => todayIso());
  const tracking = computed<readonly ObjectiveTracking[]>(() => (strategy.value ? objectiveStatuses(strategy.value, { asOf: statusDate.value, trajectory: trajectory.value }) : []));
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
      syncBaselines(d);
    });
  }

  // ---- actors ------------------------------------------------------------------------------
  /** Adds an actor; returns its new id. */
  function addActor(actor: Omit<ActorDraft, 'id'>): string {
    const id = newId('actor-');
    edit((d) => {
      d.actors = [...(d.actors ?? []), { id, ...actor }];
    });
    return id;
  }
  /** Replaces an actor by its edited copy (same id). */
  function updateActor(actor: ActorDraft): void {
    edit((d) => {
      d.actors = (d.actors ?? []).map((a) => (a.id === actor.id ? actor : a));
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
  function updateEngagedAction(action: EngagedActionDraft): void {
    edit((d) => {
      d.engagedActions = (d.engagedActions ?? []).map((a) => (a.id === action.id ? action : a));
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
    if (template.kind === 'average-lifetime-years') {
      const p = project.value;
      return p ? computeWorkstationLifetime(p.inventory, p.organisation.referenceYear)?.years : undefined;
    }
    const first = trajectory.value?.years[0];
    const fromTrajectory = first ? pointValue(first.trend, template.kind) : undefined;
    if (fromTrajectory !== undefined || !project.value) return fromTrajectory;
    // Eco-design, inclusion and awareness kinds: measured from the project's records of the baseline year.
    const year = draft.value?.baselineYear ?? project.value.organisation.referenceYear;
    return (measureProjectIndicators(project.value, footprintStore.factorSet, year).values as Partial<Record<string, Dec>>)[template.kind];
  }

  /** The live reference value of each indicator kind the strategy follows (from the bilan computed now). */
  const liveBaselines = computed<ReadonlyMap<string, Dec>>(() => {
    const map = new Map<string, Dec>();
    // Only the bilan of the strategy's reference year gives reference values (not a later year's, in the follow-up).
    if (project.value?.organisation.referenceYear !== draft.value?.baselineYear) return map;
    for (const indicator of draft.value?.indicators ?? []) {
      if (map.has(indicator.kind)) continue;
      const value = baselineValue(indicator);
      if (value !== undefined) map.set(indicator.kind, value);
    }
    return map;
  });

  /**
   * Writes the live reference values into the objectives (and their indicator's reference-year
   * value) of the reference year: always while the bilan is not frozen, and once when it is frozen
   * (again). Only values that change are written, so autosave does not churn.
   */
  function syncBaselines(d: StrategyDraft): void {
    for (const indicator of d.indicators ?? []) {
      const live = liveBaselines.value.get(indicator.kind)?.toFixed();
      if (live === undefined) continue;
      for (const objective of d.objectives ?? []) {
        if (objective.indicatorId === indicator.id && objective.baseline.year === d.baselineYear && String(objective.baseline.value) !== live) objective.baseline.value = live;
      }
      const value = (indicator.values ?? []).find((v) => v.year === d.baselineYear);
      if (value && value.comment === 'bilan' && String(value.value) !== live) value.value = live;
    }
  }
  watch(
    () => [draft.value?.bilan?.footprint === undefined, [...liveBaselines.value].map(([k, v]) => `${k}=${v.toFixed()}`).join(), draft.value?.objectives?.length] as const,
    ([live]) => {
      if (live && draft.value) syncBaselines(draft.value);
    },
    { immediate: true },
  );

  /** Objectives whose frozen reference value is more than 5 % away from the live bilan (core's `isBaselineAdrift`). */
  const baselineDrifts = computed<ReadonlyMap<string, { frozen: Dec; live: Dec; drift: Dec }>>(() => {
    const map = new Map<string, { frozen: Dec; live: Dec; drift: Dec }>();
    const s = strategy.value;
    if (!s?.bilan.footprint) return map;
    for (const objective of s.objectives) {
      const indicator = s.indicators.find((i) => i.id === objective.indicatorId);
      const live = indicator ? liveBaselines.value.get(indicator.kind) : undefined;
      if (!live || objective.baseline.year !== s.baselineYear || !isBaselineAdrift(objective.baseline.value, live)) continue;
      map.set(objective.id, { frozen: objective.baseline.value, live, drift: baselineDrift(objective.baseline.value, live)! });
    }
    return map;
  });

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
  /** The reference value of an indicator kind from the bilan (trajectory's baseline year), if computed. */
  function baselineOfKind(kind: IndicatorDraft['kind']): Dec | undefined {
    return baselineValue({ kind });
  }

  /**
   * Saves an objective from the Objectifs form: a new one rests on the strategy's indicator of its
   * kind (created once per computed kind; a custom indicator is created with its unit), an existing
   * one keeps its indicator. Returns false when the form misses a value.
   */
  /** An objective tagged with its entities, or without the field when it is common to all. */
  function withEntities(objective: ObjectiveDraft, entityIds: readonly string[]): ObjectiveDraft {
    const { entityIds: _previous, ...rest } = objective;
    return entityIds.length > 0 ? { ...rest, entityIds: [...entityIds] } : rest;
  }
  function saveObjective(form: ObjectiveForm, isNew: boolean, indicatorLabel: string): boolean {
    const d = ensure();
    if (!d || form.baselineValue === undefined || form.targetValue === undefined || form.targetYear === undefined) return false;
    const target = { year: form.targetYear, mode: form.targetMode, value: form.targetValue };
    if (!isNew) {
      d.objectives = (d.objectives ?? []).map((o) =>
        o.id === form.id ? withEntities({ ...o, label: form.label, axis: form.axis, kind: form.kind, baseline: { ...o.baseline, value: form.baselineValue ?? o.baseline.value }, target }, form.entityIds ?? []) : o,
      );
      return true;
    }
    let indicator = form.indicatorKind === 'custom' ? undefined : (d.indicators ?? []).find((i) => i.kind === form.indicatorKind);
    if (!indicator) {
      indicator = {
        id: newId('indicator-'),
        label: indicatorLabel,
        kind: form.indicatorKind,
        direction: form.direction,
        ...(form.indicatorKind === 'custom' && form.unit ? { unit: form.unit } : {}),
        values: [{ year: d.baselineYear, value: form.baselineValue, comment: 'bilan' }],
      } satisfies IndicatorDraft;
      d.indicators = [...(d.indicators ?? []), indicator];
    }
    const objective: ObjectiveDraft = {
      id: newId('objective-'),
      label: form.label,
      indicatorId: indicator.id,
      axis: form.axis,
      kind: form.kind,
      baseline: { year: d.baselineYear, value: form.baselineValue },
      target,
    };
    d.objectives = [...(d.objectives ?? []), withEntities(objective, form.entityIds ?? [])];
    return true;
  }
  function removeObjective(id: string): void {
    edit((d) => {
      d.objectives = (d.objectives ?? []).filter((o) => o.id !== id);
    });
  }

  // ---- measures ----------------------------------------------------------------------------
  /** Adds a catalogue measure to the plan, linked to the strategy's indicators of the kinds it serves. */
  function addMeasure(catalogueId: string, kinds: readonly string[], leverParameters?: Record<string, unknown>): MeasureDraft | undefined {
    const d = ensure();
    if (!d) return undefined;
    const indicatorIds = (d.indicators ?? []).filter((i) => kinds.includes(i.kind)).map((i) => i.id);
    const outcome = measureDraftFromCatalogue(catalogueId, { fields: { indicatorIds }, ...(leverParameters ? { leverParameters } : {}) });
    if (!outcome.ok) return undefined;
    d.measures = [...(d.measures ?? []), outcome.measure];
    return outcome.measure;
  }
  function removeMeasure(id: string): void {
    edit((d) => {
      d.measures = (d.measures ?? []).filter((m) => m.id !== id);
    });
  }
  /** Runs an edit on one measure of the draft (nothing when it is gone). */
  function editMeasure(id: string, change: (measure: MeasureDraft) => void): void {
    edit((d) => {
      const measure = d.measures?.find((m) => m.id === id);
      if (measure) change(measure);
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
    // Eco-design, inclusion and awareness indicators, measured from the project's own records.
    const recorded = project.value ? measureProjectIndicators(project.value, footprintStore.factorSet, measured.year).values : {};
    for (const indicator of d.indicators ?? []) {
      const computedValue = measured.values[indicator.kind];
      const value = computedValue ?? (recorded as Partial<Record<string, Dec>>)[indicator.kind];
      if (value === undefined) continue;
      const others = (indicator.values ?? []).filter((v) => v.year !== measured.year);
      const stamp = computedValue !== undefined ? { factorSetVersion: measured.factorSetVersion } : {};
      indicator.values = [...others, { year: measured.year, value: value.toFixed(), ...stamp }].sort((a, b) => a.year - b.year);
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
    calculating,
    tracking,
    statusDate,
    checkItems,
    blockingCount,
    maturity,
    questionnaire,
    snapshotStale,
    baselineDrifts,
    ensure,
    edit,
    freezeBilan,
    addActor,
    updateActor,
    removeActor,
    addEngagedAction,
    updateEngagedAction,
    removeEngagedAction,
    answer,
    baselineValue,
    addObjective,
    baselineOfKind,
    saveObjective,
    removeObjective,
    addMeasure,
    removeMeasure,
    measureDraft,
    editMeasure,
    recordValue,
    recordYearFootprint,
    recordComputedValues,
    yearlyBilan,
  };
});
