import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

const shared: Options & { esbuildOptions: NonNullable<Options['esbuildOptions']> } = {
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  dts: false,
  sourcemap: false,
  noExternal: [/.*/],
  esbuildOptions(options) {
    options.conditions = ['@reen/source', 'module', 'import', 'default'];
  },
};

// `pnpm --filter @reen/cli build` (bin/build.mjs) writes two self-contained builds: @reen/core,
// @reen/formats and their dependencies are bundled (resolved through the `@reen/source`
// condition), so both run with plain `node` and no workspace build.
// - dist/index.js and its chunks (ESM, split): each command's code is loaded when it runs, so
//   `reen --help` loads under 150 kB (test/startup.test.ts).
// - dist/reen.cjs (one CommonJS file): the commands that read inventories run it through a V8 code
//   cache (bin/bundle.mjs), which a single script allows and an ES module does not in Node 20.
// bin/reen.mjs chooses. Neither cleans dist/: bin/build.mjs builds into a fresh directory.
export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/main.ts' },
    format: ['esm'],
    splitting: true,
    clean: false,
    // Bundled CommonJS dependencies may call `require` for Node built-ins.
    banner: { js: "import { createRequire as __reenCreateRequire } from 'node:module'; const require = __reenCreateRequire(import.meta.url);" },
  },
  {
    ...shared,
    entry: { reen: 'src/main.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    splitting: false,
    clean: false,
    // `import.meta.url` (the package.json version, the PNG renderer's files) as in the ESM build.
    shims: true,
    // Pure ASCII without comments or indentation: V8 keeps the source of a script in memory, as
    // one byte per character when it is ASCII (two otherwise), and reads less of it.
    esbuildOptions(options, context) {
      shared.esbuildOptions(options, context);
      options.charset = 'ascii';
      options.minifyWhitespace = true;
      options.legalComments = 'none';
    },
  },
]);
