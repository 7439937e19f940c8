// The initial JavaScript of the production build (entry script and what it preloads) stays within
// 250 kB gzip; the heavy libraries are in chunks loaded on demand.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { INITIAL_JS_BUDGET_BYTES, initialJs } from '../../scripts/check-budget.mjs';

type InitialFile = { url: string; bytes: number; gzip: number };

describe('bundle budget', () => {
  const distDir = inject('distDir');

  it('keeps the initial JS under 250 kB gzip', () => {
    const files = (initialJs as (dir: string) => InitialFile[])(distDir);
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, file) => sum + file.gzip, 0);
    expect(INITIAL_JS_BUDGET_BYTES).toBe(250_000);
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('loads chart.js, the spreadsheet reader and the import worker on demand only', () => {
    const initial = (initialJs as (dir: string) => InitialFile[])(distDir).map((file) => file.url);
    const assets = readdirSync(join(distDir, 'assets'));
    for (const lazy of [/^chart-/, /^xlsx-/, /^inventoryImport\.worker-/]) {
      const chunk = assets.find((name) => lazy.test(name));
      expect(chunk, String(lazy)).toBeDefined();
      expect(initial.some((url) => url.endsWith(`/${chunk}`))).toBe(false);
    }
  });
});
