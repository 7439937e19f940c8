// Runs before the app's modules (a classic script, allowed by the CSP as 'self'). zod compiles fast
// object parsers with `new Function`, which the Content-Security-Policy forbids (no 'unsafe-eval'):
// jitless mode parses without it and without probing for eval. zod reads this global when it loads.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
