import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, importInventoryFiles, sniffDelimiter } from '../src/inventory';

const enc = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let o = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    o = 2;
  }
  for (let i = 0; i < s.length; i++) view.setUint16(o + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

const SAMPLE = 'Type;Modèle;Quantité\nÉcran;P2422H;3\nPortable;Latitude 5420;2\n';

describe('detectEncoding', () => {
  it('recognises UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, Windows-1252 and ISO-8859-15', () => {
    expect(detectEncoding(enc('\ufeff' + SAMPLE))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(enc(SAMPLE))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(utf16(SAMPLE, true, true))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(utf16(SAMPLE, false, true))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    expect(detectEncoding(utf16(SAMPLE, true, false))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectEncoding(utf16(SAMPLE, false, false))).toEqual({ encoding: 'utf-16be', bomLength: 0 });
    expect(detectEncoding(Uint8Array.from([0x80, 0x20, 0xe9]))).toEqual({ encoding: 'windows-1252', bomLength: 0 });
    expect(detectEncoding(Uint8Array.from([0xa4, 0x20, 0xe9]))).toEqual({ encoding: 'iso-8859-15', bomLength: 0 });
  });

  it('decodes Windows-1252 bytes 0x80–0x9F as their characters (not Latin-1 control codes)', () => {
    expect(decodeText(Uint8Array.from([0x80, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x92]))).toBe('€ œuvre’');
  });
});

describe('sniffDelimiter', () => {
  it('picks the delimiter with the most consistent field count', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n4;5,5;6\n', '\n')).toBe(';');
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n', '\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n', '\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n', '\n')).toBe('|');
    expect(sniffDelimiter('Titre du fichier\na;b;c\n1;2;3\n', '\n')).toBe(';');
  });
});

describe('CSV reading through importInventoryFiles', () => {
  it('reads the same rows from UTF-8, UTF-16 LE and UTF-16 BE files', async () => {
    const files = [
      { name: 'a.csv', bytes: enc('\ufeff' + SAMPLE) },
      { name: 'b.csv', bytes: utf16(SAMPLE, true, true) },
      { name: 'c.csv', bytes: utf16(SAMPLE, false, false) },
    ];
    for (const f of files) {
      const r = await importInventoryFiles([f], { today: '2026-01-15' });
      expect(r.items.map((i) => `${i.source?.line} ${i.category} ${i.quantity}`)).toEqual(['2 monitor 3', '3 laptop 2']);
    }
  });

  it('reads TSV, pipe-separated and CRLF files', async () => {
    for (const [name, text] of [
      ['t.tsv', 'Type\tQuantité\nÉcran\t3\n'],
      ['p.csv', 'Type|Quantité\r\nÉcran|3\r\n'],
      ['r.csv', 'Type;Quantité\rÉcran;3\r'],
    ] as const) {
      const r = await importInventoryFiles([{ name, bytes: enc(text) }], { today: '2026-01-15' });
      expect(r.items.map((i) => `${i.source?.line} ${i.category} ${i.quantity}`)).toEqual(['2 monitor 3']);
    }
  });

  it('keeps line numbers right across chunk boundaries, blank lines and quoted line breaks', async () => {
    const lines = ['Type;Modèle;Quantité'];
    for (let i = 0; i < 3000; i++) {
      if (i % 500 === 0) lines.push('');
      lines.push(i % 7 === 0 ? `Écran;"Dell\nP2422H";${i + 1}` : `Portable;Latitude 5420;${i + 1}`);
    }
    const text = lines.join('\n') + '\n';
    const r = await importInventoryFiles([{ name: 'big.csv', bytes: enc(text) }], { today: '2026-01-15' });
    expect(r.counts).toMatchObject({ rowsRead: 3000, accepted: 3000, blankRows: 6 });
    // Expected start line of each row, computed independently from the text.
    const starts: number[] = [];
    let line = 2;
    for (let i = 1; i < lines.length; i++) {
      const l = lines[i] as string;
      if (l !== '') starts.push(line);
      line += 1 + (l.match(/\n/g)?.length ?? 0);
    }
    expect(r.items.map((i) => i.source?.line)).toEqual(starts);
    expect(r.items.map((i) => i.quantity)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
  });

  it('reports an unclosed quote at the end of a file and still reads the lines before it', async () => {
    const r = await importInventoryFiles([{ name: 'q.csv', bytes: enc('Type;Quantité\nÉcran;3\n"Portable;2\nSouris;4\n') }], { today: '2026-01-15' });
    expect(r.counts).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
    expect(r.rejected[0]?.issues[0]).toMatchObject({ code: 'csv_unbalanced_quote', position: { line: 3, column: '1' } });
    expect(r.items.map((i) => `${i.source?.line} ${i.category}`)).toEqual(['2 monitor', '4 mouse']);
  });
});
