/**
 * Synthetic but realistic GLPI 10 computer list export, for the import benchmarks: French interface
 * labels, grouped headers, `;`, every value quoted, CRLF, UTF-8 with BOM (GLPI's CSV export).
 *
 * Realistic means what a real park looks like to the importer, so that no shortcut is flattered:
 * every name and serial number is unique, purchase dates are spread over ten years, the `Entité`
 * column is a path over 40 entities, `Lieu` a path over 90 locations, and models, statuses and
 * operating systems vary. The output is deterministic (a seeded PRNG), so a measurement can be
 * repeated on the same bytes.
 */
import { random as prng } from '../../core/bench/synthetic';

const MODELS = [
  ['Dell Inc.', 'Portable', 'Latitude 5420'],
  ['Dell Inc.', 'Portable', 'Latitude 5440'],
  ['Dell Inc.', 'Ordinateur de bureau', 'OptiPlex 7090'],
  ['Dell Inc.', 'Ordinateur de bureau', 'OptiPlex 3000 Micro'],
  ['HP', 'Portable', 'HP EliteBook 840 G8 Notebook PC'],
  ['HP', 'Portable', 'HP ProBook 450 G9 Notebook PC'],
  ['HP', 'Ordinateur de bureau', 'HP ProDesk 400 G7 Small Form Factor PC'],
  ['HP', 'Tout-en-un', 'HP EliteOne 800 G6 24 All-in-One PC'],
  ['LENOVO', 'Portable', 'ThinkPad T14 Gen 3'],
  ['LENOVO', 'Portable', 'ThinkPad L15 Gen 2'],
  ['LENOVO', 'Mini PC', 'ThinkCentre M70q Gen 2'],
  ['LENOVO', 'Ordinateur de bureau', 'ThinkCentre M75s Gen 2'],
  ['Apple Inc.', '', 'MacBook Air (M1, 2020)'],
  ['Apple Inc.', '', 'iMac 24 pouces (M3)'],
  ['Microsoft Corporation', '', 'Surface Pro 7'],
  ['Dell Inc.', 'Portable', 'Latitude 5430 Rugged'],
  ['Fujitsu', 'Ordinateur de bureau', 'ESPRIMO P7010'],
  ['ASUSTeK COMPUTER INC.', 'Portable', 'ExpertBook B1500CEAE'],
  ['Dell Inc.', 'Serveur', 'PowerEdge R740'],
  ['HPE', 'Serveur', 'ProLiant DL380 Gen10'],
] as const;
const STATUSES = ['En service', 'En service', 'En service', 'En service', 'En stock', 'En réparation', 'Rebut', 'Réformé'] as const;
const SYSTEMS = ['Windows 11 Pro', 'Windows 10 Professionnel', 'Windows 11 Entreprise', 'Ubuntu 22.04.4 LTS', 'macOS Sonoma', 'Windows Server 2019 Standard', ''] as const;
const DIRECTIONS = ['DSI', 'Direction générale', 'Finances', 'Ressources humaines', 'Éducation', 'Culture', 'Sports', 'Voirie', 'Urbanisme', 'Action sociale'] as const;
const SERVICES = ['Accueil', 'Pôle administratif', 'Pôle technique', 'Moyens généraux'] as const;
const BUILDINGS = ['Hôtel de ville', 'Mairie annexe Nord', 'Mairie annexe Sud', 'CCAS', 'Médiathèque', 'Centre technique municipal', 'Piscine', 'Conservatoire', 'Maison des associations', 'Police municipale'] as const;
const FLOORS = ['RDC', '1er étage', '2e étage', '3e étage', 'Sous-sol', 'Bâtiment B', 'Bâtiment C', 'Annexe', 'Salle serveur'] as const;

/** The 40 entities, as GLPI writes them: a path from the root entity. */
export const ENTITIES: readonly string[] = DIRECTIONS.flatMap((d) => SERVICES.map((s) => `Ville de Beau Pays > ${d} > ${s}`));
/** The 90 locations, as GLPI writes them: a path of building and floor. */
export const LOCATIONS: readonly string[] = BUILDINGS.flatMap((b) => FLOORS.map((f) => `${b} > ${f}`));

/** The header row of the export: GLPI 10's French computer list, with the purchase date added. */
export const GLPI_HEADER =
  '"Nom";"Entité";"Statut";"Fabricant";"Numéro de série";"Type";"Modèle";"Système d\'exploitation - Nom";"Lieu";"Dernière modification";"Informations financières et administratives - Date d\'achat"';

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The text of an export of `rows` data rows (about 220 bytes each), without the BOM. */
export function generateGlpiCsvText(rows: number, seed = 20261205): string {
  const random = prng(seed);
  const parts: string[] = [GLPI_HEADER];
  for (let i = 0; i < rows; i++) {
    const [maker, type, model] = pick(random, MODELS);
    const entity = pick(random, ENTITIES);
    const location = pick(random, LOCATIONS);
    // Purchase dates spread over ten years (2016-2025), any day.
    const year = 2016 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const serial = `${maker.slice(0, 2).toUpperCase()}${(0x10000000 + i * 7919).toString(36).toUpperCase()}${pad(i % 97)}`;
    const modified = `2025-${pad(1 + Math.floor(random() * 11))}-${pad(1 + Math.floor(random() * 28))} ${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
    parts.push(
      `"BP-${entity.length % 7 === 0 ? 'SRV' : 'PC'}-${pad(i, 6)}";"${entity}";"${pick(random, STATUSES)}";"${maker}";"${serial}";"${type}";"${model}";"${pick(random, SYSTEMS)}";"${location}";"${modified}";"${pad(day)}/${pad(month)}/${year}"`,
    );
  }
  return parts.join('\r\n') + '\r\n';
}

/** The export as bytes: UTF-8 with BOM, as GLPI writes it. */
export function generateGlpiCsv(rows: number, seed?: number): Uint8Array {
  return new TextEncoder().encode('\ufeff' + generateGlpiCsvText(rows, seed));
}
