// Writes the REEN kit inventory templates from the same code that serves them at run time
// (`templateCsv`, `templateXlsx`). Run from packages/formats:
//   npx tsx --conditions=@reen/source templates/generate-templates.ts
// test/template.test.ts checks that the committed files match this output byte for byte.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateCsv, templateXlsx } from '../src/inventory/index';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  writeFileSync(join(here, 'modele-inventaire-reen.csv'), templateCsv());
  writeFileSync(join(here, 'modele-inventaire-reen.xlsx'), await templateXlsx());
  process.stdout.write('templates written\n');
}

void main();
