import type { CommandDefinition } from '../command';
import { EXIT, usageError } from '../errors';
import { writeOutputFile } from '../files';
import { t } from '../i18n';
import { issueWording, renderIssueLines } from '../engine';
import { importFromCommandLine } from '../importing';
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
    const outcome = await importFromCommandLine(io, global, positionals, values);
    const wording = await issueWording();
    const lines: string[] = [];
    for (const file of outcome.files) {
      lines.push(t(lang, 'validate.file', { file: file.name }));
      if (file.sheet !== undefined) lines.push(t(lang, 'validate.sheet', { sheet: file.sheet }));
      lines.push(t(lang, 'validate.profile', { profile: file.profile }));
      if (file.mapping.length > 0) {
        lines.push(t(lang, 'validate.mapping'));
        for (const entry of file.mapping) {
          lines.push(
            entry.field === undefined
              ? t(lang, 'validate.unmapped', { column: entry.column })
              : t(lang, 'validate.mappingRow', { column: entry.column, field: entry.field, confidence: entry.confidence === undefined ? '' : ` (${entry.confidence})` }),
          );
        }
      }
      lines.push('');
    }
    lines.push(t(lang, 'validate.counts', { read: outcome.counts.rowsRead, accepted: outcome.counts.accepted, rejected: outcome.counts.rejected }));
    if (outcome.issues.length > 0) {
      lines.push(t(lang, 'validate.issues', { count: outcome.issues.length }), ...renderIssueLines(outcome.issues, lang, wording));
    } else {
      lines.push(t(lang, 'validate.noIssue'));
    }
    io.stdout.write(`${lines.join('\n')}\n`);

    const rejectedPath = values['rejected'] as string | undefined;
    if (rejectedPath !== undefined) {
      await writeOutputFile(io, rejectedPath, outcome.rejectedCsv());
      if (!global.quiet) io.stderr.write(`${t(lang, 'validate.rejectedWritten', { file: rejectedPath, count: outcome.counts.rejected })}\n`);
    }
    return outcome.counts.rejected > 0 ? EXIT.rejected : EXIT.ok;
  },
};
