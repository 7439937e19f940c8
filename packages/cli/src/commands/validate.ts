import type { CommandDefinition } from '../command';
import { EXIT, usageError } from '../errors';
import { refuseOutputOverInputs, writeOutputFile } from '../files';
import { t } from '../i18n';
import { importIssueWording } from '../engine';
import type { CliIO, GlobalOptions } from '../context';
import type { ImportOutcome } from '../importing';
import { failOnUnreadable, importFromCommandLine } from '../importing';
import { writeChunks } from '../output/streamWrite';
import { validateIssueText, validateJson, validateText } from '../output/validate';
import { ValidateSpool } from '../output/validateSpool';
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
    out: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      help: { fr: 'écrit le rapport dans ce fichier plutôt que sur la sortie standard', en: 'writes the report to this file instead of standard output' },
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
    refuseOutputOverInputs(io, { '--out': values['out'] as string | undefined, '--rejected': values['rejected'] as string | undefined }, positionals);
    const json = values['format'] === 'json';
    const wording = await importIssueWording();
    // Each issue is worded as the import finds it; a long report and rejected rows past SPOOL_AFTER wait in temporary files.
    const spool = new ValidateSpool(await import('@reen/formats/inventory'), lang, SPOOL_AFTER, validateIssueText(json, lang, wording));
    try {
      // Without --rejected, the importer only counts the rejected rows instead of handing their cells over.
      const outcome = await importFromCommandLine(io, global, positionals, values, { rejectedRows: values['rejected'] !== undefined, sinks: spool.sinks });
      const report = json ? validateJson(outcome, spool.issues) : validateText(outcome, spool.issues, lang);
      const out = values['out'] as string | undefined;
      if (out === undefined) await writeChunks(io.stdout, report);
      else {
        await writeOutputFile(io, out, report);
        if (!global.quiet) io.stderr.write(`${t(lang, 'validate.written', { file: out })}\n`);
      }
      spool.reportWritten();
      return await finish(io, global, values, outcome, spool);
    } finally {
      spool.dispose();
    }
  },
};

/**
 * Rejected rows `reen validate --rejected` holds in memory before it moves them to a temporary
 * file: 20,000 take about 20 MB, a million would take gigabytes.
 */
const SPOOL_AFTER = 20_000;

/** Writes the rejected rows when asked, then gives the exit code (3 for unreadable files, 1 for rejected rows). */
async function finish(io: CliIO, global: GlobalOptions, values: Readonly<Record<string, unknown>>, outcome: ImportOutcome, spool: ValidateSpool): Promise<number> {
  const lang = global.lang;
  const rejectedPath = values['rejected'] as string | undefined;
  if (rejectedPath !== undefined) {
    await writeOutputFile(io, rejectedPath, spool.rejectedCsv());
    if (!global.quiet) io.stderr.write(`${t(lang, 'validate.rejectedWritten', { file: rejectedPath, count: outcome.counts.rejected })}\n`);
  }
  if (outcome.unreadable.length > 0) {
    await failOnUnreadable(outcome, global);
  }
  return outcome.counts.rejected > 0 ? EXIT.rejected : EXIT.ok;
}
