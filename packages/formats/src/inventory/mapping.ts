import type { Issue } from '@reen/core';
import headerData from './data/header-synonyms.json';
import profileData from './data/profiles.json';
import { columnIndexFromLetter, columnLetter, normalizeHeader, normalizeLabel } from './normalize';
import { FIELD_IDS, PROFILE_IDS } from './types';
import type { ColumnMapping, FieldId, MappingOverride, MappingPreset, ProfileId } from './types';

interface ProfileKind {
  id: string;
  label: string;
  when: string[];
  categoryHint?: { category: string; score: number };
}
interface ProfileDef {
  id: string;
  label: string;
  signature: string[];
  minSignature: number;
  required?: string[];
  requiredAny?: string[];
  maxColumns?: number;
  exclusive?: boolean;
  oneDevicePerRow: boolean;
  kinds?: ProfileKind[];
  categoryHint?: { category: string; score: number };
  columns: Record<string, string | null>;
}
interface UnitDef {
  pattern: string;
  field: string;
  unit: string;
  factor: string;
}

const PROFILES = profileData.profiles as ProfileDef[];
const FIELD_SYNONYMS = headerData.fields as Record<string, { exact: string[]; contains: string[] }>;
const UNITS = (headerData.units as UnitDef[]).map((u) => ({ ...u, re: new RegExp(u.pattern) }));
const FIELD_SET = new Set<string>(FIELD_IDS);

const EXACT = new Map<string, FieldId>();
const CONTAINS: { phrase: string; field: FieldId }[] = [];
for (const [field, syn] of Object.entries(FIELD_SYNONYMS)) {
  for (const e of syn.exact) if (!EXACT.has(e)) EXACT.set(e, field as FieldId);
  for (const c of syn.contains) CONTAINS.push({ phrase: c, field: field as FieldId });
}
CONTAINS.sort((a, b) => b.phrase.length - a.phrase.length);

/** A detected profile. */
export interface DetectedProfile {
  readonly id: ProfileId;
  readonly label: string;
  /** Share of the profile's signature headers found (0–1); 0 for `generic`. */
  readonly score: number;
  /** Each row is one device (GLPI, OCS, EcoDiag) unless a quantity column exists. */
  readonly oneDevicePerRow: boolean;
  /** Category suggested for rows that give no better clue, with its score. */
  readonly categoryHint?: { readonly category: string; readonly score: number };
}

function headerKey(header: string): { key: string; unit: string | undefined } {
  const { name, unit } = normalizeHeader(header);
  return { key: name, unit };
}

/** Strips a trailing unit written without brackets (`Consommation kWh/an`), and the GLPI "Section - Field" prefix. */
function variants(key: string): string[] {
  const out = [key];
  const glpi = key.replace(/^(informations financieres et administratives|financial and administrative information|composants|components) /, '');
  if (glpi !== key) out.push(glpi);
  const noUnit = key.replace(/ (en )?(kwh( an| par an| year)?|wh|w|kg|ans|annees|mois|h|heures|jours)$/, '');
  if (noUnit !== key) out.push(noUnit);
  return out;
}

/**
 * Detects the built-in profile that best fits a header row (GLPI computers, monitors, printers,
 * phones and network devices, OCS Inventory, G4IT/NumEcoEval, EcoDiag list, the REEN template),
 * or `generic` when none fits.
 *
 * @param headers - The header cells as written in the file.
 * @returns The profile, its score, whether a row is one device, and a category hint.
 * @example
 * detectProfile(['Nom', 'Entité', 'Statut', 'Fabricant', 'Numéro de série', 'Type', 'Modèle', 'Lieu']).id; // 'glpi'
 */
export function detectProfile(headers: readonly string[]): DetectedProfile {
  const keys = new Set<string>();
  for (const h of headers) for (const v of variants(headerKey(h).key)) keys.add(v);
  const nonEmpty = headers.filter((h) => h.trim() !== '').length;
  let best: DetectedProfile | undefined;
  for (const p of PROFILES) {
    if (p.maxColumns !== undefined && nonEmpty > p.maxColumns) continue;
    if (p.required && !p.required.every((r) => keys.has(r))) continue;
    if (p.exclusive && headers.some((h) => h.trim() !== '' && !variants(headerKey(h).key).some((v) => v in p.columns))) continue;
    if (p.requiredAny && !p.requiredAny.some((r) => keys.has(r))) continue;
    const found = p.signature.filter((s) => keys.has(s)).length;
    if (found < p.minSignature) continue;
    const score = Math.min(1, found / Math.min(p.signature.length, Math.max(p.minSignature * 2, 1)));
    if (best && best.score >= score) continue;
    let id = p.id as ProfileId;
    let label = p.label;
    let hint = p.categoryHint;
    if (p.kinds) {
      const text = [...keys].join(' | ');
      const kind = p.kinds.find((k) => k.when.some((w) => text.includes(w)));
      if (kind) {
        id = kind.id as ProfileId;
        label = kind.label;
        hint = kind.categoryHint;
      }
    }
    best = { id, label, score: Math.round(score * 100) / 100, oneDevicePerRow: p.oneDevicePerRow, ...(hint ? { categoryHint: hint } : {}) };
  }
  return best ?? { id: 'generic', label: 'Tableau générique (synonymes d’en-têtes)', score: 0, oneDevicePerRow: false };
}

function profileDef(id: ProfileId): ProfileDef | undefined {
  const base = id.startsWith('glpi') ? 'glpi' : id;
  return PROFILES.find((p) => p.id === base);
}

/** Profile description for a forced profile id. */
export function profileById(id: ProfileId): DetectedProfile {
  if (id === 'generic') return { id, label: 'Tableau générique (synonymes d’en-têtes)', score: 0, oneDevicePerRow: false };
  const def = profileDef(id);
  const kind = def?.kinds?.find((k) => k.id === id);
  const hint = kind?.categoryHint ?? def?.categoryHint;
  return { id, label: kind?.label ?? def?.label ?? id, score: 1, oneDevicePerRow: def?.oneDevicePerRow ?? false, ...(hint ? { categoryHint: hint } : {}) };
}

function matchField(key: string, unit: string | undefined): { field: FieldId; confidence: number; source: ColumnMapping['source'] } | undefined {
  for (const v of variants(key)) {
    const exact = EXACT.get(v);
    if (exact) return { field: exact, confidence: 0.9, source: 'synonym' };
  }
  const padded = ` ${key} `;
  for (const c of CONTAINS) {
    if (padded.includes(` ${c.phrase} `)) return { field: c.field, confidence: 0.7, source: 'contains' };
  }
  if (unit !== undefined) {
    const u = UNITS.find((x) => x.re.test(unit));
    if (u) return { field: u.field as FieldId, confidence: 0.6, source: 'unit' };
  }
  return undefined;
}

function unitFor(field: FieldId | null, unit: string | undefined, key: string): { unit?: string; factor?: string } {
  const candidates: string[] = [];
  if (unit !== undefined) candidates.push(unit.replace(/\s*\/\s*/g, '/'), normalizeLabel(unit));
  const trailing = / (kwh an|kwh|wh an|wh|mwh|w|kw|kg|g|ans|annees|mois|h|jours)$/.exec(key);
  if (trailing?.[1]) candidates.push(trailing[1]);
  for (const c of candidates) {
    const u = UNITS.find((x) => x.re.test(c) && x.field === field);
    if (u) return u.factor === '1' ? { unit: u.unit } : { unit: u.unit, factor: u.factor };
  }
  return {};
}

/** Builds the column mapping of a header row for a profile, then applies overrides. */
export function buildMapping(headers: readonly string[], profile: DetectedProfile, override?: MappingOverride): { mapping: ColumnMapping[]; issues: Issue[] } {
  const def = profile.id === 'generic' ? undefined : profileDef(profile.id);
  const issues: Issue[] = [];
  const columns: ColumnMapping[] = headers.map((header, index) => {
    const { key, unit } = headerKey(header);
    const letter = columnLetter(index);
    if (key === '') return { index, letter, header, field: null, confidence: 0, source: 'none' };
    if (def) {
      for (const v of variants(key)) {
        if (v in def.columns) {
          const field = def.columns[v] as FieldId | null;
          return { index, letter, header, field, confidence: 1, source: 'profile', ...unitFor(field, unit, key) };
        }
      }
    }
    const m = matchField(key, unit);
    if (!m) return { index, letter, header, field: null, confidence: 0, source: 'none' };
    return { index, letter, header, field: m.field, confidence: m.confidence, source: m.source, ...unitFor(m.field, unit, key) };
  });

  if (override) {
    const entries = Object.entries(isPreset(override) ? override.columns : override);
    for (const [ref, field] of entries) {
      const index = resolveColumnRef(ref, headers);
      if (index === -1) {
        issues.push({ code: 'mapping_column_not_found', severity: 'warning', path: [], params: { column: ref, available: headers.filter((h) => h.trim() !== '').join(', ') } });
        continue;
      }
      if (field !== null && !FIELD_SET.has(field)) {
        issues.push({ code: 'mapping_unknown_field', severity: 'error', path: [], params: { column: ref, field: String(field), allowed: FIELD_IDS.join(', ') } });
        continue;
      }
      const current = columns[index] as ColumnMapping;
      const { unit } = headerKey(current.header);
      columns[index] = { index, letter: current.letter, header: current.header, field, confidence: 1, source: 'override', ...unitFor(field, unit, headerKey(current.header).key) };
    }
  }

  // One column per field: keep the most confident (then the leftmost); the others are ignored.
  const byField = new Map<FieldId, ColumnMapping>();
  for (const c of columns) {
    if (!c.field) continue;
    const prev = byField.get(c.field);
    if (!prev || c.confidence > prev.confidence) byField.set(c.field, c);
  }
  const mapping = columns.map((c) => {
    if (c.field && byField.get(c.field) !== c) {
      const kept = byField.get(c.field) as ColumnMapping;
      issues.push({ code: 'mapping_duplicate_field', severity: 'warning', path: [], params: { column: c.header, field: c.field, kept: kept.header } });
      return { ...c, field: null, confidence: 0, source: 'none' as const };
    }
    return c;
  });
  return { mapping, issues };
}

function isPreset(o: MappingOverride): o is MappingPreset {
  return (o as MappingPreset).kind === 'reen-mapping-preset' && typeof (o as MappingPreset).columns === 'object';
}

/**
 * Finds a column from a reference: a header (matched case- and accent-insensitively, units
 * ignored), `#3` (1-based column number) or `@C` (column letter).
 */
export function resolveColumnRef(ref: string, headers: readonly string[]): number {
  const r = ref.trim();
  const num = /^#(\d{1,4})$/.exec(r);
  if (num) {
    const i = Number(num[1]) - 1;
    return i >= 0 && i < headers.length ? i : -1;
  }
  const letter = /^@([A-Za-z]{1,3})$/.exec(r);
  if (letter) {
    const i = columnIndexFromLetter(letter[1] as string);
    return i >= 0 && i < headers.length ? i : -1;
  }
  const exact = headers.findIndex((h) => h.trim() === r);
  if (exact !== -1) return exact;
  const want = normalizeLabel(r);
  const full = headers.findIndex((h) => normalizeLabel(h) === want);
  if (full !== -1) return full;
  return headers.findIndex((h) => headerKey(h).key === headerKey(r).key && headerKey(r).key !== '');
}

/** Marks an unescaped `=` while splitting a mapping spec. */
const SEP = '\u0000';

/** Result of `parseMappingSpec`. */
export type MappingSpecResult = { success: true; data: Record<string, FieldId | null>; issues: Issue[] } | { success: false; issues: Issue[] };

/**
 * Parses column overrides written as `Header=field` (the CLI's repeated `--map` option). Several
 * pairs may be given in one string separated by commas or new lines; a comma inside a header is
 * written `\,`. The field may be a field id (`quantity`) or `ignore`/`-`/empty to ignore the
 * column. The header side accepts `#3` (column number) and `@C` (column letter).
 *
 * @param spec - One string, or one string per `--map` occurrence.
 * @returns `{ success, data: { header: field }, issues }`; issues have code `mapping_spec_invalid` or `mapping_unknown_field`.
 * @example
 * parseMappingSpec(['Quantité=quantity', 'Lieu=site', 'Commentaire=ignore']);
 * // { success: true, data: { 'Quantité': 'quantity', 'Lieu': 'site', 'Commentaire': null }, issues: [] }
 */
export function parseMappingSpec(spec: string | readonly string[]): MappingSpecResult {
  const parts: string[] = [];
  for (const s of typeof spec === 'string' ? [spec] : spec) {
    let current = '';
    for (let i = 0; i < s.length; i++) {
      const ch = s[i] as string;
      if (ch === '\\' && (s[i + 1] === ',' || s[i + 1] === '=' || s[i + 1] === '\\')) {
        current += s[i + 1];
        i++;
      } else if (ch === ',' || ch === '\n' || ch === '\r') {
        parts.push(current);
        current = '';
      } else current += ch === '=' ? SEP : ch;
    }
    parts.push(current);
  }
  const data: Record<string, FieldId | null> = {};
  const issues: Issue[] = [];
  for (const raw of parts) {
    if (raw.trim() === '') continue;
    const eq = raw.lastIndexOf(SEP);
    if (eq === -1) {
      issues.push({ code: 'mapping_spec_invalid', severity: 'error', path: [], params: { entry: raw.split(SEP).join('=') } });
      continue;
    }
    const column = raw.slice(0, eq).split(SEP).join('=').trim();
    const target = raw.slice(eq + 1).trim();
    if (column === '') {
      issues.push({ code: 'mapping_spec_invalid', severity: 'error', path: [], params: { entry: raw.split(SEP).join('=') } });
      continue;
    }
    if (target === '' || target === '-' || /^(ignore|ignorer|none|null)$/i.test(target)) {
      data[column] = null;
      continue;
    }
    const field = FIELD_IDS.find((f) => f.toLowerCase() === target.toLowerCase()) ?? EXACT.get(normalizeLabel(target));
    if (!field) {
      issues.push({ code: 'mapping_unknown_field', severity: 'error', path: [], params: { column, field: target, allowed: FIELD_IDS.join(', ') } });
      continue;
    }
    data[column] = field;
  }
  return issues.some((i) => i.severity === 'error') ? { success: false, issues } : { success: true, data, issues };
}

/**
 * Turns a mapping into a preset that can be saved as JSON and passed back as `options.mapping`.
 *
 * @param mapping - The `mapping` of a `TableReport`.
 * @param options - A name and the profile to record.
 */
export function mappingToPreset(mapping: readonly ColumnMapping[], options: { name?: string; profile?: ProfileId } = {}): MappingPreset {
  const columns: Record<string, FieldId | null> = {};
  for (const c of mapping) if (c.header.trim() !== '') columns[c.header] = c.field;
  return {
    kind: 'reen-mapping-preset',
    version: 1,
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    columns,
  };
}

/**
 * Checks an unknown value (e.g. a JSON file) as a mapping preset.
 *
 * @returns The preset, or issues with code `mapping_preset_invalid`.
 */
export function parseMappingPreset(raw: unknown): { success: true; data: MappingPreset; issues: Issue[] } | { success: false; issues: Issue[] } {
  const fail = (detail: string) => ({ success: false as const, issues: [{ code: 'mapping_preset_invalid', severity: 'error' as const, path: [], params: { detail } }] });
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const o = raw as Record<string, unknown>;
  if (o['kind'] !== 'reen-mapping-preset' || o['version'] !== 1) return fail('kind/version');
  if (typeof o['columns'] !== 'object' || o['columns'] === null || Array.isArray(o['columns'])) return fail('columns');
  for (const [k, v] of Object.entries(o['columns'] as Record<string, unknown>)) {
    if (v !== null && (typeof v !== 'string' || !FIELD_SET.has(v))) return fail(`column ${k}: ${String(v)}`);
  }
  if (o['profile'] !== undefined && !(PROFILE_IDS as readonly unknown[]).includes(o['profile'])) return fail('profile');
  return { success: true, data: raw as MappingPreset, issues: [] };
}

/**
 * Scores a row as a header candidate: known header synonyms count ten, other non-empty text
 * cells one. Rows of numbers or dates score low.
 */
export function headerScore(cells: readonly string[]): number {
  let score = 0;
  let nonEmpty = 0;
  for (const cell of cells) {
    const t = cell.trim();
    if (t === '') continue;
    nonEmpty++;
    if (/^[-+]?[\d\s.,/:]+$/.test(t)) {
      score -= 2;
      continue;
    }
    const { key, unit } = headerKey(t);
    if (matchField(key, unit) || PROFILES.some((p) => variants(key).some((v) => v in p.columns))) score += 10;
    else score += 1;
  }
  return nonEmpty < 2 ? -1 : score;
}

/** Index of the header row among the first rows: the best `headerScore`, the first on ties. */
export function findHeaderRow(rows: readonly { cells: readonly string[] }[], lookahead = 30): number {
  let best = -1;
  let bestScore = 0;
  const n = Math.min(rows.length, lookahead);
  for (let i = 0; i < n; i++) {
    const s = headerScore((rows[i] as { cells: readonly string[] }).cells);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}
