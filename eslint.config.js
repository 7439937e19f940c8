// ESLint flat config: typescript-eslint for every package, eslint-plugin-vue for the app, and the
// purity rules that keep @reen/core free of I/O, logging, the DOM and Vue.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', 'docs/examples/**', '**/*.d.ts', 'apps/web/test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': 'error',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/**/*.bench.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage', 'process', 'require'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: '@reen/core is pure: no Node APIs.' },
            { group: ['fs', 'path', 'os', 'child_process', 'http', 'https', 'url', 'crypto'], message: '@reen/core is pure: no Node APIs.' },
            { group: ['vue', 'pinia', '@vue/*'], message: '@reen/core knows nothing of the UI.' },
            { group: ['@reen/formats', '@reen/formats/*', '@reen/cli', '@reen/web'], message: '@reen/core imports nothing of ours.' },
            { group: ['axios', 'node-fetch', 'undici', 'ky'], message: '@reen/core does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    // The web app runs in the browser; TypeScript (vue-tsc) checks that globals exist.
    files: ['apps/web/**/*.{ts,vue}'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'packages/*/scripts/**', 'packages/cli/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
