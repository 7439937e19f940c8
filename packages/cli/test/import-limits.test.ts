// The import's refusals and limits as the CLI reports them: exit codes and messages (issue 11, §2).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/context';
import { runCli } from '../src/main';
import { rejectedRowsCsv } from '../bench/hostile-files';
import { runInProcess } from './helpers';

let dir = '';
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => ({ é: 0xe9, è: 0xe8, É: 0xc9, '€': 0x80 })[c] ?? c.charCodeAt(0)));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reen-limits-'));
  await writeFile(join(dir, 'cinq.csv'), ['Type;Modèle;Quantité', ...Array.from({ length: 5 }, (_, i) => `Portable;Latitude 54${i}0;1`)].join('\n') + '\n');
  await writeFile(join(dir, 'bom.csv'), Uint8Array.of(0xef, 0xbb, 0xbf));
  // A hand-made Excel "CSV (séparateur : point-virgule)" on a French Windows: Windows-1252,
  // decimal commas, a title row, and three bad lines (5, 7, 9) among 7 devices rows.
  await writeFile(
    join(dir, 'excel.csv'),
    cp1252(
      [
        'Inventaire du parc;;;;',
        'Type;Modèle;Quantité;Poids (kg);Année d’achat',
        'Portable;Latitude 5420;12;1,36;2021',
        'Écran;P2422H;30;4,2;2020',
        'Portable;ThinkPad T14;-2;1,5;2022',
        'Imprimante;LaserJet Pro;3;8,5;2019',
        'Écran;E2222H;quatre;3,9;2021',
        'Tablette;iPad 9;5;0,49;2023',
        'Portable;EliteBook 840;7;1,4;1890',
        'Ordinateur fixe;OptiPlex 7090;9;5,2;2020',
      ].join('\r\n') + '\r\n',
    ),
  );
  const many = ['Type;Modèle;Quantité'];
  for (let i = 0; i < 12_000; i++) many.push(`Portable;Latitude;x${i % 7}`);
  await writeFile(join(dir, 'douze-mille.csv'), many.join('\n') + '\n');
  await writeFile(join(dir, 'cent-mille-rejets.csv'), rejectedRowsCsv(100_000));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('row limit', () => {
  it('stops past --max-rows with exit 3 and names the limit', async () => {
    for (const command of ['bilan', 'validate']) {
      const result = await runInProcess([command, 'cinq.csv', '--max-rows', '3'], { cwd: dir });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(
        'reen : erreur : import impossible de cinq.csv : La limite de 3 lignes est atteinte : les lignes à partir de la ligne 5 n’ont pas été lues. Correction : Découpez le fichier, ou relevez la limite (option maxRows, ou --max-rows).',
      );
    }
    expect((await runInProcess(['bilan', 'cinq.csv', '--max-rows', '5', '--format', 'json'], { cwd: dir })).code).toBe(0);
  });

  it('refuses a --max-rows that is not a positive integer (exit 2)', async () => {
    const result = await runInProcess(['bilan', 'cinq.csv', '--max-rows', 'mille'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('reen : erreur : valeur « mille » invalide pour --max-rows : attendu N > 0.\nVoir « reen bilan --help ».\n');
  });
});

describe('files with no readable rows', () => {
  it('refuses a BOM-only CSV with exit 3, never a zero-kilogram bilan', async () => {
    const result = await runInProcess(['bilan', 'bom.csv', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('import impossible de bom.csv : Le fichier ne contient aucune ligne de données lisible.');
  });
});

describe('a hand-made Windows-1252 sheet', () => {
  it('exits 1, names its bad lines and counts every valid device', async () => {
    const result = await runInProcess(['bilan', 'excel.csv', '--format', 'json', '--year', '2025'], { cwd: dir });
    expect(result.code).toBe(1);
    const bilan = JSON.parse(result.stdout) as { import: { rowsRead: number; accepted: number; rejected: number }; issues: { severity: string; line: number | null; code: string }[]; byCategory: { category: string; quantity: number }[] };
    expect(bilan.import).toEqual({ rowsRead: 8, accepted: 5, rejected: 3 });
    expect(bilan.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.code])).toEqual([
      [5, 'quantity_negative'],
      [7, 'quantity_unparsable'],
      [9, 'year_out_of_range'],
    ]);
    // 12 laptops, 30 monitors, 3 printers, 5 tablets, 9 desktops.
    expect(bilan.byCategory.reduce((n, c) => n + c.quantity, 0)).toBe(59);
  });
});

describe('reen validate with many issues', () => {
  it('writes the issues in batches, each line complete', async () => {
    const chunks: string[] = [];
    const stdout = { write: (chunk: string | Uint8Array) => chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')) };
    const stderr = { write: () => true };
    const io: CliIO = { stdout, stderr, cwd: dir, env: {}, now: () => new Date('2025-06-30T12:00:00Z') };
    const code = await runCli(['validate', 'douze-mille.csv'], io);
    expect(code).toBe(1);
    const lines = chunks.join('').split('\n');
    expect(lines.filter((l) => l.startsWith('  erreur [quantity_unparsable]'))).toHaveLength(12_000);
    // The report, then 12,001 issues (profile + 12,000 errors, about 1.8 MB) in pieces of about 64 KiB, each of whole lines.
    expect(chunks.length).toBeGreaterThan(20);
    for (const chunk of chunks) {
      expect(chunk.endsWith('\n')).toBe(true);
      expect(chunk.length).toBeLessThan(70_000);
    }
  });
});

/**
 * Reads `reen validate --format json` line by line as it is written, keeping no more than one
 * issue's text: the head (everything before the issues) is parsed whole, each issue is parsed on its
 * own, and the separators and the end of the document are checked, so the whole text is valid JSON.
 */
class ValidateJsonReader {
  head: { import: unknown; issues: unknown[] } | undefined;
  readonly codes = new Map<string, number>();
  chunks = 0;
  longestChunk = 0;
  private rest = '';
  private lines: string[] = [];
  private state: 'head' | 'issues' | 'tail' = 'head';
  private tail: string[] = [];
  private lastIssueHadComma = true;
  /** Lines where an issue did not follow a comma, or the list ended after one. */
  badSeparators = 0;

  write(chunk: string | Uint8Array): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    this.chunks += 1;
    this.longestChunk = Math.max(this.longestChunk, text.length);
    const lines = (this.rest + text).split('\n');
    this.rest = lines.pop() as string;
    for (const line of lines) this.line(line);
    return true;
  }

  private line(line: string): void {
    if (this.state === 'head') {
      this.lines.push(line);
      if (line === '  "issues": [') {
        this.head = JSON.parse(`${this.lines.join('\n')}]}`) as ValidateJsonReader['head'];
        this.lines = [];
        this.state = 'issues';
      }
    } else if (this.state === 'issues') {
      if (this.lines.length === 0 && line === '  ]') {
        if (this.lastIssueHadComma) this.badSeparators += 1;
        this.state = 'tail';
        this.tail.push(line);
        return;
      }
      if (this.lines.length === 0 && !this.lastIssueHadComma) this.badSeparators += 1;
      this.lines.push(line);
      if (line === '    }' || line === '    },') {
        const issue = JSON.parse(this.lines.join('\n').replace(/,$/, '')) as { code: string };
        this.codes.set(issue.code, (this.codes.get(issue.code) ?? 0) + 1);
        this.lastIssueHadComma = line.endsWith(',');
        this.lines = [];
      }
    } else this.tail.push(line);
  }

  /** The document ended as JSON.stringify ends it, with a line break. */
  ended(): boolean {
    return this.state === 'tail' && this.rest === '' && this.tail.join('\n') === '  ]\n}';
  }
}

describe('reen validate --format json with many issues', () => {
  it('writes 200,002 issues piece by piece, as one valid JSON document', async () => {
    const stdout = new ValidateJsonReader();
    const io: CliIO = { stdout, stderr: { write: () => true }, cwd: dir, env: {}, now: () => new Date('2025-06-30T12:00:00Z') };
    const code = await runCli(['validate', 'cent-mille-rejets.csv', '--format', 'json'], io);
    expect(code).toBe(1);
    expect(stdout.ended()).toBe(true);
    expect(stdout.badSeparators).toBe(0);
    expect(stdout.head?.import).toEqual({ rowsRead: 100_000, accepted: 0, rejected: 100_000 });
    // Each row: a quantity that is not a number and a type no rule knows; the file: its profile, no purchase date.
    expect(Object.fromEntries(stdout.codes)).toEqual({
      profile_detected: 1,
      purchase_date_column_missing: 1,
      quantity_unparsable: 100_000,
      category_unknown: 100_000,
    });
    // About 120 MB of JSON went out in chunks of about 64 KiB, never as one string.
    expect(stdout.chunks).toBeGreaterThan(1000);
    expect(stdout.longestChunk).toBeLessThan(70_000);
  }, 60_000);
});
