/**
 * What `reen validate` keeps of an import until it writes its report and its rejected-rows CSV:
 * each issue worded as the report gives it, and each rejected row with its cells and its "erreur"
 * cell, taken from the importer as it finds them (`ImportKeep.sinks`). Past `after` of each, they
 * wait in temporary files (`spool.ts`): a million bad rows stay within the CLI's memory budget.
 */
import type { Issue } from '@reen/core';
import type { RejectedCsvColumns, RejectedCsvRow, RejectedRow } from '@reen/formats/inventory';
import type { Lang } from '../i18n';
import { Spool } from '../spool';
import type { IssueTexts } from './validate';

type InventoryModule = typeof import('@reen/formats/inventory');

/** The issues and rejected rows of one `reen validate`. Dispose of it once written. */
export class ValidateSpool {
  /** The worded issues, in reading order. */
  readonly issues: IssueTexts;
  private readonly issueSpool: Spool<string>;
  private readonly rows: Spool<RejectedCsvRow>;
  private readonly columns: RejectedCsvColumns;
  /** The headers array of each table met, by index: rows read back share them, as the CSV expects. */
  private readonly headers: (readonly string[])[] = [];
  private readonly headersIndex = new Map<readonly string[], number>();

  /**
   * @param inventory - `@reen/formats/inventory`, loaded by the caller.
   * @param lang - Language of the rejected rows' "erreur" cell.
   * @param after - Issues (and rows) kept in memory before they go to a temporary file.
   * @param wordIssue - The text of an issue in the report (`validateIssueLine` or `validateIssueJson`).
   */
  constructor(
    private readonly inventory: InventoryModule,
    private readonly lang: Lang,
    after: number,
    private readonly wordIssue: (issue: Issue) => string,
  ) {
    this.issueSpool = new Spool<string>(after, { encode: (text) => JSON.stringify(text), decode: (line) => JSON.parse(line) as string });
    this.issues = this.issueSpool;
    this.rows = new Spool<RejectedCsvRow>(after, {
      encode: (row) => JSON.stringify([this.headersIndex.get(row.headers), row.source, row.cells, row.error]),
      decode: (line) => {
        const [index, source, cells, error] = JSON.parse(line) as [number, RejectedRow['source'], string[], string];
        return { source, headers: this.headers[index] as readonly string[], cells, error };
      },
    });
    this.columns = new inventory.RejectedCsvColumns();
  }

  /** The importer's sinks (`ImportKeep.sinks`). */
  readonly sinks = {
    onIssue: (issue: Issue): void => this.issueSpool.push(this.wordIssue(issue)),
    onRejected: (row: RejectedRow): void => {
      if (!this.headersIndex.has(row.headers)) this.headersIndex.set(row.headers, this.headers.push(row.headers) - 1);
      this.columns.add(row);
      this.rows.push({ source: row.source, headers: row.headers, cells: row.cells, error: this.inventory.rejectedRowError(row, this.lang) });
    },
  };

  /** The rejected-rows CSV, in pieces (`rejectedRowsCsvChunks`'s text). */
  rejectedCsv(): Iterable<string> {
    return this.inventory.rejectedCsvChunks(this.rows, this.columns, { lang: this.lang });
  }

  /** Removes the temporary files. */
  dispose(): void {
    this.issueSpool.dispose();
    this.rows.dispose();
  }
}
