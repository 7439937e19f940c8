/** Every code the core can emit has a French and an English message that says how to fix it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, formatTraceNote, ISSUE_MESSAGES_EN, ISSUE_MESSAGES_FR, TRACE_MESSAGES_EN, TRACE_MESSAGES_FR } from '../src/index';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Quoted snake-case literals on the lines that emit a code. */
function emitted(kind: 'issue' | 'trace'): Set<string> {
  const codes = new Set<string>();
  // Issue codes: zod refinements anywhere in the core (a project file carries the strategy too) and
  // the codes the parsers set; trace notes: the compute functions.
  const dirs = kind === 'issue' ? ['.'] : ['compute'];
  for (const file of dirs.flatMap((d) => files(join(SRC, d)))) {
    const inParse = file.includes(`${join(SRC, 'parse')}`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const emitting =
        kind === 'issue'
          ? /\berror: '/.test(line) || (inParse && /\bcode = |\bcode: '|issue\('|\? '[a-z_]+' :/.test(line))
          : /\.(assume|fallback)\(|\bgiven: '|\bfallback: '/.test(line);
      if (!emitting) continue;
      const refinement = kind === 'issue' && !inParse ? /\berror: '([a-z][a-z0-9_]*)'/.exec(line) : null;
      if (refinement) {
        codes.add(refinement[1] as string);
        continue;
      }
      for (const match of line.matchAll(/'([a-z][a-z0-9]*(?:_[a-z0-9]+)*)'/g)) {
        const code = match[1] as string;
        if (kind === 'trace' && !code.includes('_')) continue;
        codes.add(code);
      }
    }
  }
  return codes;
}

describe('message maps', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(ISSUE_MESSAGES_EN).sort()).toEqual(Object.keys(ISSUE_MESSAGES_FR).sort());
    expect(Object.keys(TRACE_MESSAGES_EN).sort()).toEqual(Object.keys(TRACE_MESSAGES_FR).sort());
  });

  it('word every issue code emitted by a schema refinement or a parser', () => {
    const codes = [...emitted('issue')].filter((code) => !['custom', 'int', 'category', 'quantity', 'error', 'null', 'array', 'object', 'number', 'received'].includes(code));
    expect(codes.length).toBeGreaterThan(15);
    const missing = codes.filter((code) => !(code in ISSUE_MESSAGES_FR) || !(code in ISSUE_MESSAGES_EN));
    expect(missing).toEqual([]);
  });

  it('word every trace note code emitted by the compute functions', () => {
    const codes = [...emitted('trace')];
    expect(codes.length).toBeGreaterThan(30);
    const missing = codes.filter((code) => !(code in TRACE_MESSAGES_FR) || !(code in TRACE_MESSAGES_EN));
    expect(missing).toEqual([]);
  });

  it('leave no placeholder unfilled when the parameters are given', () => {
    expect(formatTraceNote({ code: 'lifetime_default', params: { category: 'laptop', years: '5', factorId: 'device.laptop.lifetimeYears' } })).toBe(
      'laptop : durée de vie absente, 5 ans par défaut (device.laptop.lifetimeYears). Renseignez la durée de vie réelle dans l’inventaire ou dans les hypothèses de la collectivité.',
    );
    expect(formatTraceNote({ code: 'lifetime_default', params: { category: 'laptop', years: '5', factorId: 'x' } }, 'en')).toBe(
      "laptop: lifetime missing, default 5 years (x). Give the actual lifetime in the inventory or in the organisation's hypotheses.",
    );
  });
});

describe('formatIssue', () => {
  it('names the file, the line and the column, in French by default', () => {
    const issue = { code: 'purchase_date_in_future', severity: 'error' as const, path: [3, 'purchaseDate'], position: { file: 'parc.csv', line: 5, column: 'Date achat' }, params: { value: '2030-01-01', today: '2025-06-01' } };
    expect(formatIssue(issue)).toBe('parc.csv, ligne 5, colonne Date achat : La date d’achat 2030-01-01 est postérieure à aujourd’hui (2025-06-01) : corrigez la date ou l’année.');
    expect(formatIssue(issue, 'en')).toBe('parc.csv, line 5, column Date achat: The purchase date 2030-01-01 is after today (2025-06-01): correct the date or the year.');
  });

  it('falls back to the path when the value did not come from a file', () => {
    expect(formatIssue({ code: 'quantity_not_positive', severity: 'error', path: [0, 'quantity'], params: {} })).toBe(
      '0.quantity : La quantité doit être un entier strictement positif (1 ou plus) : corrigez la ligne ou supprimez-la.',
    );
  });
});
