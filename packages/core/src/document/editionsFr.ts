/**
 * Version codes worded for a published document: « fr-2025.1 » → « facteurs REEN kit France,
 * édition 2025 », « reen-2026.1 » → « méthode REEN kit, édition 2026 », « 2026.1 » → « édition
 * 2026 ». One wording wherever a document names a factor set, a method or a questionnaire; the codes
 * themselves stay in the technical annex's trace table and in the data files.
 */

/** Countries of the shipped factor sets, by the prefix of their code. */
const COUNTRIES_FR: Readonly<Record<string, string>> = { fr: 'France' };

/**
 * « édition 2026 », or « édition 2026, révision 2 » after the first release of a year.
 *
 * @param version - A code ending in `YYYY.N` (« 2026.1 », « reen-2026.1 », « fr-2025.2 »).
 * @returns The wording; the code itself when it does not end in `YYYY.N`.
 */
export function editionFr(version: string): string {
  const match = /(\d{4})\.(\d+)$/.exec(version);
  if (match === null) return version;
  const revision = Number(match[2]);
  return `édition ${match[1]}${revision > 1 ? `, révision ${revision}` : ''}`;
}

/** « facteurs REEN kit France, édition 2025 » for the factor set `fr-2025.1`. */
export function factorSetEditionFr(version: string): string {
  const country = COUNTRIES_FR[version.split('-')[0] ?? ''];
  return `facteurs REEN kit${country === undefined ? '' : ` ${country}`}, ${editionFr(version)}`;
}

/** « méthode REEN kit, édition 2026 » for the method `reen-2026.1`. */
export function methodEditionFr(version: string): string {
  return `méthode REEN kit, ${editionFr(version)}`;
}
