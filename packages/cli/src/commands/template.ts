import type { CommandDefinition } from '../command';
import { EXIT, usageError } from '../errors';
import { writeOutputFile } from '../files';
import { t } from '../i18n';

/** `reen template [--xlsx] [--out FILE]`: the canonical inventory template of the importer. */
export const command: CommandDefinition = {
  name: 'template',
  usage: 'template [--xlsx] [--out FICHIER]',
  summary: {
    fr: 'écrit le modèle d’inventaire canonique (CSV, ou XLSX avec une feuille d’instructions)',
    en: 'writes the canonical inventory template (CSV, or XLSX with an instructions sheet)',
  },
  description: {
    fr: 'Sans --out, le CSV est écrit sur la sortie standard. Le XLSX, binaire, demande --out ou une redirection.',
    en: 'Without --out the CSV goes to standard output. The XLSX, a binary file, needs --out or a redirection.',
  },
  options: {
    xlsx: { type: 'boolean', help: { fr: 'modèle XLSX (avec la feuille d’instructions)', en: 'XLSX template (with the instructions sheet)' } },
    out: { type: 'string', short: 'o', valueName: 'FILE', help: { fr: 'fichier à écrire (sinon la sortie standard)', en: 'file to write (else standard output)' } },
  },
  examples: [
    { command: 'reen template --out inventaire.csv', help: { fr: 'modèle CSV dans un fichier', en: 'CSV template to a file' } },
    { command: 'reen template --xlsx --out inventaire.xlsx', help: { fr: 'modèle XLSX', en: 'XLSX template' } },
    { command: 'reen template > inventaire.csv', help: { fr: 'modèle CSV sur la sortie standard', en: 'CSV template on standard output' } },
  ],
  async run({ io, global, values, positionals }) {
    if (positionals.length > 0) throw usageError('usage.unexpectedPositional', { value: positionals[0] ?? '' });
    const out = values['out'] as string | undefined;
    const inventory = await import('@reen/formats/inventory');
    const xlsx = values['xlsx'] === true;
    if (xlsx && out === undefined && io.stdout.isTTY) throw usageError('usage.binaryToTerminal');
    const data: string | Uint8Array = xlsx ? await inventory.templateXlsx() : await inventory.templateCsv();
    if (out === undefined) {
      io.stdout.write(data);
      return EXIT.ok;
    }
    await writeOutputFile(io, out, data);
    if (!global.quiet) io.stderr.write(`${t(global.lang, 'template.written', { file: out })}\n`);
    return EXIT.ok;
  },
};
