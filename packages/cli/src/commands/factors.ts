import type { FactorRow, FactorSet } from '@reen/core';
import type { CommandDefinition } from '../command';
import { EXIT, usageError } from '../errors';
import type { Lang } from '../i18n';
import { t } from '../i18n';
import { toCsv } from '../output/csv';
import { renderMarkdownTable, renderTextTable } from '../output/text';
import { loadFactorSet } from '../engine';

const FORMATS = ['table', 'json', 'csv', 'md'] as const;

/** `reen factors list | show ID`: the factor set, with the source of every row. */
export const command: CommandDefinition = {
  name: 'factors',
  usage: 'factors list | show ID [--factors VERSION] [--format table|json|csv|md]',
  summary: {
    fr: 'affiche le jeu de facteurs d’émission, avec la source de chaque ligne',
    en: 'shows the factor set, with the source of every row',
  },
  description: {
    fr: '« list » affiche toutes les lignes du jeu (valeur, unité, fourchette, source) ; « show ID » affiche une ligne en détail.',
    en: '"list" prints every row of the set (value, unit, range, source); "show ID" prints one row in full.',
  },
  options: {
    factors: { type: 'string', valueName: 'VERSION', help: { fr: 'version du jeu de facteurs (défaut : la plus récente)', en: 'factor-set version (default: the latest)' } },
    format: { type: 'string', short: 'f', valueName: 'table|json|csv|md', choices: FORMATS, help: { fr: 'format de sortie (défaut : table)', en: 'output format (default: table)' } },
  },
  examples: [
    { command: 'reen factors list', help: { fr: 'toutes les lignes du jeu le plus récent', en: 'every row of the latest set' } },
    { command: 'reen factors list --factors fr-2025.1 --format csv > facteurs.csv', help: { fr: 'export CSV d’un jeu donné', en: 'CSV export of a given set' } },
    { command: 'reen factors show device.laptop.manufacturing.co2eKg', help: { fr: 'une ligne en détail', en: 'one row in full' } },
  ],
  async run({ io, global, values, positionals }) {
    const [action, id, ...extra] = positionals;
    if (action !== 'list' && action !== 'show') {
      throw usageError('usage.unknownSubcommand', { name: action ?? '', expected: 'list | show ID' });
    }
    if (action === 'show' && id === undefined) throw usageError('usage.missingValue', { option: 'show ID' });
    const unexpected = action === 'list' ? id : extra[0];
    if (unexpected !== undefined) throw usageError('usage.unexpectedPositional', { value: unexpected });
    const format = (values['format'] as (typeof FORMATS)[number] | undefined) ?? 'table';
    const { set, versions } = await loadFactorSet(values['factors'] as string | undefined);
    const lang = global.lang;

    if (action === 'show') {
      const row = set.rows.find((candidate) => candidate.id === id);
      if (!row) throw usageError('usage.unknownFactor', { id: id ?? '', version: set.version });
      io.stdout.write(renderRowDetail(row, set, format, lang));
      return EXIT.ok;
    }
    io.stdout.write(renderList(set, versions, format, lang));
    return EXIT.ok;
  },
};

/** One-line source citation: publisher, title, year (and version or commit). */
export function citeSource(row: FactorRow): string {
  const source = row.source;
  const pin = source.version ? ` v${source.version}` : source.commit ? ` @${source.commit.slice(0, 12)}` : '';
  return `${source.publisher}, ${source.title} (${source.year})${pin}`;
}

function rangeOf(row: FactorRow): string {
  return `${row.uncertainty.low} – ${row.uncertainty.high}`;
}

const LIST_HEADERS = ['id', 'value', 'unit', 'low', 'high', 'subject', 'indicator', 'phase', 'sourcePublisher', 'sourceTitle', 'sourceYear', 'sourceUrl', 'sourceVersion', 'sourceCommit', 'retrievedAt', 'licence', 'validFrom', 'validTo', 'uncertaintyBasis', 'note'];

function csvRow(row: FactorRow) {
  return [
    row.id,
    { number: row.value },
    row.unit,
    { number: row.uncertainty.low },
    { number: row.uncertainty.high },
    row.subject,
    row.indicator,
    row.phase,
    row.source.publisher,
    row.source.title,
    { number: row.source.year },
    row.source.url,
    row.source.version,
    row.source.commit,
    row.source.retrievedAt,
    row.licence,
    row.validFrom === undefined ? undefined : { number: row.validFrom },
    row.validTo === undefined ? undefined : { number: row.validTo },
    row.uncertainty.basis,
    row.note,
  ];
}

function renderList(set: FactorSet, versions: readonly string[], format: (typeof FORMATS)[number], lang: Lang): string {
  if (format === 'json') return `${JSON.stringify({ version: set.version, title: set.title, publishedAt: set.publishedAt, description: set.description, rows: set.rows }, null, 2)}\n`;
  if (format === 'csv') return toCsv(LIST_HEADERS, set.rows.map(csvRow));
  const header = t(lang, 'factors.header', { version: set.version, title: set.title, publishedAt: set.publishedAt, count: set.rows.length });
  const headers = [t(lang, 'factors.col.id'), t(lang, 'factors.col.value'), t(lang, 'factors.col.unit'), t(lang, 'factors.field.uncertainty'), t(lang, 'factors.col.source')];
  const rows = set.rows.map((row) => [row.id, row.value, row.unit, rangeOf(row), citeSource(row)]);
  const align = ['left', 'right', 'left', 'left', 'left'] as const;
  if (format === 'md') return `# ${header}\n\n${renderMarkdownTable(headers, rows, align)}\n`;
  return `${header}\n${t(lang, 'factors.available', { list: versions.join(', ') })}\n\n${renderTextTable(headers, rows, align)}\n`;
}

function renderRowDetail(row: FactorRow, set: FactorSet, format: (typeof FORMATS)[number], lang: Lang): string {
  if (format === 'json') return `${JSON.stringify({ factorSetVersion: set.version, ...row }, null, 2)}\n`;
  if (format === 'csv') return toCsv(LIST_HEADERS, [csvRow(row)]);
  const validity = row.validFrom !== undefined || row.validTo !== undefined ? `${row.validFrom ?? '…'} – ${row.validTo ?? '…'}` : undefined;
  const fields: [string, string | undefined][] = [
    [t(lang, 'factors.field.subject'), row.subject],
    [t(lang, 'factors.field.indicator'), row.indicator],
    [t(lang, 'factors.field.phase'), row.phase],
    [t(lang, 'factors.field.value'), `${row.value} ${row.unit}`],
    [t(lang, 'factors.field.uncertainty'), `${rangeOf(row)} ${row.unit} (${row.uncertainty.basis})`],
    [t(lang, 'factors.field.source'), citeSource(row)],
    [t(lang, 'factors.field.url'), row.source.url],
    [t(lang, 'factors.field.retrievedAt'), row.source.retrievedAt],
    [t(lang, 'factors.field.licence'), row.licence],
    [t(lang, 'factors.field.validity'), validity],
    [t(lang, 'factors.field.note'), row.note],
  ];
  const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
  if (format === 'md') return `# ${row.id}\n\n${renderMarkdownTable(['', ''], present)}\n`;
  const width = Math.max(...present.map(([label]) => label.length));
  return `${row.id} (${set.version})\n${present.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}
