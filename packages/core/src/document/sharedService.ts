/**
 * The perimeter of a consolidated document when the project's DSI is shared by several entities
 * (audit 1): the total is the shared service's, not the collectivité's own. The collectivité's own
 * share comes from `computeEntityBilans` (the `byEntity` figures of `reen bilan`): one truth.
 */
import type { Dec } from '../internal/decimal';
import { computeEntityBilans } from '../entities/computeEntityBilans';
import type { FootprintResult } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import type { ProjectFile } from '../schemas/project';
import { qty } from './blocks';
import { formatNumberFr } from './formatFr';
import { CO2E_PER_PERSON_DISPLAY, INDICATOR_DISPLAY } from './labels';
import { organisationNameFr } from './organisationName';
import { listFr } from './strategyParts';

export interface SharedServiceView {
  /** The entities' names with their articles, in the order of `entities.list`. */
  readonly members: readonly string[];
  /** The agents the consolidated per-agent ratio divides by (the organisation's, as `computeFootprint` does). */
  readonly agents: number;
  /** The consolidated total the shares add up to, kg CO2e. */
  readonly totalCo2eKg: Dec;
  /** The collectivité's own share (the entity named like the organisation), when there is one. */
  readonly own: { readonly name: string; readonly co2eKg: Dec } | undefined;
}

/** The shared service of a project with two entities or more; undefined otherwise. */
export function sharedServiceView(project: ProjectFile, footprint: FootprintResult, factorSet: FactorSet): SharedServiceView | undefined {
  const entities = project.entities;
  if (entities === undefined || entities.list.length < 2) return undefined;
  const bilans = computeEntityBilans({ organisation: project.organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage }, entities, footprint, factorSet, {
    year: footprint.year,
    method: footprint.method,
    amortisationYears: footprint.amortisationYears,
  });
  const ownIndex = entities.list.findIndex((entity) => entity.name.trim() === project.organisation.name.trim());
  const ownBilan = ownIndex >= 0 ? bilans[ownIndex] : undefined;
  return {
    totalCo2eKg: footprint.total.co2eKg,
    members: entities.list.map((entity) => organisationNameFr(entity).subject),
    agents: project.organisation.agents ?? entities.list.reduce((n, entity) => n + entity.agents, 0),
    own: ownBilan ? { name: organisationNameFr(entities.list[ownIndex]!).subject, co2eKg: ownBilan.total.co2eKg } : undefined,
  };
}

/** « le service numérique partagé (la Communauté…, le CIAS… et la Commune…) ». */
export function sharedServiceSubjectFr(view: SharedServiceView): string {
  return `le service numérique partagé (${listFr(view.members)})`;
}

/**
 * « , dont 40,6 t CO2e pour la Communauté… » after the shared total `printed` (kg CO2e); nothing when
 * the printed total is not the one the shares were computed from (a frozen past footprint).
 */
export function ownShareFr(view: SharedServiceView, printed: Dec): string {
  return view.own && printed.equals(view.totalCo2eKg) ? `, dont ${qty(view.own.co2eKg, INDICATOR_DISPLAY.co2eKg)} pour ${view.own.name}` : '';
}

/** « 56,1 kg CO2e par agent du service partagé (1 100 agents) »: the per-agent ratio names its divisor. */
export function perAgentFr(perAgentCo2eKg: Dec, view: SharedServiceView | undefined): string {
  const ratio = qty(perAgentCo2eKg, CO2E_PER_PERSON_DISPLAY);
  return view ? `${ratio} par agent du service partagé (${formatNumberFr(view.agents, { decimals: 0 })} agents)` : `${ratio} par agent`;
}
