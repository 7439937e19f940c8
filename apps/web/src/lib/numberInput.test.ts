import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { D } from '@reen/core';
import { readNumber, sameNumber, showNumber } from './numberInput';

describe('readNumber', () => {
  it('stores a share typed in % as 0–1: 20 → "0.2", 12,5 % → "0.125"', () => {
    expect(readNumber('20', { kind: 'percent' })).toEqual({ ok: true, value: '0.2' });
    expect(readNumber('12,5 %', { kind: 'percent' })).toEqual({ ok: true, value: '0.125' });
  });

  it('refuses a share over 100 % or below 0 %, with the bounds', () => {
    expect(readNumber('120', { kind: 'percent' })).toEqual({ ok: false, problem: { code: 'above-max', max: '100' } });
    expect(readNumber('-5', { kind: 'percent' })).toEqual({ ok: false, problem: { code: 'below-min', min: '0' } });
  });

  it('reads French numbers with grouping spaces and a decimal comma', () => {
    expect(readNumber('1 234,50', { kind: 'decimal' })).toEqual({ ok: true, value: '1234.5' });
    expect(readNumber('12\u202f000', { kind: 'integer' })).toEqual({ ok: true, value: 12000 });
  });

  it('refuses text, decimals in a whole-number field, and an empty required field', () => {
    expect(readNumber('douze', { kind: 'decimal' })).toEqual({ ok: false, problem: { code: 'not-a-number' } });
    expect(readNumber('2,5', { kind: 'integer' })).toEqual({ ok: false, problem: { code: 'not-an-integer' } });
    expect(readNumber(' ', { kind: 'integer', required: true })).toEqual({ ok: false, problem: { code: 'required' } });
  });

  it('gives undefined for an empty optional field, and waits on text still being typed', () => {
    expect(readNumber('', { kind: 'decimal' })).toEqual({ ok: true, value: undefined });
    expect(readNumber('3,', { kind: 'decimal' })).toEqual({ ok: false, problem: { code: 'incomplete' } });
    expect(readNumber('-', { kind: 'decimal' })).toEqual({ ok: false, problem: { code: 'incomplete' } });
  });

  it('applies min and max in the unit typed', () => {
    expect(readNumber('0,9', { kind: 'decimal', min: '1' })).toEqual({ ok: false, problem: { code: 'below-min', min: '1' } });
    expect(readNumber('25', { kind: 'decimal', max: 24 })).toEqual({ ok: false, problem: { code: 'above-max', max: '24' } });
    expect(readNumber('24', { kind: 'decimal', max: 24 })).toEqual({ ok: true, value: '24' });
  });
});

describe('showNumber', () => {
  it('shows a stored share as a percentage with a French decimal comma', () => {
    expect(showNumber('0.125', 'percent', 'fr')).toBe('12,5');
    expect(showNumber('0.2', 'percent', 'en')).toBe('20');
    expect(showNumber(undefined, 'decimal', 'fr')).toBe('');
  });

  it('shows a computed value with four decimals at most, never a long float-like string', () => {
    expect(showNumber('33.49648127203757385', 'decimal', 'fr')).toBe('33,4965');
    // 16.40625 rounds half to even, as the core rounds for display.
    expect(showNumber('0.1640625', 'percent', 'fr')).toBe('16,4062');
  });

  it('round-trips every share: what is shown reads back to the same stored value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const stored = new D(n).dividedBy(100_000).toFixed();
        const shown = showNumber(stored, 'percent', 'fr');
        const read = readNumber(shown, { kind: 'percent' });
        return read.ok && sameNumber(shown, stored, { kind: 'percent' });
      }),
    );
  });
});
