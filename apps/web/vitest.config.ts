import { defineProject } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

const sourceConditions = ['@reen/source', 'module', 'browser', 'development|production'];

/** Component and store tests (happy-dom, fake IndexedDB). The browser journeys are `web-e2e`. */
export default defineProject({
  plugins: [vue()],
  resolve: { conditions: sourceConditions },
  test: {
    name: 'web',
    root: import.meta.dirname,
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    setupFiles: ['./test/unit/setup.ts'],
    testTimeout: 20_000,
  },
});
