/**
 * The parts of the demo project that issue 15 adds: Beau Pays as an EPCI sharing its DSI with its
 * CIAS and a member commune, its territory (population, lines, one data centre), two public
 * digital services with their RGESN self-assessments and RGAA status, and inclusion and awareness
 * figures. Deterministic, like the rest of the demo. The figures are plausible orders of magnitude
 * for an agglomeration of 72,000 inhabitants; they describe no real organisation.
 */
import { getRgesnReferential, type DigitalServiceInput, type EntitiesInput, type InclusionYearInput, type InventoryItemInput, type RgesnAnswer, type TerritoryFileInput } from '../src/index';

type Line = Omit<InventoryItemInput, 'id'>;

/**
 * The GLPI `Entité` path of a demo inventory line: the agglomération runs the Hôtel communautaire,
 * the technical centre and the territory's equipment; the CIAS the Maison France services; the
 * commune of Val-Clair its schools and its médiathèque; stock is shared.
 */
export function demoEntityLabel(line: Line): string {
  if (line.status === 'stock') return 'Mutualisé';
  switch (line.site) {
    case 'Maison France services':
      return 'Beau Pays > CIAS > France services';
    case 'Médiathèque':
      return 'Beau Pays > Val-Clair > Médiathèque';
    case 'Écoles':
      return 'Beau Pays > Val-Clair > Écoles';
    default:
      return 'Beau Pays > Agglomération';
  }
}

export const DEMO_ENTITIES: EntitiesInput = {
  list: [
    { id: 'agglo', name: 'Communauté d’agglomération de Beau Pays', kind: 'epci', population: 72000, agents: 820, paths: ['Beau Pays > Agglomération'] },
    { id: 'cias', name: 'CIAS de Beau Pays', kind: 'cias', agents: 180, paths: ['Beau Pays > CIAS'] },
    { id: 'val-clair', name: 'Commune de Val-Clair', kind: 'commune', population: 9400, agents: 100, paths: ['Beau Pays > Val-Clair'] },
  ],
  unmatched: 'agglo',
  allocation: {
    fleet: { kind: 'agents' },
    hosting: { kind: 'devices' },
    cloud: { kind: 'custom', shares: { agglo: '70', cias: '20', 'val-clair': '10' } },
    usage: { kind: 'agents' },
  },
};

export const DEMO_TERRITORY: TerritoryFileInput = {
  population: 72000,
  households: 34000,
  fixedLines: 33500,
  mobileLines: 81000,
  linesSource: 'Arcep, open data des abonnements par commune (démonstration)',
  dataCentres: [{ id: 'dc-beau-pays-nord', name: 'Centre de données Beau Pays Nord', operator: 'Opérateur de colocation (fictif)', itPowerKw: '400', pue: '1.5' }],
};

/** Answers of a self-assessment: theme 9 (algorithms) does not apply; otherwise met unless `unmet(index)`. */
function answers(unmet: (index: number) => boolean): Record<string, RgesnAnswer> {
  const out: Record<string, RgesnAnswer> = {};
  getRgesnReferential().criteria.forEach((criterion, index) => {
    out[criterion.id] = criterion.theme === '9' ? 'non-applicable' : unmet(index) ? 'non-conforme' : 'conforme';
  });
  return out;
}

export const DEMO_DIGITAL_SERVICES: DigitalServiceInput[] = [
  {
    id: 'portail-citoyen',
    name: 'Portail citoyen de Beau Pays',
    kind: 'website',
    url: 'https://www.beau-pays.example.fr/',
    entityId: 'agglo',
    pageViewsPerYear: '850000',
    pageWeightMb: '2.4',
    rgesn: [
      { year: 2024, date: '2024-11-20', declarationPublished: false, answers: answers((i) => i % 2 === 0) },
      { year: 2025, date: '2025-10-15', declarationPublished: true, answers: answers((i) => i % 4 === 0) },
    ],
    rgaa: { status: 'partielle', rate: '74', declarationDate: '2025-03-12' },
  },
  {
    id: 'appli-mobilites',
    name: 'Application Beau Pays Mobilités',
    kind: 'app',
    entityId: 'agglo',
    pageViewsPerYear: '240000',
    pageWeightMb: '1.1',
    rgesn: [{ year: 2025, date: '2025-06-02', declarationPublished: false, answers: answers((i) => i % 3 !== 0) }],
    rgaa: { status: 'non-conforme', rate: '38', declarationDate: '2024-09-30' },
  },
];

export const DEMO_INCLUSION: InclusionYearInput[] = [
  {
    year: 2024,
    publicAccessPoints: 14,
    digitalAdvisers: 4,
    franceServices: 1,
    peopleAccompanied: 2350,
    devicesDonated: [{ category: 'laptop', quantity: 30, recipient: 'Association Beau Pays Solidaire' }],
    agentsTrained: 88,
    electedTrained: 12,
    agentsSecurityAware: 430,
  },
  {
    year: 2025,
    publicAccessPoints: 16,
    digitalAdvisers: 6,
    franceServices: 1,
    peopleAccompanied: 3100,
    devicesDonated: [
      { category: 'laptop', quantity: 45, recipient: 'Association Beau Pays Solidaire' },
      { category: 'monitor', quantity: 30, recipient: 'Collèges du territoire' },
    ],
    agentsTrained: 132,
    electedTrained: 20,
    agentsSecurityAware: 610,
  },
  {
    year: 2026,
    publicAccessPoints: 17,
    digitalAdvisers: 6,
    franceServices: 1,
    peopleAccompanied: 3300,
    devicesDonated: [{ category: 'laptop', quantity: 52, recipient: 'Association Beau Pays Solidaire' }],
    agentsTrained: 418,
    electedTrained: 24,
    agentsSecurityAware: 700,
  },
];
