/**
 * The report of `reen validate`, as text or JSON, made piece by piece: every table's profile,
 * mapping and counts, then every issue. The issues are worded as they are written, so a million of
 * them never make one string (docs/cli.md, `reen validate`).
 */
import type { Issue } from '@reen/core';
import type { IssueWording } from '../engine';
import { renderIssueLines } from '../engine';
import type { Lang } from '../i18n';
import { t } from '../i18n';
import type { ImportOutcome } from '../importing';
import { issueToJson } from './issuesJson';
import { batchPieces, jsonDocument, mapLazily, streamedList } from './jsonStream';
import { formatDecimalString } from './text';

/** Issues worded at a time, one chunk each, by the text report. */
const ISSUE_BATCH = 5000;

/** The text report in chunks: the tables and counts, then the issues 5,000 at a time. */
export function* validateText(outcome: ImportOutcome, lang: Lang, wording: IssueWording): Generator<string> {
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
  lines.push(outcome.issues.length > 0 ? t(lang, 'validate.issues', { count: outcome.issues.length }) : t(lang, 'validate.noIssue'));
  yield `${lines.join('\n')}\n`;
  let batch: Issue[] = [];
  for (const issue of outcome.issues) {
    batch.push(issue);
    if (batch.length < ISSUE_BATCH) continue;
    yield `${renderIssueLines(batch, lang, wording).join('\n')}\n`;
    batch = [];
  }
  if (batch.length > 0) yield `${renderIssueLines(batch, lang, wording).join('\n')}\n`;
}

/** The JSON report (`--format json`) in chunks of about 64 KiB. */
export function validateJson(outcome: ImportOutcome, lang: Lang, wording: IssueWording): Generator<string> {
  return batchPieces(jsonDocument(validateJsonDocument(outcome, lang, wording)));
}

/**
 * The JSON report (`--format json`), key for key as documented in docs/cli.md; its issues are a
 * streamed list, worded one by one as they are written.
 */
function validateJsonDocument(outcome: ImportOutcome, lang: Lang, wording: IssueWording) {
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
    issues: streamedList(mapLazily(outcome.issues, (issue) => issueToJson(issue, lang, wording.bare))),
  };
}
