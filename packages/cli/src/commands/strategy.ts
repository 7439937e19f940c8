import { reservedCommand } from './reserved';

/**
 * `reen strategy`: reserved for the documents feature, which replaces this file with the command
 * that writes the strategy document (DOCX, ODT, HTML, Markdown) from a project file.
 */
export const command = reservedCommand(
  'strategy',
  'strategy PROJECT.reen.json --out FICHIER.docx|.odt|.html|.md',
  {
    fr: 'stratégie numérique responsable en document (à venir avec la fonctionnalité des documents)',
    en: 'strategy document (comes with the documents feature)',
  },
  { out: { type: 'string', valueName: 'FILE', help: { fr: 'document à écrire', en: 'document to write' } } },
);
