import type { OptionSpec } from '../command';
import { usageError } from '../errors';

/** Import profiles the user can force with `--profile`. */
export const PROFILES = ['glpi', 'ocs', 'g4it', 'ecodiag', 'canonical'] as const;

/** Options shared by `reen validate` and `reen bilan`: how the files are read. */
export const IMPORT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  map: {
    type: 'string',
    short: 'm',
    multiple: true,
    valueName: '"Colonne=champ,…"',
    help: {
      fr: 'correspondance imposée, ex. "Quantité=quantity,Type=category" ; « Colonne=ignore » ignore une colonne ; répétable',
      en: 'forced mapping, e.g. "Qty=quantity,Type=category"; "Column=ignore" ignores a column; repeatable',
    },
  },
  profile: {
    type: 'string',
    short: 'p',
    valueName: PROFILES.join('|'),
    choices: PROFILES,
    help: { fr: 'profil d’import imposé (sinon détecté d’après les en-têtes)', en: 'forced import profile (else detected from the headers)' },
  },
  sheet: { type: 'string', valueName: 'NOM', help: { fr: 'feuille à lire dans un classeur XLSX ou ODS', en: 'sheet to read in an XLSX or ODS workbook' } },
  'max-rows': { type: 'string', valueName: 'N', help: { fr: 'lignes de données lues au plus, tous fichiers confondus (défaut 1000000) ; au-delà, arrêt avec le code 3', en: 'most data rows read over all files (default 1000000); past it, stops with exit code 3' } },
  'max-bytes': { type: 'string', valueName: 'N', help: { fr: 'taille maximale d’un fichier, en octets (défaut 200000000)', en: 'largest file size, in bytes (default 200000000)' } },
  'max-cells': { type: 'string', valueName: 'N', help: { fr: 'cellules au plus par classeur XLSX, ODS ou XLS une fois lu (défaut 3000000)', en: 'most cells per XLSX, ODS or XLS workbook once read (default 3000000)' } },
};

/** The import limits given on the command line (`--max-rows`, `--max-bytes`, `--max-cells`): positive integers. */
export function importLimits(values: Readonly<Record<string, unknown>>): { maxRows?: number; maxBytes?: number; maxCells?: number } {
  const limits: { maxRows?: number; maxBytes?: number; maxCells?: number } = {};
  for (const [option, key] of [
    ['max-rows', 'maxRows'],
    ['max-bytes', 'maxBytes'],
    ['max-cells', 'maxCells'],
  ] as const) {
    const value = values[option] as string | undefined;
    if (value === undefined) continue;
    if (!/^[1-9]\d{0,14}$/.test(value)) throw usageError('usage.badValue', { value, option: `--${option}`, expected: 'N > 0' });
    limits[key] = Number(value);
  }
  return limits;
}
