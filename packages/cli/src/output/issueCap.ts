/**
 * Caps the issues a bilan lists: the first `perCode` issues of each code are listed, the rest of
 * that code are only counted. A file with a million rejected rows then prints a readable report of
 * bounded size instead of a million near-identical lines; `reen validate --rejected` still lists
 * every rejected row with its problems.
 */
import type { Issue } from '@reen/core';

/** Issues listed per code in a bilan before the rest of that code are counted. */
export const ISSUES_LISTED_PER_CODE = 100;

/** Issues of one code left out of the list: how many, and their (highest) severity. */
export interface OmittedIssues {
  readonly code: string;
  readonly severity: Issue['severity'];
  readonly count: number;
}

/** The issues to list, in their order, and what was left out, in order of first omission. */
export interface CappedIssues {
  readonly listed: Issue[];
  readonly omitted: OmittedIssues[];
}

const RANK: Readonly<Record<Issue['severity'], number>> = { info: 0, warning: 1, error: 2 };

/**
 * Keeps the first `perCode` issues of each code; `alreadyOmitted` (issues an import left out
 * already) are added to the counts.
 *
 * @example
 * capIssues([a1, a2, a3, b1], 2) // { listed: [a1, a2, b1], omitted: [{ code: 'a', severity: …, count: 1 }] }
 */
export function capIssues(issues: readonly Issue[], perCode = ISSUES_LISTED_PER_CODE, alreadyOmitted: readonly OmittedIssues[] = []): CappedIssues {
  const seen = new Map<string, number>();
  const listed: Issue[] = [];
  const omitted = new Map<string, { code: string; severity: Issue['severity']; count: number }>();
  const leaveOut = (code: string, severity: Issue['severity'], count: number) => {
    const entry = omitted.get(code);
    if (entry === undefined) omitted.set(code, { code, severity, count });
    else {
      entry.count += count;
      if (RANK[severity] > RANK[entry.severity]) entry.severity = severity;
    }
  };
  for (const issue of issues) {
    const n = (seen.get(issue.code) ?? 0) + 1;
    seen.set(issue.code, n);
    if (n <= perCode) listed.push(issue);
    else leaveOut(issue.code, issue.severity, 1);
  }
  // Issues the importer already left out (`issuesPerCode`) come after those of the list.
  for (const entry of alreadyOmitted) leaveOut(entry.code, entry.severity, entry.count);
  return { listed, omitted: [...omitted.values()] };
}
