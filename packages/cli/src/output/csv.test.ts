import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from './csv';

describe('neutraliseFormula', () => {
  it('prefixes a quote to text that a spreadsheet would evaluate', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutraliseFormula('+1+1')).toBe("'+1+1");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('laptop')).toBe('laptop');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('csvCell', () => {
  it('quotes separators, quotes and newlines after neutralising', () => {
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numeric cells as they are, even when negative', () => {
    expect(csvCell({ number: '-1.5' })).toBe('-1.5');
    expect(csvCell({ number: 12 })).toBe('12');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['a', 'b'], [['x', { number: '1' }], ['+y', undefined]])).toBe("a,b\r\nx,1\r\n'+y,\r\n");
  });
});
