/**
 * Writes docs/methodology.md from the latest factor set and methodology-formulas.md.
 * Run: npx --yes pnpm@10.34.8 --filter @reen/core docs:methodology
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getFactorSet } from '../src/factors/factorSets';
import { renderMethodology } from './renderMethodology';

const formulasPath = fileURLToPath(new URL('./methodology-formulas.md', import.meta.url));
const outputPath = fileURLToPath(new URL('../../../docs/methodology.md', import.meta.url));

const markdown = renderMethodology(getFactorSet(), readFileSync(formulasPath, 'utf8'));
writeFileSync(outputPath, markdown, 'utf8');
console.log(`Wrote ${outputPath} (${markdown.length} characters).`);
