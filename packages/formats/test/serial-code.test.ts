// The fast check of a serial number (every row of an export has one) gives the same answer as the
// regular expressions it replaced, on random codes and on the placeholders that matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaceholderSerial, isPlainSerialCode } from '../src/inventory/labels';

/** The former test, as regular expressions. */
const reference = (text: string) => /^[A-Za-z0-9]{5,}$/.test(text) && !/^(?:(\d)\1*|x+|X+|0?123456789\d?)$/.test(text);

describe('isPlainSerialCode', () => {
  it('agrees with the regular expressions on the cases that matter', () => {
    for (const text of ['LE4FTI4G00', 'ABCDE', 'abcd', '00000', '77777777', 'xxxxx', 'XXXXXXXX', 'xXxXx', '123456789', '0123456789', '1234567890', '01234567890', '012345678901', '1234', 'N/A', 'À1234', 'ABC-123', ' ABCDE', '11112']) {
      expect(isPlainSerialCode(text), text).toBe(reference(text));
    }
  });

  it('agrees with the regular expressions on random codes (property)', () => {
    const char = fc.constantFrom(...'0123456789xXaZ9-/ .éÀ'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 13 }).map((chars) => chars.join('')), (text) => {
        expect(isPlainSerialCode(text)).toBe(reference(text));
      }),
      { numRuns: 5000, seed: 20261205 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        expect(isPlainSerialCode(text)).toBe(reference(text));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('leaves the placeholders to the label table', () => {
    expect(isPlaceholderSerial('To be filled by O.E.M.')).toBe(true);
    expect(isPlaceholderSerial('0123456789')).toBe(true);
    expect(isPlaceholderSerial('LE4FTI4G00')).toBe(false);
  });
});
