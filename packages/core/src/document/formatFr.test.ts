import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../internal/decimal';
import { formatChangeFr, formatDateFr, formatNumberFr, formatPercentFr, formatQuantityFr, formatRangeFr, pointsFr } from './formatFr';

/** Makes the invisible spaces visible in expectations: `_` narrow no-break space, `~` no-break space. */
const show = (text: string) => text.replaceAll('\u202F', '_').replaceAll('\u00A0', '~');

describe('formatNumberFr', () => {
  it('groups thousands with narrow no-break spaces and uses a decimal comma', () => {
    expect(show(formatNumberFr('1234.5', { decimals: 1 }))).toBe('1_234,5');
    expect(show(formatNumberFr('1234567.891', { decimals: 2 }))).toBe('1_234_567,89');
    expect(show(formatNumberFr('999', { decimals: 0 }))).toBe('999');
    expect(show(formatNumberFr('1000', { decimals: 0 }))).toBe('1_000');
  });

  it('rounds half up by default and half to even when asked', () => {
    expect(formatNumberFr('2.25', { decimals: 1 })).toBe('2,3');
    expect(formatNumberFr('2.25', { decimals: 1, mode: 'halfEven' })).toBe('2,2');
    expect(formatNumberFr('0.05', { decimals: 0 })).toBe('0');
  });

  it('pads to the stated precision', () => {
    expect(formatNumberFr('12', { decimals: 2 })).toBe('12,00');
  });

  it('writes negative numbers with the minus sign and never shows −0', () => {
    expect(show(formatNumberFr('-1234.5', { decimals: 0 }))).toBe('\u22121_235');
    expect(formatNumberFr('-0.01', { decimals: 1 })).toBe('0,0');
  });

  it('rejects a negative or fractional number of decimals', () => {
    expect(() => formatNumberFr('1', { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumberFr('1', { decimals: 1.5 })).toThrow(RangeError);
  });

  it('gives back the rounded value once the French typography is undone (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (cents, decimals) => {
        const value = dec(cents.toString()).dividedBy(1000);
        const text = formatNumberFr(value, { decimals });
        const back = text.replaceAll('\u202F', '').replace(',', '.').replace('\u2212', '-');
        expect(dec(back).eq(value.toDecimalPlaces(decimals, 4 /* ROUND_HALF_UP */))).toBe(true);
        expect(text.split(',')[0]).not.toMatch(/\d{4}/);
      }),
    );
  });
});

describe('formatQuantityFr, formatRangeFr, formatPercentFr, formatChangeFr', () => {
  it('puts a no-break space between the number and the unit, and between the words of the unit', () => {
    expect(show(formatQuantityFr('1234.5', 't CO2e', { decimals: 1 }))).toBe('1_234,5~t~CO2e');
    expect(show(formatRangeFr('41.4', '143.2', 't CO2e', { decimals: 1 }))).toBe('de 41,4 à 143,2~t~CO2e');
    expect(show(formatQuantityFr('3', 'jeux de données', { decimals: 0 }))).toBe('3~jeux de données');
  });

  it('writes ranges as "de … à …"', () => {
    expect(show(formatRangeFr('120.4', '180', 't', { decimals: 0 }))).toBe('de 120 à 180~t');
  });

  it('writes percentages with a narrow no-break space before the sign', () => {
    expect(show(formatPercentFr('0.125', { decimals: 1 }))).toBe('12,5_%');
    expect(show(formatChangeFr('-0.12', { decimals: 0 }))).toBe('\u221212_%');
    expect(show(formatChangeFr('0.042', { decimals: 1 }))).toBe('+4,2_%');
    expect(show(formatChangeFr('0', { decimals: 0 }))).toBe('0_%');
  });
});

describe('formatDateFr', () => {
  it('writes ISO dates in French, with "1er" for the first day', () => {
    expect(formatDateFr('2026-11-25')).toBe('25 novembre 2026');
    expect(formatDateFr('2025-01-01T10:00:00Z')).toBe('1er janvier 2025');
  });

  it('rejects what is not a date', () => {
    expect(() => formatDateFr('25/11/2026')).toThrow(RangeError);
    expect(() => formatDateFr('2026-13-01')).toThrow(RangeError);
  });
});

describe('pointsFr', () => {
  it('gives a change of a share in points, not in % of the share (12 % → 31 %: +19 points)', () => {
    expect(pointsFr('19')).toBe('+19\u00A0points');
    expect(pointsFr('-2.5')).toBe('\u22122,5\u00A0points');
    expect(pointsFr('1')).toBe('+1\u00A0point');
    expect(pointsFr('0')).toBe('0\u00A0point');
  });
});

