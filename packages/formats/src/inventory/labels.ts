import type { DeviceStatus, Perimeter, SizeClass } from '@reen/core';
import labelData from './data/labels.json';
import { normalizeLabel } from './normalize';

function invert<T extends string>(table: Record<string, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, labels] of Object.entries(table)) {
    map.set(normalizeLabel(value), value as T);
    for (const l of labels) map.set(normalizeLabel(l), value as T);
  }
  return map;
}

const STATUS = invert<DeviceStatus>(labelData.statuses);
const PERIMETER = invert<Perimeter>(labelData.perimeters);
const SIZE = invert<SizeClass>(labelData.sizeClasses);
const COUNTRY = invert<string>(labelData.countries);
const SERIAL_PLACEHOLDERS = new Set(labelData.serialPlaceholders.map(normalizeLabel));

/** Maps a status label (GLPI, G4IT, French or English) to the core status: "Rebut" → `disposed`, "En stock" → `stock`. */
export function mapStatus(text: string): DeviceStatus | undefined {
  return STATUS.get(normalizeLabel(text));
}

/** Maps a perimeter label ("Écoles", "Services publics", "administration") to the core perimeter. */
export function mapPerimeter(text: string): Perimeter | undefined {
  return PERIMETER.get(normalizeLabel(text));
}

/** Maps a size class label ("A3", "moyen", "small") to the core size class. */
export function mapSizeClass(text: string): SizeClass | undefined {
  return SIZE.get(normalizeLabel(text));
}

/** Maps a country (ISO 3 code, ISO 2 code or French/English name) to an ISO 3166-1 alpha-3 code. */
export function mapCountry(text: string): string | undefined {
  const t = text.trim();
  if (/^[A-Z]{3}$/.test(t)) return t;
  return COUNTRY.get(normalizeLabel(t));
}

/** A count written as a serial number: 123456789, 0123456789, 1234567890… */
const COUNT_SERIAL = /^0?123456789\d?$/;

/**
 * True for an alphanumeric code of five characters or more that is not a run of one digit, of `x`
 * or of `X`, nor a count: a real serial number, never a placeholder. A loop over the characters
 * (every row of an export has one): the same answer as
 * `/^[A-Za-z0-9]{5,}$/.test(text) && !/^(?:(\d)\1*|x+|X+|0?123456789\d?)$/.test(text)`, tested.
 */
export function isPlainSerialCode(text: string): boolean {
  const n = text.length;
  if (n < 5) return false;
  const first = text.charCodeAt(0);
  let same = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
    if (c !== first) same = false;
  }
  if (same && ((first >= 48 && first <= 57) || first === 120 || first === 88)) return false;
  return !((first === 48 || first === 49) && n >= 9 && n <= 11 && COUNT_SERIAL.test(text));
}

/** True for serial numbers that BIOSes and tools write when there is none ("To be filled by O.E.M.", "N/A"). */
export function isPlaceholderSerial(text: string): boolean {
  if (isPlainSerialCode(text)) return false;
  return SERIAL_PLACEHOLDERS.has(normalizeLabel(text));
}
