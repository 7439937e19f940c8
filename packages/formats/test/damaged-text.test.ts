// Damaged and unusual text files: each is read right, or refused with a plain reason, never misread
// without a word (issue 11, section 2). The files are built here, byte by byte.
import { describe, expect, it } from 'vitest';
import { detectEncoding, formatImportIssueText, importInventoryFiles } from '../src/inventory';
import type { ImportOptions, ImportResult } from '../src/inventory';

const TODAY = '2026-01-15';
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const run = (name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> => importInventoryFiles([{ name, bytes }], { today: TODAY, ...options });
const codes = (r: ImportResult, severity: string) => r.issues.filter((i) => i.severity === severity).map((i) => i.code);

describe('encodings', () => {
  it('keeps a UTF-8 file with one invalid byte as UTF-8: 47 devices stay 47, and the byte is a warning with line and column', async () => {
    // "Quantité" is UTF-8; line 3 holds a lone 0xE9 (a Windows-1252 "é" pasted into the file).
    const bytes = concat(utf8('Type;Modèle;Quantité\nPortable;Latitude 5420;20\nÉcran;P2422H d'), Uint8Array.of(0xe9), utf8('cor;15\nPortable;ThinkPad T14;12\n'));
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', bomLength: 0, invalidBytes: [{ line: 3, column: 15, byte: 'E9' }], invalidByteCount: 1 });
    const r = await run('parc.csv', bytes);
    expect(r.counts).toMatchObject({ rowsRead: 3, accepted: 3, devicesAccepted: 47 });
    expect(r.tables[0]?.encoding).toBe('utf-8');
    const warning = r.issues.find((i) => i.code === 'encoding_invalid_byte');
    expect(warning).toMatchObject({ severity: 'warning', position: { file: 'parc.csv', line: 3, column: '15' } });
    expect(formatImportIssueText(warning!)).toBe(
      'parc.csv, ligne 3, caractère 15 : Octet invalide 0xE9 dans un fichier UTF-8 : il est remplacé par « � ». Correction : Corrigez ce caractère dans le fichier (il vient souvent d’un copier-coller depuis un autre logiciel), puis enregistrez en UTF-8.',
    );
    expect(r.items[1]?.model).toBe('P2422H d\ufffdcor');
  });

  it('still reads a real Windows-1252 file as Windows-1252', () => {
    // "Modèle;Quantité" and "Écran" in Windows-1252: every accent is an invalid UTF-8 byte.
    const bytes = Uint8Array.from([...'Mod', 0xe8, ...'le;Quantit', 0xe9, 0x0a, 0xc9, ...'cran;2', 0x0a].map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)));
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', bomLength: 0 });
  });

  it('detects Mac Roman (é = 0x8E, è = 0x8F) and reads its accents right', async () => {
    const mac = (s: string) => Uint8Array.from([...s].map((c) => ({ é: 0x8e, è: 0x8f, É: 0x83 })[c] ?? c.charCodeAt(0)));
    const bytes = mac('Type;Modèle;Quantité\nÉcran;P2422H;4\nPortable;Latitude 5420;3\n');
    expect(detectEncoding(bytes).encoding).toBe('macintosh');
    const r = await run('mac.csv', bytes);
    expect(r.tables[0]?.headers).toEqual(['Type', 'Modèle', 'Quantité']);
    expect(r.items.map((i) => [i.category, i.quantity])).toEqual([
      ['monitor', 4],
      ['laptop', 3],
    ]);
  });

  it('refuses UTF-32 (with or without byte order mark) and EBCDIC plainly', async () => {
    const utf32le = (s: string, bom: boolean) => Uint8Array.from([...(bom ? [0xff, 0xfe, 0, 0] : []), ...[...s].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]);
    // EBCDIC (code page 037): letters C1–C9, D1–D9, E2–E9 (capitals), 81–89, 91–99, A2–A9; ";" 5E; digits F0–F9; NL 15.
    const ebcdic = (s: string) =>
      Uint8Array.from(
        [...s].map((c) => {
          const k = c.charCodeAt(0);
          if (c >= 'a' && c <= 'i') return 0x81 + k - 97;
          if (c >= 'j' && c <= 'r') return 0x91 + k - 106;
          if (c >= 's' && c <= 'z') return 0xa2 + k - 115;
          if (c >= 'A' && c <= 'I') return 0xc1 + k - 65;
          if (c >= 'J' && c <= 'R') return 0xd1 + k - 74;
          if (c >= 'S' && c <= 'Z') return 0xe2 + k - 83;
          if (c >= '0' && c <= '9') return 0xf0 + k - 48;
          return ({ ';': 0x5e, ' ': 0x40, '\n': 0x15 } as Record<string, number>)[c] ?? 0x40;
        }),
      );
    const text = 'Type;Modele;Quantite\nPortable;Latitude;3\nEcran;Dell;2\n';
    for (const [name, bytes, encoding] of [
      ['u32.csv', utf32le(text, true), 'UTF-32'],
      ['u32-sans-bom.csv', utf32le(text, false), 'UTF-32'],
      ['ebcdic.csv', ebcdic(text), 'EBCDIC'],
    ] as const) {
      const r = await run(name, bytes);
      expect(r.items).toEqual([]);
      expect(r.issues.map((i) => [i.code, i.params['encoding']])).toEqual([['encoding_unsupported', encoding]]);
    }
    const r = await run('ebcdic.csv', ebcdic(text));
    expect(formatImportIssueText(r.issues[0]!)).toBe(
      'ebcdic.csv, ligne 1 : Le fichier est encodé en EBCDIC, un encodage que REEN kit ne lit pas. Correction : Enregistrez-le en CSV UTF-8 depuis votre tableur ou votre outil d’inventaire.',
    );
  });
});

describe('line endings', () => {
  it('reads a CRLF file whose last rows end in LF line by line: 127 devices, not 47', async () => {
    // 4 rows in CRLF (47 devices), then 8 rows in LF (80 devices).
    const crlf = ['Type;Modèle;Quantité', 'Portable;Latitude 5420;10', 'Écran;P2422H;12', 'Portable;ThinkPad T14;13', 'Écran;E2222H;12'].join('\r\n') + '\r\n';
    const lf = Array.from({ length: 8 }, (_, i) => `Portable;EliteBook ${i};10`).join('\n') + '\n';
    const r = await run('melange.csv', utf8(crlf + lf));
    expect(r.counts).toMatchObject({ rowsRead: 12, accepted: 12, rejected: 0, devicesAccepted: 127 });
    expect(r.items.map((i) => i.source?.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.items.map((i) => i.model)).toContain('EliteBook 7');
  });

  it('reads an LF file with CRLF rows, and a file with lone CR rows, the same way', async () => {
    const lines = ['Type;Modèle;Quantité', 'Portable;A;1', 'Portable;B;2', 'Portable;C;3'];
    for (const text of [`${lines[0]}\n${lines[1]}\r\n${lines[2]}\n${lines[3]}\r\n`, `${lines[0]}\r\n${lines[1]}\r${lines[2]}\r\n${lines[3]}\n`]) {
      const r = await run('fins.csv', utf8(text));
      expect(r.items.map((i) => [i.model, i.quantity, i.source?.line])).toEqual([
        ['A', 1, 2],
        ['B', 2, 3],
        ['C', 3, 4],
      ]);
    }
  });
});

describe('rows', () => {
  it('counts a line of delimiters alone as a blank row, not as a rejected one', async () => {
    const r = await run('vides.csv', utf8('Type;Modèle;Quantité\nPortable;Latitude;2\n;;\n ; ;\nÉcran;P2422H;1\n'));
    expect(r.counts).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0, blankRows: 2 });
  });

  it('after an unclosed quote, reads each following line on its own: broken ones rejected, quoted ones read', async () => {
    const text = ['"Type";"Modèle";"Quantité"', '"Portable";"Latitude 1;1', '"Portable";"Latitude 2";2', '"Écran;"P2422H";3', '"Écran";"E2222H";4'].join('\n') + '\n';
    const r = await run('guillemets.csv', utf8(text));
    expect(r.items.map((i) => [i.source?.line, i.model, i.quantity])).toEqual([
      [3, 'Latitude 2', 2],
      [5, 'E2222H', 4],
    ]);
    // Line 2 never closes its quote; line 4 closes one in the middle of a cell: read as is, with a
    // warning, and rejected for its missing quantity.
    expect(r.rejected.map((x) => [x.source.line, x.issues[0]?.code])).toEqual([
      [2, 'csv_unbalanced_quote'],
      [4, 'required_cell_empty'],
    ]);
    expect(r.issues.filter((i) => i.code === 'csv_malformed_quote').map((i) => i.position?.line)).toEqual([4]);
  });
});

describe('files with no readable rows', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const pdf = utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  it.each([
    ['vide.csv', 'file_empty', new Uint8Array(0)],
    ['bom.csv', 'file_no_rows', Uint8Array.of(0xef, 0xbb, 0xbf)],
    ['entete.csv', 'file_no_rows', utf8('Type;Modèle;Quantité\r\n')],
    ['vide.json', 'file_no_rows', utf8('[]')],
    ['image.csv', 'file_binary', png],
    ['document.csv', 'file_binary', pdf],
  ])('%s is refused with %s, never read as zero devices', async (name, code, bytes) => {
    const r = await run(name, bytes);
    expect(r.items).toEqual([]);
    expect(codes(r, 'error')).toEqual([code]);
  });

  it('names the format of a renamed image', async () => {
    const r = await run('image.csv', png);
    expect(formatImportIssueText(r.issues[0]!)).toBe(
      'image.csv, ligne 1 : Le fichier n’est pas un tableau : son contenu est au format PNG. Correction : Choisissez l’export de l’inventaire (CSV, XLSX, ODS ou JSON), pas une image, un PDF ou une archive renommés.',
    );
  });
});

describe('values', () => {
  it('warns on "1.000" and "2,500": read as 1 and 2.5, they may mean 1000 and 2500', async () => {
    const r = await run('fr.csv', utf8('Type;Modèle;Quantité;Poids (kg)\nPortable;Latitude;1.000;2,500\nPortable;Latitude;3;1,5\n'));
    expect(r.items.map((i) => i.quantity)).toEqual([1, 3]);
    const ambiguous = r.issues.filter((i) => i.code === 'number_ambiguous');
    expect(ambiguous.map((i) => [i.position?.line, i.position?.column, i.params['read'], i.params['alternative']])).toEqual([
      [2, 'Quantité', '1', '1000'],
      [2, 'Poids (kg)', '2.5', '2500'],
    ]);
    expect(formatImportIssueText(ambiguous[0]!)).toBe(
      'fr.csv, ligne 2, colonne « Quantité » : La valeur « 1.000 » (quantité) a été lue 1 : avec un point ou une virgule suivi de trois chiffres, elle pourrait aussi valoir 1000. Correction : Écrivez le nombre sans séparateur de milliers (par exemple 1000), et avec une virgule pour les décimales (par exemple 1,5).',
    );
  });

  it('rejects purchase years before 1950, and keeps a device bought after the bilan year with a warning', async () => {
    // Today is 2026-01-15 and the bilan is for 2024: a device bought on 02/01/2026 is real (a past year's
    // bilan made from today's export), so it is read with a warning and the core leaves it out of 2024's stock.
    const csv = utf8("Type;Modèle;Date d'achat\nPortable;A;15/03/1949\nPortable;B;01/01/1950\nPortable;C;15/03/2025\nPortable;D;02/01/2026\n");
    const r = await run('dates.csv', csv, { bilanYear: 2024 });
    expect(r.items.map((i) => i.model)).toEqual(['B', 'C', 'D']);
    expect(r.rejected.map((x) => [x.source.line, x.issues[0]?.code, x.issues[0]?.params['year']])).toEqual([[2, 'year_out_of_range', 1949]]);
    expect(formatImportIssueText(r.rejected[0]!.issues[0]!)).toBe(
      "dates.csv, ligne 2, colonne « Date d'achat » : L’année d’achat 1949 (« 15/03/1949 ») est hors de la plage 1950–2027. Correction : Corrigez la date d’achat : avant 1950, c’est une faute de frappe ; après 2027, l’équipement est postérieur à l’année du bilan (option bilanYear, ou --year).",
    );
    const later = r.issues.filter((i) => i.code === 'year_after_bilan');
    expect(later.map((i) => [i.severity, i.position?.line, i.params['year'], i.params['bilanYear']])).toEqual([['warning', 5, 2026, 2024]]);
    expect(formatImportIssueText(later[0]!)).toBe(
      "dates.csv, ligne 5, colonne « Date d'achat » : Équipement acheté en 2026 (« 02/01/2026 »), après l’année du bilan 2024 : il est lu, mais n’entre pas dans le parc de 2024. Correction : Rien à faire pour un bilan d’une année passée ; sinon vérifiez l’année du bilan (--year) ou la date d’achat.",
    );
  });
});
