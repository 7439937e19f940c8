/**
 * A demo strategy for the document tests and the committed examples: the built-in demo project
 * "Communauté d’agglomération de Beau Pays" (`demoProjectFile` from `@reen/core/demo`: EPCI,
 * 72 000 inhabitants, 1 100 agents, organisation, inventory, hosting and usage unchanged), with a
 * strategy 2025–2030 added here: actors, engaged actions, objectives, measures with levers, a
 * trajectory, a maturity self-assessment and the 2026 yearly bilan. Footprints are computed with the
 * shipped factor set fr-2025.1.
 */
import { computeFootprint, getFactorSet, parseProject } from '../../src/index';
import type { FactorSet, FootprintResult, Organisation, ProjectFile } from '../../src/index';
import { demoProjectFile } from '../../src/demo';
import { buildYearlyBilan, FootprintSnapshotSchema, projectTrajectory, snapshotFootprint } from '../../src/index';
import type { Strategy, StrategyInput, StrategyInputs, Trajectory, YearlyBilan } from '../../src/index';

/** The date printed on the demo documents (documents never read the clock). */
export const DEMO_DATE = '2026-11-25';

export interface Demo {
  readonly project: ProjectFile;
  readonly organisation: Organisation;
  readonly inputs: StrategyInputs;
  readonly factorSet: FactorSet;
  readonly result: FootprintResult;
  readonly strategy: Strategy;
  readonly trajectory: Trajectory;
  readonly bilan2026: YearlyBilan;
  readonly result2026: FootprintResult;
}

/** Schools of the member communes equipped by the agglomeration (fictional, like the whole demo). */
const SCHOOLS = 18;

const SOURCE_SUPPLIER = {
  publisher: 'Fournisseur d’électricité (démonstration)',
  title: 'Mix énergétique de l’offre verte (données fictives de démonstration)',
  year: 2025,
  url: 'https://example.org/offre-verte',
  retrievedAt: '2026-11-25',
};

function parsed(raw: unknown): ProjectFile {
  const result = parseProject(raw, { today: DEMO_DATE });
  if (!result.success) throw new Error(`demo project does not parse: ${JSON.stringify(result.issues)}`);
  return result.data;
}

let cachedProject: unknown;

/**
 * The demo project file as JSON (what `docs/examples/beau-pays.reen.json` holds): the Beau Pays
 * demo project, and a strategy whose bilan carries the frozen 2025 footprint.
 */
export function demoProjectJson(): unknown {
  if (cachedProject) return cachedProject;
  const base = { ...demoProjectFile, updatedAt: '2026-11-25T09:00:00.000Z' };
  const project = parsed(base);
  const factorSet = getFactorSet('fr-2025.1');
  const inputs = { organisation: project.organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage };
  const result = computeFootprint(inputs, factorSet, { year: 2025, method: 'stock', amortisationYears: 1 });
  const result2026 = computeFootprint(inputs, factorSet, { year: 2026, method: 'stock', amortisationYears: 1 });
  // School equipment of the bilan des usages: the in-service devices of the schools perimeter.
  const schoolDevices = project.inventory.filter((item) => item.perimeter === 'schools' && item.status === 'in-service').reduce((n, item) => n + item.quantity, 0);
  const strategyInput: StrategyInput = {
    version: 1,
    legal: { entityKind: 'epci', programmeDeTravailDate: '2024-06-27', strategyAdoptedDate: '2025-03-20', deliberation: 'Délibération n° 2025-042 du conseil communautaire du 20 mars 2025' },
    baselineYear: 2025,
    horizonYear: 2030,
    actors: [
      { id: 'dsi', name: 'Direction des systèmes d’information', kind: 'internal-service', role: 'Pilote de la stratégie et du parc' },
      { id: 'achats', name: 'Service de la commande publique', kind: 'internal-service', role: 'Clauses environnementales des marchés' },
      { id: 'elu', name: 'Vice-présidente chargée de la transition écologique', kind: 'elected-official', role: 'Élue référente' },
      { id: 'recyclerie', name: 'Atelier du réemploi (association)', kind: 'external-partner', role: 'Reconditionnement et dons' },
    ],
    bilan: {
      usages: {
        agents: 1100,
        users: 1600,
        digitalServices: [{ name: 'Portail citoyen', url: 'https://www.example.org/portail', annualUses: '62000' }],
        websites: [{ url: 'https://www.example.org', annualPageViews: '850000', annualVisits: '290000' }],
        publicAccessPoints: { count: 2, comment: 'médiathèque et Maison France services' },
        schoolEquipment: { schools: SCHOOLS, devices: schoolDevices },
      },
    },
    engagedActions: [
      { id: 'a1', description: 'Don des ordinateurs réformés à l’Atelier du réemploi', date: '2023-09-01', axis: 'lifecycle' },
      { id: 'a2', description: 'Extinction automatique des postes la nuit', date: '2024-01-15', axis: 'lifecycle' },
    ],
    indicators: [
      { id: 'ges', label: 'Émissions de GES du numérique', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2025, value: result.total.co2eKg.dividedBy(1000).toFixed(1) }, { year: 2026, value: result2026.total.co2eKg.dividedBy(1000).times('0.97').toFixed(1) }] },
      { id: 'duree', label: 'Durée de vie moyenne des équipements', kind: 'average-lifetime-years', direction: 'increase', values: [{ year: 2025, value: '6' }, { year: 2026, value: '6.4' }] },
      { id: 'formes', label: 'Part des agents sensibilisés', kind: 'agents-trained-share', direction: 'increase', values: [{ year: 2025, value: '12' }, { year: 2026, value: '31' }] },
    ],
    objectives: [
      { id: 'o1', label: 'Réduire de 10 % les émissions de GES du numérique', indicatorId: 'ges', axis: 'lifecycle', kind: 'multi-year', baseline: { year: 2025, value: result.total.co2eKg.dividedBy(1000).toFixed(1) }, target: { year: 2030, mode: 'relative', value: '-10' } },
      { id: 'o2', label: 'Sensibiliser 80 % des agents', indicatorId: 'formes', axis: 'awareness', kind: 'multi-year', baseline: { year: 2025, value: '12' }, target: { year: 2028, mode: 'absolute', value: '80' } },
    ],
    measures: [
      {
        id: 'm1',
        title: 'Allonger la durée de vie des ordinateurs portables à 8 ans',
        description: 'Garantie étendue, réparation en interne et remplacement des batteries.',
        axis: 'lifecycle',
        pilotService: 'dsi',
        electedOfficial: 'elu',
        status: 'in-progress',
        start: '2025-06-01',
        end: '2027-12-31',
        budget: [{ kind: 'operating', amountEur: '18000' }],
        fte: '0.3',
        indicatorIds: ['duree', 'ges'],
        levers: [{ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }],
      },
      {
        id: 'm2',
        title: 'Acheter 30 % de postes reconditionnés',
        axis: 'procurement',
        pilotService: 'achats',
        partners: ['recyclerie'],
        status: 'planned',
        start: '2026-01-01',
        end: '2026-06-30',
        budget: [{ kind: 'investment', amountEur: '5000' }],
        fte: '0.1',
        indicatorIds: ['ges'],
        levers: [{ kind: 'refurbished-purchases', share: '0.3', categories: ['laptop', 'desktop'] }],
      },
      {
        id: 'm3',
        title: 'Former les agents au numérique responsable',
        axis: 'awareness',
        pilotService: 'Direction des ressources humaines',
        status: 'done',
        start: '2025-09-01',
        end: '2026-06-30',
        budget: [{ kind: 'operating', amountEur: '12000' }],
        fte: '0.2',
        indicatorIds: ['formes'],
        notes: [{ year: 2026, text: '340 agents formés en 2026.' }],
      },
      {
        id: 'm4',
        title: 'Contrat d’électricité verte pour l’Hôtel communautaire et le centre technique',
        axis: 'territory',
        pilotService: 'Service énergie',
        status: 'late',
        start: '2026-01-01',
        end: '2026-12-31',
        budget: [{ kind: 'operating', amountEur: '3000' }],
        fte: '0.05',
        indicatorIds: ['ges'],
        levers: [{ kind: 'green-electricity-contract', coveredShare: '0.5', contractCo2eKgPerKwh: '0.02', source: SOURCE_SUPPLIER }],
      },
    ],
    maturity: [
      { questionId: 'gov-referent', answer: 'yes' },
      { questionId: 'gov-comite', answer: 'partial', comment: 'Comité réuni deux fois par an' },
      { questionId: 'gov-acteurs', answer: 'no' },
    ],
  };
  const strategyJson = { ...strategyInput, bilan: { ...strategyInput.bilan, footprint: FootprintSnapshotSchema.encode(snapshotFootprint(result)), history: [] } };
  cachedProject = JSON.parse(JSON.stringify({ ...base, strategy: strategyJson })) as unknown;
  return cachedProject;
}

let cached: Demo | undefined;

/** Parses the demo project and computes (once) what the documents need, with the real engine. */
export function demo(): Demo {
  if (cached) return cached;
  const project = parsed(demoProjectJson());
  const strategy: Strategy = project.strategy!;
  const organisation = project.organisation;
  const inputs: StrategyInputs = { organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage };
  const factorSet = getFactorSet('fr-2025.1');
  const result = computeFootprint(inputs, factorSet, { year: 2025, method: 'stock', amortisationYears: 1 });
  const result2026 = computeFootprint(inputs, factorSet, { year: 2026, method: 'stock', amortisationYears: 1 });
  const engine = (i: StrategyInputs, f: FactorSet, o: { year: number; method: 'stock' | 'flux'; amortisationYears: number }) => computeFootprint(i, f, o);
  const trajectory = projectTrajectory(inputs, strategy.measures, factorSet, { baselineYear: 2025, horizonYear: 2030, method: 'stock', amortisationYears: 1, engine });
  const bilan2026 = buildYearlyBilan(strategy, 2026, { current: result2026, factorSet, engine });
  cached = { project, organisation, inputs, factorSet, result, strategy, trajectory, bilan2026, result2026 };
  return cached;
}
