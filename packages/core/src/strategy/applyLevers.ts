import { dec, ONE, ZERO, type Dec } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { Hosting, HostingSite } from '../schemas/hosting';
import type { Inventory, InventoryItem } from '../schemas/inventory';
import type { Organisation } from '../schemas/organisation';
import type { Usage } from '../schemas/usage';
import type { TraceNote } from '../compute/types';
import type { Lever } from './levers';
import { cascadeLifetime, deviceParam, factorParamsOf, type FactorParams } from './factorParams';

/** The inputs of the footprint engine, which levers transform. */
export interface StrategyInputs {
  readonly organisation: Organisation;
  readonly inventory: Inventory;
  readonly hosting: Hosting;
  readonly usage: Usage;
}

/** A lever with the share of it applied (roll-out), between 0 and 1. */
export interface ScheduledLever {
  readonly lever: Lever;
  readonly share: Dec;
}

/** Result of applying levers: the new inputs and the notes (assumptions and skipped parts). */
export interface AppliedLevers {
  readonly inputs: StrategyInputs;
  readonly notes: readonly TraceNote[];
}

const reduceBy = (value: Dec, fraction: Dec): Dec => value.times(ONE.minus(fraction));

/** Moves `current` towards `target` by `share` of the way, never upwards. */
const towards = (current: Dec, target: Dec, share: Dec): Dec => (current.gt(target) ? current.minus(current.minus(target).times(share)) : current);

function applyPowerManagement(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'power-management' }>, share: Dec, params: FactorParams, notes: TraceNote[]): StrategyInputs {
  const categories = new Set(lever.categories);
  const inventory = inputs.inventory.map((item): InventoryItem => {
    if (!categories.has(item.category) || item.status !== 'in-service') return item;
    const usage = item.usage;
    if (usage?.kind === 'metered') {
      notes.push({ code: 'lever_metered_usage_unchanged', params: { lever: lever.kind, category: item.category } });
      return item;
    }
    let hours: Dec;
    let days: Dec;
    if (usage?.kind === 'profile') {
      hours = usage.hoursPerDay;
      days = usage.daysPerYear;
    } else {
      const h = deviceParam(params, item.category, item.sizeClass, 'use.hoursPerDay');
      const d = deviceParam(params, item.category, item.sizeClass, 'use.daysPerYear');
      if (!h || !d) {
        notes.push({ code: 'lever_no_default_use_profile', params: { lever: lever.kind, category: item.category } });
        return item;
      }
      hours = h.value;
      days = d.value;
    }
    const newHours = towards(hours, lever.hoursPerDay, share);
    if (newHours.eq(hours)) return item;
    return { ...item, usage: { kind: 'profile', hoursPerDay: newHours, daysPerYear: days } };
  });
  return { ...inputs, inventory };
}

function mapSites(hosting: Hosting, siteId: string | undefined, fn: (site: HostingSite) => HostingSite): Hosting {
  return { ...hosting, sites: hosting.sites.map((site) => (siteId === undefined || site.id === siteId ? fn(site) : site)) };
}

function applyVirtualisation(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'server-virtualisation' }>, share: Dec, notes: TraceNote[]): StrategyInputs {
  const hosting = mapSites(inputs.hosting, lever.siteId, (site) => {
    const servers = site.equipment.server;
    if (servers === undefined || servers === 0) return site;
    const consolidated = dec(servers).dividedBy(lever.consolidationRatio).ceil();
    // Servers removed = (n − ⌈n / ratio⌉) × share, rounded down: the remaining count is rounded up.
    const removed = dec(servers).minus(consolidated).times(share).floor();
    if (site.itEnergyKwhPerYear !== undefined) notes.push({ code: 'lever_metered_it_energy_unchanged', params: { lever: lever.kind, site: site.id } });
    return { ...site, equipment: { ...site.equipment, server: servers - removed.toNumber() } };
  });
  return { ...inputs, hosting };
}

function applyHostingEfficiency(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'hosting-efficiency' }>, share: Dec, params: FactorParams, notes: TraceNote[]): StrategyInputs {
  const hosting = mapSites(inputs.hosting, lever.siteId, (site) => {
    let next = site;
    if (lever.pue !== undefined) {
      const current = site.pue ?? params.get(`hosting.${site.kind}.pue`);
      if (current === undefined) notes.push({ code: 'lever_no_default_pue', params: { site: site.id } });
      else next = { ...next, pue: towards(current, lever.pue, share) };
    }
    if (lever.wueLPerKwh !== undefined) {
      const current = site.wueLPerKwh ?? params.get(`hosting.${site.kind}.wueLPerKwh`);
      if (current === undefined) notes.push({ code: 'lever_no_default_wue', params: { site: site.id } });
      else next = { ...next, wueLPerKwh: towards(current, lever.wueLPerKwh, share) };
    }
    return next;
  });
  return { ...inputs, hosting };
}

function applyCloudRightSizing(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'cloud-right-sizing' }>, share: Dec): StrategyInputs {
  const ids = new Set(lever.lineIds);
  const cloud = inputs.hosting.cloud.map((line) =>
    ids.size > 0 && !ids.has(line.id)
      ? line
      : { ...line, vcpuHours: reduceBy(line.vcpuHours, lever.vcpuReduction.times(share)), memoryGbHours: reduceBy(line.memoryGbHours, lever.memoryReduction.times(share)) },
  );
  return { ...inputs, hosting: { ...inputs.hosting, cloud } };
}

function applyStorageCleanup(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'storage-cleanup' }>, share: Dec): StrategyInputs {
  const fraction = lever.share.times(share);
  const usage: Usage = inputs.usage.storageGbYears === undefined ? inputs.usage : { ...inputs.usage, storageGbYears: reduceBy(inputs.usage.storageGbYears, fraction) };
  const hosting: Hosting = lever.includeCloud
    ? {
        ...inputs.hosting,
        cloud: inputs.hosting.cloud.map((line) => ({ ...line, storageSsdTbHours: reduceBy(line.storageSsdTbHours, fraction), storageHddTbHours: reduceBy(line.storageHddTbHours, fraction) })),
      }
    : inputs.hosting;
  return { ...inputs, usage, hosting };
}

function applyEmailPolicy(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'email-policy' }>, share: Dec): StrategyInputs {
  if (inputs.usage.emailsSent === undefined) return inputs;
  return { ...inputs, usage: { ...inputs.usage, emailsSent: reduceBy(inputs.usage.emailsSent, lever.reduction.times(share)) } };
}

/** The factor set's share of the visio factor due to data transmission (fr-2026.1 onwards). */
export const VIDEO_NETWORK_SHARE_ID = 'usage.videoConference.networkShare';

/**
 * Video-conference hours are scaled to equivalent hours of the factor set's per-hour factor:
 * hours × (1 − share × networkShare × (1 − to / from)). `networkShare` is the factor set's own
 * (`usage.videoConference.networkShare`, fr-2026.1: 0.977443811932211) when the set has the row, so
 * the lever follows the project's factor set; a set without it (fr-2025.1) keeps the lever's
 * `networkShareOfFactor`, derived from that set's factor.
 *
 * @param factorSet - The project's factor set; without it, the lever's own figure is used.
 */
export function videoResolutionFactor(lever: Extract<Lever, { kind: 'video-resolution' }>, share: Dec, factorSet?: FactorSet): Dec {
  const dataCut = ONE.minus(lever.toGbPerHour.dividedBy(lever.fromGbPerHour));
  const cut = dataCut.lt(0) ? ZERO : dataCut;
  const networkShare = (factorSet && factorParamsOf(factorSet).get(VIDEO_NETWORK_SHARE_ID)) ?? lever.networkShareOfFactor;
  return ONE.minus(lever.share.times(share).times(networkShare).times(cut));
}

function applyVideoResolution(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'video-resolution' }>, share: Dec, factorSet: FactorSet): StrategyInputs {
  if (inputs.usage.videoConferenceHours === undefined) return inputs;
  return { ...inputs, usage: { ...inputs.usage, videoConferenceHours: inputs.usage.videoConferenceHours.times(videoResolutionFactor(lever, share, factorSet)) } };
}

/**
 * Static lifetime extension: every in-service item of the category gets the lifetime of the engine's
 * cascade plus `extraYears × share` as an override. Lifetimes only grow.
 */
function applyLifetimeExtension(inputs: StrategyInputs, lever: Extract<Lever, { kind: 'lifetime-extension' }>, share: Dec, params: FactorParams, notes: TraceNote[]): StrategyInputs {
  const inventory = inputs.inventory.map((item): InventoryItem => {
    if (item.category !== lever.category || item.status !== 'in-service') return item;
    const lifetime = cascadeLifetime(item, inputs.organisation, params);
    if (!lifetime) {
      notes.push({ code: 'lever_no_default_lifetime', params: { category: item.category } });
      return item;
    }
    return { ...item, lifetimeYears: lifetime.years.plus(lever.extraYears.times(share)) };
  });
  return { ...inputs, inventory };
}

/**
 * Applies one lever to one year's inputs, at a roll-out share (0 to 1). Returns new inputs; never
 * mutates. Renewal levers (refurbished purchases, fewer devices, screens, printer pooling) change
 * nothing here: they act only at end of life, in the trajectory (`projectTrajectory`). The green
 * electricity contract changes no input either: it is reported apart, market-based.
 */
export function applyLever(inputs: StrategyInputs, lever: Lever, share: Dec, factorSet: FactorSet, notes: TraceNote[] = []): StrategyInputs {
  if (share.lte(0)) return inputs;
  const params = factorParamsOf(factorSet);
  switch (lever.kind) {
    case 'lifetime-extension':
      return applyLifetimeExtension(inputs, lever, share, params, notes);
    case 'power-management':
      return applyPowerManagement(inputs, lever, share, params, notes);
    case 'server-virtualisation':
      return applyVirtualisation(inputs, lever, share, notes);
    case 'hosting-efficiency':
      return applyHostingEfficiency(inputs, lever, share, params, notes);
    case 'cloud-right-sizing':
      return applyCloudRightSizing(inputs, lever, share);
    case 'storage-cleanup':
      return applyStorageCleanup(inputs, lever, share);
    case 'email-policy':
      return applyEmailPolicy(inputs, lever, share);
    case 'video-resolution':
      return applyVideoResolution(inputs, lever, share, factorSet);
    case 'refurbished-purchases':
    case 'devices-per-agent':
    case 'screens-per-workstation':
    case 'printer-pooling':
      notes.push({ code: 'lever_acts_at_renewal', params: { lever: lever.kind } });
      return inputs;
    case 'early-replacement':
      notes.push({ code: 'lever_needs_trajectory', params: { lever: lever.kind } });
      return inputs;
    case 'green-electricity-contract':
      return inputs;
  }
}

/** Applies levers in order (see `applyLever`). With no lever, returns the inputs unchanged. */
export function applyLevers(inputs: StrategyInputs, levers: readonly ScheduledLever[], factorSet: FactorSet): AppliedLevers {
  const notes: TraceNote[] = [];
  let current = inputs;
  for (const { lever, share } of levers) current = applyLever(current, lever, share, factorSet, notes);
  return { inputs: current, notes };
}
