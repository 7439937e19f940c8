// Start-up cost of the compiled CLI: `reen --help` loads every command's file (for its usage line),
// so those files must not import the core, the importer or the document writers at load time;
// each command imports them when it runs. Checked on the build's static import graph.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRoot, ensureBuilt } from '../bin/build.mjs';

const dist = join(cliRoot, 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** Files a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  return [...read(file).matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|(?:^|\n)import\s*"\.\/([^"]+)"/g)].map((match) => (match[1] ?? match[2]) as string);
}

describe('reen --help, as built', () => {
  it('loads under 150 kB of JavaScript: no core (decimal.js, zod, factor sets), importer or document writer', () => {
    expect(ensureBuilt().ok).toBe(true);
    const commands = [...read('index.js').matchAll(/import\("\.\/([^"]+)"\)/g)].map((match) => match[1] as string);
    // The six commands of the registry, each its own file loaded on demand.
    expect(commands.map((file) => file.replace(/-[A-Z0-9]+\.js$/, ''))).toEqual(['validate', 'bilan', 'factors', 'template', 'strategy', 'rapport']);
    const loaded = new Set<string>();
    const pending = ['index.js', ...commands];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (loaded.has(file)) continue;
      loaded.add(file);
      pending.push(...staticImports(file));
    }
    const bytes = [...loaded].reduce((total, file) => total + statSync(join(dist, file)).size, 0);
    expect(bytes).toBeLessThan(150_000);
    for (const file of loaded) expect(read(file)).not.toContain('[DecimalError]');
  });
});
