/**
 * Small builders of document-model blocks used by the document builders. They do the French
 * formatting, so the renderers receive finished strings.
 */
import type { Dec } from '../internal/decimal';
import { dec } from '../internal/decimal';
import { TRACE_MESSAGES_FR } from '../messages/fr';
import { STRATEGY_MESSAGES } from '../strategy/messages';
import type { TraceNote } from '../compute/types';
import { CATEGORY_IDS } from '../schemas/categories';
import { formatNumberFr, formatQuantityFr, formatRangeFr, formatPercentFr, NBSP, unbreakable } from './formatFr';
import type { DisplayPrecision } from './formatFr';
import { CATEGORY_LABELS_FR, INDICATOR_DISPLAY, PHASE_LABELS_FR, STRATEGY_UNIT_LABELS_FR } from './labels';
import type { IndicatorDisplay } from './labels';
import type { Alignment, Block, Chart, ChartType, Inline, Paragraph, Section, Table } from './model';

export const para = (...runs: (string | Inline)[]): Paragraph => ({
  kind: 'paragraph',
  style: 'normal',
  runs: runs.map((run) => (typeof run === 'string' ? { text: run } : run)),
});

export const note = (text: string): Paragraph => ({ kind: 'paragraph', style: 'note', runs: [{ text }] });

export const bullets = (items: readonly (string | readonly Inline[])[]): Block => ({
  kind: 'list',
  ordered: false,
  items: items.map((item) => (typeof item === 'string' ? [{ text: item }] : [...item])),
});

export function table(caption: string, columns: readonly Alignment[], header: readonly string[], rows: readonly (readonly string[])[], tableNote?: string): Table {
  return {
    kind: 'table',
    caption,
    columns: [...columns],
    headerRows: [[...header]],
    rows: rows.map((row) => [...row]),
    ...(tableNote === undefined ? {} : { note: tableNote }),
  };
}

export function section(id: string, title: string, content: readonly (Block | Section)[], pageBreakBefore = false): Section {
  return { id, title, content, ...(pageBreakBefore ? { pageBreakBefore: true } : {}) };
}

/** Value in the display unit (engine value ÷ divisor). */
export const inDisplayUnit = (value: Dec, display: IndicatorDisplay): Dec => value.dividedBy(display.divisor);

/** `1 234,5` in the display unit, without the unit. */
export const num = (value: Dec, display: IndicatorDisplay): string => formatNumberFr(inDisplayUnit(value, display), display.precision);

/** `1 234,5 t CO2e`. */
export const qty = (value: Dec, display: IndicatorDisplay): string => formatQuantityFr(inDisplayUnit(value, display), display.unit, display.precision);

/** `de 1 000,0 à 1 500,0 t CO2e`. */
export const range = (low: Dec, high: Dec, display: IndicatorDisplay): string =>
  formatRangeFr(inDisplayUnit(low, display), inDisplayUnit(high, display), display.unit, display.precision);

/** A share of a total as a percentage with one decimal; `–` when the total is zero. */
export const share = (part: Dec, total: Dec): string => (total.isZero() ? '–' : formatPercentFr(part.dividedBy(total), { decimals: 1 }));

/** Euros without decimals: `12 000 €`. */
export const euros = (value: Dec): string => `${formatNumberFr(value, { decimals: 0 })}${NBSP}€`;

/** Precision of a value of a strategy indicator, by unit. */
function strategyPrecision(unit: string, value: Dec): DisplayPrecision {
  switch (unit) {
    case 'tCO2e':
    case 'years':
    case '%':
      return { decimals: 1 };
    case 'm3':
    case 'm3 world-eq':
    case 'kWh':
    case 'count':
      return { decimals: 0 };
    case 'ratio':
      return { decimals: 2 };
    default:
      return { decimals: Math.min(2, value.decimalPlaces()) };
  }
}

/** French label of a strategy unit (`tCO2e` → `t CO2e`, a custom unit as written). */
export const strategyUnitLabel = (unit: string): string => STRATEGY_UNIT_LABELS_FR[unit] ?? unit;

/** A value of a strategy indicator with its unit, French formatting: `1 234,5 t CO2e`, `12,5 %`, `3`. */
export function strategyValue(value: Dec, unit: string): string {
  const label = strategyUnitLabel(unit);
  const text = formatNumberFr(value, strategyPrecision(unit, value));
  if (label === '') return text;
  if (label === '%') return `${text}\u202F%`;
  // « 1,6 an » (French takes the singular below 2); a unit of several words never breaks (« t CO2e »).
  const counted = COUNTED_UNITS_FR[label];
  if (counted !== undefined && value.isZero()) return `${counted.gender === 'f' ? 'aucune' : 'aucun'} ${counted.singular}`;
  const unitText = label === 'ans' && value.abs().lt(2) ? 'an' : counted !== undefined && value.abs().lt(2) ? counted.singular : label;
  return `${text}${NBSP}${unbreakable(unitText)}`;
}

/** Units that count things: « aucun jeu de données » rather than « 0 jeux de données », singular below 2. */
const COUNTED_UNITS_FR: Readonly<Record<string, { readonly singular: string; readonly gender: 'f' | 'm' }>> = {
  'jeux de données': { singular: 'jeu de données', gender: 'm' },
  équipements: { singular: 'équipement', gender: 'm' },
  agents: { singular: 'agent', gender: 'm' },
  sessions: { singular: 'session', gender: 'f' },
  formations: { singular: 'formation', gender: 'f' },
  actions: { singular: 'action', gender: 'f' },
  services: { singular: 'service', gender: 'm' },
};

/** Usage items of the trace, in French. */
const USAGE_ITEMS_FR: Readonly<Record<string, string>> = {
  videoConference: 'visioconférence',
  videoStreaming: 'vidéo en ligne',
  emails: 'courriels',
  emailsSent: 'courriels',
  networkFixed: 'réseau fixe',
  networkMobile: 'réseau mobile',
  storage: 'stockage en ligne',
  website: 'site internet',
};

/** Countries of the trace (ISO 3166 alpha-3), in French. */
export const COUNTRIES_FR: Readonly<Record<string, string>> = {
  FRA: 'France', DEU: 'Allemagne', BEL: 'Belgique', NLD: 'Pays-Bas', IRL: 'Irlande', GBR: 'Royaume-Uni', USA: 'États-Unis', ESP: 'Espagne',
  ITA: 'Italie', CHE: 'Suisse', LUX: 'Luxembourg', SWE: 'Suède', FIN: 'Finlande', POL: 'Pologne', AUT: 'Autriche', DNK: 'Danemark', NOR: 'Norvège', PRT: 'Portugal',
};

/** Cloud providers of the trace, as they write their names. */
const PROVIDERS_FR: Readonly<Record<string, string>> = { ovhcloud: 'OVHcloud', scaleway: 'Scaleway', aws: 'AWS', azure: 'Microsoft Azure', gcp: 'Google Cloud', outscale: 'Outscale', other: 'autre fournisseur' };

/**
 * Words a trace note in French for a published document, with the trace and strategy message maps:
 * category ids, phases, usage items, countries and providers become French words; factor ids and
 * the instructions meant for the user of the tool (« Renseignez… », « Vérifiez… ») are left out.
 */
export function wordTraceNote(traceNote: TraceNote): string {
  const template = (TRACE_MESSAGES_FR as Readonly<Record<string, string>>)[traceNote.code] ?? (STRATEGY_MESSAGES.fr as Readonly<Record<string, string>>)[traceNote.code];
  const param = (key: string, value: string | number): string => {
    const text = String(value);
    // Quantities are written in French; years, vintages and ids are kept as they are.
    if (/^-?\d+(\.\d+)?$/.test(text) && !/(^year$|Year$|^vintage$|^id$|Id$)/.test(key)) {
      return formatNumberFr(text, { decimals: Math.min(dec(text).decimalPlaces(), 2) });
    }
    if (key === 'factorId' || key === 'id') return '';
    if (key === 'category' && (CATEGORY_IDS as readonly string[]).includes(text)) return CATEGORY_LABELS_FR[text as keyof typeof CATEGORY_LABELS_FR];
    if (key === 'phase' && text in PHASE_LABELS_FR) return PHASE_LABELS_FR[text as keyof typeof PHASE_LABELS_FR];
    if (key === 'indicator' && text in INDICATOR_DISPLAY) return INDICATOR_DISPLAY[text as keyof typeof INDICATOR_DISPLAY].label.toLowerCase();
    if (key === 'item' && text in USAGE_ITEMS_FR) return USAGE_ITEMS_FR[text]!;
    if (/country/i.test(key) && text in COUNTRIES_FR) return COUNTRIES_FR[text]!;
    if (key === 'provider' && text in PROVIDERS_FR) return PROVIDERS_FR[text]!;
    return text;
  };
  if (template === undefined) {
    const params = Object.entries(traceNote.params).map(([k, v]) => `${k} = ${param(k, v)}`);
    return params.length === 0 ? traceNote.code : `${traceNote.code} (${params.join(', ')})`;
  }
  const worded = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = traceNote.params[key];
    return value === undefined ? whole : param(key, value);
  });
  return worded
    .replace(/\s*\(\s*\)/g, '')
    .replace(/\s+(Renseignez|Vérifiez|Indiquez|Complétez|Saisissez)\b[^.]*\./g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.])/g, '$1')
    .trim();
}

/** One series of a chart: a name and its values, already in the display unit. */
export interface ChartSeriesInput {
  readonly name: string;
  readonly values: readonly Dec[];
  readonly style?: 'line' | 'target' | 'band-low' | 'band-high';
}

const CHART_KIND_FR: Readonly<Record<ChartType, string>> = { bar: 'Diagramme en barres', pie: 'Diagramme circulaire', line: 'Courbes' };

/** What a chart shows, in one or two sentences (its data table gives every value). */
function summarise(type: ChartType, categories: readonly string[], series: readonly ChartSeriesInput[], unit: string, precision: DisplayPrecision): string {
  const q = (v: Dec) => formatQuantityFr(v, unit, precision);
  if (type === 'line') {
    return series
      .filter((s) => s.style !== 'band-low' && s.style !== 'band-high')
      .map((s) => `${s.name} : de ${q(s.values[0]!)} en ${categories[0]!} à ${q(s.values.at(-1)!)} en ${categories.at(-1)!}`)
      .join(' ; ');
  }
  const first = series[0]!;
  const total = first.values.reduce((a, b) => a.plus(b), dec(0));
  const ranked = categories.map((c, i) => ({ c, v: first.values[i]! })).sort((a, b) => b.v.comparedTo(a.v));
  const top = ranked.slice(0, 3).map((r) => `${r.c.toLowerCase()} (${share(r.v, total)})`);
  const lead = `${top.length > 1 ? 'Les premiers postes sont' : 'Le premier poste est'} ${top.join(', ')}`;
  if (series.length > 1) return `${lead}, pour ${first.name}. La série ${series.slice(1).map((s) => s.name).join(', ')} est comparée poste par poste`;
  return `${lead}, sur un total de ${q(total)}`;
}

/**
 * A chart with its data table and an alt text that summarises it (the table beside it gives every
 * value).
 *
 * @param type - bar, pie or line.
 * @param title - Title of the chart.
 * @param firstColumn - Header of the category column of the data table.
 * @param categories - Category labels.
 * @param series - Values in the display unit.
 * @param unit - Display unit.
 * @param precision - Display precision of the values.
 * @param summary - The alt text's summary, when the default one does not say what matters.
 */
export function chart(
  type: ChartType,
  title: string,
  firstColumn: string,
  categories: readonly string[],
  series: readonly ChartSeriesInput[],
  unit: string,
  precision: DisplayPrecision,
  summary?: string,
): Chart {
  const total = type === 'pie' ? series[0]!.values.reduce((a, b) => a.plus(b), dec(0)) : dec(0);
  const labelOf = (v: Dec) => (type === 'pie' ? share(v, total) : formatQuantityFr(v, unit, precision));
  const header = [firstColumn, ...series.map((s) => `${s.name} (${unbreakable(unit)})`), ...(type === 'pie' ? ['Part'] : [])];
  const rows = categories.map((c, i) => [
    c,
    ...series.map((s) => formatNumberFr(s.values[i]!, precision)),
    ...(type === 'pie' ? [share(series[0]!.values[i]!, total)] : []),
  ]);
  return {
    kind: 'chart',
    type,
    title,
    alt: `${CHART_KIND_FR[type]} : ${title}. ${summary ?? summarise(type, categories, series, unit, precision)}. Les valeurs figurent dans le tableau qui suit.`,
    unit,
    categories: [...categories],
    series: series.map((s) => ({ name: s.name, ...(s.style ? { style: s.style } : {}), values: s.values.map((v) => v.toFixed()), labels: s.values.map(labelOf) })),
    table: table(
      `Données du graphique : ${title}`,
      header.map((_, i) => (i === 0 ? 'left' : 'right')),
      header,
      rows,
    ),
  };
}
