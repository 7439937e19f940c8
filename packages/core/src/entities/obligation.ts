/**
 * Whether an organisation must publish a stratégie numérique responsable: art. 35 of loi
 * n° 2021-1485 (REEN) and décret n° 2022-1084 apply to communes of more than 50,000 inhabitants
 * and to EPCI à fiscalité propre of more than 50,000 inhabitants (métropoles included). A CCAS,
 * a CIAS or a syndicat is not covered, whatever its size.
 * Source: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046113741
 */
import type { OrganisationKind } from '../schemas/categories';
import type { EntityKind } from '../schemas/entities';

/** « plus de 50 000 habitants »: the population must exceed it. */
export const REEN_POPULATION_THRESHOLD = 50_000;

/** Why an organisation is, or is not, obliged. */
export type ObligationReason = 'over-threshold' | 'under-threshold' | 'population-unknown' | 'kind-not-covered';

export interface ObligationStatus {
  readonly obliged: boolean;
  readonly reason: ObligationReason;
}

const COVERED: ReadonlySet<string> = new Set(['commune', 'epci', 'metropole']);

/**
 * The REEN obligation of an organisation or an entity.
 *
 * @param kind - Organisation or entity kind.
 * @param population - Inhabitants, when known.
 * @example
 * reenObligation('epci', 72000); // { obliged: true, reason: 'over-threshold' }
 * reenObligation('cias', undefined); // { obliged: false, reason: 'kind-not-covered' }
 */
export function reenObligation(kind: OrganisationKind | EntityKind, population: number | undefined): ObligationStatus {
  if (!COVERED.has(kind)) return { obliged: false, reason: 'kind-not-covered' };
  if (population === undefined) return { obliged: false, reason: 'population-unknown' };
  return population > REEN_POPULATION_THRESHOLD ? { obliged: true, reason: 'over-threshold' } : { obliged: false, reason: 'under-threshold' };
}
