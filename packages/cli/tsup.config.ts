import { defineConfig } from 'tsup';

// `pnpm --filter @reen/cli build` writes dist/index.js. The workspace packages stay external and
// resolve to their own builds (`pnpm -r build`); bin/reen.mjs runs this build only when the
// sources are absent or REEN_CLI_USE_DIST=1.
export default defineConfig({
  entry: { index: 'src/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  splitting: true,
  clean: true,
  dts: false,
  sourcemap: true,
});
