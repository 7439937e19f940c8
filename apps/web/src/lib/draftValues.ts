/** Template helpers of the draft forms: the draft holds what the user typed; the core validates it. */

/** A whole-number field's value as the integer input expects it. */
export const asInteger = (value: unknown): number | string | undefined => (typeof value === 'number' || typeof value === 'string' ? value : undefined);

/** A decimal or text field's value as a string. */
export const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
