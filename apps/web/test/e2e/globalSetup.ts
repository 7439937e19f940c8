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
  await build({ root, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
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
