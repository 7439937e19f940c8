// Builds the app once (production build, with its CSP) and serves it with `vite preview` on a free
// port of 127.0.0.1 for every journey.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

let server: PreviewServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = join(import.meta.dirname, '..', '..');
  // A build of our own, so that another build of apps/web/dist cannot change the files under test.
  outDir = mkdtempSync(join(tmpdir(), 'reen-web-e2e-'));
  const configFile = join(root, 'vite.config.ts');
  // Vitest sets NODE_ENV=test, which Vite would keep: Vue and vue-i18n would then be built in their
  // development flavour. The journeys and the bundle budget test the production build users get.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root, configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  server = await preview({ root, configFile, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no local URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('distDir', outDir);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
