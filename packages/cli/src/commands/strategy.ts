/**
 * `reen strategy PROJET.reen.json --out FICHIER.docx|.odt|.html|.md`: the stratégie numérique
 * responsable of a project. The command is defined with `reen rapport` in `documents.ts`.
 */
export { strategyCommand as command } from './documents';
