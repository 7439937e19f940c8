import { defineConfig } from 'tsup';

// `pnpm --filter @reen/cli build` writes a self-contained dist/index.js: @reen/core,
// @reen/formats and their dependencies are bundled (resolved through the `@reen/source` condition),
// so the build runs with plain `node` and no workspace build. bin/reen.mjs uses it when the
// sources are absent, or when REEN_CLI_USE_DIST=1.
export default defineConfig({
  entry: { index: 'src/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  splitting: true,
  clean: true,
  dts: false,
  sourcemap: false,
  noExternal: [/.*/],
  esbuildOptions(options) {
    options.conditions = ['@reen/source', 'module', 'import', 'default'];
  },
  // Bundled CommonJS dependencies may call `require` for Node built-ins.
  banner: { js: "import { createRequire as __reenCreateRequire } from 'node:module'; const require = __reenCreateRequire(import.meta.url);" },
});
