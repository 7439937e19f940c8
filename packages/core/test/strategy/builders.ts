/** Shared builders of the strategy tests: parsed inputs and a tiny hand-made footprint engine. */
import { dec, ZERO, type Dec } from '../../src/internal/decimal';
import { INDICATORS } from '../../src/schemas/factors';
import { PHASES } from '../../src/schemas/categories';
import { OrganisationSchema, type OrganisationInput } from '../../src/schemas/organisation';
import { InventorySchema, type InventoryItemInput } from '../../src/schemas/inventory';
import { HostingSchema, type HostingInput } from '../../src/schemas/hosting';
import { UsageSchema, type UsageInput } from '../../src/schemas/usage';
import type { FootprintResult, Indicators } from '../../src/compute/types';
import type { StrategyInputs } from '../../src/strategy/applyLevers';
import type { FootprintEngine } from '../../src/strategy/engine';
import { MeasureSchema, type Measure, type MeasureInput, type StrategyInput } from '../../src/strategy/schema';

export function makeInputs(parts: { organisation?: Partial<OrganisationInput>; inventory?: InventoryItemInput[]; hosting?: HostingInput; usage?: UsageInput } = {}): StrategyInputs {
  return {
    organisation: OrganisationSchema.parse({ name: 'Ville test', kind: 'commune', population: 60000, agents: 10, referenceYear: 2024, ...parts.organisation }),
    inventory: InventorySchema.parse(parts.inventory ?? []),
    hosting: HostingSchema.parse(parts.hosting ?? {}),
    usage: UsageSchema.parse(parts.usage ?? {}),
  };
}

export function makeMeasure(input: Omit<MeasureInput, 'title' | 'axis'> & Partial<Pick<MeasureInput, 'title' | 'axis'>>): Measure {
  return MeasureSchema.parse({ title: input.id, axis: 'lifecycle', ...input });
}

const indicators = (co2eKg: Dec, energyKwh: Dec = ZERO): Indicators =>
  Object.fromEntries(INDICATORS.map((i) => [i, i === 'co2eKg' ? co2eKg : i === 'energyKwh' ? energyKwh : ZERO])) as Indicators;

/**
 * A hand-made engine for the renewal dynamics, easy to work out by hand: each in-service device
 * bought in the bilan year costs 100 kgCO2e (10 when refurbished) of manufacturing, and every
 * in-service device 1 kgCO2e and 10 kWh of use. Bounds are −10 % and +10 %.
 */
export const handEngine: FootprintEngine = (input, factorSet, options) => {
  let manufacturing = ZERO;
  let use = ZERO;
  let energy = ZERO;
  for (const item of input.inventory) {
    if (item.status !== 'in-service') continue;
    if (item.purchaseYear === options.year) manufacturing = manufacturing.plus(dec(item.refurbished ? 10 : 100).times(item.quantity));
    use = use.plus(item.quantity);
    energy = energy.plus(dec(10).times(item.quantity));
  }
  const total = indicators(manufacturing.plus(use), energy);
  const byPhase = Object.fromEntries(PHASES.map((p) => [p, p === 'manufacturing' ? indicators(manufacturing) : p === 'use' ? indicators(use, energy) : indicators(ZERO)])) as FootprintResult['byPhase'];
  const trace = { factors: [], assumptions: [], fallbacks: [] };
  const node = { total, low: indicators(total.co2eKg.times('0.9'), energy), high: indicators(total.co2eKg.times('1.1'), energy), byPhase, trace };
  // Only the parts the strategy layer reads are filled; the domain details (fleet, hosting, usage) are left out.
  const result = {
    ...node,
    methodologyVersion: 'hand-1',
    factorSetVersion: factorSet.version,
    year: options.year,
    method: options.method,
    groups: [],
    byCategory: [],
    byPerimeter: [],
    bySite: [],
    byDomain: [{ ...node, key: 'fleet', quantity: 0 }],
    perAgent: undefined,
    perInhabitant: undefined,
  };
  return result as unknown as FootprintResult;
};

const source = { publisher: 'Fournisseur', title: 'Déclaration', year: 2024, url: 'https://example.org/contrat', retrievedAt: '2026-11-25' };

/** A full strategy as it would be written in a project file (decimal strings). */
export const fullStrategy: StrategyInput = {
  version: 1,
  legal: { entityKind: 'metropole', programmeDeTravailDate: '2022-12-15', strategyAdoptedDate: '2024-12-12', deliberation: 'DEL-2024-112' },
  baselineYear: 2024,
  horizonYear: 2030,
  actors: [
    { id: 'dsi', name: 'Direction des systèmes d’information', kind: 'internal-service', role: 'Pilote technique', family: 'dsi' },
    { id: 'elu', name: 'Mme Martin, adjointe au numérique', kind: 'elected-official', role: 'Élue référente' },
    { id: 'opsn', name: 'OPSN départemental', kind: 'external-partner', role: 'Achats mutualisés', family: 'opsn' },
  ],
  bilan: {
    usages: {
      agents: 1200,
      users: 1500,
      digitalServices: [{ name: 'Démarches en ligne', annualUses: '45000' }],
      websites: [{ url: 'https://www.example-metropole.fr', annualPageViews: '2500000' }],
      publicAccessPoints: { count: 14, comment: 'Médiathèques et France Services' },
      schoolEquipment: { schools: 38, devices: 2100 },
      comments: 'Écoles incluses.',
    },
  },
  engagedActions: [{ id: 'a1', description: 'Don de 200 ordinateurs à une association', date: '2023-06-01', axis: 'inclusion' }],
  customAxes: [{ id: 'sobriete-energetique', label: 'Sobriété énergétique' }],
  indicators: [
    { id: 'ges', label: 'Empreinte carbone du numérique', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2024, value: '812.5' }] },
    { id: 'formes', label: 'Part des agents formés', kind: 'agents-trained-share', direction: 'increase', values: [{ year: 2024, value: '12' }] },
  ],
  objectives: [
    { id: 'o1', label: 'Réduire l’empreinte carbone de 30 %', indicatorId: 'ges', axis: 'lifecycle', kind: 'multi-year', baseline: { year: 2024, value: '812.5' }, target: { year: 2030, mode: 'relative', value: '-30' } },
  ],
  measures: [
    {
      id: 'm1',
      catalogueId: 'allonger-duree-vie-portables',
      title: 'Allonger la durée de vie des portables',
      axis: 'lifecycle',
      pilotService: 'dsi',
      electedOfficial: 'elu',
      partners: ['opsn'],
      status: 'in-progress',
      priority: 'high',
      start: '2025-01-01',
      end: '2027-12-31',
      budget: [{ kind: 'operating', amountEur: '15000.50', year: 2025, funders: [{ name: 'Métropole', amountEur: '15000.50' }] }],
      fte: '0.3',
      indicatorIds: ['ges'],
      expectedEffect: 'Moins d’achats de portables neufs',
      levers: [{ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }],
      rollout: [{ year: 2025, share: '0.5' }, { year: 2026, share: '1' }],
      notes: [{ year: 2025, text: 'Politique validée en comité' }],
    },
    {
      id: 'm2',
      title: 'Contrat d’électricité renouvelable',
      axis: 'custom:sobriete-energetique',
      levers: [{ kind: 'green-electricity-contract', coveredShare: '1', contractCo2eKgPerKwh: '0.012', source }],
    },
  ],
  maturity: [{ questionId: 'gov-referent', answer: 'yes' }],
};

