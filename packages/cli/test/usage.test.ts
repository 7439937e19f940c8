import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../src/registry';
import { runInProcess } from './helpers';

describe('reen without a valid command', () => {
  it('prints the main help and exits with 2 when no command is given', async () => {
    const result = await runInProcess([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('reen validate FICHIER…'.slice(5));
    expect(result.stderr).toBe('reen : erreur : aucune commande donnée.\n');
  });

  it('rejects an unknown command with the list of commands, in French by default', async () => {
    const result = await runInProcess(['bilans']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'reen : erreur : commande inconnue « bilans ». Commandes : validate, bilan, factors, template, strategy, rapport.\n',
    );
  });

  it('speaks English with --lang en, even before the command name', async () => {
    const result = await runInProcess(['--lang', 'en', 'bilans']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('reen: error: unknown command "bilans". Commands: validate, bilan, factors, template, strategy, rapport.\n');
  });

  it('treats global options alone as no command', async () => {
    const result = await runInProcess(['--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^reen — .*\n\nUsage: reen COMMAND \[options\]\n/);
    expect(result.stderr).toBe('reen: error: no command given.\n');
  });

  it('takes the language from REEN_LANG', async () => {
    const result = await runInProcess(['validate'], { env: { REEN_LANG: 'en' } });
    expect(result.stderr).toBe('reen: error: give at least one file.\nSee "reen validate --help".\n');
  });
});

describe('usage errors (exit code 2)', () => {
  it('names an unknown option and points to the command help', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--formt', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('reen : erreur : option inconnue « --formt ».\nVoir « reen bilan --help ».\n');
  });

  it('rejects a value outside the choices', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--format', 'xml', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('reen: error: invalid value "xml" for --format: expected table | json | csv | md.\nSee "reen bilan --help".\n');
  });

  it('rejects a missing option value', async () => {
    const result = await runInProcess(['validate', 'parc.csv', '--map']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('reen : erreur : l’option « --map » attend une valeur.\nVoir « reen validate --help ».\n');
  });

  it('rejects a malformed year', async () => {
    const result = await runInProcess(['bilan', 'parc.csv', '--year', '25']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('reen : erreur : valeur « 25 » invalide pour --year : attendu YYYY.\nVoir « reen bilan --help ».\n');
  });

  it('asks strategy for --out and rapport for --year before reading the project', async () => {
    const strategy = await runInProcess(['strategy', 'projet.reen.json']);
    expect([strategy.code, strategy.stdout]).toEqual([2, '']);
    expect(strategy.stderr).toBe('reen : erreur : l’option « --out » attend une valeur.\nVoir « reen strategy --help ».\n');
    const rapport = await runInProcess(['rapport', 'projet.reen.json', '--out', 'x.docx']);
    expect([rapport.code, rapport.stdout]).toEqual([2, '']);
    expect(rapport.stderr).toBe('reen : erreur : l’option « --year » attend une valeur.\nVoir « reen rapport --help ».\n');
  });
});

describe('unreadable input (exit code 3)', () => {
  it('reports a missing file without a stack trace', async () => {
    const result = await runInProcess(['validate', 'absent.csv']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('reen : erreur : fichier introuvable : absent.csv\n');
  });

  it('shows the stack with --debug', async () => {
    const result = await runInProcess(['validate', 'absent.csv', '--debug']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^reen : erreur : fichier introuvable : absent\.csv\nCliError: input\.missingFile\n\s+at /);
    expect(result.stderr).toContain('ENOENT');
  });

  it('reports a directory given as a file', async () => {
    const result = await runInProcess(['bilan', '.', '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('reen: error: not a file: .\n');
  });
});

describe('--help', () => {
  it.each(COMMAND_NAMES)('documents "%s" with options and examples, in both languages', async (name) => {
    const fr = await runInProcess([name, '--help']);
    expect(fr.code).toBe(0);
    expect(fr.stderr).toBe('');
    expect(fr.stdout).toMatch(new RegExp(`^reen ${name} — `));
    expect(fr.stdout).toContain(`Utilisation : reen ${name}`);
    expect(fr.stdout).toContain('Options communes :');
    expect(fr.stdout).toContain('--lang fr|en');
    expect(fr.stdout).toContain('Codes de sortie : 0 succès');
    const en = await runInProcess([name, '-h', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Common options:');
    expect(en.stdout).toContain('Exit codes: 0 success');
    if (name !== 'strategy' && name !== 'rapport') {
      expect(fr.stdout).toContain('Exemples :');
      expect(en.stdout).toMatch(/Examples:\n {2}# .+\n {2}reen /);
    }
  });

  it('lists every command in the main help', async () => {
    const result = await runInProcess(['--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    for (const name of COMMAND_NAMES) expect(result.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  it('prints the version', async () => {
    const result = await runInProcess(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('invocationDirectory', () => {
  it('resolves paths from where the user typed `pnpm reen` or `npm run reen`, else from the process directory', async () => {
    const { invocationDirectory } = await import('../src/main');
    expect(invocationDirectory({ npm_lifecycle_event: 'reen', INIT_CWD: '/home/dsi/exports' }, '/repo')).toBe('/home/dsi/exports');
    expect(invocationDirectory({ npm_lifecycle_event: 'build', INIT_CWD: '/home/dsi/exports' }, '/repo')).toBe('/repo');
    expect(invocationDirectory({}, '/repo')).toBe('/repo');
  });
});
