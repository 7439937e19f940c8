// The CLI as users get it: the compiled build the launcher runs, and the npm tarballs of the three
// published packages installed into an empty folder. Slow (npm pack builds core and formats with
// their type declarations, then npm installs them): one test of each.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, isBuildFresh, sourceFingerprint } from '../bin/build.mjs';
import { runBinary } from './helpers';

const run = promisify(execFile);
const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** npm without the settings of the npm or pnpm script that may be running these tests. */
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && !key.startsWith('PNPM_') && key !== 'NODE_OPTIONS'));

describe('the compiled CLI', () => {
  it('is rebuilt from the current sources and is what the launcher runs', async () => {
    expect(ensureBuilt().ok).toBe(true);
    expect(isBuildFresh(sourceFingerprint())).toBe(true);
    const result = await runBinary(['--version'], { env: { REEN_CLI_USE_DIST: '1' } });
    expect(result).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('the npm packages', () => {
  it('install from their tarballs into an empty folder, where `npx reen` (with its code cache) and `import "@reen/core"` work', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'reen-pack-'));
    try {
      const tarballs = join(folder, 'tarballs');
      const app = join(folder, 'app');
      await run('mkdir', ['-p', tarballs, app]);
      for (const name of ['core', 'formats', 'cli']) {
        await run(npm, ['pack', '--silent', '--pack-destination', tarballs], { cwd: join(PACKAGES, name), env: npmEnv });
      }
      const files = (await readdir(tarballs)).sort();
      expect(files).toEqual(['reen-cli-0.1.0.tgz', 'reen-core-0.1.0.tgz', 'reen-formats-0.1.0.tgz']);
      await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'reen-pack-check', private: true, type: 'module' }));
      await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...files.map((f) => join(tarballs, f))], { cwd: app, env: npmEnv });

      const help = await run(npm, ['exec', '--offline', '--', 'reen', '--help'], { cwd: app, env: npmEnv });
      expect(help.stdout).toContain('Utilisation : reen COMMANDE [options]');
      expect(help.stdout).toContain('bilan');

      // A bilan runs the single-file build from the code cache the tarball ships (same Node here).
      await writeFile(join(app, 'parc.csv'), 'Catégorie;Quantité\nlaptop;3\n');
      const bilan = await run(npm, ['exec', '--offline', '--', 'reen', 'bilan', 'parc.csv', '--year', '2025', '--format', 'json'], { cwd: app, env: { ...npmEnv, REEN_CODE_CACHE_DEBUG: '1' } });
      expect(bilan.stderr).toContain('reen: code cache used');
      expect((JSON.parse(bilan.stdout) as { import: { accepted: number } }).import.accepted).toBe(1);

      // The README's library example, from the installed tarballs.
      const script = [
        "import { computeFootprint, getFactorSet, parseProject } from '@reen/core';",
        "import { demoProjectFile } from '@reen/core/demo';",
        "import { importInventoryFiles } from '@reen/formats/inventory';",
        'const project = parseProject(demoProjectFile);',
        "const result = computeFootprint(project.data, getFactorSet('fr-2025.1'), { year: 2025, method: 'stock' });",
        "const csv = new TextEncoder().encode('Catégorie;Quantité\\nlaptop;3\\n');",
        "const imported = await importInventoryFiles([{ name: 'parc.csv', bytes: csv }], { today: '2026-01-15' });",
        'console.log(typeof computeFootprint, result.total.co2eKg.gt(0), imported.counts.accepted);',
      ].join('\n');
      await writeFile(join(app, 'check.mjs'), script);
      const imported = await run(process.execPath, ['check.mjs'], { cwd: app });
      expect(imported.stdout.trim()).toBe('function true 1');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
