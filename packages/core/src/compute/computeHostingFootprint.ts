import { D, dec, type Dec } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import { HOSTING_EQUIPMENT_KINDS, type CloudLine, type Hosting, type HostingSite } from '../schemas/hosting';
import type { DeviceFootprintOptions } from './computeDeviceFootprint';
import { deviceModelFor, type DeviceModel } from './deviceModel';
import type { HostedCounts } from './hostedInventory';
import type { FactorLookup } from './factorLookup';
import type { CloudFootprint, HostingFootprint, SiteFootprint } from './types';
import { Accumulator, addI, addValues, exact, mergeTraces, mulD, mulI, scaleValues, subI, toNode, TraceBuilder, ZERO_INTERVAL, ZERO_VALUES, type Interval, type NodeValues } from './values';

const THOUSAND = new D(1000);

function divI(value: Interval, divisor: Dec): Interval {
  return { v: value.v.div(divisor), lo: value.lo.div(divisor), hi: value.hi.div(divisor) };
}

/** A ratio given on the site, else the factor set's default for the kind (recorded as a fallback). */
function siteParameter(
  given: Dec | undefined,
  id: string,
  lookup: FactorLookup,
  trace: TraceBuilder,
  codes: { given: string; fallback: string },
  site: string,
): Interval {
  if (given !== undefined) {
    trace.assume(codes.given, { site, value: given.toString() });
    return exact(given);
  }
  const value = lookup.require(id);
  trace.factor(id).fallback(codes.fallback, { site, value: value.v.toString(), factorId: id });
  return value;
}

function computeSite(site: HostingSite, model: DeviceModel, hosted: HostedCounts | undefined): SiteFootprint {
  const trace = new TraceBuilder();
  const lookup = model.lookup;
  let embodied: NodeValues = ZERO_VALUES;
  let estimatedIt: Interval = ZERO_INTERVAL;
  let quantity = 0;
  const traces = [];
  const inInventory = hosted?.get(site.id) ?? {};
  for (const kind of HOSTING_EQUIPMENT_KINDS) {
    const declared = site.equipment[kind] ?? 0;
    const fromInventory = inInventory[kind] ?? 0;
    // Equipment the inventory also lists at this site is the same equipment: the fleet counts its
    // manufacturing (with its purchase date), the site only the extra units it declares; the site
    // counts the electricity of all of them.
    const count = Math.max(0, declared - fromInventory);
    if (fromInventory > 0) {
      trace.fallback(declared > 0 ? 'hosting_equipment_counted_once' : 'hosting_inventory_equipment_in_site', {
        site: site.name,
        category: kind,
        inventory: fromInventory,
        declared,
      });
    }
    const running = Math.max(declared, fromInventory);
    if (site.itEnergyKwhPerYear === undefined && running > 0) {
      const energy = model.defaultEnergy(kind, `device.${kind}`);
      for (const id of energy.factorIds) trace.factor(id);
      if (energy.source === 'none') trace.fallback('use_factor_missing', { category: kind });
      estimatedIt = addI(estimatedIt, mulD(energy.kwh, dec(running)));
    }
    if (count === 0) continue;
    quantity += count;
    const unit = model.unit({
      category: kind,
      sizeClass: undefined,
      refurbished: false,
      lifetimeOverride: undefined,
      usage: undefined,
      country: site.country,
      status: 'in-service',
      purchaseYear: undefined,
      siteEnergy: true,
    });
    traces.push(unit.trace);
    embodied = addValues(embodied, scaleValues(unit.annual, dec(count)));
  }
  trace.assume('hosting_equipment_stock', { site: site.name });

  let it: Interval;
  if (site.itEnergyKwhPerYear !== undefined) {
    it = exact(site.itEnergyKwhPerYear);
    trace.assume('hosting_it_energy_metered', { site: site.name, kwh: site.itEnergyKwhPerYear.toString() });
  } else {
    it = estimatedIt;
    trace.fallback('hosting_it_energy_estimated', { site: site.name, kwh: it.v.toString() });
  }
  const pue = siteParameter(site.pue, `hosting.${site.kind}.pue`, lookup, trace, { given: 'hosting_pue_site', fallback: 'hosting_pue_default' }, site.name);
  const wue = siteParameter(
    site.wueLPerKwh,
    `hosting.${site.kind}.wueLPerKwh`,
    lookup,
    trace,
    { given: 'hosting_wue_site', fallback: 'hosting_wue_default' },
    site.name,
  );
  const totalEnergy = mulI(it, pue);
  const grid = model.electricityOf(site.country, trace);
  const use = new Accumulator()
    .add('use', 'co2eKg', mulI(totalEnergy, grid.co2))
    .add('use', 'waterL', addI(mulI(it, wue), mulI(totalEnergy, grid.water)))
    .add('use', 'adpKgSbEq', mulI(totalEnergy, grid.adp))
    .add('use', 'energyKwh', totalEnergy)
    .toValues();
  traces.push(trace.build());
  return Object.freeze({
    ...toNode(addValues(embodied, use), mergeTraces(traces)),
    id: site.id,
    name: site.name,
    perimeter: site.perimeter,
    quantity,
    pue: pue.v,
    wueLPerKwh: wue.v,
    itEnergyKwh: it.v,
    totalEnergyKwh: totalEnergy.v,
  });
}

/** A cloud coefficient of the provider, else of `other` (recorded as a fallback). */
function cloudFactor(lookup: FactorLookup, provider: string, suffix: string, trace: TraceBuilder): Interval {
  const own = `cloud.${provider}.${suffix}`;
  const value = lookup.interval(own);
  if (value) {
    trace.factor(own);
    return value;
  }
  const other = `cloud.other.${suffix}`;
  const fallback = lookup.require(other);
  trace.factor(other).fallback('cloud_provider_default', { provider, factorId: other });
  return fallback;
}

/** Where the electricity of a cloud line in an unknown region comes from: the world average. */
const UNKNOWN_REGION_COUNTRY = 'WLD';

function computeCloud(line: CloudLine, model: DeviceModel): CloudFootprint {
  const lookup = model.lookup;
  const trace = new TraceBuilder();
  const label = line.label ?? `${line.provider} ${line.region}`;
  let country = lookup.cloudRegionCountry(line.provider, line.region);
  if (country === undefined) {
    country = UNKNOWN_REGION_COUNTRY;
    trace.fallback('cloud_region_unknown', { provider: line.provider, region: line.region, country });
  } else {
    trace.assume('cloud_region_country', { provider: line.provider, region: line.region, country });
  }
  trace.assume('cloud_ccf', { provider: line.provider, region: line.region });

  // Compute: average watts per vCPU = min + utilisation × (max − min) (Cloud Carbon Footprint).
  const minW = cloudFactor(lookup, line.provider, 'vcpu.minW', trace);
  const maxW = cloudFactor(lookup, line.provider, 'vcpu.maxW', trace);
  const utilisation = lookup.require('cloud.utilisation');
  trace.factor('cloud.utilisation');
  const averageW = addI(minW, mulI(utilisation, subI(maxW, minW)));
  const computeKwh = divI(mulD(averageW, line.vcpuHours), THOUSAND);
  const memory = lookup.require('cloud.memory.kwhPerGbHour');
  const ssd = lookup.require('cloud.storage.ssd.whPerTbHour');
  const hdd = lookup.require('cloud.storage.hdd.whPerTbHour');
  const network = lookup.require('cloud.network.kwhPerGb');
  trace.factor('cloud.memory.kwhPerGbHour').factor('cloud.storage.ssd.whPerTbHour').factor('cloud.storage.hdd.whPerTbHour').factor('cloud.network.kwhPerGb');
  const memoryKwh = mulD(memory, line.memoryGbHours);
  const storageKwh = divI(addI(mulD(ssd, line.storageSsdTbHours), mulD(hdd, line.storageHddTbHours)), THOUSAND);
  const networkKwh = mulD(network, line.egressGb);
  const it = addI(addI(computeKwh, memoryKwh), addI(storageKwh, networkKwh));
  const pue = cloudFactor(lookup, line.provider, 'pue', trace);
  const total = mulI(it, pue);
  const grid = model.electricityOf(country, trace);
  // On-site water: the provider's WUE, else the generic `cloud.other` one, else none (recorded).
  let wue: Interval = ZERO_INTERVAL;
  const wueId = [`cloud.${line.provider}.wueLPerKwh`, 'cloud.other.wueLPerKwh'].find((id) => lookup.row(id));
  if (wueId === undefined) trace.fallback('cloud_wue_missing', { provider: line.provider });
  else {
    wue = lookup.require(wueId);
    trace.factor(wueId);
    if (wueId === 'cloud.other.wueLPerKwh') trace.fallback('cloud_provider_default', { provider: line.provider, factorId: wueId });
  }
  const embodiedId = 'cloud.embodied.co2eKgPerVcpuHour';
  const embodied = mulD(lookup.require(embodiedId), line.vcpuHours);
  trace.factor(embodiedId);

  const values = new Accumulator()
    .add('manufacturing', 'co2eKg', embodied)
    .add('use', 'co2eKg', mulI(total, grid.co2))
    .add('use', 'waterL', addI(mulI(it, wue), mulI(total, grid.water)))
    .add('use', 'adpKgSbEq', mulI(total, grid.adp))
    .add('use', 'energyKwh', total)
    .toValues();
  return Object.freeze({
    ...toNode(values, trace.build()),
    id: line.id,
    label,
    provider: line.provider,
    region: line.region,
    country,
    perimeter: line.perimeter,
    itEnergyKwh: it.v,
    totalEnergyKwh: total.v,
  });
}

/** Options of `computeHostingFootprint`. */
export type HostingFootprintOptions = DeviceFootprintOptions & {
  /**
   * Hosting equipment that the inventory lists in each site (by site id and kind): counted in the
   * fleet, so the site counts only the extra units it declares, and the electricity of all of them.
   */
  readonly inventoryInSites?: HostedCounts;
};

/**
 * Computes the annual footprint of hosting: on-premise server rooms and colocation sites, and
 * cloud consumption.
 *
 * - **Sites**: equipment embodied impacts through the device rows, always amortised over the
 *   lifetime (stock logic); IT energy metered, else estimated from the equipment's default power;
 *   total energy = IT energy × PUE (site value, else the factor set's default by site kind); GHG =
 *   total energy × electricity factor of the site's country; water consumption = IT energy × WUE +
 *   total energy × the electricity's water intensity. Equipment the inventory also lists at the
 *   site (`inventoryInSites`) is counted once: manufacturing in the fleet, electricity here.
 * - **Cloud** (Cloud Carbon Footprint): average W per vCPU = min + utilisation × (max − min);
 *   compute + memory + storage + egress networking kWh; × provider PUE; × the electricity factor
 *   of the region's country; embodied emissions per vCPU-hour.
 *
 * @param hosting - Parsed hosting data (`parseHosting`).
 * @param factorSet - The factor set.
 * @param options - `{ year, method, organisation? }`; the method does not change hosting.
 * @returns A frozen `HostingFootprint` with one node per site and per cloud line.
 * @example
 * const hosting = computeHostingFootprint(project.hosting, factorSet, { year: 2025, method: 'stock' });
 */
export function computeHostingFootprint(hosting: Hosting, factorSet: FactorSet, options: HostingFootprintOptions): HostingFootprint {
  // Hosting equipment is counted without purchase dates: always the fleet rule of the stock method.
  const model = deviceModelFor(factorSet, { ...options, method: 'stock', stockRule: 'fleet' });
  const sites = [...hosting.sites].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((site) => computeSite(site, model, options.inventoryInSites));
  const cloud = [...hosting.cloud].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((line) => computeCloud(line, model));
  const sum = (nodes: readonly { total: NodeValues['total']; low: NodeValues['low']; high: NodeValues['high']; byPhase: NodeValues['byPhase'] }[]): NodeValues =>
    nodes.reduce<NodeValues>((acc, node) => addValues(acc, node), ZERO_VALUES);
  const onPremise = toNode(sum(sites), mergeTraces(sites.map((s) => s.trace)));
  const cloudTotal = toNode(sum(cloud), mergeTraces(cloud.map((c) => c.trace)));
  return Object.freeze({
    ...toNode(addValues(sum(sites), sum(cloud)), mergeTraces([onPremise.trace, cloudTotal.trace])),
    sites: Object.freeze(sites),
    cloud: Object.freeze(cloud),
    onPremise,
    cloudTotal,
  });
}
