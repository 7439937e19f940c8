/**
 * French wording of the inputs of the sensitivity ranking (factor rows and default lifetimes), for
 * screens and documents. Ids follow docs/factor-ids.md; an id outside those patterns is worded
 * generically, never shown raw.
 */
import { CATEGORY_LABELS_FR, PHASE_LABELS_FR } from '../document/labels';
import { COUNTRIES_FR } from '../document/blocks';
import type { CategoryId, Phase } from '../schemas/categories';

const INDICATOR_FR: Readonly<Record<string, string>> = {
  co2eKg: 'gaz à effet de serre',
  waterScarcityM3eq: 'eau (rareté)',
  waterL: 'eau consommée',
  adpKgSbEq: 'ressources abiotiques',
};

const DEVICE_PARAMETER_FR: Readonly<Record<string, string>> = {
  'use.activePowerW': 'puissance en fonctionnement',
  'use.hoursPerDay': 'heures d’utilisation par jour',
  'use.daysPerYear': 'jours d’utilisation par an',
  'use.energyKwhPerYear': 'consommation annuelle par défaut',
  lifetimeYears: 'durée de vie par défaut',
};

const SIZE_FR: Readonly<Record<string, string>> = { small: 'petit format', medium: 'format moyen', large: 'grand format' };

const FIXED_FR: Readonly<Record<string, string>> = {
  'device.refurbished.manufacturingShare': 'Part de la fabrication imputée à un appareil reconditionné',
  'cloud.utilisation': 'Cloud : taux d’utilisation des processeurs',
  'cloud.memory.kwhPerGbHour': 'Cloud : énergie de la mémoire par Go-heure',
  'cloud.storage.ssd.whPerTbHour': 'Cloud : énergie du stockage SSD par To-heure',
  'cloud.storage.hdd.whPerTbHour': 'Cloud : énergie du stockage HDD par To-heure',
  'cloud.network.kwhPerGb': 'Cloud : énergie du réseau sortant par Go',
  'cloud.embodied.co2eKgPerVcpuHour': 'Cloud : fabrication des serveurs par vCPU-heure',
  'usage.email.co2eKgPerEmail': 'Courriel envoyé : gaz à effet de serre par courriel',
  'usage.email.co2eKgPerRecipient': 'Courriel envoyé : gaz à effet de serre par destinataire',
  'usage.email.recipientsPerEmail': 'Courriel envoyé : nombre de destinataires par défaut',
  'usage.videoConference.co2eKgPerParticipantHour': 'Visioconférence : gaz à effet de serre par participant et par heure',
  'usage.videoConference.co2eKgPerHour': 'Visioconférence : gaz à effet de serre par heure',
  'usage.videoStreaming.co2eKgPerHour': 'Vidéo en ligne : gaz à effet de serre par heure',
  'usage.storage.co2eKgPerGbYear': 'Stockage en ligne : gaz à effet de serre par Go-an',
  'usage.web.co2eKgPerPageView': 'Site web : gaz à effet de serre par page vue',
  'usage.web.waterLPerPageView': 'Site web : eau par page vue',
};

const NETWORK_FR: Readonly<Record<string, string>> = { fixed: 'Réseau fixe', 'fixed-excl-box': 'Réseau fixe (hors box)', mobile: 'Réseau mobile' };
const SITE_FR: Readonly<Record<string, string>> = { 'server-room': 'salle serveur', colocation: 'hébergement en colocation' };
const CLOUD_PARAMETER_FR: Readonly<Record<string, string>> = {
  'vcpu.minW': 'puissance minimale par vCPU',
  'vcpu.maxW': 'puissance maximale par vCPU',
  pue: 'PUE',
  wueLPerKwh: 'eau par kWh (WUE)',
};

/** Averages used when a country has no row of its own. */
const AVERAGES_FR: Readonly<Record<string, string>> = { EUU: 'Union européenne', EEE: 'Europe', WLD: 'monde', WOR: 'monde' };

function country(code: string | undefined): string {
  if (code === undefined) return '';
  return AVERAGES_FR[code] ?? COUNTRIES_FR[code] ?? code;
}

function category(id: string): string {
  return CATEGORY_LABELS_FR[id as CategoryId] ?? 'Équipement';
}

function deviceLabel(rest: string[]): string | undefined {
  const [cat, ...tail] = rest;
  if (cat === undefined) return undefined;
  let size = '';
  if (tail[0] !== undefined && SIZE_FR[tail[0]] !== undefined) {
    size = ` (${SIZE_FR[tail[0]] as string})`;
    tail.shift();
  }
  const what = `${category(cat)}${size}`;
  const parameter = DEVICE_PARAMETER_FR[tail.join('.')];
  if (parameter) return `${what} : ${parameter}`;
  const [phase, indicator] = tail;
  const phaseLabel = PHASE_LABELS_FR[phase as Phase];
  if (phaseLabel && indicator) return `${what} : ${phaseLabel.toLowerCase()}, ${INDICATOR_FR[indicator] ?? 'impact'}`;
  return undefined;
}

/** The French label of a sensitivity input (a factor row id, or `lifetime:<category>`). */
export function sensitivityLabelFr(key: string): string {
  if (key.startsWith('lifetime:')) return `${category(key.slice('lifetime:'.length))} : durée de vie par défaut`;
  const fixed = FIXED_FR[key];
  if (fixed) return fixed;
  const [head, ...rest] = key.split('.');
  if (head === 'device') return deviceLabel(rest) ?? 'Facteur d’équipement';
  if (head === 'electricity') {
    const [code, second, third] = rest;
    if (third !== undefined) return `Électricité (${country(code)}, ${second ?? ''}) : gaz à effet de serre par kWh`;
    return `Électricité (${country(code)}) : ${second === 'waterLPerKwh' ? 'eau par kWh' : 'ressources abiotiques par kWh'}`;
  }
  if (head === 'hosting') return `${rest[1] === 'pue' ? 'PUE' : 'Eau par kWh (WUE)'} par défaut : ${SITE_FR[rest[0] ?? ''] ?? 'site'}`;
  if (head === 'cloud') return `Cloud ${rest[0] === 'other' ? '(fournisseur non listé)' : (rest[0] ?? '')} : ${CLOUD_PARAMETER_FR[rest.slice(1).join('.')] ?? 'coefficient'}`;
  if (head === 'network') return `${NETWORK_FR[rest[0] ?? ''] ?? 'Réseau'} ${rest[1] ?? ''} : gaz à effet de serre par Go`;
  return 'Autre facteur';
}
