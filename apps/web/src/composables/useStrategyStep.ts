import { onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { AXIS_LABELS, BUILT_IN_AXIS_IDS, formatStrategyMessage, indicatorUnit, roundForDisplay } from '@reen/core';
import type { Dec, StrategyCheckItem } from '@reen/core';
import { useStepTitle } from './useStepTitle';
import { useStrategyStore } from '../stores/strategy';
import type { Locale } from '../i18n';

/**
 * Shared set-up of the strategy steps (part 2): focus on the step title, the strategy started in the
 * project (so that the step binds to its draft), and wording helpers from the core's label maps.
 */
export function useStrategyStep() {
  useStepTitle();
  const helpers = useStrategyFormat();
  onMounted(() => {
    helpers.store.ensure();
  });
  return helpers;
}

/** Wording and formatting helpers of the strategy steps and their components. */
export function useStrategyFormat() {
  const store = useStrategyStore();
  const { t, te, locale } = useI18n();

  const lang = (): Locale => (locale.value === 'en' ? 'en' : 'fr');

  /** Label of an axis id (built-in axes from the core; custom ones as declared). */
  function axisLabel(axis: string): string {
    if ((BUILT_IN_AXIS_IDS as readonly string[]).includes(axis)) return AXIS_LABELS[axis as keyof typeof AXIS_LABELS][lang()];
    return store.draft?.customAxes?.find((a) => `custom:${a.id}` === axis)?.label ?? axis;
  }

  /** Every axis of the strategy (built-in, then the custom ones), for the axis selects. */
  function axisOptions(): { value: string; label: string }[] {
    const custom = (store.draft?.customAxes ?? []).map((a) => `custom:${a.id}`);
    return [...BUILT_IN_AXIS_IDS, ...custom].map((value) => ({ value, label: axisLabel(value) }));
  }

  /** A unit worded (t CO2e, m³, ans, %…); a custom unit as typed; '' for a ratio or a count (never « () »). */
  function unitOf(unit: string | undefined): string {
    if (!unit || unit === 'ratio' || unit === 'count') return '';
    const key = `strategy.units.${unit.replace(/[^a-z0-9]/gi, '_')}`;
    return te(key) ? t(key) : unit;
  }

  /** « Référence figée : … ; le bilan actuel donne … » for an objective whose frozen reference drifted (> 5 %), else ''. */
  function driftText(objectiveId: string): string {
    const drift = store.baselineDrifts.get(objectiveId);
    if (!drift) return '';
    const objective = store.strategy?.objectives.find((o) => o.id === objectiveId);
    const indicator = store.strategy?.indicators.find((i) => i.id === objective?.indicatorId);
    const u = indicator ? unitOf(indicatorUnit(indicator)) : '';
    const value = (v: Dec): string => `${formatDec(v, 2)} ${u}`.trim();
    return t('strategy.objectives.drift', { frozen: value(drift.frozen), live: value(drift.live), percent: formatDec(drift.drift.times(100), 1) });
  }

  /** A check item worded by the core's message maps. */
  function checkText(item: Pick<StrategyCheckItem, 'code' | 'params'>): string {
    return formatStrategyMessage(item.code, item.params, lang());
  }

  /** A decimal rounded for display and grouped in the UI's locale (no float maths). */
  function formatDec(value: Dec | undefined, decimals: number): string {
    if (value === undefined) return '—';
    const format = new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return format.format(roundForDisplay(value, decimals) as unknown as number);
  }

  return { store, t, locale, lang, axisLabel, axisOptions, unitOf, driftText, checkText, formatDec };
}
