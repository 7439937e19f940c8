/**
 * `reen rapport PROJET.reen.json --year AAAA --out FICHIER.docx|.odt|.html|.md`: the yearly bilan
 * for the *rapport développement durable*. The command is defined with `reen strategy` in
 * `documents.ts`.
 */
export { rapportCommand as command } from './documents';
