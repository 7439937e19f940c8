import { reservedCommand } from './reserved';

/**
 * `reen rapport`: reserved for the documents feature, which replaces this file with the command
 * that writes the yearly bilan chapter for the *rapport développement durable*.
 */
export const command = reservedCommand(
  'rapport',
  'rapport PROJECT.reen.json --year N --out FICHIER.docx|.odt|.html|.md',
  {
    fr: 'bilan annuel pour le rapport développement durable (à venir avec la fonctionnalité des documents)',
    en: 'yearly bilan for the sustainable development report (comes with the documents feature)',
  },
  {
    year: { type: 'string', valueName: 'YYYY', help: { fr: 'année du bilan', en: 'year of the bilan' } },
    out: { type: 'string', valueName: 'FILE', help: { fr: 'document à écrire', en: 'document to write' } },
  },
);
