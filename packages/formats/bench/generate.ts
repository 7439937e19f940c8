/** Synthetic GLPI-like computer export used by the import benchmark: French headers, ";", quoted cells. */
const MODELS = [
  ['Dell Inc.', 'Portable', 'Latitude 5420'],
  ['Dell Inc.', 'Ordinateur de bureau', 'OptiPlex 7090'],
  ['HP', 'Portable', 'HP EliteBook 840 G8 Notebook PC'],
  ['HP', 'Ordinateur de bureau', 'HP ProDesk 400 G7 Small Form Factor PC'],
  ['LENOVO', 'Portable', 'ThinkPad T14 Gen 3'],
  ['LENOVO', 'Mini PC', 'ThinkCentre M70q Gen 2'],
  ['Apple Inc.', '', 'MacBook Air (M1, 2020)'],
  ['HP', 'Tout-en-un', 'HP EliteOne 800 G6 24 All-in-One PC'],
  ['Microsoft Corporation', '', 'Surface Pro 7'],
  ['Dell Inc.', 'Portable', 'Latitude 5430 Rugged'],
] as const;
const STATUSES = ['En service', 'En service', 'En service', 'En stock', 'Rebut', 'Réformé'] as const;
const SITES = ['Hôtel de ville > 2e étage', 'Mairie annexe Nord', 'CCAS', 'École Jules Ferry', 'Médiathèque', 'Centre technique municipal'] as const;

/** Builds a CSV of `rows` data rows (about 150 bytes each), UTF-8 with BOM. */
export function generateGlpiCsv(rows: number): Uint8Array {
  const header = '"Nom";"Entité";"Statut";"Fabricant";"Numéro de série";"Type";"Modèle";"Système d\'exploitation - Nom";"Lieu";"Dernière modification";"Informations financières et administratives - Date d\'achat"';
  const parts: string[] = ['\ufeff' + header];
  for (let i = 0; i < rows; i++) {
    const [maker, type, model] = MODELS[i % MODELS.length] as (typeof MODELS)[number];
    const status = STATUSES[i % STATUSES.length] as string;
    const site = SITES[i % SITES.length] as string;
    const year = 2015 + (i % 10);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    parts.push(`"PC-${i}";"Ville > DSI";"${status}";"${maker}";"SN${i.toString(36).toUpperCase()}";"${type}";"${model}";"Windows 11 Pro";"${site}";"2025-11-02 10:12";"${day}/${month}/${year}"`);
  }
  return new TextEncoder().encode(parts.join('\r\n') + '\r\n');
}
