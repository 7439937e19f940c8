import { defineProject } from 'vitest/config';

const sourceConditions = ['@reen/source', 'module', 'browser', 'development|production'];

export default defineProject({
  resolve: { conditions: sourceConditions },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    passWithNoTests: true,
  },
});
