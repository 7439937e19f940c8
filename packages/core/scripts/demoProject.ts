/**
 * The demo project of REEN kit, as data: the fictional "Communauté d'agglomération de Beau Pays".
 * Pure and deterministic (no clock, no randomness); `generate-demo.ts` writes it to
 * data/demo/beau-pays.reen.json and a test checks the committed file matches.
 *
 * The counts are plausible orders of magnitude for a French agglomeration of this size (about one
 * computer and one monitor per office agent, a public Wi-Fi network, school equipment managed for
 * the communes); they describe no real organisation.
 */
import { PROJECT_SCHEMA_VERSION, type InventoryItemInput, type ProjectFileInput } from '../src/index';
import { buildDemoStrategy } from './demoStrategy';
import { DEMO_DIGITAL_SERVICES, DEMO_ENTITIES, DEMO_INCLUSION, DEMO_TERRITORY, demoEntityLabel } from './demoTerritory';

type Line = Omit<InventoryItemInput, 'id'>;

/**
 * Splits `total` devices over purchase years, newer years weighing more (weight = rank + 1), with
 * integer counts that add up to `total` (largest remainder).
 */
function spread(total: number, years: readonly number[]): { year: number; quantity: number }[] {
  const weights = years.map((_, index) => index + 1);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / weightSum);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing === 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    missing -= 1;
  }
  return years.map((year, index) => ({ year, quantity: counts[index] ?? 0 })).filter((entry) => entry.quantity > 0);
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function lines(base: Omit<Line, 'quantity'>, total: number, years: readonly number[]): Line[] {
  return spread(total, years).map(({ year, quantity }) => ({ ...base, quantity, purchaseYear: year }) as Line);
}

const OFFICE = { kind: 'profile' as const, hoursPerDay: '7.5', daysPerYear: '220' };
const PUBLIC_PC = { kind: 'profile' as const, hoursPerDay: '9', daysPerYear: '280' };
const CLASSROOM = { kind: 'profile' as const, hoursPerDay: '5', daysPerYear: '144' };

const HOTEL = 'Hôtel communautaire';
const TECH = 'Centre technique communautaire';
const ECOLES = 'Écoles';
const MEDIATHEQUE = 'Médiathèque';
const FRANCE_SERVICES = 'Maison France services';
const ESPACE_PUBLIC = 'Espace public';

function inventory(): Line[] {
  const admin = { perimeter: 'administration' as const };
  const schools = { perimeter: 'schools' as const, site: ECOLES };
  const publicServices = { perimeter: 'public-services' as const };
  const territory = { perimeter: 'territory' as const, site: ESPACE_PUBLIC };
  return [
    // Administration: the Hôtel communautaire and the technical centre.
    ...lines({ ...admin, category: 'laptop', site: HOTEL, usage: OFFICE, manufacturer: 'Dell', model: 'Latitude 5440' }, 260, range(2019, 2025)),
    ...lines({ ...admin, category: 'laptop', site: TECH, usage: OFFICE }, 60, range(2020, 2025)),
    { ...admin, category: 'laptop', site: HOTEL, quantity: 20, purchaseYear: 2024, refurbished: true, usage: OFFICE, model: 'reconditionné grade A' },
    { ...admin, category: 'laptop', site: HOTEL, quantity: 18, purchaseYear: 2025, status: 'stock' },
    ...lines({ ...admin, category: 'desktop', site: HOTEL, usage: OFFICE }, 110, range(2016, 2022)),
    ...lines({ ...admin, category: 'desktop', site: TECH, usage: OFFICE, lifetimeYears: '8' }, 30, range(2017, 2022)),
    { ...admin, category: 'desktop', site: HOTEL, quantity: 26, purchaseYear: 2016, status: 'disposed' },
    ...lines({ ...admin, category: 'monitor', site: HOTEL, usage: OFFICE }, 340, range(2016, 2025)),
    ...lines({ ...admin, category: 'monitor', site: TECH }, 60, range(2017, 2024)),
    { ...admin, category: 'monitor', site: HOTEL, quantity: 15, purchaseYear: 2025, status: 'stock' },
    ...lines({ ...admin, category: 'smartphone', site: HOTEL }, 180, range(2021, 2025)),
    ...lines({ ...admin, category: 'smartphone', site: TECH, lifetimeYears: '4' }, 40, range(2022, 2025)),
    { ...admin, category: 'smartphone', site: HOTEL, quantity: 12, purchaseYear: 2019, status: 'disposed' },
    { ...admin, category: 'mobile-phone', site: TECH, quantity: 25, purchaseYear: 2020 },
    ...lines({ ...admin, category: 'tablet', site: HOTEL }, 20, range(2021, 2024)),
    ...lines({ ...admin, category: 'ip-phone', site: HOTEL }, 80, range(2018, 2020)),
    ...lines({ ...admin, category: 'docking-station', site: HOTEL }, 120, range(2020, 2025)),
    { ...admin, category: 'mfp', sizeClass: 'small', site: TECH, quantity: 10, purchaseYear: 2021 },
    ...lines({ ...admin, category: 'mfp', sizeClass: 'medium', site: HOTEL }, 22, range(2019, 2023)),
    { ...admin, category: 'mfp', sizeClass: 'large', site: HOTEL, quantity: 4, purchaseYear: 2022, usage: { kind: 'metered', energyKwhPerYear: '250' } },
    { ...admin, category: 'printer', sizeClass: 'small', site: HOTEL, quantity: 12, purchaseYear: 2018 },
    { ...admin, category: 'projector', site: HOTEL, quantity: 8, purchaseYear: 2019 },
    { ...admin, category: 'tv-display', site: HOTEL, quantity: 6, purchaseYear: 2022 },
    ...lines({ ...admin, category: 'headset', site: HOTEL }, 40, range(2021, 2024)),
    { ...admin, category: 'wifi-access-point', site: HOTEL, quantity: 14, purchaseYear: 2020 },
    { ...admin, category: 'desktop', site: TECH, quantity: 8, purchaseYear: 2018, status: 'reuse' },

    // Schools: equipment the agglomeration provides to the schools of its communes.
    ...lines({ ...schools, category: 'laptop', usage: CLASSROOM }, 60, range(2020, 2025)),
    ...lines({ ...schools, category: 'laptop', refurbished: true, usage: CLASSROOM }, 60, range(2023, 2025)),
    ...lines({ ...schools, category: 'desktop', usage: CLASSROOM, lifetimeYears: '8' }, 80, range(2016, 2021)),
    { ...schools, category: 'desktop', quantity: 10, purchaseYear: 2018, status: 'reuse' },
    ...lines({ ...schools, category: 'monitor', usage: CLASSROOM }, 90, range(2016, 2021)),
    ...lines({ ...schools, category: 'tablet', usage: CLASSROOM }, 180, range(2019, 2024)),
    ...lines({ ...schools, category: 'projector' }, 45, range(2016, 2022)),
    ...lines({ ...schools, category: 'tv-display', model: 'écran numérique interactif' }, 30, range(2021, 2025)),
    { ...schools, category: 'mfp', sizeClass: 'small', quantity: 12, purchaseYear: 2020 },
    { ...schools, category: 'mfp', sizeClass: 'medium', quantity: 8, purchaseYear: 2022 },
    { ...schools, category: 'wifi-access-point', quantity: 30, purchaseYear: 2021 },

    // Public services: the médiathèque and the Maison France services (public PCs, kiosks).
    ...lines({ ...publicServices, category: 'desktop', site: MEDIATHEQUE, usage: PUBLIC_PC }, 40, range(2017, 2023)),
    { ...publicServices, category: 'desktop', site: FRANCE_SERVICES, quantity: 20, purchaseYear: 2022, usage: PUBLIC_PC },
    { ...publicServices, category: 'thin-client', site: MEDIATHEQUE, quantity: 20, purchaseYear: 2021 },
    ...lines({ ...publicServices, category: 'monitor', site: MEDIATHEQUE }, 60, range(2017, 2023)),
    { ...publicServices, category: 'monitor', site: FRANCE_SERVICES, quantity: 20, purchaseYear: 2022 },
    { ...publicServices, category: 'laptop', site: MEDIATHEQUE, quantity: 30, purchaseYear: 2023 },
    { ...publicServices, category: 'tablet', site: MEDIATHEQUE, quantity: 25, purchaseYear: 2022 },
    { ...publicServices, category: 'mfp', sizeClass: 'medium', site: MEDIATHEQUE, quantity: 4, purchaseYear: 2021 },
    { ...publicServices, category: 'mfp', sizeClass: 'medium', site: FRANCE_SERVICES, quantity: 4, purchaseYear: 2022 },
    { ...publicServices, category: 'printer', sizeClass: 'small', site: MEDIATHEQUE, quantity: 6, purchaseYear: 2020 },
    { ...publicServices, category: 'wifi-access-point', site: MEDIATHEQUE, quantity: 16, purchaseYear: 2021 },
    { ...publicServices, category: 'tv-display', site: FRANCE_SERVICES, quantity: 10, purchaseYear: 2023, model: 'borne d’information' },
    { ...publicServices, category: 'internet-box', site: MEDIATHEQUE, quantity: 8, purchaseYear: 2022 },

    // Territory: public Wi-Fi and smart-city signage.
    ...lines({ ...territory, category: 'wifi-access-point' }, 60, range(2019, 2024)),
    { ...territory, category: 'network-switch', quantity: 12, purchaseYear: 2020 },
    { ...territory, category: 'router', quantity: 6, purchaseYear: 2020 },
    { ...territory, category: 'tv-display', quantity: 20, purchaseYear: 2023, model: 'affichage dynamique' },
    { ...territory, category: 'internet-box', quantity: 12, purchaseYear: 2021 },
  ] as Line[];
}

/** The demo project file, as plain JSON (decimals as strings). */
export function buildDemoProject(): ProjectFileInput {
  const items = inventory().map((line, index) => ({ id: `bp-${String(index + 1).padStart(4, '0')}`, ...line, entity: demoEntityLabel(line) }));
  const project = {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: 'demo-beau-pays',
    factorSetVersion: 'fr-2025.1',
    method: 'stock',
    amortisationYears: 1,
    organisation: {
      name: 'Communauté d’agglomération de Beau Pays',
      article: 'la',
      kind: 'epci',
      population: 72000,
      agents: 1100,
      referenceYear: 2025,
      country: 'FRA',
      lifetimeHypotheses: { laptop: '6', monitor: '8' },
    },
    inventory: items,
    inventoryIsEstimate: false,
    hosting: {
      sites: [
        {
          id: 'salle-hotel',
          name: 'Salle serveurs — Hôtel communautaire',
          kind: 'server-room',
          country: 'FRA',
          perimeter: 'administration',
          equipment: { server: 14, 'storage-array': 2, 'network-switch': 6, router: 2, firewall: 2, ups: 2 },
          itEnergyKwhPerYear: '52000',
          pue: '1.8',
        },
      ],
      cloud: [
        {
          id: 'ovh-sauvegardes',
          label: 'OVHcloud — sauvegardes',
          provider: 'ovhcloud',
          region: 'eu-west-gra',
          perimeter: 'administration',
          vcpuHours: '35040',
          memoryGbHours: '140160',
          storageSsdTbHours: '0',
          storageHddTbHours: '87600',
          egressGb: '1200',
        },
        {
          id: 'scaleway-portail',
          label: 'Scaleway — portail citoyen',
          provider: 'scaleway',
          region: 'fr-par',
          perimeter: 'public-services',
          vcpuHours: '17520',
          memoryGbHours: '70080',
          storageSsdTbHours: '4380',
          storageHddTbHours: '0',
          egressGb: '9000',
        },
      ],
    },
    usage: {
      networkFixedGb: '180000',
      boxesInInventory: true,
      networkMobileGb: '9000',
      emailsSent: '2600000',
      videoConferenceHours: '42000',
      videoStreamingHours: '3000',
      storageGbYears: '25000',
      website: { pageViews: '850000', pageWeightMb: '2.4' },
    },
    territory: DEMO_TERRITORY,
    entities: DEMO_ENTITIES,
    digitalServices: DEMO_DIGITAL_SERVICES,
    inclusion: DEMO_INCLUSION,
    createdAt: '2025-01-15T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
  } satisfies ProjectFileInput;
  return { ...project, strategy: buildDemoStrategy(project) };
}
