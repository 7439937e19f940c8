import { z } from 'zod';
import { INDICATORS } from '../schemas/factors';
import { DecimalSchema, NonNegativeDecimalSchema } from '../schemas/decimal';
import { PHASES } from '../schemas/categories';
import { AxisIdSchema } from './axes';
import { LeverSchema, ShareSchema } from './levers';
import { PUBLICATION_FIELDS } from './publication';

/** Version of the strategy model inside the project file. */
export const STRATEGY_SCHEMA_VERSION = 1;

const YEAR = z.int().min(2000).max(2100);
const ISO_DATE = z.iso.date();
const ID = z.string().min(1);

/** Legal frame: the kind of entity decides the legal reference printed in the RDD chapter. */
export const LegalFrameSchema = z.object({
  entityKind: z.enum(['commune', 'epci', 'metropole']),
  /** Date the programme de travail was adopted or published. */
  programmeDeTravailDate: ISO_DATE.optional(),
  /** Date the stratégie numérique responsable was adopted. */
  strategyAdoptedDate: ISO_DATE.optional(),
  /** Reference of the deliberation adopting the strategy. */
  deliberation: z.string().optional(),
});
export type LegalFrame = z.infer<typeof LegalFrameSchema>;

export const ACTOR_KINDS = ['internal-service', 'elected-official', 'external-partner'] as const;

/** One actor of the programme de travail ("en lien avec les acteurs publics et privés intéressés"). */
export const ActorSchema = z.object({
  id: ID,
  name: z.string().trim().min(1),
  kind: z.enum(ACTOR_KINDS),
  /** Role in the approach, in the organisation's words. */
  role: z.string().trim().min(1),
  /** Optional family, e.g. `dsi`, `achats`, `developpement-durable`, `rh`, `communication`, `ecoles`, `opsn`, `association`, `reconditionneur`, `operateur`. */
  family: z.string().optional(),
  contact: z.string().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

const IndicatorValuesSchema = z.object(Object.fromEntries(INDICATORS.map((i) => [i, DecimalSchema])) as Record<(typeof INDICATORS)[number], typeof DecimalSchema>);

/** A frozen footprint result: serialisable (decimal strings once encoded), stamped with its factor set. */
export const FootprintSnapshotSchema = z.object({
  year: YEAR,
  factorSetVersion: z.string().min(1),
  methodologyVersion: z.string().min(1),
  method: z.enum(['stock', 'flux']),
  /** When the snapshot was taken, ISO date-time. */
  takenAt: z.iso.datetime().optional(),
  total: IndicatorValuesSchema,
  low: IndicatorValuesSchema,
  high: IndicatorValuesSchema,
  byPhase: z.object(Object.fromEntries(PHASES.map((p) => [p, IndicatorValuesSchema])) as Record<(typeof PHASES)[number], typeof IndicatorValuesSchema>),
  byDomain: z.array(z.object({ key: z.string(), quantity: z.int().nonnegative(), total: IndicatorValuesSchema })),
  byCategory: z.array(z.object({ key: z.string(), quantity: z.int().nonnegative(), total: IndicatorValuesSchema })),
  byPerimeter: z.array(z.object({ key: z.string(), quantity: z.int().nonnegative(), total: IndicatorValuesSchema })),
  perAgent: IndicatorValuesSchema.optional(),
  perInhabitant: IndicatorValuesSchema.optional(),
  /** Factor row ids used. */
  factors: z.array(z.string()),
  /** Year the inventory behind this footprint describes, when earlier than `year` (an inventory reused). */
  inventoryYear: YEAR.optional(),
});
export type FootprintSnapshot = z.infer<typeof FootprintSnapshotSchema>;

/** Bilan des usages: "l'impact environnemental du numérique et de ses usages sur le territoire". */
export const UsageBilanSchema = z.object({
  agents: z.int().nonnegative().optional(),
  /** Users of the information system (agents, elected officials, pupils, external users). */
  users: z.int().nonnegative().optional(),
  digitalServices: z
    .array(z.object({ name: z.string().trim().min(1), url: z.string().optional(), annualUses: NonNegativeDecimalSchema.optional(), comment: z.string().optional() }))
    .default([]),
  websites: z
    .array(z.object({ url: z.string().trim().min(1), annualPageViews: NonNegativeDecimalSchema.optional(), annualVisits: NonNegativeDecimalSchema.optional(), comment: z.string().optional() }))
    .default([]),
  publicAccessPoints: z.object({ count: z.int().nonnegative(), comment: z.string().optional() }).optional(),
  schoolEquipment: z.object({ schools: z.int().nonnegative().optional(), devices: z.int().nonnegative().optional(), comment: z.string().optional() }).optional(),
  comments: z.string().optional(),
});
export type UsageBilan = z.infer<typeof UsageBilanSchema>;

export const BilanSchema = z.object({
  /** The footprint of the reference year, frozen with its factor set. */
  footprint: FootprintSnapshotSchema.optional(),
  /** Later years' footprints (annual bilans), one per year. */
  history: z.array(FootprintSnapshotSchema).default([]),
  usages: UsageBilanSchema.optional(),
});
export type Bilan = z.infer<typeof BilanSchema>;

/** An action already engaged before the strategy (synthesis of the programme de travail). */
export const EngagedActionSchema = z.object({
  id: ID,
  description: z.string().trim().min(1),
  date: ISO_DATE.optional(),
  axis: AxisIdSchema,
});
export type EngagedAction = z.infer<typeof EngagedActionSchema>;

/**
 * Indicator kinds. Computed ones come out of the engine or the fleet simulation; the others are
 * recorded by the organisation (qualitative or counted outside the tool).
 */
export const INDICATOR_KINDS = {
  'co2e-t': { unit: 'tCO2e', computed: true },
  'water-m3': { unit: 'm3', computed: true },
  'water-scarcity-m3eq': { unit: 'm3 world-eq', computed: true },
  'energy-kwh': { unit: 'kWh', computed: true },
  'average-lifetime-years': { unit: 'years', computed: true },
  'refurbished-purchase-share': { unit: '%', computed: true },
  pue: { unit: 'ratio', computed: true },
  'agents-trained-share': { unit: '%', computed: false },
  'rgesn-audited-services': { unit: 'count', computed: false },
  // Measured from the project's digital services and inclusion figures (measureProjectIndicators).
  'rgesn-declaration-share': { unit: '%', computed: false },
  'rgesn-score': { unit: '%', computed: false },
  'rgaa-full-compliance-share': { unit: '%', computed: false },
  'public-access-points': { unit: 'count', computed: false },
  'digital-advisers': { unit: 'count', computed: false },
  'france-services': { unit: 'count', computed: false },
  'people-accompanied': { unit: 'count', computed: false },
  'devices-donated': { unit: 'count', computed: false },
  'reuse-avoided-co2e-t': { unit: 'tCO2e', computed: false },
  'elected-trained': { unit: 'count', computed: false },
  'security-awareness-share': { unit: '%', computed: false },
  custom: { unit: '', computed: false },
} as const;
export type IndicatorKind = keyof typeof INDICATOR_KINDS;
export const INDICATOR_KIND_IDS = Object.keys(INDICATOR_KINDS) as IndicatorKind[];

export const IndicatorValueSchema = z.object({
  year: YEAR,
  value: DecimalSchema,
  comment: z.string().optional(),
  /** Factor set the value was computed with, for computed indicators. */
  factorSetVersion: z.string().optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const StrategyIndicatorSchema = z
  .object({
    id: ID,
    label: z.string().trim().min(1),
    kind: z.enum(INDICATOR_KIND_IDS as [IndicatorKind, ...IndicatorKind[]]),
    /** Unit of a custom indicator; computed kinds have a fixed unit. */
    unit: z.string().optional(),
    /** Which way is better. */
    direction: z.enum(['decrease', 'increase']),
    /** Values recorded by year. */
    values: z.array(IndicatorValueSchema).default([]),
  })
  .refine((i) => i.kind !== 'custom' || (i.unit !== undefined && i.unit.length > 0), { error: 'custom_indicator_unit_required', path: ['unit'] })
  .refine((i) => new Set(i.values.map((v) => v.year)).size === i.values.length, { error: 'duplicate_indicator_year', path: ['values'] });
export type StrategyIndicator = z.infer<typeof StrategyIndicatorSchema>;

export const ObjectiveSchema = z
  .object({
    id: ID,
    label: z.string().trim().min(1),
    /** The indicator the objective is measured with. Optional in the model so a draft can be saved; `checkStrategy` flags it. */
    indicatorId: z.string().optional(),
    axis: AxisIdSchema,
    /** Entities of a shared DSI (`entities.list[].id`) the objective is theirs alone; absent or empty: common to all. */
    entityIds: z.array(z.string()).optional(),
    kind: z.enum(['annual', 'multi-year']),
    baseline: z.object({ year: YEAR, value: DecimalSchema }),
    /** `absolute`: the target value in the indicator's unit; `relative`: a change in % of the baseline (−30 for a 30 % cut). */
    target: z.object({ year: YEAR, mode: z.enum(['absolute', 'relative']), value: DecimalSchema }),
  })
  .refine((o) => o.target.year > o.baseline.year, { error: 'target_year_not_after_baseline', path: ['target', 'year'] });
export type Objective = z.infer<typeof ObjectiveSchema>;

/** Statuses of Territoires en Transitions action sheets (À venir, En cours, Réalisé, En retard, En pause, Bloqué, Abandonné). */
export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'late', 'paused', 'blocked', 'abandoned'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_PRIORITIES = ['high', 'medium', 'low'] as const;

export const BudgetLineSchema = z.object({
  kind: z.enum(['operating', 'investment']),
  amountEur: NonNegativeDecimalSchema,
  year: YEAR.optional(),
  funders: z.array(z.object({ name: z.string().trim().min(1), amountEur: NonNegativeDecimalSchema.optional() })).default([]),
  comment: z.string().optional(),
  /** Amount actually spent on this line (for the yearly bilan: spent against planned). */
  spentEur: NonNegativeDecimalSchema.optional(),
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/** Roll-out of a measure's levers: the share of the lever applied from each year on (held after the last step). */
export const RolloutStepSchema = z.object({ year: YEAR, share: ShareSchema });
export type RolloutStep = z.infer<typeof RolloutStepSchema>;

/** What a measure is expected to change on one recorded indicator, by a year (e.g. +900 people accompanied by 2030). */
export const IndicatorEffectSchema = z.object({ indicatorId: z.string().min(1), year: YEAR, change: DecimalSchema });
export type IndicatorEffect = z.infer<typeof IndicatorEffectSchema>;

/** A measure: the fields of a Territoires en Transitions fiche action, plus levers when quantifiable. */
export const MeasureSchema = z
  .object({
    id: ID,
    /** Catalogue entry it was taken from, if any. */
    catalogueId: z.string().optional(),
    title: z.string().trim().min(1),
    description: z.string().default(''),
    axis: AxisIdSchema,
    /** Entities of a shared DSI (`entities.list[].id`) that carry the measure alone; absent or empty: common to all. */
    entityIds: z.array(z.string()).optional(),
    /** Pilot service (an actor id or a free name). */
    pilotService: z.string().optional(),
    /** Elected referent (an actor id or a free name). */
    electedOfficial: z.string().optional(),
    partners: z.array(z.string()).default([]),
    status: z.enum(MEASURE_STATUSES).default('planned'),
    priority: z.enum(MEASURE_PRIORITIES).optional(),
    start: ISO_DATE.optional(),
    end: ISO_DATE.optional(),
    budget: z.array(BudgetLineSchema).default([]),
    /** Staff allocated, full-time equivalents. */
    fte: NonNegativeDecimalSchema.optional(),
    indicatorIds: z.array(z.string()).default([]),
    /** Why the measure: the situation it answers (fiche action « contexte »). */
    context: z.string().optional(),
    /** Expected effect, in words (résultats attendus). */
    expectedEffect: z.string().optional(),
    /** How the expected gain was estimated, in words (the trajectory gives the figure for levers). */
    gainMethod: z.string().optional(),
    /**
     * Expected effects on recorded indicators (inclusion, awareness, reuse, eco-design), in the
     * indicator's unit: the change the measure brings over the baseline by `year`
     * (`projectRecordedIndicator`). Footprint indicators take their effect from the levers instead.
     */
    indicatorEffects: z.array(IndicatorEffectSchema).default([]),
    /** Status at the end of past years (31 December), so that a past bilan keeps its statuses. */
    statusByYear: z.array(z.object({ year: YEAR, status: z.enum(MEASURE_STATUSES) })).default([]),
    levers: z.array(LeverSchema).default([]),
    /** When absent, the levers apply fully from the start year (or the year after the baseline). */
    rollout: z.array(RolloutStepSchema).default([]),
    /** Notes by year (TeT "notes de suivi"). */
    notes: z.array(z.object({ year: YEAR, text: z.string() })).default([]),
  })
  .refine((m) => !(m.start && m.end && m.start > m.end), { error: 'measure_end_before_start', path: ['end'] });
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureInput = z.input<typeof MeasureSchema>;

export const CustomAxisSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), label: z.string().trim().min(1) });

export const MaturityAnswerSchema = z.object({
  questionId: ID,
  answer: z.enum(['yes', 'partial', 'no']),
  comment: z.string().optional(),
});
export type MaturityAnswer = z.infer<typeof MaturityAnswerSchema>;

/** The content of a stratégie numérique responsable (what the adopted version freezes). */
export const StrategyContentSchema = z.object({
  version: z.literal(STRATEGY_SCHEMA_VERSION),
  legal: LegalFrameSchema,
  /** Baseline (reference) year of the strategy. */
  baselineYear: YEAR,
  /** Horizon of the trajectory, e.g. 2030. */
  horizonYear: YEAR,
  actors: z.array(ActorSchema).default([]),
  bilan: BilanSchema.default({ history: [] }),
  engagedActions: z.array(EngagedActionSchema).default([]),
  customAxes: z.array(CustomAxisSchema).default([]),
  indicators: z.array(StrategyIndicatorSchema).default([]),
  objectives: z.array(ObjectiveSchema).default([]),
  measures: z.array(MeasureSchema).default([]),
  maturity: z.array(MaturityAnswerSchema).default([]),
  ...PUBLICATION_FIELDS,
});
export type StrategyContent = z.infer<typeof StrategyContentSchema>;

/** The version adopted by the conseil, frozen at the date of the délibération, apart from live monitoring. */
export const AdoptedStrategySchema = z.object({
  date: ISO_DATE,
  deliberation: z.string().trim().optional(),
  content: StrategyContentSchema,
});
export type AdoptedStrategy = z.infer<typeof AdoptedStrategySchema>;

/** The stratégie numérique responsable of one organisation: live content, and the adopted version. */
export const StrategySchema = StrategyContentSchema.extend({ adopted: AdoptedStrategySchema.optional() });
export type Strategy = z.infer<typeof StrategySchema>;
export type StrategyInput = z.input<typeof StrategySchema>;
