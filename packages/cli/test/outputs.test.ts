// Outputs never destroy anything: no output over an input, atomic writes, write errors are
// errors, user text cannot inject markup or terminal control, the rejected-rows file stays linear.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from '../bench/hostile-files';
import { FIXTURES, runBinary, runInProcess } from './helpers';

const BIN = fileURLToPath(new URL('../bin/reen.mjs', import.meta.url));
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'reen-out-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const PARC = 'Catégorie;Quantité;Statut\nlaptop;2;En service\ndesktop;3;Égaré au grenier\n';

describe('an output never replaces an input', () => {
  it('refuses `bilan --out` on the inventory itself, before reading it (exit 2), and leaves it as it was', async () => {
    await writeFile(join(work, 'parc.csv'), PARC);
    const result = await runInProcess(['bilan', 'parc.csv', '--out', './parc.csv', '--format', 'md'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'reen : erreur : --out ./parc.csv désigne le même fichier que parc.csv : il serait écrasé. Choisissez un autre nom de fichier.\nVoir « reen bilan --help ».\n',
    );
    expect(await readFile(join(work, 'parc.csv'), 'utf8')).toBe(PARC);
  });

  it('refuses `bilan --out` on the --org file', async () => {
    await writeFile(join(work, 'parc.csv'), PARC);
    const org = await readFile(join(FIXTURES, 'org.json'), 'utf8');
    await writeFile(join(work, 'org.json'), org);
    const result = await runInProcess(['bilan', 'parc.csv', '--org', 'org.json', '--out', 'org.json', '--lang', 'en'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('reen: error: --out org.json is the same file as org.json: it would be overwritten.');
    expect(await readFile(join(work, 'org.json'), 'utf8')).toBe(org);
  });

  it('refuses `validate --rejected` on an input reached through a symbolic link', async () => {
    await writeFile(join(work, 'parc.csv'), PARC);
    await symlink(join(work, 'parc.csv'), join(work, 'lien.csv'));
    const result = await runInProcess(['validate', 'parc.csv', '--rejected', 'lien.csv'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--rejected lien.csv désigne le même fichier que parc.csv');
    expect(await readFile(join(work, 'parc.csv'), 'utf8')).toBe(PARC);
  });

  it('refuses `strategy --out` on the project file', async () => {
    const project = await readFile(join(FIXTURES, 'mini.reen.json'), 'utf8');
    await writeFile(join(work, 'p.reen.json'), project);
    await symlink(join(work, 'p.reen.json'), join(work, 'p.md'));
    const result = await runInProcess(['strategy', 'p.reen.json', '--out', 'p.md'], { cwd: work });
    expect(result.code).toBe(2);
    expect(await readFile(join(work, 'p.reen.json'), 'utf8')).toBe(project);
  });
});

describe('atomic writes', () => {
  it('replaces an existing output in one rename: new content, same permissions, no temporary file left', async () => {
    await writeFile(join(work, 'parc.csv'), PARC);
    await writeFile(join(work, 'bilan.md'), 'ancien', { mode: 0o640 });
    const result = await runInProcess(['bilan', 'parc.csv', '--out', 'bilan.md', '--format', 'md', '--year', '2025', '-q'], { cwd: work });
    expect(result.code).toBe(1);
    const written = await readFile(join(work, 'bilan.md'), 'utf8');
    expect(written.startsWith('# ')).toBe(true);
    expect((await lstat(join(work, 'bilan.md'))).mode & 0o777).toBe(0o640);
    expect((await readdir(work)).sort()).toEqual(['bilan.md', 'parc.csv']);
  });

  it('writes through a symbolic link: the file it points to is replaced, the link stays', async () => {
    await writeFile(join(work, 'parc.csv'), PARC);
    await writeFile(join(work, 'cible.csv'), 'ancien');
    await symlink(join(work, 'cible.csv'), join(work, 'rejets.csv'));
    const result = await runInProcess(['validate', 'parc.csv', '--rejected', 'rejets.csv', '-q'], { cwd: work });
    expect(result.code).toBe(1);
    expect((await lstat(join(work, 'rejets.csv'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(work, 'cible.csv'), 'utf8')).toContain('desktop;3;Égaré au grenier');
  });

  it('writes `validate --out` atomically, the same report as on stdout, text or JSON', async () => {
    await writeFile(join(work, 'parc.csv'), PARC);
    for (const format of ['text', 'json']) {
      const printed = await runInProcess(['validate', 'parc.csv', '--format', format], { cwd: work });
      await writeFile(join(work, 'rapport'), 'ancien', { mode: 0o600 });
      const written = await runInProcess(['validate', 'parc.csv', '--format', format, '--out', 'rapport'], { cwd: work });
      expect(written.code).toBe(1);
      expect(written.stdout).toBe('');
      expect(written.stderr).toBe('Rapport écrit dans rapport.\n');
      expect(await readFile(join(work, 'rapport'), 'utf8')).toBe(printed.stdout);
      expect((await lstat(join(work, 'rapport'))).mode & 0o777).toBe(0o600);
      expect((await readdir(work)).sort()).toEqual(['parc.csv', 'rapport']);
    }
    const full = await runInProcess(['validate', 'parc.csv', '--format', 'json', '--out', '/dev/full', '--lang', 'en'], { cwd: work });
    expect(full.code).toBe(3);
    expect(full.stderr).toBe('reen: error: cannot write /dev/full: ENOSPC\n');
    const overInput = await runInProcess(['validate', 'parc.csv', '--out', 'parc.csv'], { cwd: work });
    expect(overInput.code).toBe(2);
    expect(await readFile(join(work, 'parc.csv'), 'utf8')).toBe(PARC);
  });

  it('fails with exit 3 when the output cannot be written, and leaves nothing behind', async () => {
    await writeFile(join(work, 'parc.csv'), PARC);
    const result = await runInProcess(['bilan', 'parc.csv', '--out', 'absent/bilan.md', '--format', 'md', '-q'], { cwd: work });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('reen : erreur : écriture impossible dans absent/bilan.md : ENOENT\n');
    expect(await readdir(work)).toEqual(['parc.csv']);
  });
});

describe('write errors are errors (the real binary)', () => {
  it('exits with 3 when --out is a full disk (/dev/full)', async () => {
    expect(existsSync('/dev/full')).toBe(true);
    const result = await runBinary(['bilan', 'parc.csv', '--format', 'json', '--out', '/dev/full', '-q']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('reen : erreur : écriture impossible dans /dev/full : ENOSPC\n');
  });

  it('exits with 3 when stdout is a full disk', async () => {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(`exec "${process.execPath}" "${BIN}" factors list > /dev/full`, { shell: true, cwd: FIXTURES, env: { ...process.env, NODE_OPTIONS: '' } });
      child.on('error', reject);
      child.on('close', (c) => resolve(c ?? -1));
    });
    expect(code).toBe(3);
  });

  it('exits with 3 and says why when stdout is closed by its reader (EPIPE)', async () => {
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'factors', 'list'], { cwd: FIXTURES, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c ?? -1, stderr: err }));
    });
    expect(code).toBe(3);
    expect(stderr).toBe('reen : erreur : écriture impossible sur la sortie standard : EPIPE\n');
  });
});

describe('write errors while validate --format json is streamed (the real binary)', () => {
  /** Runs the binary in `work`, its stdout sent to `/dev/full` or closed after the first chunk read. */
  const run = (args: readonly string[], stdout: 'full' | 'closed after a chunk') =>
    new Promise<{ code: number; stderr: string; read: number }>((resolve, reject) => {
      const env = { ...process.env, NODE_OPTIONS: '', REEN_LANG: '' };
      const child =
        stdout === 'full'
          ? spawn(`exec "${process.execPath}" "${BIN}" ${args.join(' ')} > /dev/full`, { shell: true, cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] })
          : spawn(process.execPath, [BIN, ...args], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let read = 0;
      child.stdout?.once('data', (chunk: Buffer) => {
        read = chunk.length;
        child.stdout?.destroy();
      });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stderr, read }));
    });

  it('exits with 3 when stdout is a full disk, or closed by its reader in the middle of the issues', async () => {
    // 20,000 rejected rows: about 24 MB of JSON, far more than a pipe holds.
    await writeFile(join(work, 'rejets.csv'), rejectedRowsCsv(20_000));
    const full = await run(['validate', 'rejets.csv', '--format', 'json'], 'full');
    expect(full.code).toBe(3);
    expect(full.stderr).toBe('reen : erreur : écriture impossible sur la sortie standard : ENOSPC\n');
    const closed = await run(['validate', 'rejets.csv', '--format', 'json'], 'closed after a chunk');
    expect(closed.code).toBe(3);
    expect(closed.read).toBeGreaterThan(0);
    expect(closed.stderr).toBe('reen : erreur : écriture impossible sur la sortie standard : EPIPE\n');
  }, 60_000);
});

describe('user text in Markdown and terminal output', () => {
  const HOSTILE = [
    'Catégorie;Quantité;Statut',
    'laptop;2;<img src=x onerror=alert(1)>',
    'laptop;1;[clic](javascript:alert(1))',
    'laptop;1;\u001b]2,titre\u0007\u001b[31mrouge\u001b[0m',
    'desktop;3;En service',
    // Enough ordinary rows that the few control bytes do not make the file look binary (under 1 %).
    ...Array.from({ length: 60 }, (_, i) => `desktop;${i + 1};En service`),
    '',
  ].join('\n');

  it('`bilan --format md` escapes HTML and links from the file', async () => {
    await writeFile(join(work, 'hostile.csv'), HOSTILE);
    const result = await runInProcess(['bilan', 'hostile.csv', '--format', 'md', '--year', '2025', '-q'], { cwd: work });
    expect(result.code).toBe(1);
    // Only escaped forms: no `<` or `](` that is not preceded by a backslash.
    expect(result.stdout).not.toMatch(/(^|[^\\])<img/m);
    expect(result.stdout).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('Le statut « \\<img src=x onerror=alert(1)\\> » n’est pas reconnu.');
    expect(result.stdout).toContain('Le statut « \\[clic\\](javascript:alert(1)) » n’est pas reconnu.');
    expect(result.stdout).toContain('Le statut « rouge » n’est pas reconnu.');
  });

  it('the terminal views (bilan table, validate) carry no escape sequence from the file', async () => {
    await writeFile(join(work, 'hostile.csv'), HOSTILE);
    const bilan = await runInProcess(['bilan', 'hostile.csv', '--year', '2025'], { cwd: work });
    const validate = await runInProcess(['validate', 'hostile.csv'], { cwd: work });
    for (const text of [bilan.stdout, bilan.stderr, validate.stdout, validate.stderr]) expect(text).not.toContain('\u001b');
    expect(validate.stdout).toContain('Le statut « rouge » n’est pas reconnu.');
  });

  it('a file name with escape sequences is shown without them in errors', async () => {
    const result = await runInProcess(['validate', 'absent\u001b[2J.csv'], { cwd: work });
    expect(result.code).toBe(3);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('absent.csv');
  });
});

describe('the rejected-rows file', () => {
  it('adds no column for empty cells past the header, and a #N column where a rejected row has a value', async () => {
    const wide = `Catégorie;Quantité\nlaptop;x${';'.repeat(5000)}\nlaptop;y;;;valeur\n`;
    await writeFile(join(work, 'wide.csv'), wide);
    const result = await runInProcess(['validate', 'wide.csv', '--rejected', 'rejets.csv', '-q'], { cwd: work });
    expect(result.code).toBe(1);
    const rows = (await readFile(join(work, 'rejets.csv'), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
    expect(rows[0]).toBe('fichier;feuille;ligne;Catégorie;Quantité;#5;erreur');
    expect(rows[1]?.split(';').slice(0, 6)).toEqual(['wide.csv', '', '2', 'laptop', 'x', '']);
    expect(rows[2]?.split(';').slice(0, 6)).toEqual(['wide.csv', '', '3', 'laptop', 'y', 'valeur']);
    expect(rows).toHaveLength(4);
  });
});
