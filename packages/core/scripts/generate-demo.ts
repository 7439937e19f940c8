/**
 * Generates the demo project packages/core/data/demo/beau-pays.reen.json: the fictional
 * "Communauté d'agglomération de Beau Pays" (EPCI, about 72,000 inhabitants, 1,100 agents), with an
 * aggregated inventory of about 2,500 devices over the four perimeters, a server room, two cloud
 * lines and usage data. Deterministic: no clock and no randomness, so running it again gives the
 * same file byte for byte (a test checks that the committed file is up to date).
 *
 * Run: npx tsx packages/core/scripts/generate-demo.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoProject } from './demoProject';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'demo', 'beau-pays.reen.json');
writeFileSync(target, `${JSON.stringify(buildDemoProject(), null, 2)}\n`);
console.log(`wrote ${target}`);
