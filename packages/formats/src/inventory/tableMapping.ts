import type { Issue, SourcePosition } from '@reen/core';
import type { RawRow } from './csv';
import { buildMapping, detectProfile, findHeaderRow, profileById } from './mapping';
import type { DetectedProfile } from './mapping';
import type { ColumnMapping, FieldId, ImportOptions } from './types';

/**
 * Score of the OCS hint when the file has no column that tells the kind of computer: the default
 * minimum score (0.7, category-rules.json), so that the rows are counted, each flagged by the
 * `ocs_computers_as_desktops` warning.
 */
const OCS_COMPUTER_LIST_SCORE = 0.7;

/** Rows searched for the header row at the top of a table. */
export const HEADER_LOOKAHEAD = 30;

/** A mapped column: its index, header, and the unit factor read from the header ("Poids (g)": 1/1000). */
export interface Col {
  readonly index: number;
  readonly header: string;
  readonly factor?: string;
}

/** The column of each mapped field. */
export type Columns = Partial<Record<FieldId, Col>>;

/** How one table's columns map to inventory fields, decided once from its header row. */
export interface TableMapping {
  readonly headers: string[];
  readonly profile: DetectedProfile;
  readonly mapping: ColumnMapping[];
  readonly cols: Columns;
  /** Field → header of its column, to position the core's issues. */
  readonly columnOfField: Map<string, string>;
}

/** The profile forced by the options (directly or through a mapping preset), else the one the headers match. */
function profileFor(headers: readonly string[], options: ImportOptions): DetectedProfile {
  const preset = options.mapping as { kind?: string; profile?: string } | undefined;
  const presetProfile = preset?.kind === 'reen-mapping-preset' ? (preset.profile as DetectedProfile['id'] | undefined) : undefined;
  const forced = options.profile ?? presetProfile;
  return forced ? profileById(forced) : detectProfile(headers);
}

/**
 * Maps a table from its header row: profile, column of each field, unit factors. Returns the
 * mapping and the issues to report on the header line (profile found, columns ignored or
 * uncertain, no category column, no quantity column), in that order.
 */
export function mapTable(header: RawRow, options: ImportOptions, position: (line: number, column?: string) => SourcePosition): { table: TableMapping; issues: Issue[] } {
  const headers = header.cells.map((c) => c.trim());
  let profile = profileFor(headers, options);
  const built = buildMapping(headers, profile, options.mapping);
  const issues: Issue[] = built.issues.map((i) => ({ ...i, position: position(header.line) }));
  issues.push({ code: 'profile_detected', severity: 'info', path: [], position: position(header.line), params: { profile: profile.id, label: profile.label, score: profile.score } });
  const cols: Columns = {};
  const columnOfField = new Map<string, string>();
  for (const c of built.mapping) {
    if (c.field) {
      cols[c.field] = { index: c.index, header: c.header, ...(c.factor !== undefined && c.factor !== '1' ? { factor: c.factor } : {}) };
      columnOfField.set(c.field, c.header);
      if (c.confidence < 0.8) {
        issues.push({ code: 'column_low_confidence', severity: 'warning', path: [], position: position(header.line, c.header), params: { column: c.header, field: c.field, confidence: c.confidence } });
      }
    } else if (c.header !== '' && c.source === 'none') {
      issues.push({ code: 'column_ignored', severity: 'info', path: [], position: position(header.line, c.header), params: { column: c.header } });
    }
  }
  if (profile.id === 'ocs' && !cols.category && !cols.type && !cols.model && !cols.manufacturer && profile.categoryHint) {
    // OCS's default computer list has no type, model or manufacturer: every row is a computer the
    // agent inventoried. Each counts as a desktop (the profile's hint, made sufficient), and the
    // header says so: a row that is a laptop or a server needs a "Type" column (--map) or a classification.
    profile = { ...profile, categoryHint: { category: profile.categoryHint.category, score: Math.max(profile.categoryHint.score, OCS_COMPUTER_LIST_SCORE) } };
    issues.push({ code: 'ocs_computers_as_desktops', severity: 'warning', path: [], position: position(header.line), params: { category: profile.categoryHint?.category ?? 'desktop' } });
  } else if (!cols.category && !cols.type && !cols.model) {
    issues.push({ code: 'mapping_no_category_column', severity: profile.categoryHint ? 'warning' : 'error', path: [], position: position(header.line), params: {} });
  }
  if (!cols.purchaseDate && !cols.purchaseYear && !cols.lifetimeYears) {
    // A data-quality flag: no age of any device (OCS exports, most GLPI lists), so every lifetime is the default (the bilan's trace lists them).
    issues.push({ code: 'purchase_date_column_missing', severity: 'warning', path: [], position: position(header.line), params: { profile: profile.id } });
  }
  if (!cols.quantity) {
    issues.push({ code: profile.oneDevicePerRow ? 'one_device_per_row' : 'quantity_column_missing', severity: 'info', path: [], position: position(header.line), params: { profile: profile.id } });
  }
  return { table: { headers, profile, mapping: built.mapping, cols, columnOfField }, issues };
}

/** The header row and mapping of a table's first rows, without issues (to choose the sheets to import). */
export function peekTableMapping(rows: readonly RawRow[], options: ImportOptions): { headerIndex: number; mapping: ColumnMapping[]; profile: DetectedProfile } | undefined {
  const headerIndex = findHeaderRow(rows, HEADER_LOOKAHEAD);
  if (headerIndex === -1) return undefined;
  const headers = (rows[headerIndex] as RawRow).cells.map((c) => c.trim());
  const profile = profileFor(headers, options);
  return { headerIndex, mapping: buildMapping(headers, profile, options.mapping).mapping, profile };
}
