import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

/** Resolve workspace packages to their TypeScript sources (the `@reen/source` export condition). */
const sourceConditions = ['@reen/source', 'module', 'browser', 'development|production'];

/**
 * The Content-Security-Policy of the built app: nothing but our own origin. It is injected only in
 * the build, because Vite's dev server needs inline styles and scripts for hot reload.
 * (`frame-ancestors` cannot be set in a meta tag; the preview server is local only.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'reen-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace('<!-- csp -->', `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

export default defineConfig({
  plugins: [vue(), contentSecurityPolicy()],
  resolve: { conditions: sourceConditions },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Keep the module-preload polyfill out: it would be an inline script under the CSP.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
