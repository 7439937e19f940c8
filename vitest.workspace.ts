// The list of Vitest projects. Vitest 4 does not read this file on its own: the root
// vitest.config.ts imports `projects` from here as `test.projects`.
import { defineProject } from 'vitest/config';
import type { TestProjectConfiguration } from 'vitest/config';

/** Resolve workspace packages to their TypeScript sources (the `@reen/source` export condition). */
const sourceConditions = ['@reen/source', 'module', 'node', 'import', 'default', 'development|production'];

const nodeProject = (name: string, root: string, extra: Record<string, unknown> = {}) =>
  defineProject({
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@reen/source'] } },
    test: {
      name,
      root,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      benchmark: { include: ['bench/**/*.bench.ts', 'src/**/*.bench.ts'] },
      ...extra,
    },
  });

export const projects: TestProjectConfiguration[] = [
  nodeProject('core', './packages/core', {
    setupFiles: ['./test/fail-on-console.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  }),
  nodeProject('formats', './packages/formats', { testTimeout: 60_000 }),
  nodeProject('cli', './packages/cli', { testTimeout: 60_000 }),
  './apps/web/vitest.config.ts',
  './apps/web/vitest.e2e.config.ts',
];
