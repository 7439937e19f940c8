/**
 * Plausibility of a bilan: kg CO2e per agent against the Green IT benchmark band for collectivités,
 * kg CO2e per inhabitant against the French digital footprint per person (ADEME–Arcep), and devices
 * per agent against the estimate ratios (`data/estimate/ratios-per-agent.json`). The reference
 * figures and their sources live in `data/quality/plausibility.json`. The result carries notices,
 * in French, when the inventory looks thin or the footprint sits outside the band.
 */
import { z } from 'zod';
import { FootprintError } from '../errors';
import { dec, ZERO, type Dec } from '../internal/decimal';
import type { CategoryId } from '../schemas/categories';
import { DecimalStringSchema } from '../schemas/decimal';
import type { FootprintResult } from '../compute/types';
import type { Organisation } from '../schemas/organisation';
import { getEstimateRatios, type EstimateRatio, type EstimateRatioSource } from '../estimate/ratios';
import { formatNumberFr } from '../document/formatFr';
import plausibilityFile from '../../data/quality/plausibility.json';

const SourceSchema = z.object({ publisher: z.string().min(1), title: z.string().min(1), year: z.int(), url: z.url(), retrievedAt: z.iso.date() });
export type PlausibilitySource = z.infer<typeof SourceSchema>;

const PlausibilityFileSchema = z.object({
  version: z.string().min(1),
  description: z.string().min(1),
  perAgent: z.object({ unit: z.string(), low: DecimalStringSchema, high: DecimalStringSchema, derivation: z.string().min(1), sources: z.array(SourceSchema).min(1), caveatFr: z.string().min(1) }),
  perInhabitant: z.object({
    unit: z.string(),
    nationalCo2eKg: DecimalStringSchema,
    population: DecimalStringSchema,
    year: z.int(),
    derivation: z.string().min(1),
    sources: z.array(SourceSchema).min(1),
    caveatFr: z.string().min(1),
  }),
});

/** Where a value sits against a reference range. */
export type BandPosition = 'below' | 'within' | 'above';

/** kg CO2e per agent against the benchmark band. */
export interface PerAgentComparison {
  readonly co2eKg: Dec;
  readonly low: Dec;
  readonly high: Dec;
  readonly position: BandPosition;
  readonly sources: readonly PlausibilitySource[];
  readonly derivation: string;
  readonly caveatFr: string;
}

/** kg CO2e per inhabitant against the national digital footprint per person. */
export interface PerInhabitantComparison {
  readonly co2eKg: Dec;
  /** National footprint per person, kg CO2e (national total ÷ population). */
  readonly nationalCo2eKg: Dec;
  /** The bilan per inhabitant ÷ the national figure per person. */
  readonly ratio: Dec;
  readonly year: number;
  readonly sources: readonly PlausibilitySource[];
  readonly derivation: string;
  readonly caveatFr: string;
}

/** Devices of some categories per agent against a published ratio. */
export interface DevicesPerAgentComparison {
  /** `computers` (every kind of computer, against the ratio of `desktop`) or a category. */
  readonly key: 'computers' | CategoryId;
  readonly labelFr: string;
  readonly categories: readonly CategoryId[];
  /** Devices counted: every status but disposed, every perimeter but schools. */
  readonly quantity: number;
  readonly perAgent: Dec;
  readonly low: Dec;
  readonly central: Dec;
  readonly high: Dec;
  readonly position: BandPosition;
  readonly source: EstimateRatioSource;
}

export type PlausibilityNoticeCode = 'inventory_thin' | 'per_agent_below_band' | 'per_agent_above_band';

/** A notice for the reader, in French. */
export interface PlausibilityNotice {
  readonly code: PlausibilityNoticeCode;
  readonly severity: 'warning' | 'info';
  readonly messageFr: string;
}

/** Plausibility checks of a bilan. */
export interface Plausibility {
  /** `undefined` when the organisation has no agents. */
  readonly perAgent: PerAgentComparison | undefined;
  /** `undefined` when the population is zero. */
  readonly perInhabitant: PerInhabitantComparison | undefined;
  readonly devicesPerAgent: readonly DevicesPerAgentComparison[];
  readonly notices: readonly PlausibilityNotice[];
}

/** Every kind of computer: what the published "computers per agent" ratios count. */
export const COMPUTER_CATEGORIES: readonly CategoryId[] = ['desktop', 'laptop', 'all-in-one', 'thin-client', 'workstation'];

let parsed: z.infer<typeof PlausibilityFileSchema> | undefined;

/** The reference figures of the plausibility checks, validated. */
export function plausibilityReferences(): z.infer<typeof PlausibilityFileSchema> {
  if (!parsed) {
    const result = PlausibilityFileSchema.safeParse(plausibilityFile);
    if (!result.success) throw new FootprintError('factor_set_invalid', { file: 'quality/plausibility.json' });
    parsed = result.data;
  }
  return parsed;
}

function position(value: Dec, low: Dec, high: Dec): BandPosition {
  return value.lt(low) ? 'below' : value.gt(high) ? 'above' : 'within';
}

const fr = (value: Dec, decimals: number): string => formatNumberFr(value, { decimals });

/**
 * Devices of these categories that serve the organisation: every status but disposed, every
 * perimeter but schools (pupils' devices are not agents' workstations; the published ratios count
 * the computers of the administration and of its public services).
 */
function devicesServingAgents(result: FootprintResult, categories: readonly CategoryId[]): number {
  return result.groups
    .filter((group) => categories.includes(group.category) && group.status !== 'disposed' && group.perimeter !== 'schools')
    .reduce((sum, group) => sum + group.quantity, 0);
}

function devicesComparison(key: DevicesPerAgentComparison['key'], labelFr: string, categories: readonly CategoryId[], ratio: EstimateRatio, result: FootprintResult, agents: number): DevicesPerAgentComparison {
  const quantity = devicesServingAgents(result, categories);
  const perAgent = dec(quantity).div(agents);
  const low = dec(ratio.low);
  const high = dec(ratio.high);
  return Object.freeze({
    key,
    labelFr,
    categories: Object.freeze([...categories]),
    quantity,
    perAgent,
    low,
    central: dec(ratio.devicesPerAgent),
    high,
    position: position(perAgent, low, high),
    source: ratio.source,
  });
}

/**
 * Plausibility checks of a bilan against published references (see the module comment).
 *
 * @param result - A result of `computeFootprint`.
 * @param organisation - The organisation (agents, population).
 * @returns Comparisons per agent, per inhabitant and of devices per agent, and French notices.
 * @example
 * assessPlausibility(result, organisation).notices.map((notice) => notice.messageFr);
 */
export function assessPlausibility(result: FootprintResult, organisation: Pick<Organisation, 'agents' | 'population'>): Plausibility {
  const references = plausibilityReferences();
  const notices: PlausibilityNotice[] = [];
  let perAgent: PerAgentComparison | undefined;
  const devicesPerAgent: DevicesPerAgentComparison[] = [];
  if (organisation.agents > 0) {
    const co2eKg = result.total.co2eKg.div(organisation.agents);
    const low = dec(references.perAgent.low);
    const high = dec(references.perAgent.high);
    perAgent = Object.freeze({
      co2eKg,
      low,
      high,
      position: position(co2eKg, low, high),
      sources: references.perAgent.sources,
      derivation: references.perAgent.derivation,
      caveatFr: references.perAgent.caveatFr,
    });
    const ratios = new Map(getEstimateRatios().ratios.map((ratio) => [ratio.category, ratio]));
    const computers = ratios.get('desktop');
    if (computers) devicesPerAgent.push(devicesComparison('computers', 'Postes de travail (ordinateurs de tout type, hors écoles)', COMPUTER_CATEGORIES, computers, result, organisation.agents));
    const monitors = ratios.get('monitor');
    if (monitors) devicesPerAgent.push(devicesComparison('monitor', 'Écrans (hors écoles)', ['monitor'], monitors, result, organisation.agents));

    const thin = devicesPerAgent.find((entry) => entry.key === 'computers' && entry.position === 'below');
    if (thin) {
      notices.push({
        code: 'inventory_thin',
        severity: 'warning',
        messageFr: `${fr(thin.perAgent, 2)} poste par agent : l’inventaire semble incomplet (les collectivités publiées comptent de ${fr(thin.low, 2)} à ${fr(thin.high, 2)} poste par agent).`,
      });
    }
    if (perAgent.position === 'below') {
      notices.push({
        code: 'per_agent_below_band',
        severity: 'warning',
        messageFr: `${fr(co2eKg, 0)} kg CO2e par agent, sous la fourchette de référence des collectivités (${fr(low, 0)} à ${fr(high, 0)} kg) : vérifiez que l’inventaire est complet et comparez les périmètres.`,
      });
    } else if (perAgent.position === 'above') {
      notices.push({
        code: 'per_agent_above_band',
        severity: 'info',
        messageFr: `${fr(co2eKg, 0)} kg CO2e par agent, au-dessus de la fourchette de référence des collectivités (${fr(low, 0)} à ${fr(high, 0)} kg) : le périmètre compte peut-être des équipements au service du public ou des écoles.`,
      });
    }
  }
  let perInhabitant: PerInhabitantComparison | undefined;
  if (organisation.population > 0) {
    const co2eKg = result.total.co2eKg.div(organisation.population);
    const national = dec(references.perInhabitant.nationalCo2eKg).div(dec(references.perInhabitant.population));
    perInhabitant = Object.freeze({
      co2eKg,
      nationalCo2eKg: national,
      ratio: national.isZero() ? ZERO : co2eKg.div(national),
      year: references.perInhabitant.year,
      sources: references.perInhabitant.sources,
      derivation: references.perInhabitant.derivation,
      caveatFr: references.perInhabitant.caveatFr,
    });
  }
  return Object.freeze({ perAgent, perInhabitant, devicesPerAgent: Object.freeze(devicesPerAgent), notices: Object.freeze(notices) });
}
