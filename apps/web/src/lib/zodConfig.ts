/**
 * First import of the import worker (the page itself sets the same flag in public/zod-jitless.js,
 * a classic script that runs before every module chunk).
 * zod compiles fast object parsers with `new Function`, which the app's Content-Security-Policy
 * forbids (no 'unsafe-eval'); jitless mode parses without it and without probing for eval.
 */
import { config } from 'zod';

config({ jitless: true });
