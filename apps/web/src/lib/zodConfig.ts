/**
 * Runs before any schema of @reen/core is created (it is the first import of every entry point).
 * zod compiles fast object parsers with `new Function`, which the app's Content-Security-Policy
 * forbids (no 'unsafe-eval'); jitless mode parses without it and without probing for eval.
 */
import { config } from 'zod';

config({ jitless: true });
