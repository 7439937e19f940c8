import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { checkStrategy, getFactorSet, measureIndicators, parseProject, objectiveStatuses, projectTrajectory } from '@reen/core';
import { createMemoryHistory } from 'vue-router';
import { useProjectStore } from './project';
import { useStrategyStore } from './strategy';
import { smallProject } from '../../test/unit/helpers';
import { createAppI18n } from '../i18n';
import { createAppRouter } from '../router';
import { plainCopy } from '../lib/project';
import { objectiveFormOf } from '../lib/objectiveForm';
import type { ObjectiveDraft, StrategyDraft } from '../lib/strategy';
import StrategyTrajectory from '../components/strategy/StrategyTrajectory.vue';
import MeasureEditor from '../components/strategy/MeasureEditor.vue';

/** The project as saved (the draft), parsed by the core: what the CLI would read. */
function savedProject(store: ReturnType<typeof useProjectStore>) {
  const parsed = parseProject(plainCopy(store.project));
  if (!parsed.success || !parsed.data.strategy) throw new Error(`invalid project: ${JSON.stringify(parsed.issues)}`);
  return { project: parsed.data, strategy: parsed.data.strategy };
}

function coreTrajectory(store: ReturnType<typeof useProjectStore>) {
  const { project, strategy } = savedProject(store);
  return projectTrajectory(project, strategy.measures, getFactorSet(project.factorSetVersion), {
    baselineYear: strategy.baselineYear,
    horizonYear: strategy.horizonYear,
    method: project.method,
    amortisationYears: project.amortisationYears,
  });
}

describe('useStrategyStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('starts the strategy in the project: baseline = reference year, bilan not frozen until adopted, kept as plain JSON', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    store.ensure();
    const draft = projectStore.project!['strategy'] as Record<string, unknown>;
    expect(draft).toMatchObject({ version: 1, baselineYear: 2024, horizonYear: 2030, legal: { entityKind: 'commune' } });
    expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
    expect(store.strategy?.bilan.footprint).toBeUndefined();
    store.freezeBilan();
    expect(store.strategy?.bilan.footprint?.total.co2eKg.toFixed()).toBe((await import('./footprint')).useFootprintStore().result!.total.co2eKg.toFixed());
  });

  it('shows lever effects equal to the core’s scenario output (trajectory and each measure’s contribution)', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    expect(store.addMeasure('allonger-duree-vie-portables', ['co2e-t'])).toBeDefined();
    const measure = store.draft!.measures![0]!;
    (measure.levers![0] as { extraYears: string }).extraYears = '3';
    measure.start = '2026-01-01';

    const expected = coreTrajectory(projectStore);
    const shown = store.trajectory!;
    expect(shown.years.map((y) => [y.year, y.trend.total.co2eKg.toFixed(), y.scenario.total.co2eKg.toFixed()])).toEqual(
      expected.years.map((y) => [y.year, y.trend.total.co2eKg.toFixed(), y.scenario.total.co2eKg.toFixed()]),
    );
    const horizon = expected.years.at(-1)!;
    expect(horizon.scenario.total.co2eKg.lt(horizon.trend.total.co2eKg)).toBe(true);
    // Before its start year (2026) the measure changes nothing.
    const y2025 = expected.years.find((y) => y.year === 2025)!;
    expect(y2025.scenario.total.co2eKg.toFixed()).toBe(y2025.trend.total.co2eKg.toFixed());

    // The components print the same values.
    const i18n = createAppI18n('fr');
    const router = createAppRouter(createMemoryHistory());
    const table = mount(StrategyTrajectory, { global: { plugins: [i18n, router] } });
    const cells = table.findAll('[data-testid="trajectory"] tbody tr .scenario').map((c) => c.attributes('data-value'));
    expect(cells).toEqual(expected.years.map((y) => y.scenario.total.co2eKg.toFixed()));
    // The per-measure contributions come in a deferred second pass, then equal the core's.
    expect(store.calculating).toBe(true);
    await vi.waitFor(() => expect(store.calculating).toBe(false));
    const indicators = (i: Record<string, { toFixed(): string }>) => Object.fromEntries(Object.entries(i).map(([k, v]) => [k, v.toFixed()]));
    expect(store.trajectory!.years.map((y) => [y.contributions.map((c) => [c.measureId, indicators(c.reduction)]), indicators(y.interaction)])).toEqual(
      expected.years.map((y) => [y.contributions.map((c) => [c.measureId, indicators(c.reduction)]), indicators(y.interaction)]),
    );
    const editor = mount(MeasureEditor, { props: { measureId: measure.id }, global: { plugins: [i18n, router] } });
    expect(editor.find('[data-testid="measure-effect"]').attributes('data-value')).toBe(horizon.contributions[0]!.reduction.co2eKg.toFixed());
    // A space after the colon: « Effet seule à l’horizon : −… t CO2e en … ».
    expect(editor.get('[data-testid="measure-effect"]').text()).toMatch(/^Effet seule à l’horizon : −\d+,\d t CO2e en \d{4} par rapport à la tendance\.$/);
  });

  it('creates an objective from a template with the baseline from the bilan, tracked as the core tracks it', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    expect(store.addObjective('co2e-reduction', { label: '−30 % de t CO2e d’ici 2030', indicatorLabel: 'Émissions', target: '-30', targetYear: 2030, kind: 'multi-year' })).toBe(true);
    const { strategy } = savedProject(projectStore);
    const objective = strategy.objectives[0]!;
    expect(objective.baseline.value.toFixed()).toBe(store.trajectory!.years[0]!.trend.total.co2eKg.dividedBy(1000).toFixed());
    expect(strategy.indicators[0]!.values).toEqual([{ year: 2024, value: objective.baseline.value, comment: 'bilan' }]);
    expect(store.tracking.map((t) => t.status)).toEqual(objectiveStatuses(strategy, { asOf: new Date().toISOString().slice(0, 10), trajectory: coreTrajectory(projectStore) }).map((t) => t.status));
    expect(store.tracking[0]!.status).toBe('off-track');
  });

  it('tags an objective with the entities it belongs to, and drops the field when it is common again', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    expect(store.addObjective('co2e-reduction', { label: '−30 % de t CO2e d’ici 2030', indicatorLabel: 'Émissions', target: '-30', targetYear: 2030, kind: 'multi-year' })).toBe(true);
    const draft = () => (projectStore.project!['strategy'] as { objectives: ObjectiveDraft[] }).objectives[0]!;
    const form = objectiveFormOf(draft(), projectStore.project!['strategy'] as StrategyDraft);
    expect(form.entityIds).toEqual([]);
    expect(store.saveObjective({ ...form, entityIds: ['cias'] }, false, 'Émissions')).toBe(true);
    expect(savedProject(projectStore).strategy.objectives[0]!.entityIds).toEqual(['cias']);
    expect(store.saveObjective({ ...form, entityIds: [] }, false, 'Émissions')).toBe(true);
    expect('entityIds' in draft()).toBe(false);
  });

  it('runs the completeness check down to zero blocking items', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    store.ensure();
    expect(store.checkItems.filter((i) => i.severity === 'blocking').map((i) => i.code)).toEqual([
      'actors_missing',
      'bilan_footprint_missing',
      'indicators_missing',
      'objectives_missing',
      'measures_missing',
    ]);
    store.freezeBilan();
    store.addActor({ name: 'DSI', kind: 'internal-service', role: 'Pilote' });
    store.addObjective('co2e-reduction', { label: 'Objectif', indicatorLabel: 'Émissions', target: '-30', targetYear: 2030, kind: 'multi-year' });
    store.addMeasure('allonger-duree-vie-portables', ['co2e-t']);
    expect(store.blockingCount).toBe(1);
    store.draft!.measures![0]!.fte = '0.2';
    expect(store.blockingCount).toBe(0);
    expect(checkStrategy(savedProject(projectStore).strategy).filter((i) => i.severity === 'blocking')).toEqual([]);
  });

  it('records year N values and keeps N−1 for the yearly bilan', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    store.addObjective('co2e-reduction', { label: 'Objectif', indicatorLabel: 'Émissions', target: '-30', targetYear: 2030, kind: 'multi-year' });
    const id = store.draft!.indicators![0]!.id;
    store.recordValue(id, 2025, '1.5');
    const line = store.yearlyBilan(2025)!.indicators[0]!;
    expect(line.value?.toFixed()).toBe('1.5');
    expect(line.previousValue?.toFixed()).toBe(store.draft!.indicators![0]!.values![0]!.value);
    store.recordValue(id, 2025, undefined);
    expect(store.yearlyBilan(2025)!.indicators[0]!.value).toBeUndefined();
  });
});

describe('useStrategyStore yearly follow-up from a new inventory', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('recomputes year N from the new bilan with the core, keeps N−1, and compares both years on the same factor set', async () => {
    const projectStore = useProjectStore();
    await projectStore.importProjectObject(smallProject());
    const store = useStrategyStore();
    store.addObjective('co2e-reduction', { label: 'Objectif', indicatorLabel: 'Émissions', target: '-30', targetYear: 2030, kind: 'multi-year' });
    store.freezeBilan(); // the strategy is adopted on the 2024 bilan
    const baseline = store.draft!.indicators![0]!.values![0]!;
    // Year N = 2025: a new inventory (20 laptops instead of 10) and the reference year moved to 2025.
    projectStore.project!.organisation.referenceYear = 2025;
    projectStore.project!.inventory[0]!.quantity = 20;
    expect(store.recordComputedValues()).toBe(2025);
    const { project, strategy } = savedProject(projectStore);
    const footprint = (await import('./footprint')).useFootprintStore().result!;
    const expected = measureIndicators(project, footprint, getFactorSet(project.factorSetVersion));
    expect(strategy.indicators[0]!.values.map((v) => [v.year, v.value.toFixed()])).toEqual([
      [2024, baseline.value],
      [2025, expected.values['co2e-t']!.toFixed()],
    ]);
    const yearly = store.yearlyBilan(2025)!;
    expect(yearly.footprint.comparable).toBe(true);
    expect(yearly.footprint.previous?.year).toBe(2024);
    expect(yearly.footprint.current?.total.co2eKg.toFixed()).toBe(footprint.total.co2eKg.toFixed());
    expect(yearly.indicators[0]!.previousValue?.toFixed()).toBe(baseline.value);
  });
});
