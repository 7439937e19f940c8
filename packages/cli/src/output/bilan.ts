/**
 * Output of `reen bilan`: the stable JSON contract (schemaVersion 1, docs/cli.md), and the table,
 * CSV and Markdown views built from it. Every number comes from the core's result; this module only
 * converts Decimals to strings and rounds for display.
 */
import { INDICATORS } from '@reen/core';
import type { Indicator, Issue, Phase, SerializedEntityBilan, SerializedFootprint, SerializedTerritory, SerializedTerritoryValues, SerializedTotals } from '@reen/core';
import type { Lang, MessageKey } from '../i18n';
import { t } from '../i18n';
import type { CsvCell } from './csv';
import { toCsv } from './csv';
import { capIssues, ISSUES_LISTED_PER_CODE } from './issueCap';
import type { OmittedIssues } from './issueCap';
import type { BilanJsonIssue } from './issuesJson';
import { issuesToJson } from './issuesJson';
import { markdownText, plainText } from './sanitize';
import { formatDecimalString, renderMarkdownTable, renderTextTable } from './text';

export type { BilanJsonIssue } from './issuesJson';

/** Version of the JSON contract of `reen bilan --format json`. Fields are added, never renamed. */
export const BILAN_JSON_SCHEMA_VERSION = 1;

const PHASE_ORDER: readonly Phase[] = ['manufacturing', 'distribution', 'use', 'endOfLife'];

/** Counts of the import. */
export interface ImportCounts {
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** Issues of one code left out of `issues` (past the first `ISSUES_LISTED_PER_CODE`), with a sentence saying so. */
export interface BilanJsonOmittedIssues extends OmittedIssues {
  readonly message: string;
}

/**
 * The JSON document printed by `reen bilan --format json`: the core's `serializeFootprint` (totals
 * with bounds, phases, categories, perimeters, sites, domains, ratios, trace; decimals as exact
 * strings) plus the import counts and issues. Key order: the core's fields, `import`, `issues`,
 * then `trace` last.
 */
export type BilanJson = Omit<SerializedFootprint, 'schemaVersion'> & {
  readonly schemaVersion: typeof BILAN_JSON_SCHEMA_VERSION;
  /** Per-entity bilans of a shared DSI; their `co2eKg` add up exactly to `totals.co2eKg`. */
  readonly byEntity?: SerializedEntityBilan[];
  /** The territorial bilan: low confidence, never added to `totals`. */
  readonly territory?: SerializedTerritory;
  readonly import: ImportCounts;
  /** The first `ISSUES_LISTED_PER_CODE` issues of each code, in reading order. */
  readonly issues: readonly BilanJsonIssue[];
  /** Per code, the issues past that cap: only counted (`reen validate --rejected` lists every rejected row). */
  readonly issuesOmitted: readonly BilanJsonOmittedIssues[];
};

/** Everything `buildBilanJson` needs besides the core's serialised result. */
export interface BilanJsonInput {
  /** `serializeFootprint(result, { lang })` of @reen/core. */
  readonly serialized: SerializedFootprint;
  /** `serializeTerritory(…)` of @reen/core, when the organisation is known. */
  readonly territory?: SerializedTerritory;
  /** `serializeEntityBilans(…)` of @reen/core, when the project has entities. */
  readonly byEntity?: SerializedEntityBilan[];
  readonly counts: ImportCounts;
  readonly issues: readonly Issue[];
  /** Issues the import already left out, per code (`ImportOutcome.issuesOmitted`). */
  readonly issuesOmitted?: readonly OmittedIssues[];
  readonly lang: Lang;
  /** Words an issue without its position (file, line and column are fields of their own). */
  readonly formatIssue: (issue: Issue, lang: Lang) => string;
}

/** Builds the JSON contract of `reen bilan` from the core's serialised result. */
export function buildBilanJson(input: BilanJsonInput): BilanJson {
  const { trace, schemaVersion: _coreVersion, ...rest } = input.serialized;
  const { listed, omitted } = capIssues(input.issues, ISSUES_LISTED_PER_CODE, input.issuesOmitted);
  return {
    schemaVersion: BILAN_JSON_SCHEMA_VERSION,
    ...rest,
    ...(input.byEntity ? { byEntity: input.byEntity } : {}),
    ...(input.territory ? { territory: input.territory } : {}),
    import: { rowsRead: input.counts.rowsRead, accepted: input.counts.accepted, rejected: input.counts.rejected },
    issues: issuesToJson(listed, input.lang, input.formatIssue),
    issuesOmitted: omitted.map((entry) => ({ ...entry, message: t(input.lang, 'bilan.issuesOmitted', { count: formatDecimalString(String(entry.count), input.lang), code: entry.code, listed: ISSUES_LISTED_PER_CODE }) })),
    trace,
  };
}

/** Display rounding of each indicator, in decimals (presentation only; the JSON keeps every digit). */
const DISPLAY_DECIMALS = { co2eKg: 1, waterL: 0, waterScarcityM3eq: 2, energyKwh: 0 } as const;

/** Rounds an exact decimal string to a number of decimals and localises it. */
export type DisplayRounding = (value: string, decimals: number) => string;

/** Options of the human-readable views. */
export interface BilanViewOptions {
  readonly lang: Lang;
  /** Rounds an exact decimal string to `decimals` places, unlocalised (the core's `roundForDisplay`). */
  readonly round: (value: string, decimals: number) => string;
  /** Ratio part / total × 100 as a decimal string, "0" when the total is zero (the core's Decimal). */
  readonly percent: (part: string, total: string) => string;
}

const DOMAIN_KEYS: Readonly<Record<string, MessageKey>> = {
  fleet: 'domain.fleet',
  hosting: 'domain.hosting',
  cloud: 'domain.cloud',
  usage: 'domain.usage',
};

function domainLabel(domain: string, lang: Lang): string {
  const key = DOMAIN_KEYS[domain];
  return key ? t(lang, key) : domain;
}

/** Renders the bilan as aligned text tables (the default `--format table`). */
export function renderBilanTable(bilan: BilanJson, options: BilanViewOptions): string {
  return renderBilanHuman(bilan, options, 'table');
}

/** Renders the bilan as Markdown (`--format md`). */
export function renderBilanMarkdown(bilan: BilanJson, options: BilanViewOptions): string {
  return renderBilanHuman(bilan, options, 'md');
}

function renderBilanHuman(bilan: BilanJson, options: BilanViewOptions, kind: 'table' | 'md'): string {
  const { lang } = options;
  const round: DisplayRounding = (value, decimals) => formatDecimalString(options.round(value, decimals), lang);
  const share = (part: string, total: string) => `${round(options.percent(part, total), 1)} %`;
  const table = kind === 'md' ? renderMarkdownTable : renderTextTable;
  const colon = lang === 'fr' ? ' :' : ':';
  /** User text (file names, headers, cell values in messages, notes): shown as typed, never as markup or terminal control. */
  const user = kind === 'md' ? markdownText : plainText;
  const heading = (text: string, level: number) => (kind === 'md' ? `${'#'.repeat(level)} ${text}` : level === 1 ? text : `${text}${colon}`);
  const out: string[] = [];
  out.push(
    heading(t(lang, 'bilan.title', { year: bilan.year, method: t(lang, bilan.method === 'stock' ? `method.stock.${bilan.stockRule}` : 'method.flux'), factors: bilan.factorSetVersion, methodology: bilan.methodologyVersion }), 1),
    '',
  );

  const totals = bilan.totals;
  out.push(
    table(
      [t(lang, 'bilan.col.indicator'), t(lang, 'bilan.col.value'), 'P5', 'P95', t(lang, 'bilan.col.low'), t(lang, 'bilan.col.high'), t(lang, 'bilan.col.unit')],
      [
        [
          t(lang, 'bilan.total'),
          round(totals.co2eKg, DISPLAY_DECIMALS.co2eKg),
          round(totals.co2eKgP5, DISPLAY_DECIMALS.co2eKg),
          round(totals.co2eKgP95, DISPLAY_DECIMALS.co2eKg),
          round(totals.co2eKgLow, DISPLAY_DECIMALS.co2eKg),
          round(totals.co2eKgHigh, DISPLAY_DECIMALS.co2eKg),
          'kg CO2e',
        ],
        [t(lang, 'bilan.water'), round(totals.waterL, DISPLAY_DECIMALS.waterL), round(totals.waterLP5, DISPLAY_DECIMALS.waterL), round(totals.waterLP95, DISPLAY_DECIMALS.waterL), '', '', 'L'],
        [
          t(lang, 'bilan.waterScarcity'),
          round(totals.waterScarcityM3eq, DISPLAY_DECIMALS.waterScarcityM3eq),
          round(totals.waterScarcityM3eqP5, DISPLAY_DECIMALS.waterScarcityM3eq),
          round(totals.waterScarcityM3eqP95, DISPLAY_DECIMALS.waterScarcityM3eq),
          '',
          '',
          lang === 'fr' ? 'm³ eq. monde' : 'm³ world-eq',
        ],
        [t(lang, 'bilan.energy'), round(totals.energyKwh, DISPLAY_DECIMALS.energyKwh), round(totals.energyKwhP5, DISPLAY_DECIMALS.energyKwh), round(totals.energyKwhP95, DISPLAY_DECIMALS.energyKwh), '', '', 'kWh'],
      ],
      ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    ),
    '',
    t(lang, 'bilan.reference', {
      value: round(totals.co2eKg, DISPLAY_DECIMALS.co2eKg),
      p5: round(totals.co2eKgP5, DISPLAY_DECIMALS.co2eKg),
      p95: round(totals.co2eKgP95, DISPLAY_DECIMALS.co2eKg),
      percentile: round(bilan.uncertainty.referencePercentile.co2eKg, 1),
      draws: formatDecimalString(String(bilan.uncertainty.draws), lang),
    }),
    '',
  );

  const sensitivity = bilan.uncertainty.sensitivity.co2eKg;
  if (sensitivity.length > 0) {
    out.push(heading(t(lang, 'bilan.sensitivity'), 2), '');
    out.push(
      table(
        [t(lang, 'bilan.col.input'), t(lang, 'bilan.col.varianceShare')],
        sensitivity.map((entry) => [entry.labelFr, `${round(String(Number(entry.share) * 100), 1)} %`]),
        ['left', 'right'],
      ),
      '',
    );
  }
  if (bilan.dataQuality?.score) {
    out.push(
      heading(t(lang, 'bilan.dataQuality'), 2),
      '',
      table(
        [t(lang, 'bilan.col.level'), t(lang, 'bilan.col.share')],
        bilan.dataQuality.levels.map((level) => [level.labelFr, `${round(String(Number(level.share) * 100), 1)} %`]),
        ['left', 'right'],
      ),
      '',
      t(lang, 'bilan.dataQualityScore', { score: round(bilan.dataQuality.score, 2), band: bilan.dataQuality.bandLabelFr ?? '' }),
      '',
    );
  }
  if (bilan.plausibility && bilan.plausibility.notices.length > 0) {
    out.push(heading(t(lang, 'bilan.plausibility'), 2), '');
    for (const notice of bilan.plausibility.notices) out.push(`${kind === 'md' ? '- ' : '  '}${notice.messageFr}`);
    out.push('');
  }

  out.push(heading(t(lang, 'bilan.byPhase'), 2), '');
  out.push(
    table(
      [t(lang, 'bilan.col.phase'), t(lang, 'bilan.col.co2eKg'), t(lang, 'bilan.col.share')],
      PHASE_ORDER.map((phase) => [t(lang, `phase.${phase}`), round(bilan.byPhase[phase].co2eKg, 1), share(bilan.byPhase[phase].co2eKg, totals.co2eKg)]),
      ['left', 'right', 'right'],
    ),
    '',
  );

  const domains = bilan.byDomain.filter((row) => row.co2eKg !== '0' || row.quantity > 0);
  if (domains.length > 0) {
    out.push(heading(t(lang, 'bilan.byDomain'), 2), '');
    out.push(
      table(
        [t(lang, 'bilan.col.domain'), t(lang, 'bilan.col.co2eKg'), t(lang, 'bilan.col.share')],
        domains.map((row) => [domainLabel(row.domain, lang), round(row.co2eKg, 1), share(row.co2eKg, totals.co2eKg)]),
        ['left', 'right', 'right'],
      ),
      '',
    );
  }

  if (bilan.byCategory.length > 0) {
    out.push(heading(t(lang, 'bilan.byCategory'), 2), '');
    out.push(
      table(
        [t(lang, 'bilan.col.category'), t(lang, 'bilan.col.quantity'), t(lang, 'bilan.col.co2eKg'), t(lang, 'bilan.col.share')],
        bilan.byCategory.map((row) => [row.category, formatDecimalString(String(row.quantity), lang), round(row.co2eKg, 1), share(row.co2eKg, totals.co2eKg)]),
        ['left', 'right', 'right', 'right'],
      ),
      '',
    );
  }
  if (bilan.byPerimeter.length > 0) {
    out.push(heading(t(lang, 'bilan.byPerimeter'), 2), '');
    out.push(
      table(
        [t(lang, 'bilan.col.perimeter'), t(lang, 'bilan.col.quantity'), t(lang, 'bilan.col.co2eKg'), t(lang, 'bilan.col.share')],
        bilan.byPerimeter.map((row) => [row.perimeter, formatDecimalString(String(row.quantity), lang), round(row.co2eKg, 1), share(row.co2eKg, totals.co2eKg)]),
        ['left', 'right', 'right', 'right'],
      ),
      '',
    );
  }

  if (bilan.byEntity && bilan.byEntity.length > 0) {
    out.push(heading(t(lang, 'bilan.byEntity'), 2), '');
    out.push(
      table(
        [t(lang, 'bilan.col.entity'), t(lang, 'bilan.col.obliged'), t(lang, 'bilan.col.co2eKg'), t(lang, 'bilan.col.share'), t(lang, 'bilan.col.perAgent')],
        bilan.byEntity.map((row) => [
          row.name,
          t(lang, row.obliged ? 'bilan.yes' : 'bilan.no'),
          round(row.co2eKg, 1),
          share(row.co2eKg, totals.co2eKg),
          row.perAgent ? round(row.perAgent.co2eKg, 1) : '',
        ]),
        ['left', 'left', 'right', 'right', 'right'],
      ),
      '',
    );
  }
  if (bilan.territory) out.push(...renderTerritory(bilan.territory, { lang, round, table, heading }));

  out.push(t(lang, 'bilan.import', { read: bilan.import.rowsRead, accepted: bilan.import.accepted, rejected: bilan.import.rejected }), '');

  if (bilan.issues.length > 0) {
    out.push(heading(t(lang, 'bilan.issues'), 2), '');
    for (const issue of bilan.issues) {
      const where = issue.file ? `${user(issue.file)}${issue.line !== null ? `:${issue.line}` : ''}${issue.column ? ` (${t(lang, 'issue.column', { column: user(issue.column) })})` : ''} — ` : '';
      const code = kind === 'md' ? `\\[${markdownText(issue.code)}\\]` : `[${issue.code}]`;
      out.push(`${kind === 'md' ? '- ' : '  '}${where}${t(lang, `severity.${issue.severity}`)} ${code} ${user(issue.message)}`);
    }
    for (const entry of bilan.issuesOmitted) {
      const code = kind === 'md' ? `\\[${markdownText(entry.code)}\\]` : `[${entry.code}]`;
      out.push(`${kind === 'md' ? '- ' : '  '}${t(lang, `severity.${entry.severity}`)} ${code} ${user(entry.message)}`);
    }
    out.push('');
  }

  out.push(heading(t(lang, 'bilan.trace'), 2), '');
  const bullet = kind === 'md' ? '- ' : '  - ';
  if (bilan.trace.assumptions.length > 0) {
    out.push(kind === 'md' ? `**${t(lang, 'bilan.assumptions')}**` : `${t(lang, 'bilan.assumptions')}${colon}`, ...bilan.trace.assumptions.map((note) => `${bullet}${user(note)}`), '');
  }
  if (bilan.trace.fallbacks.length > 0) {
    out.push(kind === 'md' ? `**${t(lang, 'bilan.fallbacks')}**` : `${t(lang, 'bilan.fallbacks')}${colon}`, ...bilan.trace.fallbacks.map((note) => `${bullet}${user(note)}`), '');
  }
  out.push(
    kind === 'md' ? `**${t(lang, 'bilan.factorsUsed', { count: bilan.trace.factors.length })}**` : `${t(lang, 'bilan.factorsUsed', { count: bilan.trace.factors.length })}${colon}`,
    ...bilan.trace.factors.map((id) => `${bullet}${kind === 'md' ? `\`${id}\`` : id}`),
  );
  return `${out.join('\n')}\n`;
}

/** Per indicator: the reference value, the worst-case envelope, then the Monte Carlo percentiles. */
const CSV_SUFFIXES = ['', 'Low', 'High', 'P5', 'P50', 'P95'] as const;
const CSV_VALUE_HEADERS = INDICATORS.flatMap((indicator) => CSV_SUFFIXES.map((suffix) => `${indicator}${suffix}` as const));
const CSV_HEADERS = ['section', 'key', 'quantity', ...CSV_VALUE_HEADERS, 'file', 'line', 'column', 'code', 'message'];
/** Columns after `quantity` and before the issue columns. */
const CSV_BLANK_VALUES: readonly CsvCell[] = Array<CsvCell>(CSV_VALUE_HEADERS.length).fill(undefined);

/**
 * Renders the bilan as CSV for spreadsheets (`--format csv`): one row per total, phase, category,
 * perimeter and issue, exact decimal strings with a dot. Each indicator has its reference value,
 * its envelope (`…Low`, `…High`) and its percentiles (`…P5`, `…P50`, `…P95`); phases carry values
 * only. Text cells are neutralised against formula injection.
 */
export function renderBilanCsv(bilan: BilanJson): string {
  const n = (value: string | number): CsvCell => ({ number: value });
  const full = (values: SerializedTotals): CsvCell[] => CSV_VALUE_HEADERS.map((header) => n(values[header]));
  const valuesOnly = (values: Readonly<Record<Indicator, string>>): CsvCell[] =>
    INDICATORS.flatMap((indicator) => CSV_SUFFIXES.map((suffix) => (suffix === '' ? n(values[indicator]) : undefined)));
  const rows: CsvCell[][] = [];
  rows.push(['total', 'total', undefined, ...full(bilan.totals)]);
  for (const phase of PHASE_ORDER) rows.push(['phase', phase, undefined, ...valuesOnly(bilan.byPhase[phase])]);
  for (const row of bilan.byCategory) rows.push(['category', row.category, n(row.quantity), ...full(row)]);
  for (const row of bilan.byPerimeter) rows.push(['perimeter', row.perimeter, n(row.quantity), ...full(row)]);
  rows.push(['import', 'rowsRead', n(bilan.import.rowsRead)], ['import', 'accepted', n(bilan.import.accepted)], ['import', 'rejected', n(bilan.import.rejected)]);
  for (const issue of bilan.issues) {
    rows.push([
      'issue',
      issue.severity,
      undefined,
      ...CSV_BLANK_VALUES,
      issue.file ?? undefined,
      issue.line === null ? undefined : n(issue.line),
      issue.column ?? undefined,
      issue.code,
      issue.message,
    ]);
  }
  for (const entry of bilan.issuesOmitted) {
    rows.push(['issuesOmitted', entry.severity, n(entry.count), ...CSV_BLANK_VALUES, undefined, undefined, undefined, entry.code, entry.message]);
  }
  const noteRow = (section: string, note: string): CsvCell[] => [section, undefined, undefined, ...CSV_BLANK_VALUES, undefined, undefined, undefined, undefined, note];
  for (const id of bilan.trace.factors) rows.push(['factor', id]);
  for (const note of bilan.trace.assumptions) rows.push(noteRow('assumption', note));
  for (const note of bilan.trace.fallbacks) rows.push(noteRow('fallback', note));
  return toCsv(CSV_HEADERS, rows.map((row) => [...row, ...Array<CsvCell>(Math.max(0, CSV_HEADERS.length - row.length)).fill(undefined)]));
}

/** The territorial bilan as a short table of the human views: total, ratios, and the parts reported apart. */
function renderTerritory(
  territory: SerializedTerritory,
  view: { lang: Lang; round: DisplayRounding; table: typeof renderTextTable; heading: (text: string, level: number) => string },
): string[] {
  const { lang, round, table, heading } = view;
  const row = (label: string, values: SerializedTerritoryValues | null, decimals: number): string[] => [
    label,
    values?.co2eKg !== undefined ? round(values.co2eKg, decimals) : '',
    values?.co2eKgLow !== undefined ? round(values.co2eKgLow, decimals) : '',
    values?.co2eKgHigh !== undefined ? round(values.co2eKgHigh, decimals) : '',
  ];
  const rows = [
    row(t(lang, 'bilan.territory.residents'), territory.totals, 0),
    row(t(lang, 'bilan.territory.perInhabitant'), territory.perInhabitant, 1),
    row(t(lang, 'bilan.territory.national'), territory.nationalPerInhabitant, 1),
    ...(territory.dataCentres.length > 0 ? [row(t(lang, 'bilan.territory.dataCentres'), territory.dataCentresTotal, 0)] : []),
    ...(territory.publicServices.length > 0 ? [row(t(lang, 'bilan.territory.publicServices'), territory.publicServicesTotal, 1)] : []),
  ];
  return [
    heading(t(lang, 'bilan.territory', { population: formatDecimalString(String(territory.population), lang) }), 2),
    '',
    table([t(lang, 'bilan.col.indicator'), t(lang, 'bilan.col.co2eKg'), t(lang, 'bilan.col.low'), t(lang, 'bilan.col.high')], rows, ['left', 'right', 'right', 'right']),
    '',
  ];
}
