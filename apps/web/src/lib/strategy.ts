/**
 * Plain (serialisable) building blocks of the strategy kept in the project's `strategy` field:
 * decimals as strings, exactly the input side of core's `StrategySchema`. No arithmetic here: values
 * come from the core (`pointValue`, `snapshotFootprint`, `measureFromCatalogue`) and are encoded.
 */
import {
  FootprintSnapshotSchema,
  MeasureSchema,
  STRATEGY_SCHEMA_VERSION,
  measureFromCatalogue,
  snapshotFootprint,
} from '@reen/core';
import type { FootprintResult, IndicatorKind, Issue, MeasureFromCatalogueOptions, MeasureInput, StrategyInput } from '@reen/core';
import { newId } from './project';

/** The strategy as the project file holds it (decimal strings). */
export type StrategyDraft = StrategyInput;
export type ActorDraft = NonNullable<StrategyInput['actors']>[number];
export type EngagedActionDraft = NonNullable<StrategyInput['engagedActions']>[number];
export type IndicatorDraft = NonNullable<StrategyInput['indicators']>[number];
export type ObjectiveDraft = NonNullable<StrategyInput['objectives']>[number];
export type MeasureDraft = MeasureInput;
export type SnapshotDraft = NonNullable<NonNullable<StrategyInput['bilan']>['footprint']>;

/** Default horizon of the trajectory: 2030, the year of the national low-carbon strategy milestones. */
export const DEFAULT_HORIZON_YEAR = 2030;

/** Entity kind of the legal frame from the organisation's kind (communes, EPCI, métropoles). */
export function entityKindOf(kind: string): 'commune' | 'epci' | 'metropole' {
  if (kind === 'metropole') return 'metropole';
  return kind === 'commune' ? 'commune' : 'epci';
}

/** A frozen, serialisable snapshot of a footprint result (the core snapshots, the schema encodes). */
export function encodeSnapshot(result: FootprintResult, takenAt: string): SnapshotDraft {
  return FootprintSnapshotSchema.encode(snapshotFootprint(result, takenAt)) as unknown as SnapshotDraft;
}

/** A new strategy for a project: baseline = the bilan's reference year, the bilan frozen when it is computed. */
export function newStrategyDraft(options: {
  organisationKind: string;
  referenceYear: number;
  agents: number | undefined;
  result: FootprintResult | undefined;
  now: Date;
}): StrategyDraft {
  return {
    version: STRATEGY_SCHEMA_VERSION,
    legal: { entityKind: entityKindOf(options.organisationKind) },
    baselineYear: options.referenceYear,
    horizonYear: Math.max(DEFAULT_HORIZON_YEAR, options.referenceYear + 1),
    actors: [],
    bilan: {
      ...(options.result ? { footprint: encodeSnapshot(options.result, options.now.toISOString()) } : {}),
      history: [],
      usages: { ...(options.agents ? { agents: options.agents } : {}), digitalServices: [], websites: [] },
    },
    engagedActions: [],
    customAxes: [],
    indicators: [],
    objectives: [],
    measures: [],
    maturity: [],
  };
}

/** A measure from the catalogue, encoded as a draft; issues when the lever parameters are incomplete. */
export function measureDraftFromCatalogue(
  catalogueId: string,
  options: MeasureFromCatalogueOptions = {},
): { ok: true; measure: MeasureDraft } | { ok: false; issues: readonly Issue[] } {
  const result = measureFromCatalogue(catalogueId, { id: newId('measure-'), ...options });
  if (!result.success) return { ok: false, issues: result.issues };
  return { ok: true, measure: MeasureSchema.encode(result.data) as unknown as MeasureDraft };
}

/** Objective templates offered on the Objectifs step (examples of issue 8 and of the guides). */
export interface ObjectiveTemplate {
  readonly id: 'co2e-reduction' | 'pc-lifetime' | 'refurbished-share' | 'pue' | 'rgesn-declaration' | 'security-awareness';
  readonly kind: IndicatorKind;
  readonly direction: 'decrease' | 'increase';
  readonly axis: 'lifecycle' | 'procurement' | 'ecodesign' | 'awareness' | 'inclusion' | 'governance';
  readonly mode: 'relative' | 'absolute';
  /** Suggested target value (decimal string), in % of the baseline (relative) or the indicator's unit. */
  readonly suggestedTarget: string;
}

/**
 * The suggested objectives. The suggested values are only starting points the user changes: −30 %
 * (an example of a reduction target), 7 years (issue 8's example for PCs), 20 % refurbished
 * (the article 55 AGEC minimum share of reused or refurbished IT purchases for the State and
 * local authorities, décret n° 2021-254), PUE 1.5 (issue 8's example), 100 % of the services with a
 * published déclaration d'écoconception (RGESN 2024, criterion 1.4: every service reports its
 * self-assessment in one) and 100 % of the agents aware of IT security (axis 4 of the décret names
 * the awareness of all agents). The last two are measured from the project's records
 * (`measureProjectIndicators`), not from the trajectory.
 */
export const OBJECTIVE_TEMPLATES: readonly ObjectiveTemplate[] = [
  { id: 'co2e-reduction', kind: 'co2e-t', direction: 'decrease', axis: 'lifecycle', mode: 'relative', suggestedTarget: '-30' },
  { id: 'pc-lifetime', kind: 'average-lifetime-years', direction: 'increase', axis: 'lifecycle', mode: 'absolute', suggestedTarget: '7' },
  { id: 'refurbished-share', kind: 'refurbished-purchase-share', direction: 'increase', axis: 'procurement', mode: 'absolute', suggestedTarget: '20' },
  { id: 'pue', kind: 'pue', direction: 'decrease', axis: 'ecodesign', mode: 'absolute', suggestedTarget: '1.5' },
  { id: 'rgesn-declaration', kind: 'rgesn-declaration-share', direction: 'increase', axis: 'ecodesign', mode: 'absolute', suggestedTarget: '100' },
  { id: 'security-awareness', kind: 'security-awareness-share', direction: 'increase', axis: 'awareness', mode: 'absolute', suggestedTarget: '100' },
];

/** Suggested actors, drawn from the decree ("en lien avec les acteurs publics et privés intéressés") and the guides. */
export const ACTOR_SUGGESTIONS = [
  { key: 'dsi', kind: 'internal-service', family: 'dsi' },
  { key: 'achats', kind: 'internal-service', family: 'achats' },
  { key: 'dd', kind: 'internal-service', family: 'developpement-durable' },
  { key: 'rh', kind: 'internal-service', family: 'rh' },
  { key: 'communication', kind: 'internal-service', family: 'communication' },
  { key: 'ecoles', kind: 'internal-service', family: 'ecoles' },
  { key: 'elu', kind: 'elected-official', family: 'elu' },
  { key: 'opsn', kind: 'external-partner', family: 'opsn' },
  { key: 'reconditionneur', kind: 'external-partner', family: 'reconditionneur' },
  { key: 'association', kind: 'external-partner', family: 'association' },
  { key: 'operateur', kind: 'external-partner', family: 'operateur' },
] as const;
export type ActorSuggestionKey = (typeof ACTOR_SUGGESTIONS)[number]['key'];
