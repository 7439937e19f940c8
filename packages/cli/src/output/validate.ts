/**
 * The report of `reen validate`, as text or JSON, made piece by piece: every table's profile,
 * mapping and counts, then every issue. Each issue is worded on its own (`validateIssueText`) as
 * the import finds it, and its text is kept until the report is written (`validateSpool.ts`), so
 * a million of them never make one string (docs/cli.md, `reen validate`).
 */
import type { Issue } from '@reen/core';
import type { IssueWording } from '../engine';
import { renderIssueLines } from '../engine';
import type { Lang } from '../i18n';
import { t } from '../i18n';
import type { ImportOutcome } from '../importing';
import { issueToJson } from './issuesJson';
import { batchPieces, jsonAt, jsonDocument, jsonListSeparator, serializedList } from './jsonStream';
import type { SerializedElements } from './jsonStream';
import { formatDecimalString } from './text';

/** What the report says of the import besides its issues. */
export type ValidateSummary = Pick<ImportOutcome, 'tables' | 'counts'>;

/** The worded issues of a report, one after the other (`validateIssueText`), and how many there are. */
export type IssueTexts = SerializedElements;

/**
 * Words one more issue as the report lists it: in text, its line and a line break; in JSON, its
 * element of the `issues` list, after the separator from the one before (`index` > 0).
 */
export function validateIssueText(json: boolean, lang: Lang, wording: IssueWording): (issue: Issue, index: number) => string {
  if (!json) return (issue) => `${renderIssueLines([issue], lang, wording)[0] as string}\n`;
  const separator = jsonListSeparator(1);
  return (issue, index) => `${index > 0 ? separator : ''}${jsonAt(issueToJson(issue, lang, wording.bare), 2)}`;
}

/** The text report in chunks: the tables and counts, then the issue lines. */
export function* validateText(outcome: ValidateSummary, issues: IssueTexts, lang: Lang): Generator<string | Uint8Array> {
  const lines: string[] = [];
  for (const table of outcome.tables) {
    lines.push(t(lang, table.sheet === undefined ? 'validate.file' : 'validate.fileSheet', { file: table.file, sheet: table.sheet ?? '' }));
    const details = [table.format, table.encoding, table.delimiter === undefined ? undefined : t(lang, 'validate.delimiter', { delimiter: table.delimiter === '\t' ? 'TAB' : table.delimiter })]
      .filter((part): part is string => part !== undefined)
      .join(', ');
    lines.push(t(lang, 'validate.format', { details, line: table.headerLine }));
    lines.push(t(lang, 'validate.profile', { profile: table.profile.id, label: table.profile.label, score: formatDecimalString(String(table.profile.score), lang) }));
    if (table.mapping.length > 0) {
      lines.push(t(lang, 'validate.mapping'));
      const width = Math.max(...table.mapping.map((column) => [...column.header].length));
      for (const column of table.mapping) {
        const header = `${column.letter.padEnd(3)}${column.header}${' '.repeat(Math.max(0, width - [...column.header].length))}`;
        lines.push(
          column.field === null
            ? t(lang, 'validate.unmapped', { column: header })
            : t(lang, 'validate.mappingRow', {
                column: header,
                field: column.field,
                confidence: formatDecimalString(String(column.confidence), lang),
                source: column.source,
              }),
        );
      }
    }
    lines.push(t(lang, 'validate.tableCounts', { read: table.rowsRead, accepted: table.accepted, rejected: table.rejected }), '');
  }
  lines.push(t(lang, 'validate.counts', { read: outcome.counts.rowsRead, accepted: outcome.counts.accepted, rejected: outcome.counts.rejected }));
  lines.push(issues.length > 0 ? t(lang, 'validate.issues', { count: issues.length }) : t(lang, 'validate.noIssue'));
  yield `${lines.join('\n')}\n`;
  yield* issues.chunks();
}

/** The JSON report (`--format json`) in chunks of about 64 KiB, its issues as worded by `validateIssueText`. */
export function validateJson(outcome: ValidateSummary, issues: IssueTexts): Generator<string | Uint8Array> {
  return batchPieces(jsonDocument(validateJsonDocument(outcome, issues)));
}

/**
 * The JSON report (`--format json`), key for key as documented in docs/cli.md; its issues are
 * already serialised, written as they are read.
 */
function validateJsonDocument(outcome: ValidateSummary, issues: IssueTexts) {
  return {
    schemaVersion: 1,
    tables: outcome.tables.map((table) => ({
      file: table.file,
      ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
      format: table.format,
      encoding: table.encoding ?? null,
      delimiter: table.delimiter ?? null,
      headerLine: table.headerLine,
      profile: table.profile,
      mapping: table.mapping.map((column) => ({ letter: column.letter, header: column.header, field: column.field, confidence: column.confidence, source: column.source })),
      rowsRead: table.rowsRead,
      accepted: table.accepted,
      rejected: table.rejected,
    })),
    import: outcome.counts,
    issues: serializedList(issues),
  };
}
