import { defineProject } from 'vitest/config';

const sourceConditions = ['@reen/source', 'module', 'node', 'import', 'default', 'development|production'];

/**
 * Browser journeys in real Chromium (Debian's /usr/bin/chromium through playwright-core). The
 * global setup builds the app once and serves it with `vite preview` on a free localhost port.
 */
export default defineProject({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@reen/source'] } },
  test: {
    name: 'web-e2e',
    root: import.meta.dirname,
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['./test/e2e/globalSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // Runs after the other projects, so the CPU-heavy unit suites do not distort the browser's timings.
    sequence: { groupOrder: 1 },
  },
});
