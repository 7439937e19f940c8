/**
 * The « Territoire » chapter of the documents (issue 15): the territorial estimate (low confidence,
 * never added to the own footprint), the bilan of each entity of a shared DSI, the eco-design of
 * the digital services (RGESN, RGAA) and the inclusion and awareness figures of the year. Every
 * number comes from the core's computations; this module only lays them out.
 */
import type { Dec } from '../internal/decimal';
import type { DigitalService } from '../schemas/digitalServices';
import type { FactorSet } from '../schemas/factors';
import type { ProjectFile } from '../schemas/project';
import type { FootprintResult } from '../compute/types';
import { computeEntityBilans, SHARED_POOLS } from '../entities/computeEntityBilans';
import { latestRgesnAssessment, scoreRgesn } from '../ecodesign/rgesn';
import { computeReuseAvoided } from '../inclusion/reuse';
import { computeTerritoryFootprint } from '../territory/computeTerritoryFootprint';
import type { TerritoryNode } from '../territory/types';
import { bullets, note, num, para, section, share, table } from './blocks';
import { formatNumberFr, formatQuantityFr, formatRangeFr, NARROW_NBSP } from './formatFr';
import { ALLOCATION_KEY_LABELS_FR, SHARED_POOL_LABELS_FR, type IndicatorDisplay } from './labels';
import type { Block, Section } from './model';

const TONNES: IndicatorDisplay = { label: 'Émissions', unit: 't CO2e', divisor: '1000', precision: { decimals: 0 } };
const KG_PER_PERSON: IndicatorDisplay = { label: 'Émissions par personne', unit: 'kg CO2e', divisor: '1', precision: { decimals: 1 } };
const KG: IndicatorDisplay = { label: 'Émissions', unit: 'kg CO2e', divisor: '1', precision: { decimals: 0 } };
const INTEGER = { decimals: 0 } as const;
const ONE_DECIMAL = { decimals: 1 } as const;

const RGAA_FR = { totale: 'totalement conforme', partielle: 'partiellement conforme', 'non-conforme': 'non conforme' } as const;
const POOL_FR = SHARED_POOL_LABELS_FR;
const KEY_FR = ALLOCATION_KEY_LABELS_FR;
const ENTITY_KIND_FR = { commune: 'Commune', epci: 'EPCI', metropole: 'Métropole', ccas: 'CCAS', cias: 'CIAS', syndicat: 'Syndicat', other: 'Autre' } as const;

function row(label: string, node: TerritoryNode | undefined, display: IndicatorDisplay): string[] {
  const value = node?.values.co2eKg;
  return [label, value ? num(value.v, display) : '–', value ? `${num(value.lo, display)} – ${num(value.hi, display)}` : '–'];
}

function territorySection(project: ProjectFile, factorSet: FactorSet): Section | undefined {
  const population = project.territory?.population ?? project.organisation.population;
  if (population <= 0) return undefined;
  const result = computeTerritoryFootprint(
    { organisation: project.organisation, territory: project.territory, digitalServices: project.digitalServices, usage: project.usage },
    factorSet,
    { year: project.organisation.referenceYear },
  );
  const content: Block[] = [
    para(
      `Cette estimation applique au territoire (${formatNumberFr(population, INTEGER)} habitants) l’empreinte carbone nationale du numérique publiée par l’ADEME et l’Arcep en janvier 2025 (29,5 millions de tonnes de CO2e en 2022). Elle est de faible confiance et n’est jamais ajoutée à l’empreinte propre de la collectivité présentée plus haut.`,
    ),
    table(
      'Empreinte carbone du numérique sur le territoire',
      ['left', 'right', 'right'],
      ['Poste', 'Valeur centrale', 'Fourchette'],
      [
        row('Numérique des habitants (t CO2e)', result.totals, TONNES),
        row(result.residents.terminalsBasis === 'households' ? 'dont terminaux (box et téléviseurs comptés par ménage)' : 'dont terminaux', result.residents.terminals, TONNES),
        row('dont centres de données', result.residents.dataCentres, TONNES),
        row(result.residents.networksBasis === 'local-lines' ? 'dont réseaux (lignes du territoire)' : 'dont réseaux', result.residents.networks, TONNES),
        row('Par habitant du territoire (kg CO2e)', result.perInhabitant, KG_PER_PERSON),
        row('Moyenne nationale par habitant (kg CO2e)', result.nationalPerInhabitant, KG_PER_PERSON),
      ],
      'Les entreprises et administrations du territoire sont comprises dans la moyenne nationale mais ne sont pas réparties à part.',
    ),
  ];
  const apart = [
    ...result.dataCentres.map(
      (centre) =>
        `${centre.name} : ${centre.values.energyKwh ? formatNumberFr(centre.values.energyKwh.v, INTEGER) : '–'} kWh, ${centre.values.co2eKg ? num(centre.values.co2eKg.v, TONNES) : '–'} t CO2e, ${centre.values.waterL ? formatNumberFr(centre.values.waterL.v.dividedBy(1000), INTEGER) : '–'} m³ d’eau`,
    ),
    ...result.publicServices.map((service) => `${service.name} : ${formatNumberFr(service.gigabytes, INTEGER)} Go transférés, ${service.values.co2eKg ? num(service.values.co2eKg.v, KG) : '–'} kg CO2e`),
  ];
  if (apart.length > 0) {
    content.push(para('Présentés à part, car déjà compris dans l’empreinte des habitants : les centres de données situés sur le territoire et les services numériques publics de la collectivité.'), bullets(apart));
  }
  return section('territoire-estimation', 'Le numérique sur le territoire', content);
}

function entitiesSection(project: ProjectFile, footprint: FootprintResult, factorSet: FactorSet): Section | undefined {
  if (!project.entities) return undefined;
  const bilans = computeEntityBilans(
    { organisation: project.organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage },
    project.entities,
    footprint,
    factorSet,
    { year: footprint.year, method: footprint.method, amortisationYears: footprint.amortisationYears },
  );
  const rows = bilans.map((bilan) => [
    bilan.name,
    ENTITY_KIND_FR[bilan.kind],
    bilan.obligation.obliged ? 'oui' : 'non',
    num(bilan.total.co2eKg, { ...TONNES, precision: { decimals: 1 } }),
    share(bilan.total.co2eKg, footprint.total.co2eKg),
    bilan.perAgent ? num(bilan.perAgent.co2eKg, KG_PER_PERSON) : '–',
  ]);
  return section('territoire-entites', 'Bilan par entité', [
    para('Le service informatique est partagé entre plusieurs entités. Chaque équipement est rattaché à son entité ; les équipements et services partagés sont répartis selon les clés suivantes. Les bilans des entités s’additionnent exactement au bilan consolidé.'),
    bullets(SHARED_POOLS.map((pool) => `${POOL_FR[pool]} : ${KEY_FR[project.entities?.allocation[pool].kind ?? 'agents']}`)),
    table('Empreinte carbone par entité', ['left', 'left', 'left', 'right', 'right', 'right'], ['Entité', 'Type', 'Soumise à la loi REEN', 't CO2e', 'Part', 'kg CO2e par agent'], rows),
  ]);
}

function ecodesignSection(services: readonly DigitalService[], year: number): Section | undefined {
  if (services.length === 0) return undefined;
  const rows = services.map((service) => {
    const assessment = latestRgesnAssessment(service, year);
    const score = assessment ? scoreRgesn(assessment).scorePercent : undefined;
    return [
      service.name,
      assessment ? `${assessment.year} : ${score ? `${formatNumberFr(score as Dec, INTEGER)}${NARROW_NBSP}%` : 'aucun critère évalué'}` : 'non évalué',
      assessment?.declarationPublished ? 'publiée' : 'non publiée',
      service.rgaa ? `${RGAA_FR[service.rgaa.status]}${service.rgaa.rate ? ` (${formatNumberFr(service.rgaa.rate, INTEGER)}${NARROW_NBSP}%)` : ''}` : 'pas de déclaration',
    ];
  });
  return section('territoire-ecoconception', 'Écoconception et accessibilité des services numériques', [
    para('Auto-évaluation de chaque service au regard du référentiel général d’écoconception de services numériques (RGESN 2024, 78 critères) : part pondérée des critères applicables qui sont respectés. Conformité au référentiel général d’amélioration de l’accessibilité (RGAA) selon la déclaration d’accessibilité.'),
    table('Écoconception et accessibilité des services numériques', ['left', 'left', 'left', 'left'], ['Service', 'Score RGESN', 'Déclaration d’écoconception', 'Accessibilité (RGAA)'], rows),
  ]);
}

function inclusionSection(project: ProjectFile, factorSet: FactorSet, year: number): Section | undefined {
  const figures = project.inclusion?.find((entry) => entry.year === year);
  if (!figures) return undefined;
  const items: string[] = [];
  const add = (label: string, value: number | undefined) => value !== undefined && items.push(`${label} : ${formatNumberFr(value, INTEGER)}`);
  // One term for both counts: the territory's places, of which those the collectivité equips (bilan).
  const own = project.strategy?.bilan.usages?.publicAccessPoints?.count;
  if (figures.publicAccessPoints !== undefined) {
    items.push(`Lieux d’accès public au numérique sur le territoire : ${formatNumberFr(figures.publicAccessPoints, INTEGER)}${own !== undefined && own > 0 && own <= figures.publicAccessPoints ? `, dont ${formatNumberFr(own, INTEGER)} équipé${own > 1 ? 's' : ''} par la collectivité` : ''}`);
  }
  add('Conseillers numériques en poste', figures.digitalAdvisers);
  add('Espaces France services', figures.franceServices);
  add('Personnes accompagnées', figures.peopleAccompanied);
  add('Agents formés au numérique responsable', figures.agentsTrained);
  add('Élus formés', figures.electedTrained);
  add('Agents sensibilisés à la sécurité informatique', figures.agentsSecurityAware);
  if (figures.devicesDonated.length > 0) {
    const avoided = computeReuseAvoided(figures.devicesDonated, factorSet, { year, organisation: project.organisation });
    // One decimal: 75 devices (45 laptops, 30 monitors) avoid 8,3 t and 52 laptops 7,7 t; whole tonnes would print 8 for both.
    const tonnes = (value: Dec) => value.div(1000);
    items.push(
      `Équipements donnés pour réemploi : ${formatNumberFr(avoided.devices, INTEGER)}, soit ${formatQuantityFr(tonnes(avoided.total.co2eKg), 't CO2e', ONE_DECIMAL)} de fabrication évitée (${formatRangeFr(tonnes(avoided.low.co2eKg), tonnes(avoided.high.co2eKg), 't CO2e', ONE_DECIMAL)})`,
    );
  }
  if (items.length === 0) return undefined;
  return section('territoire-inclusion', `Inclusion et sensibilisation en ${year}`, [bullets(items), note('Chiffres relevés par la collectivité ; l’impact évité par le réemploi est calculé à partir des facteurs de fabrication et de reconditionnement (ADEME).')]);
}

/**
 * The « Territoire » chapter of a project's documents, or `undefined` when the project has none of
 * its data (no population, no entities, no digital service, no inclusion figure).
 *
 * @param project - The parsed project.
 * @param footprint - The own footprint of the document's year (for the per-entity split).
 * @param factorSet - The project's factor set.
 */
export function territoryChapter(project: ProjectFile, footprint: FootprintResult, factorSet: FactorSet): Section | undefined {
  const year = footprint.year;
  const parts = [
    territorySection(project, factorSet),
    entitiesSection(project, footprint, factorSet),
    ecodesignSection(project.digitalServices ?? [], year),
    inclusionSection(project, factorSet, year),
  ].filter((part): part is Section => part !== undefined);
  if (parts.length === 0) return undefined;
  return section('territoire', 'Territoire, entités, écoconception et inclusion', parts, true);
}
