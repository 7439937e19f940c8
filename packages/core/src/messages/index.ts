import type { Issue } from '../schemas/issues';
import type { TraceNote } from '../compute/types';
import { ISSUE_MESSAGES_EN, TRACE_MESSAGES_EN } from './en';
import { ISSUE_MESSAGES_FR, TRACE_MESSAGES_FR } from './fr';

/** Languages of the message maps. French is the default. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Every issue code the core can emit, each with a French and an English message. */
export const ISSUE_CODES = Object.freeze(Object.keys(ISSUE_MESSAGES_FR)) as readonly (keyof typeof ISSUE_MESSAGES_FR)[];
export type IssueCode = keyof typeof ISSUE_MESSAGES_FR;

/** Every trace note code (assumptions and fallbacks), each with a French and an English message. */
export const TRACE_NOTE_CODES = Object.freeze(Object.keys(TRACE_MESSAGES_FR)) as readonly (keyof typeof TRACE_MESSAGES_FR)[];
export type TraceNoteCode = keyof typeof TRACE_MESSAGES_FR;

const ISSUES: Record<Lang, Record<string, string>> = { fr: ISSUE_MESSAGES_FR, en: ISSUE_MESSAGES_EN };
const NOTES: Record<Lang, Record<string, string>> = { fr: TRACE_MESSAGES_FR, en: TRACE_MESSAGES_EN };

const UNKNOWN = {
  fr: 'Problème « {code} » sur « {field} » : vérifiez la valeur.',
  en: 'Problem "{code}" on "{field}": check the value.',
} as const;
const UNKNOWN_NOTE = { fr: 'Note « {code} ».', en: 'Note "{code}".' } as const;

function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Where an issue is: file, sheet, line and column when known, else the field path. */
function locate(issue: Issue, lang: Lang): string {
  const position = issue.position;
  if (position) {
    const parts =
      lang === 'fr'
        ? [position.file, position.sheet !== undefined ? `feuille ${position.sheet}` : undefined, `ligne ${position.line}`, position.column !== undefined ? `colonne ${position.column}` : undefined]
        : [position.file, position.sheet !== undefined ? `sheet ${position.sheet}` : undefined, `line ${position.line}`, position.column !== undefined ? `column ${position.column}` : undefined];
    return parts.filter((p): p is string => p !== undefined).join(', ') + (lang === 'fr' ? ' : ' : ': ');
  }
  if (issue.path.length > 0) return lang === 'fr' ? `${issue.path.join('.')} : ` : `${issue.path.join('.')}: `;
  return '';
}

/**
 * Words an issue in French (default) or English, from the message maps, prefixed with its place:
 * file, line and column when the value came from a file, else its path.
 *
 * @param issue - An issue from a `parse…` function.
 * @param lang - `'fr'` (default) or `'en'`.
 * @returns One sentence that says what is wrong and how to fix it.
 * @example
 * formatIssue({ code: 'quantity_not_positive', severity: 'error', path: [0, 'quantity'], params: {} });
 * // "0.quantity : La quantité doit être un entier strictement positif…"
 */
export function formatIssue(issue: Issue, lang: Lang = 'fr'): string {
  const params = { field: issue.path.join('.'), code: issue.code, allowed: '', ...issue.params };
  const template = ISSUES[lang][issue.code] ?? UNKNOWN[lang];
  return locate(issue, lang) + interpolate(template, params);
}

/**
 * Words a trace note (an assumption or a fallback of a result) in French (default) or English.
 *
 * @param note - A `TraceNote` from a result's `trace.assumptions` or `trace.fallbacks`.
 * @param lang - `'fr'` (default) or `'en'`.
 * @returns One sentence, e.g. "laptop : durée de vie absente, 5 ans par défaut (…)".
 */
export function formatTraceNote(note: TraceNote, lang: Lang = 'fr'): string {
  const template = NOTES[lang][note.code] ?? UNKNOWN_NOTE[lang];
  return interpolate(template, { code: note.code, ...note.params });
}
