import { defineConfig } from 'tsup';

// The published build of @reen/core: ESM JavaScript and type declarations in dist/, one entry per
// export of package.json. `npm pack` runs it (prepack), so the tarball always carries it.
export default defineConfig({
  entry: { index: 'src/index.ts', demo: 'src/demo.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  splitting: true,
  clean: true,
  dts: true,
  sourcemap: false,
});
