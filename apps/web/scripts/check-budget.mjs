#!/usr/bin/env node
// Fails when the initial JavaScript of the built app (the entry script and the modules it preloads,
// as listed in dist/index.html) is over the budget, gzipped. Lazy chunks (chart library, spreadsheet
// reader, document writers, the steps' views) do not count: they load only on the steps that use them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Initial JS budget, in bytes of gzip (250 kB). */
export const INITIAL_JS_BUDGET_BYTES = 250_000;

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** The initial JS files of a built index.html and their gzipped sizes. */
export function initialJs(distDir = dist) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = new Set();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) urls.add(match[1]);
  return [...urls].map((url) => {
    const bytes = readFileSync(join(distDir, url.replace(/^\//, '')));
    return { url, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = initialJs();
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  for (const file of files) console.log(`[budget] ${file.url}: ${(file.gzip / 1000).toFixed(1)} kB gzip`);
  console.log(`[budget] initial JS ${(total / 1000).toFixed(1)} kB gzip, budget ${(INITIAL_JS_BUDGET_BYTES / 1000).toFixed(0)} kB`);
  if (files.length === 0 || total > INITIAL_JS_BUDGET_BYTES) {
    console.error(files.length === 0 ? '[budget] no entry script found in dist/index.html' : '[budget] over budget');
    process.exit(1);
  }
}
