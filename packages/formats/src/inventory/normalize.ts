/**
 * Text normalisation shared by header matching, label tables and category rules: lower case,
 * accents removed, ligatures expanded, every run of non-alphanumeric characters turned into one
 * space. `"Numéro de série"` and `"NUMERO_DE_SERIE"` both give `"numero de serie"`.
 */
export function normalizeLabel(text: string): string {
  let s = text;
  // Fast path: plain ASCII lower-case words need no Unicode work.
  if (/[^\x20-\x7e]/.test(s)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ß/g, 'ss');
  }
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits camelCase identifiers before normalising (`nomEquipementPhysique` keeps one token). */
export function normalizeHeader(text: string): { name: string; unit: string | undefined } {
  let raw = text.replace(/^\ufeff/, '').trim();
  let unit: string | undefined;
  const bracket = /[([]\s*([^)\]]*?)\s*[)\]]\s*$/.exec(raw);
  if (bracket) {
    unit = bracket[1]?.toLowerCase().replace(/\s+/g, ' ').trim();
    raw = raw.slice(0, bracket.index);
  }
  return { name: normalizeLabel(raw), unit: unit === '' ? undefined : unit };
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based index of a spreadsheet column letter, or -1. */
export function columnIndexFromLetter(letter: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letter)) return -1;
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
