import { defineConfig } from 'tsup';

// The published build of @reen/formats: ESM JavaScript and type declarations in dist/, one entry
// per export of package.json; @reen/core and the dependencies stay external. `npm pack` runs it
// (prepack), so the tarball always carries it.
export default defineConfig({
  entry: { 'inventory/index': 'src/inventory/index.ts', 'document/index': 'src/document/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  splitting: true,
  clean: true,
  dts: true,
  sourcemap: false,
});
