/**
 * What `reen validate` keeps of an import until it writes its report and its rejected-rows CSV:
 * each issue worded as the report gives it, and each rejected row with its cells and its "erreur"
 * cell, taken from the importer as it finds them (`ImportKeep.sinks`). The report's text past a
 * million characters, and the rows past `after`, wait in temporary files (`spool.ts`): a million
 * bad rows stay within the CLI's memory budget.
 */
import type { Issue } from '@reen/core';
import type * as InventoryApi from '@reen/formats/inventory';
import type { RejectedCsvColumns, RejectedCsvRow, RejectedRow } from '@reen/formats/inventory';
import type { Lang } from '../i18n';
import { packStrings, Spool, TextSpool, unpackStrings } from '../spool';
import type { IssueTexts } from './validate';

type InventoryModule = typeof InventoryApi;

const NO_HEADERS: readonly string[] = [];

/** The issues and rejected rows of one `reen validate`. Dispose of it once written. */
export class ValidateSpool {
  private readonly issueText = new TextSpool();
  private issueCount = 0;
  private readonly rows: Spool<RejectedCsvRow>;
  private readonly columns: RejectedCsvColumns;
  /** The headers array of each table met, by index: rows read back share them, as the CSV expects. */
  private readonly headers: (readonly string[])[] = [];
  private readonly headersIndex = new Map<readonly string[], number>();

  /**
   * @param inventory - `@reen/formats/inventory`, loaded by the caller.
   * @param lang - Language of the rejected rows' "erreur" cell.
   * @param after - Rejected rows kept in memory before they go to a temporary file.
   * @param wordIssue - The text of the report for an issue and its index (`validateIssueText`).
   */
  constructor(
    private readonly inventory: InventoryModule,
    private readonly lang: Lang,
    after: number,
    private readonly wordIssue: (issue: Issue, index: number) => string,
  ) {
    // A row as strings: its table's headers index, file, sheet ('' for none: the CSV writes the same), line, "erreur" cell, then its cells.
    this.rows = new Spool<RejectedCsvRow>(after, {
      encode: (row) => packStrings([String(this.headersIndex.get(row.headers)), row.source.file, row.source.sheet ?? '', String(row.source.line), row.error, ...row.cells]),
      decode: (text) => {
        const [index = '', file = '', sheet = '', line = '', error = '', ...cells] = unpackStrings(text);
        return { source: sheet === '' ? { file, line: Number(line) } : { file, sheet, line: Number(line) }, headers: this.headers[Number(index)] as readonly string[], cells, error };
      },
    });
    this.columns = new inventory.RejectedCsvColumns();
  }

  /** The importer's sinks (`ImportKeep.sinks`). */
  readonly sinks = {
    onIssue: (issue: Issue): void => this.issueText.append(this.wordIssue(issue, this.issueCount++)),
    onRejected: (row: RejectedRow): void => {
      // Rows of a table without a header each bring an empty array: one stands for them all.
      const headers = row.headers.length === 0 ? NO_HEADERS : row.headers;
      if (!this.headersIndex.has(headers)) this.headersIndex.set(headers, this.headers.push(headers) - 1);
      this.columns.add({ headers, cells: row.cells });
      this.rows.push({ source: row.source, headers, cells: row.cells, error: this.inventory.rejectedRowError(row, this.lang) });
    },
  };

  /** The worded issues so far, in reading order (all of them once the import is done). */
  get issues(): IssueTexts {
    return { length: this.issueCount, chunks: () => this.issueText.chunks() };
  }

  /** The rejected-rows CSV, in pieces (`rejectedRowsCsvChunks`'s text). */
  rejectedCsv(): Iterable<string> {
    return this.inventory.rejectedCsvChunks(this.rows, this.columns, { lang: this.lang });
  }

  /** Removes the report's temporary file once the report is written (its text is read once). */
  reportWritten(): void {
    this.issueText.dispose();
  }

  /** Removes the temporary files. */
  dispose(): void {
    this.issueText.dispose();
    this.rows.dispose();
  }
}
