/**
 * French labels and display units of the generated documents. Documents are French; these labels
 * are the only wording of ids (categories, perimeters, phases, indicators…) in them.
 */
import type { CategoryId, Perimeter, Phase } from '../schemas/categories';
import type { Indicator } from '../schemas/factors';
import type { FootprintDomain } from '../compute/types';
import type { DisplayPrecision } from './formatFr';

export const CATEGORY_LABELS_FR: Readonly<Record<CategoryId, string>> = {
  laptop: 'Ordinateurs portables',
  desktop: 'Ordinateurs fixes',
  'all-in-one': 'Ordinateurs tout-en-un',
  'thin-client': 'Clients légers',
  workstation: 'Stations de travail',
  monitor: 'Écrans',
  smartphone: 'Smartphones',
  'mobile-phone': 'Téléphones mobiles',
  tablet: 'Tablettes',
  'tv-display': 'Téléviseurs et affichage',
  projector: 'Vidéoprojecteurs',
  printer: 'Imprimantes',
  mfp: 'Multifonctions',
  'ip-phone': 'Téléphones IP',
  'docking-station': 'Stations d’accueil',
  keyboard: 'Claviers',
  mouse: 'Souris',
  headset: 'Casques',
  webcam: 'Webcams',
  'external-drive': 'Disques externes',
  'external-ssd': 'SSD externes',
  'usb-stick': 'Clés USB',
  'laptop-charger': 'Chargeurs d’ordinateur portable',
  'phone-charger': 'Chargeurs de smartphone et tablette',
  'connected-speaker': 'Enceintes connectées',
  'game-console': 'Consoles de jeu de salon',
  'handheld-console': 'Consoles de jeu portables',
  'vr-headset': 'Casques de réalité virtuelle',
  'vr-controller': 'Manettes de réalité virtuelle',
  'internet-box': 'Box internet',
  'wifi-access-point': 'Bornes wifi',
  'network-switch': 'Commutateurs réseau',
  router: 'Routeurs',
  firewall: 'Pare-feu',
  server: 'Serveurs',
  'storage-array': 'Baies de stockage',
  ups: 'Onduleurs',
};

export const PERIMETER_LABELS_FR: Readonly<Record<Perimeter, string>> = {
  administration: 'Administration',
  schools: 'Écoles',
  'public-services': 'Services au public',
  territory: 'Territoire',
};

export const PHASE_LABELS_FR: Readonly<Record<Phase, string>> = {
  manufacturing: 'Fabrication',
  distribution: 'Distribution',
  use: 'Utilisation',
  endOfLife: 'Fin de vie',
};

export const DOMAIN_LABELS_FR: Readonly<Record<FootprintDomain, string>> = {
  fleet: 'Parc d’équipements',
  hosting: 'Hébergement sur site',
  cloud: 'Services en nuage',
  usage: 'Usages (réseaux)',
};

/** How an indicator is shown: its name, the unit printed, the divisor from the engine's unit, the precision. */
export interface IndicatorDisplay {
  readonly label: string;
  readonly unit: string;
  /** The engine's value is divided by this to get the printed unit. */
  readonly divisor: string;
  readonly precision: DisplayPrecision;
}

/**
 * Display of the engine's indicators. The engine works in kg, L, m³ eq., kg Sb eq. and kWh; the
 * documents print tonnes, m³ and MWh, rounded half up to the precision stated here (and in the
 * methodology annex).
 */
export const INDICATOR_DISPLAY: Readonly<Record<Indicator, IndicatorDisplay>> = {
  co2eKg: { label: 'Émissions de gaz à effet de serre', unit: 't CO2e', divisor: '1000', precision: { decimals: 1 } },
  waterL: { label: 'Consommation d’eau', unit: 'm³', divisor: '1000', precision: { decimals: 0 } },
  waterScarcityM3eq: { label: 'Épuisement des ressources en eau (rareté)', unit: 'm³ éq. monde', divisor: '1', precision: { decimals: 0 } },
  adpKgSbEq: { label: 'Épuisement des ressources abiotiques (minéraux et métaux)', unit: 'kg Sb éq.', divisor: '1', precision: { decimals: 3 } },
  energyKwh: { label: 'Énergie consommée', unit: 'MWh', divisor: '1000', precision: { decimals: 1 } },
};

/** Display of a per-agent or per-inhabitant carbon footprint. */
export const CO2E_PER_PERSON_DISPLAY: IndicatorDisplay = { label: 'Émissions par personne', unit: 'kg CO2e', divisor: '1', precision: { decimals: 1 } };

export const ENTITY_KIND_LABELS_FR = {
  commune: 'Commune',
  epci: 'Établissement public de coopération intercommunale à fiscalité propre',
  metropole: 'Métropole',
  other: 'Autre organisme',
} as const;

/** The shared pools of a shared DSI, and how they are allocated between its entities. */
export const SHARED_POOL_LABELS_FR = { fleet: 'Équipements mutualisés', hosting: 'Salles serveurs', cloud: 'Services en nuage', usage: 'Usages (réseaux, courriels, visioconférence…)' } as const;
export const ALLOCATION_KEY_LABELS_FR = { agents: 'au prorata des agents', devices: 'au prorata des équipements rattachés', custom: 'selon des parts fixées par les entités' } as const;

export const ACTOR_KIND_LABELS_FR = {
  'internal-service': 'Service interne',
  'elected-official': 'Élu ou élue',
  'external-partner': 'Partenaire extérieur',
} as const;

export const MEASURE_STATUS_LABELS_FR = {
  planned: 'À venir',
  'in-progress': 'En cours',
  done: 'Réalisée',
  late: 'En retard',
  paused: 'En pause',
  blocked: 'Bloquée',
  abandoned: 'Abandonnée',
} as const;

export const MEASURE_PRIORITY_LABELS_FR = { high: 'Haute', medium: 'Moyenne', low: 'Basse' } as const;

export const OBJECTIVE_STATUS_LABELS_FR = {
  achieved: 'Atteint',
  'on-track': 'En bonne voie',
  'off-track': 'En retard sur la cible',
  'no-data': 'Pas encore mesuré',
} as const;

/** The status of an objective in words: « Non atteint » once the target year is measured and missed. */
export function objectiveStatusLabelFr(tracking: { readonly status: keyof typeof OBJECTIVE_STATUS_LABELS_FR; readonly basis: string }): string {
  return tracking.status === 'off-track' && tracking.basis === 'recorded-at-target' ? 'Non atteint' : OBJECTIVE_STATUS_LABELS_FR[tracking.status];
}

/** Units of the strategy's indicator kinds as printed in French. */
export const STRATEGY_UNIT_LABELS_FR: Readonly<Record<string, string>> = {
  tCO2e: 't CO2e',
  m3: 'm³',
  'm3 world-eq': 'm³ éq. monde',
  kWh: 'kWh',
  years: 'ans',
  '%': '%',
  ratio: '',
  count: '',
};

export const MATURITY_ANSWER_LABELS_FR = { yes: 'Oui', partial: 'En partie', no: 'Non' } as const;
