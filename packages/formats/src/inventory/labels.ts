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

/** True for serial numbers that BIOSes and tools write when there is none ("To be filled by O.E.M.", "N/A"). */
export function isPlaceholderSerial(text: string): boolean {
  // Fast path: an alphanumeric code of 5+ characters that is not a run of one digit or a count.
  if (/^[A-Za-z0-9]{5,}$/.test(text) && !/^(?:(\d)\1*|x+|X+|0?123456789\d?)$/.test(text)) return false;
  return SERIAL_PLACEHOLDERS.has(normalizeLabel(text));
}
