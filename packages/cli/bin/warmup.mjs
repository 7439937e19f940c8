// The build's warm-up (bin/build.mjs): runs the single-file build on a sample inventory so that its
// code cache holds what `reen bilan` and `reen validate` compile (bin/bundle.mjs). Usage:
// `node bin/warmup.mjs DIST_DIR COMMAND ARGS…`, with REEN_CODE_CACHE_WRITE=1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle.mjs';

const MODELS = [
  ['Dell Inc.', 'Portable', 'Latitude 7440'],
  ['HP', 'Ordinateur de bureau', 'HP Elite Mini 800 G9'],
  ['LENOVO', 'Portable', 'ThinkPad X1 Carbon Gen 11'],
  ['Apple Inc.', '', 'MacBook Pro (14 pouces, 2023)'],
  ['Dell Inc.', 'Serveur', 'PowerEdge R650'],
  ['Samsung', 'Moniteur', 'S24R650'],
];
const STATUSES = ['En service', 'En service', 'En stock', 'Rebut'];
const SITES = ['Mairie > RDC', 'Mairie > 1er étage', 'École Jaurès', 'Centre technique'];

/**
 * A sample GLPI computer export (`;`, quoted cells, CRLF): the code paths of a real import, and a
 * few rows a real export also has (a bad date, an unknown type, a duplicate serial number).
 */
function sampleExport(rows = 600) {
  const lines = ['"Nom";"Entité";"Statut";"Fabricant";"Numéro de série";"Type";"Modèle";"Lieu";"Informations financières et administratives - Date d\'achat"'];
  for (let i = 0; i < rows; i++) {
    const [maker, type, model] = MODELS[i % MODELS.length];
    const date = i % 211 === 5 ? '31/02/2021' : `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${2016 + (i % 9)}`;
    const serial = i % 257 === 9 ? 'SN000001' : `SN${String(i).padStart(6, '0')}`;
    lines.push(`"PC-${i}";"Commune > Service ${i % 5}";"${STATUSES[i % STATUSES.length]}";"${maker}";"${serial}";"${i % 293 === 7 ? 'Grille-pain' : type}";"${model}";"${SITES[i % SITES.length]}";"${date}"`);
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [distDir, ...args] = process.argv.slice(2);
  const sample = join(distDir, 'warmup-sample.csv');
  writeFileSync(sample, sampleExport());
  process.argv.splice(2, process.argv.length - 2, ...args.map((arg) => (arg === 'SAMPLE' ? sample : arg)));
  const { runFromProcess } = loadBundle(distDir);
  runFromProcess().then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 70;
    },
  );
}
