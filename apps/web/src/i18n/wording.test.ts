import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

function flat(value: unknown, prefix = ''): [string, string][] {
  return typeof value === 'string' ? [[prefix, value]] : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k));
}

describe('published wording', () => {
  it('names no command-line option (« --map », « --profile ») in the app', () => {
    const withCli = [...flat(fr), ...flat(en)].filter(([, text]) => /(^|\s)--[a-z]/.test(text));
    expect(withCli).toEqual([]);
  });

  it('leaves no empty unit « () » and no share typed « 0 à 1 » in a label', () => {
    const bad = flat(fr).filter(([, text]) => text.includes('()') || /0 à 1/.test(text));
    expect(bad).toEqual([]);
  });
});
