import { defineStore } from 'pinia';
import { computed } from 'vue';
import { BUILT_IN_AXIS_IDS, suggestEdito } from '@reen/core';
import type { StrategyDraft } from '../lib/strategy';
import { useFootprintStore } from './footprint';
import { useProjectStore } from './project';
import { useStrategyStore } from './strategy';

type Vision = NonNullable<StrategyDraft['vision']>;
type Governance = NonNullable<StrategyDraft['governance']>;
export type EditoDraft = NonNullable<StrategyDraft['edito']>;
export type PillarDraft = NonNullable<Vision['pillars']>[number];
export type CopilDraft = NonNullable<Governance['copil']>;
export type ConsultationDraft = NonNullable<StrategyDraft['consultation']>[number];
export type CommunicationDraft = NonNullable<StrategyDraft['communication']>[number];
/** The governance fields other than the COPIL (referents and other bodies). */
export type ReferentsDraft = Omit<Governance, 'copil'>;

/** A change of some fields; an undefined field is cleared. */
type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** Drops the keys whose value is undefined or blank, so that an emptied field leaves no trace. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(typeof v === 'string' && v.trim() === ''))) as T;
}
const isEmpty = (value: object): boolean => Object.keys(compact(value)).length === 0;
/** Position of an axis: the built-in ones in the decree's order, the custom ones after. */
const axisOrder = (axis: string): number => {
  const index = (BUILT_IN_AXIS_IDS as readonly string[]).indexOf(axis);
  return index === -1 ? BUILT_IN_AXIS_IDS.length : index;
};

/**
 * The parts of the strategy that published strategies lead with: the édito (from a draft suggested
 * by the core), the vision in pillars, the governance (COPIL and referents), the co-construction
 * steps, why a decree axis has no measure, and the communication plan. Inputs live in the
 * project's `strategy` field (saved by the project store's autosave); an emptied part is removed,
 * so the project never holds a part the core's schema would refuse.
 */
export const usePublicationStore = defineStore('publication', () => {
  const strategyStore = useStrategyStore();
  const projectStore = useProjectStore();
  const footprintStore = useFootprintStore();
  const draft = computed(() => strategyStore.draft);

  /** The core's suggested édito for this project (its name, footprint and first measures), or undefined before the project is valid. */
  const editoSuggestion = computed<string | undefined>(() => {
    const project = projectStore.parsed?.success ? projectStore.parsed.data : undefined;
    const strategy = strategyStore.strategy;
    if (!project || !strategy) return undefined;
    return suggestEdito(project.organisation, strategy, footprintStore.result ?? strategy.bilan.footprint);
  });

  /** Sets fields of the édito; without a text, the édito (and its signature) is removed. */
  function setEdito(patch: Patch<EditoDraft>): void {
    strategyStore.edit((d) => {
      const next = compact({ ...(d.edito ?? { text: '' }), ...patch });
      if (next.text === undefined) delete d.edito;
      else d.edito = { ...next, text: next.text };
    });
  }

  function setVisionStatement(statement: string | undefined): void {
    writeVision((v) => compact({ ...v, statement }));
  }
  /** Runs a change on the list of pillars (see `useIndexedRows`). */
  function writePillars(change: (pillars: PillarDraft[]) => PillarDraft[]): void {
    writeVision((v) => ({ ...v, pillars: change([...(v.pillars ?? [])]) }));
  }
  function writeVision(change: (vision: Vision) => Vision): void {
    strategyStore.edit((d) => {
      const next = change(d.vision ?? { pillars: [] });
      if (!next.statement && (next.pillars ?? []).length === 0) delete d.vision;
      else d.vision = next;
    });
  }

  /** Sets fields of the COPIL; a COPIL with no member, chair or frequency is removed. */
  function setCopil(patch: Patch<CopilDraft>): void {
    writeGovernance((g) => {
      const copil = compact({ members: [], ...(g.copil ?? {}), ...patch });
      const { copil: _copil, ...rest } = g;
      return (copil.members ?? []).length === 0 && isEmpty({ ...copil, members: undefined }) ? rest : { ...rest, copil };
    });
  }
  /** Sets the referents or the other bodies. */
  function setReferents(patch: Patch<ReferentsDraft>): void {
    writeGovernance((g) => compact({ ...g, ...patch }));
  }
  function writeGovernance(change: (governance: Governance) => Governance): void {
    strategyStore.edit((d) => {
      const next = change(d.governance ?? {});
      if (isEmpty(next)) delete d.governance;
      else d.governance = next;
    });
  }

  function writeConsultation(change: (steps: ConsultationDraft[]) => ConsultationDraft[]): void {
    strategyStore.edit((d) => {
      d.consultation = change([...(d.consultation ?? [])]);
    });
  }
  /** Sets why a decree axis has no measure; an empty text removes the justification. */
  function setAxisJustification(axis: string, text: string | undefined): void {
    strategyStore.edit((d) => {
      const others = (d.axisJustifications ?? []).filter((j) => j.axis !== axis);
      const kept = text === undefined || text.trim() === '' ? others : [...others, { axis, text }];
      // Kept in the decree's order, whatever the order they were typed in.
      d.axisJustifications = kept.sort((a, b) => axisOrder(a.axis) - axisOrder(b.axis));
    });
  }

  function writeCommunication(change: (actions: CommunicationDraft[]) => CommunicationDraft[]): void {
    strategyStore.edit((d) => {
      d.communication = change([...(d.communication ?? [])]);
    });
  }

  return { draft, editoSuggestion, setEdito, setVisionStatement, writePillars, setCopil, setReferents, writeConsultation, setAxisJustification, writeCommunication };
});
