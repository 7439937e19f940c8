import { CATEGORY_IDS, PERIMETERS, SIZE_CLASSES, STATUSES } from '@reen/core';
import { quoteCsvCell } from './export';
import { loadSheetJs } from './spreadsheet';
import type { FieldId } from './types';

/** One column of the REEN kit inventory template. */
export interface TemplateColumn {
  readonly header: string;
  readonly field: FieldId;
  readonly required: boolean;
  /** French help text for the instructions sheet. */
  readonly help: string;
}

/** Columns of the canonical template, in order. The canonical profile recognises these headers. */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { header: 'Catégorie', field: 'category', required: true, help: 'Catégorie REEN kit (voir la feuille « Valeurs »), ou laissez vide et remplissez « Type » / « Modèle » : la catégorie sera déduite.' },
  { header: 'Type', field: 'type', required: false, help: 'Type en texte libre, tel que dans votre outil (« Portable », « Écran », « Copieur »…).' },
  { header: 'Fabricant', field: 'manufacturer', required: false, help: 'Marque : Dell, HP, Lenovo, Ricoh…' },
  { header: 'Modèle', field: 'model', required: false, help: 'Modèle commercial : « Latitude 5420 », « bizhub C300i »… Sert à déduire la catégorie et la taille des copieurs.' },
  { header: 'Numéro de série', field: 'serialNumber', required: false, help: 'Facultatif ; les doublons sont signalés.' },
  { header: 'Quantité', field: 'quantity', required: true, help: 'Nombre entier d’équipements identiques sur la ligne (1 pour un équipement).' },
  { header: "Date d'achat", field: 'purchaseDate', required: false, help: 'JJ/MM/AAAA ou AAAA-MM-JJ. Si vous ne connaissez que l’année, utilisez la colonne suivante.' },
  { header: "Année d'achat", field: 'purchaseYear', required: false, help: 'Année sur quatre chiffres (2021).' },
  { header: 'Durée de vie (ans)', field: 'lifetimeYears', required: false, help: 'Durée de vie propre à la ligne ; vide = hypothèse de l’organisation ou valeur par défaut.' },
  { header: 'Statut', field: 'status', required: false, help: 'En service (par défaut), En stock, Réemploi ou Rebut.' },
  { header: 'Reconditionné', field: 'refurbished', required: false, help: 'oui ou non (non par défaut).' },
  { header: 'Heures par jour', field: 'hoursPerDay', required: false, help: 'Heures d’utilisation par jour (avec « Jours par an »).' },
  { header: 'Jours par an', field: 'daysPerYear', required: false, help: 'Jours d’utilisation par an (avec « Heures par jour »).' },
  { header: 'Consommation (kWh/an)', field: 'energyKwhPerYear', required: false, help: 'Consommation électrique mesurée, par équipement et par an ; prioritaire sur les heures et jours.' },
  { header: 'Site', field: 'site', required: false, help: 'Bâtiment ou site (mairie, école Jules Ferry…).' },
  { header: 'Périmètre', field: 'perimeter', required: false, help: 'Administration (par défaut), Écoles, Services publics ou Territoire.' },
  { header: 'Pays', field: 'country', required: false, help: 'Pays d’utilisation, code ISO à trois lettres (FRA par défaut, celui de l’organisation).' },
  { header: 'Classe de taille', field: 'sizeClass', required: false, help: 'Imprimantes et copieurs : petit (A4, moins de 40 kg), moyen (A3, 40 à 99 kg), grand (production, 100 kg et plus).' },
  { header: 'Poids (kg)', field: 'weightKg', required: false, help: 'Imprimantes et copieurs : le poids donne la classe de taille si elle est vide.' },
];

/** Example rows of the template (three realistic lines). */
export const TEMPLATE_EXAMPLES: readonly (readonly string[])[] = [
  ['laptop', 'Portable', 'Dell', 'Latitude 5420', 'EX-0001', '25', '15/03/2022', '', '', 'En service', 'non', '', '', '', 'Hôtel de ville', 'Administration', 'FRA', '', ''],
  ['', 'Écran', 'Lenovo', 'ThinkVision T24i-20', '', '40', '', '2021', '', 'En service', 'non', '8', '220', '', 'Hôtel de ville', 'Administration', 'FRA', '', ''],
  ['mfp', 'Copieur', 'Ricoh', 'IM C3000', 'EX-0003', '1', '2019-09-01', '', '6', 'En service', 'non', '', '', '350', 'École Jules Ferry', 'Écoles', 'FRA', 'moyen', ''],
];

/** French labels of the categories, for the "Valeurs" sheet. */
export const CATEGORY_LABELS_FR: Readonly<Record<(typeof CATEGORY_IDS)[number], string>> = {
  laptop: 'Ordinateur portable', desktop: 'Ordinateur fixe', 'all-in-one': 'Ordinateur tout-en-un', 'thin-client': 'Client léger', workstation: 'Station de travail',
  monitor: 'Écran', smartphone: 'Smartphone', 'mobile-phone': 'Téléphone mobile simple', tablet: 'Tablette', 'tv-display': 'Écran TV ou interactif',
  projector: 'Vidéoprojecteur', printer: 'Imprimante', mfp: 'Multifonction, copieur', 'ip-phone': 'Téléphone IP', 'docking-station': "Station d'accueil",
  keyboard: 'Clavier', mouse: 'Souris', headset: 'Casque, micro-casque', webcam: 'Webcam', 'external-drive': 'Disque dur externe', 'external-ssd': 'SSD externe', 'usb-stick': 'Clé USB',
  'laptop-charger': 'Chargeur d’ordinateur portable', 'phone-charger': 'Chargeur de smartphone ou tablette', 'connected-speaker': 'Enceinte connectée',
  'game-console': 'Console de jeu de salon', 'handheld-console': 'Console de jeu portable', 'vr-headset': 'Casque de réalité virtuelle', 'vr-controller': 'Manette de réalité virtuelle',
  'internet-box': 'Box internet', 'wifi-access-point': 'Borne Wi-Fi', 'network-switch': 'Commutateur (switch)', router: 'Routeur', firewall: 'Pare-feu',
  server: 'Serveur', 'storage-array': 'Baie de stockage, NAS', ups: 'Onduleur',
};

const STATUS_FR: Record<(typeof STATUSES)[number], string> = { 'in-service': 'En service', stock: 'En stock', reuse: 'Réemploi', disposed: 'Rebut' };
const PERIMETER_FR: Record<(typeof PERIMETERS)[number], string> = { administration: 'Administration', schools: 'Écoles', 'public-services': 'Services publics', territory: 'Territoire' };
const SIZE_FR: Record<(typeof SIZE_CLASSES)[number], string> = { small: 'petit (A4, moins de 40 kg)', medium: 'moyen (A3, 40 à 99 kg)', large: 'grand (production, 100 kg et plus)' };

/** Text of the "Instructions" sheet, one paragraph per row. */
export const TEMPLATE_INSTRUCTIONS: readonly string[] = [
  'Modèle d’inventaire REEN kit',
  'Une ligne par équipement, ou par groupe d’équipements identiques (même catégorie, même modèle, même année, même site) avec leur nombre dans « Quantité ».',
  'Remplacez les trois lignes d’exemple de la feuille « Inventaire » par votre parc, puis importez le fichier dans REEN kit (application web, ou « reen import inventaire.xlsx »).',
  'Obligatoire : « Quantité », et la catégorie, soit dans « Catégorie », soit déduite de « Type », « Fabricant » et « Modèle ». Les lignes dont la catégorie ne peut pas être déduite sont listées pour que vous les classiez : aucune n’est ignorée.',
  'Les nombres acceptent la virgule ou le point décimal et les espaces de milliers ; les dates, JJ/MM/AAAA ou AAAA-MM-JJ ; oui/non, o/n, 1/0 ou x.',
  'Les lignes refusées sont exportables en CSV avec une colonne « erreur » qui dit quoi corriger ; corrigez-les et importez-les de nouveau.',
  'Description des colonnes :',
  ...TEMPLATE_COLUMNS.map((c) => `${c.header}${c.required ? ' (obligatoire)' : ''} : ${c.help}`),
];

/** The template as CSV: UTF-8 with BOM, `;` separator, CRLF line ends (what French Excel opens directly). */
export function templateCsv(): Uint8Array {
  const lines = [TEMPLATE_COLUMNS.map((c) => c.header), ...TEMPLATE_EXAMPLES].map((r) => r.map((c) => quoteCsvCell(c, ';')).join(';'));
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

/** Fixed document date, so that generating the template twice gives the same bytes. */
const TEMPLATE_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * The template as an XLSX workbook with three sheets: « Inventaire » (headers and three example
 * rows), « Instructions » (in French) and « Valeurs » (categories, statuses, perimeters, size
 * classes). Generated with SheetJS; the output is deterministic.
 */
export async function templateXlsx(): Promise<Uint8Array> {
  const XLSX = await loadSheetJs();
  const wb = XLSX.utils.book_new();
  wb.Props = { Title: 'Modèle d’inventaire REEN kit', Author: 'REEN kit', CreatedDate: TEMPLATE_DATE, ModifiedDate: TEMPLATE_DATE };
  const inv = XLSX.utils.aoa_to_sheet([TEMPLATE_COLUMNS.map((c) => c.header), ...TEMPLATE_EXAMPLES.map((r) => r.map((c, i) => (TEMPLATE_COLUMNS[i]?.field === 'quantity' && c !== '' ? Number(c) : c)))]);
  inv['!cols'] = TEMPLATE_COLUMNS.map((c) => ({ wch: Math.max(12, c.header.length + 2) }));
  XLSX.utils.book_append_sheet(wb, inv, 'Inventaire');
  const ins = XLSX.utils.aoa_to_sheet(TEMPLATE_INSTRUCTIONS.map((t) => [t]));
  ins['!cols'] = [{ wch: 140 }];
  XLSX.utils.book_append_sheet(wb, ins, 'Instructions');
  const values: string[][] = [['Catégories possibles', 'Libellé français', 'Statuts possibles', 'Périmètres possibles', 'Classes de taille possibles']];
  const n = Math.max(CATEGORY_IDS.length, STATUSES.length, PERIMETERS.length, SIZE_CLASSES.length);
  for (let i = 0; i < n; i++) {
    const cat = CATEGORY_IDS[i];
    const st = STATUSES[i];
    const pe = PERIMETERS[i];
    const sz = SIZE_CLASSES[i];
    values.push([cat ?? '', cat ? CATEGORY_LABELS_FR[cat] : '', st ? STATUS_FR[st] : '', pe ? PERIMETER_FR[pe] : '', sz ? SIZE_FR[sz] : '']);
  }
  const val = XLSX.utils.aoa_to_sheet(values);
  val['!cols'] = [{ wch: 24 }, { wch: 28 }, { wch: 14 }, { wch: 18 }, { wch: 36 }];
  XLSX.utils.book_append_sheet(wb, val, 'Valeurs');
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return normalizeZipTimes(new Uint8Array(out));
}

/**
 * Sets every ZIP entry's DOS date and time to 2026-01-01 00:00, walking the local headers and the
 * central directory, so that the bytes do not depend on the clock.
 */
function normalizeZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let cd = view.getUint32(eocd + 16, true);
  for (let e = 0; e < entries && cd + 46 <= zip.length && view.getUint32(cd, true) === 0x02014b50; e++) {
    view.setUint16(cd + 12, 0, true);
    view.setUint16(cd + 14, dosDate, true);
    const local = view.getUint32(cd + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    cd += 46 + view.getUint16(cd + 28, true) + view.getUint16(cd + 30, true) + view.getUint16(cd + 32, true);
  }
  return zip;
}
