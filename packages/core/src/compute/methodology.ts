/**
 * Version of the calculation method. It is stamped on every result (`methodologyVersion`) next to
 * the factor set's version. A change of formula adds a new version and says so in
 * packages/core/scripts/methodology-formulas.md; results are never silently recomputed with
 * another method.
 */
export const METHODOLOGY_VERSION = 'reen-2026.1';
