import type { FieldId } from './types';
import { normalizeLabel } from './normalize';

/**
 * A value rule rewrites the text of a cell before it is read as a field:
 * - `equals`: the whole cell matches (`"27"` → `medium`);
 * - `contains`: the cell contains the words (`"Ville > Écoles > Maternelle A"` contains `Écoles` → `schools`);
 * - `segment`: one segment of a path `A > B > C` (GLPI's `Entité`) matches exactly.
 * Matching ignores case, accents and punctuation (`normalizeLabel`). Plain JSON, so the web app
 * stores it and the CLI can read it.
 */
export interface ValueRule {
  readonly match: 'equals' | 'contains' | 'segment';
  readonly value: string;
  /** The text the field reads instead: a label the field understands (`schools`, `Écoles`, `medium`) or free text. */
  readonly to: string;
}

/** The rules of one field, and optionally the column they read (by header) when it is not the field's mapped column. */
export interface FieldValueMap {
  /** Header of the column to read; default: the column mapped to the field. */
  readonly column?: string;
  /** Rules, first match wins. */
  readonly rules: readonly ValueRule[];
  /** The text read when no rule matches a non-empty cell; default: the cell as it is. */
  readonly otherwise?: string;
}

/** Value maps by field. */
export type ValueMaps = Readonly<Partial<Record<FieldId, FieldValueMap>>>;

/** Separators of path-like cells (GLPI writes `A > B > C`). */
const SEGMENT_SEPARATOR = /\s*[>/\\|]\s*/;

function matches(rule: ValueRule, text: string, normalised: string): boolean {
  const wanted = normalizeLabel(rule.value);
  if (wanted === '') return false;
  if (rule.match === 'equals') return normalised === wanted;
  if (rule.match === 'contains') return ` ${normalised} `.includes(` ${wanted} `);
  return text.split(SEGMENT_SEPARATOR).some((segment) => normalizeLabel(segment) === wanted);
}

/** The text a cell reads as after the rules: the first matching rule's `to`, else `otherwise`, else the cell itself. */
export function applyValueRules(rules: readonly ValueRule[], text: string, otherwise?: string): string {
  if (text === '') return text;
  const normalised = normalizeLabel(text);
  for (const rule of rules) if (matches(rule, text, normalised)) return rule.to;
  return otherwise !== undefined && otherwise !== '' ? otherwise : text;
}

/**
 * Columns that value maps read from a table, by field: the map's `column` header when it is in the
 * table (matched after `normalizeLabel`), for fields that the mapping left without a column.
 */
export function valueMapColumns(headers: readonly string[], maps: ValueMaps | undefined, mapped: ReadonlySet<string>): { field: FieldId; index: number; header: string }[] {
  if (!maps) return [];
  const out: { field: FieldId; index: number; header: string }[] = [];
  for (const [field, map] of Object.entries(maps) as [FieldId, FieldValueMap | undefined][]) {
    if (!map?.column || mapped.has(field)) continue;
    const wanted = normalizeLabel(map.column);
    const index = headers.findIndex((header) => normalizeLabel(header) === wanted);
    if (index !== -1) out.push({ field, index, header: headers[index] as string });
  }
  return out;
}
