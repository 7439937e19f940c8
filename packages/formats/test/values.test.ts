import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseBooleanText, parseDateText, parseDecimalText, parseQuantityText } from '../src/inventory';

describe('parseDecimalText', () => {
  it.each([
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    ['1 234,56', '1234.56'],
    ['1\u00a0234,56', '1234.56'],
    ['1\u202f234,56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['1,234,567', '1234567'],
    ['1.234.567', '1234567'],
    ["1'234.5", '1234.5'],
    [',5', '0.5'],
    ['-3,25', '-3.25'],
    ['+7', '7'],
    ['1.5E-3', '1.5E-3'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDecimalText(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'abc', '12,5 kWh', '1,2,3', '--1'])('rejects %j', (text) => {
    expect(parseDecimalText(text).ok).toBe(false);
  });
});

describe('parseDateText', () => {
  it.each([
    ['15/03/2019', '2019-03-15'],
    ['15-03-2019', '2019-03-15'],
    ['15.03.2019', '2019-03-15'],
    ['1/3/2019', '2019-03-01'],
    ['15/03/19', '2019-03-15'],
    ['2019-03-15', '2019-03-15'],
    ['2019-03-15 10:42:00', '2019-03-15'],
    ['2019-03-15T10:42:00Z', '2019-03-15'],
    ['2019/03/15', '2019-03-15'],
    ['43539', '2019-03-15'],
    ['29/02/2024', '2024-02-29'],
    ['15 mars 2019', '2019-03-15'],
    ['1er février 2020', '2020-02-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateText(text, 2026)).toMatchObject({ ok: true, value: { kind: 'date', iso } });
  });

  it('reads years alone and month/year as a year', () => {
    expect(parseDateText('2019')).toEqual({ ok: true, value: { kind: 'year', year: 2019 } });
    expect(parseDateText('03/2019')).toEqual({ ok: true, value: { kind: 'year', year: 2019 }, note: 'month_year' });
  });

  it('reads 03/15/2019 month-first with a note, and rejects impossible dates', () => {
    expect(parseDateText('03/15/2019')).toEqual({ ok: true, value: { kind: 'date', iso: '2019-03-15' }, note: 'month_first' });
    expect(parseDateText('32/13/2020').ok).toBe(false);
    expect(parseDateText('29/02/2023').ok).toBe(false);
    expect(parseDateText('hier').ok).toBe(false);
    expect(parseDateText('12345').ok).toBe(false);
  });

  it('puts two-digit years in the right century', () => {
    expect(parseDateText('01/01/99', 2026)).toMatchObject({ value: { iso: '1999-01-01' } });
    expect(parseDateText('01/01/25', 2026)).toMatchObject({ value: { iso: '2025-01-01' } });
  });
});

describe('excelSerialToIso', () => {
  it('converts 1900-system serials, including around the fictitious 29 February 1900', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(43539)).toBe('2019-03-15');
    expect(excelSerialToIso(45678.75)).toBe('2025-01-21');
    expect(excelSerialToIso(0)).toBeUndefined();
  });
});

describe('parseBooleanText', () => {
  it.each([
    ['oui', true], ['Oui', true], ['yes', true], ['1', true], ['x', true], ['X', true], ['vrai', true],
    ['non', false], ['no', false], ['0', false], ['faux', false], ['false', false],
  ] as const)('reads %j as %s', (text, value) => {
    expect(parseBooleanText(text)).toEqual({ ok: true, value });
  });
  it('rejects other words', () => {
    expect(parseBooleanText('peut-être')).toEqual({ ok: false, reason: 'not_a_boolean' });
  });
});

describe('parseQuantityText', () => {
  it('reads whole numbers with separators and rejects the rest with a reason', () => {
    expect(parseQuantityText('12')).toEqual({ ok: true, value: 12 });
    expect(parseQuantityText('1 200')).toEqual({ ok: true, value: 1200 });
    expect(parseQuantityText('12,0')).toEqual({ ok: true, value: 12 });
    expect(parseQuantityText('-3')).toEqual({ ok: false, reason: 'negative' });
    expect(parseQuantityText('2,5')).toEqual({ ok: false, reason: 'not_integer' });
    expect(parseQuantityText('douze')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseQuantityText('99999999999')).toEqual({ ok: false, reason: 'too_large' });
  });
});
