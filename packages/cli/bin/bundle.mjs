// Runs the CLI's single-file build (dist/reen.cjs) through a V8 code cache (dist/reen.cjs.cache).
//
// Node 20 compiles a script from its source on every start: for the commands that read inventories,
// parsing and compiling the bundled core, importer and their dependencies costs about 80 ms of a
// `reen bilan` (docs/inventory-import.md, "Performance"). V8 can instead start from the bytecode it
// kept from an earlier run (`vm.Script` with `cachedData`), for a classic script only, not an ES
// module: hence the CommonJS build. The cache is made when the CLI is built (bin/build.mjs runs a
// few commands on a sample export with REEN_CODE_CACHE_WRITE set, and each adds the code it
// compiled). V8 checks the cache against the source and its own version and flags, and ignores it
// when they differ: the CLI then compiles the source as usual, and never writes anything at run time.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/** The single-file build, and its code cache. */
export function bundlePaths(distDir) {
  const bundle = `${distDir}/reen.cjs`;
  return { bundle, cache: `${bundle}.cache` };
}

/** True when the single-file build and its code cache exist. */
export function hasBundle(distDir) {
  const { bundle, cache } = bundlePaths(distDir);
  return existsSync(bundle) && existsSync(cache);
}

/**
 * Loads the single-file build with its code cache and returns its exports (`runFromProcess`).
 * With REEN_CODE_CACHE_WRITE=1 (the build's warm-up only), the cache is rewritten at exit with
 * everything compiled so far.
 */
export function loadBundle(distDir) {
  const { bundle, cache } = bundlePaths(distDir);
  const source = readFileSync(bundle, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (process.env.REEN_CODE_CACHE_WRITE === '1') {
    process.once('exit', () => {
      const temporary = `${cache}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cache);
    });
  }
  if (process.env.REEN_CODE_CACHE_DEBUG === '1') process.stderr.write(`reen: code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}
