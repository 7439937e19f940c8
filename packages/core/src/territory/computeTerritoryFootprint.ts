import { FootprintError } from '../errors';
import { D, dec, type Dec } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { Organisation } from '../schemas/organisation';
import type { Territory, TerritoryDataCentre } from '../schemas/territory';
import type { DigitalService } from '../schemas/digitalServices';
import type { Usage } from '../schemas/usage';
import { lookupOf, type FactorLookup } from '../compute/factorLookup';
import { computeDeviceFootprint } from '../compute/computeDeviceFootprint';
import { addI, exact, invI, mulD, mulI, TraceBuilder, type Interval } from '../compute/values';
import { getTerritoryReferences, type TerritoryReferenceSet } from './references';
import { BYTES_PER_GB, swdConstants, swdEmissions } from './swd';
import { divideNode, sumNodes, territoryNode } from './nodes';
import type { PublicServiceFootprint, TerritoryDataCentreFootprint, TerritoryFootprint, TerritoryNode } from './types';

/** What the territorial bilan reads from a project. */
export interface TerritoryBilanInput {
  readonly organisation: Organisation;
  readonly territory?: Territory | undefined;
  readonly digitalServices?: readonly DigitalService[] | undefined;
  /** The own usage data: its website is the public service when no digital service is described. */
  readonly usage?: Usage | undefined;
}

/** Options of `computeTerritoryFootprint`. */
export interface TerritoryOptions {
  /** Bilan year: electricity vintage of the data centres and of the web transfers. */
  readonly year: number;
  /** Territorial reference rows; default the shipped set. */
  readonly references?: TerritoryReferenceSet;
}

const HOURS_PER_YEAR = new D(8760); // 365 days × 24 h
const BYTES_PER_MB = new D(1_000_000);
const GRAMS_PER_KG = new D(1000);

/** Interval of a reference row. */
function referenceOf(references: TerritoryReferenceSet, id: string): Interval {
  const row = references.rows.find((candidate) => candidate.id === id);
  if (!row) throw new FootprintError('factor_missing', { id, factorSet: references.version });
  return { v: new D(row.value), lo: new D(row.uncertainty.low), hi: new D(row.uncertainty.high) };
}

function electricity(lookup: FactorLookup, year: number, trace: TraceBuilder): Interval {
  const choice = lookup.electricity('FRA', year);
  if (!choice) throw new FootprintError('electricity_missing', { country: 'FRA', year: String(year) });
  trace.factor(choice.id);
  return choice.co2eKgPerKwh;
}

/**
 * The yearly footprint of the boxes and TVs of one average household (kg CO2e): one in-service
 * device of each (the engine's device model, stock method) × the share of households that have one.
 */
function perHousehold(references: TerritoryReferenceSet, factorSet: FactorSet, year: number, trace: TraceBuilder): Interval {
  let total: Interval = exact(new D(0));
  for (const [category, shareId] of [
    ['internet-box', 'territory.households.FRA.2022.internetBoxShare'],
    ['tv-display', 'territory.households.FRA.2022.tvShare'],
  ] as const) {
    const device = computeDeviceFootprint({ category, quantity: 1, status: 'in-service', perimeter: 'administration', refurbished: false } as Parameters<typeof computeDeviceFootprint>[0], factorSet, { year, method: 'stock' });
    const share = referenceOf(references, shareId);
    trace.merge(device.trace).factor(shareId);
    total = addI(total, mulI({ v: device.total.co2eKg, lo: device.low.co2eKg, hi: device.high.co2eKg }, share));
  }
  return total;
}

/**
 * Terminals counted per household for the boxes and TVs: the national terminals per person, plus
 * the household devices' footprint × the territory's households beyond (or short of) the national
 * households-per-person ratio. Where the territory has the national ratio, nothing changes; the
 * national total stays whole.
 */
function terminalsByHouseholds(terminals: TerritoryNode, households: number, population: number, references: TerritoryReferenceSet, factorSet: FactorSet, year: number): TerritoryNode {
  const trace = new TraceBuilder().merge(terminals.trace);
  const nationalHouseholds = referenceOf(references, 'territory.households.FRA.2022').v;
  const francePopulation = referenceOf(references, 'territory.population.FRA.2023-01-01').v;
  trace.factor('territory.households.FRA.2022');
  const device = perHousehold(references, factorSet, year, trace);
  // Households beyond those the national ratio gives this population.
  const extra = dec(households).minus(nationalHouseholds.times(population).div(francePopulation));
  const ends = [device.lo.times(extra), device.hi.times(extra)];
  const correction: Interval = { v: device.v.times(extra), lo: D.min(...ends), hi: D.max(...ends) };
  const base = terminals.values.co2eKg as Interval;
  trace.assume('territory_terminals_households', {
    households,
    nationalHouseholds: nationalHouseholds.toFixed(),
    perHouseholdKg: device.v.toFixed(),
    extraHouseholds: extra.toSignificantDigits(8).toFixed(),
    correctionKg: correction.v.toSignificantDigits(8).toFixed(),
  });
  return territoryNode({ co2eKg: addI(base, correction) }, trace.build());
}

function residents(references: TerritoryReferenceSet, population: number) {
  const trace = new TraceBuilder();
  const national = referenceOf(references, 'territory.digital.FRA.2022.co2eKg');
  const francePopulation = referenceOf(references, 'territory.population.FRA.2023-01-01').v;
  const perPerson = mulD(national, dec(1).div(francePopulation));
  for (const id of ['territory.digital.FRA.2022.co2eKg', 'territory.population.FRA.2023-01-01']) trace.factor(id);
  trace.assume('territory_residents_national', {
    nationalKt: national.v.div(1_000_000).toFixed(),
    francePopulation: francePopulation.toFixed(),
    population,
  });
  trace.assume('territory_businesses_not_allocated');
  const nationalPerInhabitant = territoryNode({ co2eKg: perPerson }, trace.build());
  const part = (key: 'terminals' | 'dataCentres' | 'networks'): TerritoryNode => {
    const id = `territory.digital.FRA.2022.share.${key}`;
    const share = referenceOf(references, id).v;
    const partTrace = new TraceBuilder().merge(nationalPerInhabitant.trace).factor(id).assume('territory_residents_share', { part: key, share: share.toFixed() });
    return territoryNode({ co2eKg: mulD(perPerson, share.times(population)) }, partTrace.build());
  };
  return { nationalPerInhabitant, terminals: part('terminals'), dataCentres: part('dataCentres'), networks: part('networks') };
}

function localNetworks(territory: Territory, references: TerritoryReferenceSet, lookup: FactorLookup) {
  if (territory.fixedLines === undefined || territory.mobileLines === undefined) return undefined;
  const trace = new TraceBuilder();
  const line = (kind: 'fixed' | 'mobile', lines: number): Interval => {
    const gbId = `territory.network.${kind}.FRA.gbPerLinePerYear`;
    const factorId = `network.${kind}.FRA.co2eKgPerGb`;
    trace.factor(gbId).factor(factorId);
    return mulD(mulI(referenceOf(references, gbId), lookup.require(factorId)), dec(lines));
  };
  const co2eKg = addI(line('fixed', territory.fixedLines), line('mobile', territory.mobileLines));
  trace.assume('territory_networks_local_lines', {
    fixedLines: territory.fixedLines,
    mobileLines: territory.mobileLines,
    source: territory.linesSource ?? '—',
  });
  return Object.freeze({ ...territoryNode({ co2eKg }, trace.build()), fixedLines: territory.fixedLines, mobileLines: territory.mobileLines });
}

function dataCentre(centre: TerritoryDataCentre, lookup: FactorLookup, year: number): TerritoryDataCentreFootprint {
  const trace = new TraceBuilder().assume('territory_data_centre_apart', { name: centre.name }).assume('territory_data_centre_no_embodied', { name: centre.name });
  let itEnergy: Dec;
  if (centre.itEnergyKwhPerYear !== undefined) itEnergy = centre.itEnergyKwhPerYear;
  else {
    itEnergy = (centre.itPowerKw as Dec).times(HOURS_PER_YEAR);
    trace.assume('territory_data_centre_power', { name: centre.name, kw: (centre.itPowerKw as Dec).toFixed() });
  }
  let pue: Interval;
  if (centre.pue !== undefined) pue = exact(centre.pue);
  else {
    pue = lookup.require('hosting.colocation.pue');
    trace.factor('hosting.colocation.pue').fallback('territory_data_centre_pue_default', { name: centre.name, value: pue.v.toFixed() });
  }
  let wue: Interval;
  if (centre.wueLPerKwh !== undefined) wue = exact(centre.wueLPerKwh);
  else {
    wue = lookup.require('hosting.colocation.wueLPerKwh');
    trace.factor('hosting.colocation.wueLPerKwh').fallback('territory_data_centre_wue_default', { name: centre.name, value: wue.v.toFixed() });
  }
  const energyKwh = mulD(pue, itEnergy);
  const co2eKg = mulI(energyKwh, electricity(lookup, year, trace));
  // Water as in the own hosting: on site (IT energy × WUE) plus the electricity's production water.
  const electricityWater = lookup.require('electricity.FRA.waterLPerKwh');
  trace.factor('electricity.FRA.waterLPerKwh');
  const waterL = addI(mulD(wue, itEnergy), mulI(energyKwh, electricityWater));
  return Object.freeze({
    ...territoryNode({ co2eKg, energyKwh, waterL }, trace.build()),
    id: centre.id,
    name: centre.name,
    itEnergyKwh: itEnergy,
    pue: pue.v,
    wueLPerKwh: wue.v,
  });
}

interface ServiceTraffic {
  readonly id: string;
  readonly name: string;
  readonly pageViews: Dec;
  readonly pageWeightMb: Dec;
  readonly fromUsage: boolean;
}

function servicesTraffic(input: TerritoryBilanInput): ServiceTraffic[] {
  const described = (input.digitalServices ?? []).filter((s) => s.pageViewsPerYear !== undefined && s.pageWeightMb !== undefined);
  if (described.length > 0) {
    return described.map((s) => ({ id: s.id, name: s.name, pageViews: s.pageViewsPerYear as Dec, pageWeightMb: s.pageWeightMb as Dec, fromUsage: false }));
  }
  const website = input.usage?.website;
  if (!website) return [];
  return [{ id: 'website', name: 'Site internet', pageViews: website.pageViews, pageWeightMb: website.pageWeightMb, fromUsage: true }];
}

function publicService(traffic: ServiceTraffic, references: TerritoryReferenceSet, lookup: FactorLookup, year: number): PublicServiceFootprint {
  const trace = new TraceBuilder();
  const constants = swdConstants(references.rows);
  for (const id of constants.factorIds) trace.factor(id);
  const gridKg = electricity(lookup, year, trace);
  const grid = mulD(gridKg, GRAMS_PER_KG);
  const bytes = traffic.pageViews.times(traffic.pageWeightMb).times(BYTES_PER_MB);
  const result = swdEmissions(bytes, constants, { gridIntensity: { dataCentre: grid, network: grid, device: grid } });
  const gigabytes = bytes.div(BYTES_PER_GB);
  trace.assume('territory_web_swd', {
    name: traffic.name,
    pageViews: traffic.pageViews.toFixed(),
    pageWeightMb: traffic.pageWeightMb.toFixed(),
    gb: gigabytes.toFixed(),
    gridGPerKwh: grid.v.toFixed(),
  });
  if (traffic.fromUsage) trace.assume('territory_web_from_usage');
  trace.assume('territory_web_in_residents');
  const co2eKg = mulD(result.total, dec(1).div(GRAMS_PER_KG));
  return Object.freeze({
    ...territoryNode({ co2eKg, energyKwh: exact(result.operationalKwh) }, trace.build()),
    id: traffic.id,
    name: traffic.name,
    gigabytes,
  });
}

/**
 * Computes the territorial bilan of digital technology and its uses (décret 2022-1084: « le bilan
 * de l'impact environnemental du numérique et de ses usages sur le territoire concerné »), from
 * national averages and the few figures a collectivité can enter. Low confidence by construction;
 * never added to the collectivité's own footprint.
 *
 * - **Residents** (the total): the national digital footprint of 2022 (ADEME–Arcep, 29.5 Mt CO2e)
 *   ÷ the population of France × the territory's population, split terminals 50 % / data centres
 *   46 % / networks 4 %. When both fixed and mobile line counts are entered, the networks part is
 *   replaced by lines × data per line × the per-GB network factors of the factor set. When the
 *   households are entered, the boxes and TVs are counted per household (`terminalsByHouseholds`).
 * - **Data centres on the territory**, reported apart: IT energy (declared, or power × 8,760 h) ×
 *   PUE (declared, else the French colocation average) → energy; × French electricity → CO2e;
 *   IT energy × WUE + energy × the electricity's water → water. Their equipment's manufacturing is
 *   not counted.
 * - **Public digital services**, reported apart (their visitors are mostly residents, already
 *   counted): page views × page weight through the Sustainable Web Design v4 model, with the French
 *   electricity for the operational part. Every view loads the full page (no cache): an upper
 *   estimate.
 *
 * @param input - Organisation, territory, digital services and usage of a parsed project.
 * @param factorSet - The project's factor set (electricity, network, PUE and WUE rows).
 * @param options - `{ year, references? }`.
 * @returns A frozen `TerritoryFootprint`; serialise it with `serializeTerritory`.
 * @throws {FootprintError} when a reference or factor row is missing.
 * @example
 * computeTerritoryFootprint({ organisation, territory }, getFactorSet('fr-2025.1'), { year: 2025 }).totals.values.co2eKg?.v;
 */
export function computeTerritoryFootprint(input: TerritoryBilanInput, factorSet: FactorSet, options: TerritoryOptions): TerritoryFootprint {
  const references = options.references ?? getTerritoryReferences();
  const lookup = lookupOf(factorSet);
  const territory: Territory = input.territory ?? { dataCentres: [] };
  const population = territory.population ?? input.organisation.population;

  const base = residents(references, population);
  const terminals = territory.households !== undefined ? terminalsByHouseholds(base.terminals, territory.households, population, references, factorSet, options.year) : base.terminals;
  const networks = localNetworks(territory, references, lookup);
  let residentNetworks = base.networks;
  if (networks) residentNetworks = territoryNode(networks.values, new TraceBuilder().merge(networks.trace).assume('territory_networks_replace_share').build());
  else if (territory.fixedLines !== undefined || territory.mobileLines !== undefined) {
    residentNetworks = territoryNode(base.networks.values, new TraceBuilder().merge(base.networks.trace).fallback('territory_networks_lines_incomplete').build());
  }
  const totalsRaw = sumNodes([terminals, base.dataCentres, residentNetworks]);
  const totalsTrace = new TraceBuilder().merge(totalsRaw.trace).assume('territory_low_confidence');
  if (territory.population === undefined) totalsTrace.assume('territory_population_from_organisation', { population });
  const totals = territoryNode(totalsRaw.values, totalsTrace.build());

  const dataCentres = territory.dataCentres.map((centre) => dataCentre(centre, lookup, options.year));
  const publicServices = servicesTraffic(input).map((traffic) => publicService(traffic, references, lookup, options.year));

  return Object.freeze({
    confidence: 'low' as const,
    year: options.year,
    population,
    totals,
    perInhabitant: population > 0 ? divideNode(totals, dec(population)) : undefined,
    nationalPerInhabitant: base.nationalPerInhabitant,
    residents: Object.freeze({
      terminals,
      terminalsBasis: territory.households !== undefined ? ('households' as const) : ('per-person' as const),
      dataCentres: base.dataCentres,
      networks: residentNetworks,
      networksBasis: networks ? ('local-lines' as const) : ('national-share' as const),
    }),
    networks,
    dataCentres: Object.freeze(dataCentres),
    dataCentresTotal: sumNodes(dataCentres),
    publicServices: Object.freeze(publicServices),
    publicServicesTotal: sumNodes(publicServices),
  });
}

/** Exposed for tests: the national per-person interval (kg CO2e) of a reference set. */
export function nationalPerPerson(references: TerritoryReferenceSet = getTerritoryReferences()): Interval {
  const national = referenceOf(references, 'territory.digital.FRA.2022.co2eKg');
  return mulI(national, invI(exact(referenceOf(references, 'territory.population.FRA.2023-01-01').v)));
}


