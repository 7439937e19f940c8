/**
 * Programmer and invariant errors of @reen/core (the second error channel). User input problems are
 * never thrown: they come back as `Issue`s from the `parse…` functions. A `FootprintError` means the
 * caller or the factor data broke a contract, for example a factor set without a row the engine
 * needs. The message is a constant per code; the details are in `params`.
 */
export const FOOTPRINT_ERROR_MESSAGES = {
  factor_missing: 'The factor set has no row with this id, and the engine cannot do without it.',
  factor_set_invalid: 'The factor set does not match FactorSetSchema.',
  factor_set_unknown: 'No factor set with this version is shipped with @reen/core (see listFactorSets()).',
  electricity_missing: 'The factor set has no electricity factor for this country nor for the fallback country.',
  invalid_option: 'An option passed to a compute function is out of its range.',
  migration_missing: 'No migration leads from this project schema version to the current one.',
} as const;

/** Stable codes of `FootprintError`. */
export type FootprintErrorCode = keyof typeof FOOTPRINT_ERROR_MESSAGES;

/** The one error class @reen/core throws, with a stable `code` and the details in `params`. */
export class FootprintError extends Error {
  readonly code: FootprintErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: FootprintErrorCode, params: Record<string, string | number> = {}) {
    const details = Object.entries(params)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ');
    super(details ? `${FOOTPRINT_ERROR_MESSAGES[code]} (${details})` : FOOTPRINT_ERROR_MESSAGES[code]);
    this.name = 'FootprintError';
    this.code = code;
    this.params = Object.freeze({ ...params });
  }
}
