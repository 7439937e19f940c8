/**
 * Legal facts shown by the app (REEN law). Sources: loi n° 2021-1485 du 15 novembre 2021, art. 35,
 * and décret n° 2022-1084 du 29 juillet 2022 (https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046113741),
 * art. D. 2311-15-1 CGCT.
 */
import { reenObligation as coreObligation, REEN_POPULATION_THRESHOLD, type OrganisationKind } from '@reen/core';

export const REEN_LAW_SOURCE = {
  publisher: 'Légifrance',
  title: 'Loi n° 2021-1485 du 15 novembre 2021, art. 35 ; décret n° 2022-1084 du 29 juillet 2022',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046113741',
} as const;

/** "plus de 50 000 habitants": the obligation applies strictly above this population (the core's constant). */
export { REEN_POPULATION_THRESHOLD };

/** Kinds covered: communes, and EPCI à fiscalité propre (a métropole is one). */
export const REEN_COVERED_KINDS: readonly OrganisationKind[] = ['commune', 'epci', 'metropole'];

/** Deadlines, ISO dates, with the i18n key of their wording under `organisation.deadlines`. */
export const REEN_DEADLINES = [
  { key: 'programme', date: '2023-01-01' },
  { key: 'strategy', date: '2025-01-01' },
] as const;

/** Whether the REEN obligation applies to an organisation: the core's test, in the screen's terms. */
export function reenObligation(kind: OrganisationKind, population: number): 'applies' | 'below-threshold' | 'other-kind' {
  const status = coreObligation(kind, population);
  if (status.obliged) return 'applies';
  return status.reason === 'kind-not-covered' ? 'other-kind' : 'below-threshold';
}
