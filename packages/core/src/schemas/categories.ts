import { z } from 'zod';

/**
 * Canonical device categories. Ids are stable: file formats, project files, the CLI's JSON output
 * and the factor data all use them.
 */
export const CATEGORY_IDS = [
  // terminals
  'laptop',
  'desktop',
  'all-in-one',
  'thin-client',
  'workstation',
  'monitor',
  'smartphone',
  'mobile-phone',
  'tablet',
  // displays and printing
  'tv-display',
  'projector',
  'printer',
  'mfp',
  // accessories and small devices
  'ip-phone',
  'docking-station',
  'keyboard',
  'mouse',
  'headset',
  'webcam',
  'external-drive',
  'external-ssd',
  'usb-stick',
  'laptop-charger',
  'phone-charger',
  // leisure and media (libraries, youth services)
  'connected-speaker',
  'game-console',
  'handheld-console',
  'vr-headset',
  'vr-controller',
  // network and servers
  'internet-box',
  'wifi-access-point',
  'network-switch',
  'router',
  'firewall',
  'server',
  'storage-array',
  'ups',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CategorySchema = z.enum(CATEGORY_IDS);

/** Families used to group categories in screens and documents. */
export const CATEGORY_FAMILIES = {
  terminals: ['laptop', 'desktop', 'all-in-one', 'thin-client', 'workstation', 'monitor', 'smartphone', 'mobile-phone', 'tablet'],
  displaysAndPrinting: ['tv-display', 'projector', 'printer', 'mfp'],
  accessories: ['ip-phone', 'docking-station', 'keyboard', 'mouse', 'headset', 'webcam', 'external-drive', 'external-ssd', 'usb-stick', 'laptop-charger', 'phone-charger'],
  leisureAndMedia: ['connected-speaker', 'game-console', 'handheld-console', 'vr-headset', 'vr-controller'],
  networkAndServers: ['internet-box', 'wifi-access-point', 'network-switch', 'router', 'firewall', 'server', 'storage-array', 'ups'],
} as const satisfies Record<string, readonly CategoryId[]>;

/**
 * Size classes of office printers and multifunction printers (EcoDiag weight classes):
 * `small` under 40 kg (A4 laser), `medium` 40–99 kg (A3), `large` 100 kg and more (A3 production).
 */
export const SIZE_CLASSES = ['small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const SizeClassSchema = z.enum(SIZE_CLASSES);

/** Perimeters: the decree asks for the impact of digital "and of its uses on the territory". */
export const PERIMETERS = ['administration', 'schools', 'public-services', 'territory'] as const;
export type Perimeter = (typeof PERIMETERS)[number];
export const PerimeterSchema = z.enum(PERIMETERS);

/** Device status. In the stock method `disposed` no longer counts and `stock` carries no use. */
export const STATUSES = ['in-service', 'stock', 'reuse', 'disposed'] as const;
export type DeviceStatus = (typeof STATUSES)[number];
export const StatusSchema = z.enum(STATUSES);

/** Footprint phases, reported apart. */
export const PHASES = ['manufacturing', 'distribution', 'use', 'endOfLife'] as const;
export type Phase = (typeof PHASES)[number];
export const PhaseSchema = z.enum(PHASES);

/** Organisation kinds, for the REEN obligation and the legal references. */
export const ORGANISATION_KINDS = ['commune', 'epci', 'metropole', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Stock method: `beges` charges manufacturing ÷ lifetime only during the lifetime years (BEGES
 * physical-lifetime amortisation, the default); `fleet` charges every device in service ÷ lifetime
 * whatever its age (EcoDiag stock rule).
 */
export const STOCK_RULES = ['beges', 'fleet'] as const;
export type StockRule = (typeof STOCK_RULES)[number];
