/**
 * Hostile CSV files for the CLI's resource budgets (issue 11: no input under 50 MB takes the CLI
 * over 1 GB or 60 s). They are generated on the fly, never committed:
 *
 * - `rejectedRows(n)`: a small header and `n` rows that are all rejected (a quantity that is not a
 *   number), about 21 bytes a row: 1,000,000 rows make a 21 MB file.
 * - `unclosedQuotes(n)`: a header and `n` lines that each open a quote and never close it.
 */

/** A CSV whose every data row is rejected: `Type;Quantité` then `n` rows with the quantity `x`. */
export function rejectedRowsCsv(rows: number): string {
  const parts: string[] = ['Type;Quantité'];
  for (let i = 0; i < rows; i++) parts.push(`Ordinateur;n°${i % 100_000}`);
  return parts.join('\n') + '\n';
}

/** A CSV of `n` lines that each open a quote and never close it, after a valid header and row. */
export function unclosedQuotesCsv(lines: number): string {
  const parts: string[] = ['Type;Quantité;Nom', 'Portable;1;ok'];
  for (let i = 0; i < lines; i++) parts.push(`Portable;1;"PC-${i} sans fin`);
  return parts.join('\n') + '\n';
}
