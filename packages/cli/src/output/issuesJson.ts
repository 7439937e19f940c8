/**
 * Issues as the JSON outputs give them (`reen bilan --format json`, `reen validate --format json`):
 * where each is, its stable code and its worded message. Kept apart from the bilan's output so
 * that `reen validate` (and `reen --help`, which loads every command) never loads the core.
 */
import type { Issue } from '@reen/core';
import type { Lang } from '../i18n';

/** One issue of the JSON output: where it is, its stable code and its message. */
export interface BilanJsonIssue {
  readonly severity: Issue['severity'];
  readonly file: string | null;
  readonly sheet?: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

/** Issues as in the JSON outputs: severity, file, sheet, line, column (null when unknown), code and message. */
export function issuesToJson(issues: readonly Issue[], lang: Lang, formatIssue: (issue: Issue, lang: Lang) => string): BilanJsonIssue[] {
  return issues.map((issue) => issueToJson(issue, lang, formatIssue));
}

/** One issue of the JSON outputs (see `issuesToJson`). */
export function issueToJson(issue: Issue, lang: Lang, formatIssue: (issue: Issue, lang: Lang) => string): BilanJsonIssue {
  return {
    severity: issue.severity,
    file: issue.position?.file ?? null,
    ...(issue.position?.sheet !== undefined ? { sheet: issue.position.sheet } : {}),
    line: issue.position?.line ?? null,
    column: issue.position?.column ?? null,
    code: issue.code,
    message: formatIssue(issue, lang),
  };
}
