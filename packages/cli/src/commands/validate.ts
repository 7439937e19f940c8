import type { CommandDefinition } from '../command';
import { EXIT, usageError } from '../errors';
import { refuseOutputOverInputs, writeOutputFile } from '../files';
import { t } from '../i18n';
import type { IssueWording } from '../engine';
import { importIssueWording, renderIssueLines } from '../engine';
import type { CliIO, GlobalOptions } from '../context';
import type { Lang } from '../i18n';
import type { ImportOutcome } from '../importing';
import { failOnUnreadable, importFromCommandLine } from '../importing';
import { issueToJson } from '../output/issuesJson';
import { batchPieces, jsonDocument, mapLazily, streamedList } from '../output/jsonStream';
import { isClosed, writeChunks, writeWithBackpressure } from '../output/streamWrite';
import { formatDecimalString } from '../output/text';
import { IMPORT_OPTIONS } from './importOptions';

/** `reen validate FILE…`: imports inventory files and reports the profile, mapping, counts and issues. */
export const command: CommandDefinition = {
  name: 'validate',
  usage: 'validate FICHIER… [--map …] [--profile …] [--sheet NOM] [--rejected rejets.csv]',
  summary: {
    fr: 'vérifie des fichiers d’inventaire : profil, colonnes, lignes acceptées et rejetées, problèmes',
    en: 'checks inventory files: profile, columns, accepted and rejected rows, issues',
  },
  description: {
    fr: 'Formats : CSV, TSV, XLSX, ODS, JSON ; exports GLPI, OCS, G4IT, EcoDiag et modèle canonique. Sortie 1 si des lignes sont rejetées.',
    en: 'Formats: CSV, TSV, XLSX, ODS, JSON; GLPI, OCS, G4IT, EcoDiag exports and the canonical template. Exits with 1 when rows are rejected.',
  },
  options: {
    ...IMPORT_OPTIONS,
    format: {
      type: 'string',
      short: 'f',
      valueName: 'text|json',
      choices: ['text', 'json'],
      help: { fr: 'format du rapport (défaut : text) ; json pour d’autres outils', en: 'report format (default: text); json for other tools' },
    },
    rejected: {
      type: 'string',
      valueName: 'FILE.csv',
      help: { fr: 'écrit les lignes rejetées avec une colonne « erreur »', en: 'writes the rejected rows with an "erreur" column' },
    },
  },
  examples: [
    { command: 'reen validate export-glpi.csv', help: { fr: 'vérifie un export GLPI', en: 'checks a GLPI export' } },
    { command: 'reen validate parc.xlsx --sheet "Postes" --rejected rejets.csv', help: { fr: 'une feuille d’un classeur, rejets dans un CSV', en: 'one sheet of a workbook, rejected rows to a CSV' } },
    { command: 'reen validate inventaire.csv --map "Qté=quantity,Famille=category"', help: { fr: 'correspondance de colonnes imposée', en: 'forced column mapping' } },
  ],
  async run({ io, global, values, positionals }) {
    if (positionals.length === 0) throw usageError('usage.needFiles');
    const lang = global.lang;
    refuseOutputOverInputs(io, { '--rejected': values['rejected'] as string | undefined }, positionals);
    // Without --rejected, the importer only counts the rejected rows instead of keeping their cells.
    const outcome = await importFromCommandLine(io, global, positionals, values, { rejectedRows: values['rejected'] !== undefined });
    const wording = await importIssueWording();
    if (values['format'] === 'json') {
      // Written in chunks of about 64 KiB, each issue worded as it comes: a million issues never make one string.
      await writeChunks(io.stdout, batchPieces(jsonDocument(validateJson(outcome, lang, wording))));
      return finish(io, global, values, outcome);
    }
    const lines: string[] = [];
    for (const table of outcome.tables) {
      lines.push(t(lang, table.sheet === undefined ? 'validate.file' : 'validate.fileSheet', { file: table.file, sheet: table.sheet ?? '' }));
      const details = [table.format, table.encoding, table.delimiter === undefined ? undefined : t(lang, 'validate.delimiter', { delimiter: table.delimiter === '\t' ? 'TAB' : table.delimiter })]
        .filter((part): part is string => part !== undefined)
        .join(', ');
      lines.push(t(lang, 'validate.format', { details, line: table.headerLine }));
      lines.push(t(lang, 'validate.profile', { profile: table.profile.id, label: table.profile.label, score: formatDecimalString(String(table.profile.score), lang) }));
      if (table.mapping.length > 0) {
        lines.push(t(lang, 'validate.mapping'));
        const width = Math.max(...table.mapping.map((column) => [...column.header].length));
        for (const column of table.mapping) {
          const header = `${column.letter.padEnd(3)}${column.header}${' '.repeat(Math.max(0, width - [...column.header].length))}`;
          lines.push(
            column.field === null
              ? t(lang, 'validate.unmapped', { column: header })
              : t(lang, 'validate.mappingRow', {
                  column: header,
                  field: column.field,
                  confidence: formatDecimalString(String(column.confidence), lang),
                  source: column.source,
                }),
          );
        }
      }
      lines.push(t(lang, 'validate.tableCounts', { read: table.rowsRead, accepted: table.accepted, rejected: table.rejected }), '');
    }
    lines.push(t(lang, 'validate.counts', { read: outcome.counts.rowsRead, accepted: outcome.counts.accepted, rejected: outcome.counts.rejected }));
    lines.push(outcome.issues.length > 0 ? t(lang, 'validate.issues', { count: outcome.issues.length }) : t(lang, 'validate.noIssue'));
    io.stdout.write(`${lines.join('\n')}\n`);
    // Issues are worded and written batch by batch: a million of them never make one string.
    for (let i = 0; i < outcome.issues.length && !isClosed(io.stdout); i += ISSUE_BATCH) {
      await writeWithBackpressure(io.stdout, `${renderIssueLines(outcome.issues.slice(i, i + ISSUE_BATCH), lang, wording).join('\n')}\n`);
    }

    return finish(io, global, values, outcome);
  },
};

/** Issues worded and written at a time by the text report. */
const ISSUE_BATCH = 5000;

/**
 * The JSON report (`--format json`), key for key as documented in docs/cli.md; its issues are a
 * streamed list, worded one by one as they are written.
 */
function validateJson(outcome: ImportOutcome, lang: Lang, wording: IssueWording) {
  return {
    schemaVersion: 1,
    tables: outcome.tables.map((table) => ({
      file: table.file,
      ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
      format: table.format,
      encoding: table.encoding ?? null,
      delimiter: table.delimiter ?? null,
      headerLine: table.headerLine,
      profile: table.profile,
      mapping: table.mapping.map((column) => ({ letter: column.letter, header: column.header, field: column.field, confidence: column.confidence, source: column.source })),
      rowsRead: table.rowsRead,
      accepted: table.accepted,
      rejected: table.rejected,
    })),
    import: outcome.counts,
    issues: streamedList(mapLazily(outcome.issues, (issue) => issueToJson(issue, lang, wording.bare))),
  };
}

/** Writes the rejected rows when asked, then gives the exit code (3 for unreadable files, 1 for rejected rows). */
async function finish(io: CliIO, global: GlobalOptions, values: Readonly<Record<string, unknown>>, outcome: ImportOutcome): Promise<number> {
  const lang = global.lang;
  const rejectedPath = values['rejected'] as string | undefined;
  if (rejectedPath !== undefined) {
    await writeOutputFile(io, rejectedPath, outcome.rejectedCsv());
    if (!global.quiet) io.stderr.write(`${t(lang, 'validate.rejectedWritten', { file: rejectedPath, count: outcome.counts.rejected })}\n`);
  }
  if (outcome.unreadable.length > 0) {
    await failOnUnreadable(outcome, global);
  }
  return outcome.counts.rejected > 0 ? EXIT.rejected : EXIT.ok;
}
