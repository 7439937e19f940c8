/**
 * The rows of the simple lines at the start of `body`, split without papaparse's
 * character-by-character scan (about 2.5 times faster on a GLPI export):
 * - a line whose every cell is quoted and holds no quote, such as `"a";"b";"c"` (every line of a
 *   GLPI export): papaparse reads the text between its outer quotes split at `";"`;
 * - a line without any quote (an Excel or OCS export): papaparse reads it split at the delimiter.
 * It stops at the first other line (a quote inside a cell, a quoted cell next to an unquoted one, a
 * cell spanning lines), and `end` is where that line starts: papaparse reads from there. Tested
 * against papaparse on random lines (test/csv-simple-lines.test.ts).
 */
export function simpleLines(body: string, newline: string, delimiter: string): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  const separator = `"${delimiter}"`;
  const length = body.length;
  let at = 0;
  // The next quote at or after `at` (searched again only once passed: linear in the body).
  let quote = -1;
  while (at < length) {
    let next = body.indexOf(newline, at);
    if (next === -1) next = length;
    // A last line break with nothing after it ends one more (empty) line: papaparse reads both.
    else if (next + newline.length >= length) break;
    if (quote < at) {
      quote = body.indexOf('"', at);
      if (quote === -1) quote = length;
    }
    if (quote >= next) {
      rows.push(body.slice(at, next).split(delimiter));
      at = next + newline.length;
      continue;
    }
    // At least two characters, a quote at each end.
    if (next - at < 2 || body.charCodeAt(at) !== 34 || body.charCodeAt(next - 1) !== 34) break;
    const cells = body.slice(at + 1, next - 1).split(separator);
    let clean = true;
    for (let i = 0; i < cells.length; i++) {
      if ((cells[i] as string).includes('"')) {
        clean = false;
        break;
      }
    }
    if (!clean) break;
    rows.push(cells);
    at = next + newline.length;
  }
  return { rows, end: Math.min(at, length) };
}
