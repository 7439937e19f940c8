import { describe, expect, it } from 'vitest';
import { formatDecimalString, renderMarkdownTable, renderTextTable } from './text';

describe('formatDecimalString', () => {
  it('groups thousands with a narrow no-break space and uses a decimal comma in French', () => {
    expect(formatDecimalString('1234567.89', 'fr')).toBe('1\u202f234\u202f567,89');
    expect(formatDecimalString('999', 'fr')).toBe('999');
    expect(formatDecimalString('1000', 'fr')).toBe('1\u202f000');
  });

  it('groups with commas and keeps the dot in English', () => {
    expect(formatDecimalString('1234567.89', 'en')).toBe('1,234,567.89');
    expect(formatDecimalString('-1234.5', 'en')).toBe('-1,234.5');
  });

  it('never goes through a float: long decimals keep every digit', () => {
    expect(formatDecimalString('12345678901234567890.123456789', 'en')).toBe('12,345,678,901,234,567,890.123456789');
  });
});

describe('renderTextTable', () => {
  it('aligns columns and right-aligns numeric ones', () => {
    expect(renderTextTable(['name', 'n'], [['laptop', '1'], ['tv', '120']], ['left', 'right'])).toBe(
      ['  name      n', '  ──────  ───', '  laptop    1', '  tv      120'].join('\n'),
    );
  });
});

describe('renderMarkdownTable', () => {
  it('escapes pipes and marks right-aligned columns', () => {
    expect(renderMarkdownTable(['a', 'b'], [['x|y', '2']], ['left', 'right'])).toBe('| a | b |\n|---|---:|\n| x\\|y | 2 |');
  });
});
