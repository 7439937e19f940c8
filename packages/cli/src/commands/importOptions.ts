import type { OptionSpec } from '../command';

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
};
