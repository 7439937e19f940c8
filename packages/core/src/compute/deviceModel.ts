/**
 * The device model shared by the fleet, the device and the hosting computations (internal).
 *
 * For one device of a given specification it works out, once, the life-cycle impacts (whole
 * lifetime) and the annual impacts under the accounting method, with their uncertainty intervals
 * and their trace. Results are cached per specification key, so the cost of a fleet grows with its
 * distinct specifications, not with its rows.
 */
import { D, ONE, ZERO, type Dec } from '../internal/decimal';
import { FootprintError } from '../errors';
import type { CategoryId, DeviceStatus, Phase, SizeClass } from '../schemas/categories';
import type { FactorSet } from '../schemas/factors';
import type { UsageProfile } from '../schemas/inventory';
import type { Organisation } from '../schemas/organisation';
import { lookupOf, type FactorLookup } from './factorLookup';
import { STOCK_RULES, type StockRule } from '../schemas/categories';
import type { AccountingMethod, Indicators, LifetimeLevel, Trace } from './types';
import { Accumulator, derivedI, divD, exact, invI, mergeTraces, mulD, mulI, polysTracked, TraceBuilder, ZERO_INTERVAL, type Interval, type NodeValues } from './values';

/** Options shared by the device, fleet and hosting computations. */
export interface DeviceModelOptions {
  /** Reference year of the bilan (electricity vintage, flux purchases). */
  readonly year: number;
  readonly method: AccountingMethod;
  /** Flux only: purchases of the last N years each carry 1/N of their embodied impact (default 1). */
  readonly amortisationYears?: number;
  /**
   * Stock method only: `beges` (default) charges manufacturing ÷ lifetime only during the device's
   * lifetime years (BEGES physical-lifetime amortisation); `fleet` charges every device in service
   * ÷ lifetime whatever its age (EcoDiag stock rule). In both, a device bought after the bilan year
   * is not in that year's fleet.
   */
  readonly stockRule?: StockRule;
  /** Default country and lifetime hypotheses of the organisation. */
  readonly organisation?: Pick<Organisation, 'country' | 'lifetimeHypotheses'>;
}

/** What the calculation of one device depends on. Two items with the same spec have the same per-device footprint. */
export interface DeviceSpec {
  readonly category: CategoryId;
  readonly sizeClass: SizeClass | undefined;
  readonly refurbished: boolean;
  readonly lifetimeOverride: Dec | undefined;
  readonly usage: UsageProfile | undefined;
  readonly country: string;
  readonly status: DeviceStatus;
  readonly purchaseYear: number | undefined;
  /** Hosting equipment: the use phase is computed by the site (IT energy × PUE), not per device. */
  readonly siteEnergy?: boolean;
}

/** The per-device result of the model. */
export interface UnitFootprint {
  /** Annual values of one device under the accounting method. */
  readonly annual: NodeValues;
  /** One device over its whole lifetime: embodied phases in full, use = annual use × lifetime. */
  readonly lifecycle: Readonly<Record<Phase, Indicators>>;
  /** Manufacturing of one new device of this specification (no refurbished share), with its factor range. */
  readonly newManufacturing: { readonly total: Indicators; readonly low: Indicators; readonly high: Indicators };
  readonly lifetimeYears: Dec;
  readonly lifetimeLevel: LifetimeLevel;
  /** False for disposed devices, which count nothing and are left out of quantities. */
  readonly counted: boolean;
  /** Annual electricity of one device in service, kWh. */
  readonly energyKwhPerYear: Dec;
  readonly trace: Trace;
}

/** Default annual energy of a device category, with the rows it came from. */
export interface DefaultEnergy {
  readonly kwh: Interval;
  readonly prefix: string;
  readonly factorIds: readonly string[];
  readonly source: 'power' | 'annual' | 'none';
}

const EMBODIED_PHASES = ['manufacturing', 'distribution', 'endOfLife'] as const;
/** Indicators the device rows give per phase. No end-of-life water: ADEME flags it as unreliable. */
const EMBODIED_INDICATORS = {
  manufacturing: ['co2eKg', 'waterScarcityM3eq', 'adpKgSbEq'],
  distribution: ['co2eKg', 'waterScarcityM3eq', 'adpKgSbEq'],
  endOfLife: ['co2eKg', 'adpKgSbEq'],
} as const;

const THOUSAND = new D(1000);

/** The 27 member states of the European Union (ISO 3166-1 alpha-3), since 1 February 2020. */
const EU27: ReadonlySet<string> = new Set([
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
  'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
]);
/** Codes of the European average rows: `EUU` (EU-27, World Bank code), `EEE` (BoaviztAPI's Europe, older sets). */
const EU_AVERAGE_CODES: readonly string[] = ['EUU', 'EEE'];
/** Codes of the world average rows: `WLD` (World Bank code), `WOR` (BoaviztAPI's world, older sets). */
const WORLD_AVERAGE_CODES: readonly string[] = ['WLD', 'WOR'];

function usageKey(usage: UsageProfile | undefined): string {
  if (!usage) return '';
  return usage.kind === 'metered' ? `m${usage.energyKwhPerYear.toString()}` : `p${usage.hoursPerDay.toString()}x${usage.daysPerYear.toString()}`;
}

const models = new WeakMap<FactorSet, Map<string, DeviceModel>>();
const MODELS_PER_FACTOR_SET = 16;

/**
 * The device model for a factor set and options, shared between calls: the per-specification
 * footprints depend only on them, so recomputing the same fleet (the web app after an edit, the
 * strategy's scenarios) does not compute them again. Pure memoisation: the result is the same as a
 * fresh model's. At most 16 option sets are kept per factor set.
 */
export function deviceModelFor(factorSet: FactorSet, options: DeviceModelOptions): DeviceModel {
  const hypotheses = options.organisation?.lifetimeHypotheses ?? {};
  const key = JSON.stringify([
    // Units computed without polys must not serve a computation that simulates.
    polysTracked(),
    options.year,
    options.method,
    options.amortisationYears ?? 1,
    options.stockRule ?? 'beges',
    options.organisation?.country ?? '',
    Object.keys(hypotheses)
      .sort()
      .map((category) => `${category}=${hypotheses[category as CategoryId]?.toString() ?? ''}`),
  ]);
  let perSet = models.get(factorSet);
  if (!perSet) {
    perSet = new Map();
    models.set(factorSet, perSet);
  }
  let model = perSet.get(key);
  if (!model) {
    model = new DeviceModel(factorSet, options);
    if (perSet.size >= MODELS_PER_FACTOR_SET) {
      const oldest = perSet.keys().next().value;
      if (oldest !== undefined) perSet.delete(oldest);
    }
    perSet.set(key, model);
  }
  return model;
}

/** The part of a unit footprint that does not depend on the purchase year (`DeviceModel.lifeCycleOf`). */
interface LifeCycle {
  readonly lifetime: { readonly years: Interval; readonly level: LifetimeLevel };
  /** The embodied intervals of the life cycle, per EMBODIED_PHASES × EMBODIED_INDICATORS (zero where the row is missing). */
  readonly embodied: readonly (readonly Interval[])[];
  readonly energy: Interval;
  readonly useAnnual: { readonly co2: Interval; readonly water: Interval; readonly adp: Interval } | undefined;
  readonly lifecycle: UnitFootprint['lifecycle'];
  readonly newManufacturing: UnitFootprint['newManufacturing'];
  readonly trace: Trace;
}

/** A device model bound to a factor set and options, with its cache. */
export class DeviceModel {
  readonly lookup: FactorLookup;
  private readonly cache = new Map<string, UnitFootprint>();
  private readonly amortisationYears: number;

  constructor(
    factorSet: FactorSet,
    readonly options: DeviceModelOptions,
  ) {
    this.lookup = lookupOf(factorSet);
    this.amortisationYears = options.amortisationYears ?? 1;
    if (!Number.isInteger(this.amortisationYears) || this.amortisationYears < 1) {
      throw new FootprintError('invalid_option', { option: 'amortisationYears', value: String(options.amortisationYears) });
    }
    if (!Number.isInteger(options.year)) throw new FootprintError('invalid_option', { option: 'year', value: String(options.year) });
    if (options.stockRule !== undefined && !(STOCK_RULES as readonly string[]).includes(options.stockRule)) {
      throw new FootprintError('invalid_option', { option: 'stockRule', value: String(options.stockRule) });
    }
  }

  private readonly traces = new Map<string, Trace>();

  /** The merged trace of several specifications (cached by their sorted keys). */
  mergedTrace(unitKeys: readonly string[]): Trace {
    const sorted = [...unitKeys].sort();
    const key = sorted.join('\n');
    let trace = this.traces.get(key);
    if (!trace) {
      trace = mergeTraces(sorted.map((unitKey) => (this.cache.get(unitKey) as UnitFootprint).trace));
      if (this.traces.size > 4096) this.traces.clear();
      this.traces.set(key, trace);
    }
    return trace;
  }

  /** Stock rule in force (`beges` unless the options say `fleet`). */
  get stockRule(): StockRule {
    return this.options.stockRule ?? 'beges';
  }

  /** What the purchase year changes in the numbers, as a cache-key fragment. */
  private yearKey(spec: DeviceSpec): string {
    if (spec.purchaseYear === undefined) return 'u';
    const age = this.options.year - spec.purchaseYear;
    if (age < 0) return 'future';
    if (this.options.method === 'stock') return this.stockRule === 'beges' ? this.begesKey(spec, age) : '';
    return age < this.amortisationYears ? 'in' : 'out';
  }

  private readonly lifetimes = new Map<string, Interval>();

  /**
   * BEGES rule: the ages whose share is the same for the whole lifetime range share one key — a
   * full year (`a + 1 ≤ L_low`: 1 ÷ L) or a finished amortisation (`a ≥ L_high`: 0) — so that an
   * ageing fleet costs a few specifications, not one per purchase year. Only the last, partial year
   * of a lifetime range is keyed by age.
   */
  private begesKey(spec: DeviceSpec, age: number): string {
    const key = `${spec.category}|${spec.sizeClass ?? ''}|${spec.lifetimeOverride?.toString() ?? ''}`;
    let byAge = this.begesKeys.get(key);
    if (!byAge) {
      byAge = new Map();
      this.begesKeys.set(key, byAge);
    }
    let known = byAge.get(age);
    if (known === undefined) {
      let lifetime = this.lifetimes.get(key);
      if (!lifetime) {
        const scratch = new TraceBuilder();
        lifetime = this.lifetimeOf(spec.category, this.prefixOf(spec.category, spec.sizeClass, scratch), spec.lifetimeOverride, scratch).years;
        this.lifetimes.set(key, lifetime);
      }
      known = lifetime.lo.gte(age + 1) ? 'full' : lifetime.hi.lte(age) ? 'done' : `a${age}`;
      byAge.set(age, known);
    }
    return known;
  }

  /** `begesKey` per lifetime key and age. */
  private readonly begesKeys = new Map<string, Map<number, string>>();

  /** Cache key of a spec: every field the per-device numbers depend on. */
  keyOf(spec: DeviceSpec): string {
    return [
      spec.category,
      spec.sizeClass ?? '',
      spec.refurbished ? 'r' : '',
      spec.lifetimeOverride?.toString() ?? '',
      usageKey(spec.usage),
      spec.country,
      spec.status,
      this.yearKey(spec),
      spec.siteEnergy ? 's' : '',
    ].join('|');
  }

  /** The per-device footprint of a spec (cached). */
  unit(spec: DeviceSpec, key = this.keyOf(spec)): UnitFootprint {
    const known = this.cache.get(key);
    if (known) return known;
    const computed = this.compute(spec);
    this.cache.set(key, computed);
    return computed;
  }

  /** Row prefix of a category: the size-class variant when the factor set has it. */
  prefixOf(category: CategoryId, sizeClass: SizeClass | undefined, trace: TraceBuilder): string {
    const base = `device.${category}`;
    if (sizeClass !== undefined) {
      const variant = `${base}.${sizeClass}`;
      if (this.lookup.row(`${variant}.manufacturing.co2eKg`)) {
        trace.assume('size_class_variant', { category, sizeClass });
        return variant;
      }
      trace.fallback('size_class_variant_missing', { category, sizeClass });
      return base;
    }
    if (category === 'printer' || category === 'mfp') {
      const anyVariant = ['small', 'medium', 'large'].some((size) => this.lookup.row(`${base}.${size}.manufacturing.co2eKg`));
      if (anyVariant) trace.fallback('size_class_missing', { category });
    }
    return base;
  }

  /** Lifetime by the cascade: override, organisation hypothesis, factor set default. */
  lifetimeOf(category: CategoryId, prefix: string, override: Dec | undefined, trace: TraceBuilder): { years: Interval; level: LifetimeLevel } {
    if (override !== undefined) {
      trace.assume('lifetime_override', { category, years: override.toString() });
      return { years: exact(override), level: 'override' };
    }
    const hypothesis = this.options.organisation?.lifetimeHypotheses[category];
    if (hypothesis !== undefined) {
      trace.assume('lifetime_organisation', { category, years: hypothesis.toString() });
      return { years: exact(hypothesis), level: 'organisation' };
    }
    let id = `${prefix}.lifetimeYears`;
    let value = this.lookup.interval(id);
    if (!value && prefix !== `device.${category}`) {
      id = `device.${category}.lifetimeYears`;
      value = this.lookup.interval(id);
    }
    if (!value) throw new FootprintError('factor_missing', { id, factorSet: this.lookup.version });
    trace.factor(id).fallback('lifetime_default', { category, years: value.v.toString(), factorId: id });
    return { years: value, level: 'default' };
  }

  /** Default annual energy of a device (power × hours × days, else annual kWh). */
  defaultEnergy(category: CategoryId, prefix: string): DefaultEnergy {
    for (const candidate of prefix === `device.${category}` ? [prefix] : [prefix, `device.${category}`]) {
      const power = this.lookup.interval(`${candidate}.use.activePowerW`);
      const hours = this.lookup.interval(`${candidate}.use.hoursPerDay`);
      const days = this.lookup.interval(`${candidate}.use.daysPerYear`);
      if (power && hours && days) {
        const kwh = mulI(mulI(power, hours), days);
        return {
          kwh: divD(kwh, THOUSAND),
          prefix: candidate,
          factorIds: [`${candidate}.use.activePowerW`, `${candidate}.use.hoursPerDay`, `${candidate}.use.daysPerYear`],
          source: 'power',
        };
      }
      const annual = this.lookup.interval(`${candidate}.use.energyKwhPerYear`);
      if (annual) return { kwh: annual, prefix: candidate, factorIds: [`${candidate}.use.energyKwhPerYear`], source: 'annual' };
    }
    return { kwh: ZERO_INTERVAL, prefix, factorIds: [], source: 'none' };
  }

  /** Annual energy of one device in service, from metered kWh, a usage profile, or the default. */
  energyOf(category: CategoryId, prefix: string, usage: UsageProfile | undefined, trace: TraceBuilder): Interval {
    if (usage?.kind === 'metered') {
      trace.assume('use_metered', { category, kwh: usage.energyKwhPerYear.toString() });
      return exact(usage.energyKwhPerYear);
    }
    if (usage?.kind === 'profile') {
      const id = [`${prefix}.use.activePowerW`, `device.${category}.use.activePowerW`].find((candidate) => this.lookup.row(candidate));
      if (id) {
        const power = this.lookup.require(id);
        const hoursDays = usage.hoursPerDay.times(usage.daysPerYear).div(THOUSAND);
        trace.factor(id).assume('use_profile', { category, hoursPerDay: usage.hoursPerDay.toString(), daysPerYear: usage.daysPerYear.toString() });
        return mulD(power, hoursDays);
      }
      trace.fallback('use_profile_without_power', { category });
    }
    const fallback = this.defaultEnergy(category, prefix);
    for (const id of fallback.factorIds) trace.factor(id);
    if (fallback.source === 'none') {
      trace.fallback('use_factor_missing', { category });
    } else {
      trace.fallback('use_default', { category, kwh: fallback.kwh.v.toString() });
    }
    return fallback.kwh;
  }

  /**
   * Electricity intervals (GHG, water, ADP per kWh) of a country for the bilan year. A country
   * without a GHG row takes the European Union average when it is a member, else (or when the set
   * has no EU row) the world average, never the organisation's country; the fallback is traced.
   */
  electricityOf(country: string, trace: TraceBuilder): { co2: Interval; water: Interval; adp: Interval } {
    const year = this.options.year;
    let choice = this.lookup.electricity(country, year);
    let used = country;
    if (!choice) {
      const candidates = [...(EU27.has(country) ? EU_AVERAGE_CODES : []), ...WORLD_AVERAGE_CODES];
      for (const candidate of candidates) {
        choice = this.lookup.electricity(candidate, year);
        if (choice) {
          used = candidate;
          break;
        }
      }
      if (!choice) throw new FootprintError('electricity_missing', { country, year, factorSet: this.lookup.version });
      trace.fallback(EU_AVERAGE_CODES.includes(used) ? 'electricity_eu_fallback' : 'electricity_world_fallback', { country, fallbackCountry: used, factorId: choice.id });
    }
    trace.factor(choice.id);
    if (choice.rule === 'exact') trace.assume('electricity_vintage', { country: used, vintage: choice.vintage });
    else trace.fallback('electricity_vintage_fallback', { country: used, year, vintage: choice.vintage });
    const waterId = `electricity.${used}.waterLPerKwh`;
    const water = this.lookup.interval(waterId);
    if (water) trace.factor(waterId);
    else trace.fallback('electricity_water_missing', { country: used });
    const adpId = `electricity.${used}.adpKgSbEqPerKwh`;
    const adp = this.lookup.interval(adpId);
    if (adp) trace.factor(adpId);
    return { co2: choice.co2eKgPerKwh, water: water ?? ZERO_INTERVAL, adp: adp ?? ZERO_INTERVAL };
  }

  /** Share of the life-cycle embodied impact charged to the bilan year, and whether use counts. */
  private accounting(spec: DeviceSpec, lifetime: Interval, trace: TraceBuilder): { share: Interval; countsUse: boolean } {
    const { category, status } = spec;
    if (status === 'disposed') {
      trace.assume('status_disposed_excluded', { category });
      return { share: ZERO_INTERVAL, countsUse: false };
    }
    if (spec.purchaseYear !== undefined && spec.purchaseYear > this.options.year) {
      trace.assume('purchased_after_year', { category, purchaseYear: spec.purchaseYear, year: this.options.year });
      return { share: ZERO_INTERVAL, countsUse: false };
    }
    const countsUse = status === 'in-service' || status === 'reuse';
    if (status === 'stock') trace.assume('status_stock_no_use', { category });
    if (status === 'reuse') trace.assume('status_reuse', { category });
    if (this.options.method === 'stock') return { share: this.stockShare(spec, lifetime, trace), countsUse };
    const n = this.amortisationYears;
    if (spec.purchaseYear === undefined) {
      trace.fallback('flux_purchase_year_missing', { category });
      return { share: ZERO_INTERVAL, countsUse };
    }
    const age = this.options.year - spec.purchaseYear;
    if (age < n) {
      trace.assume('method_flux_purchase', { category, purchaseYear: spec.purchaseYear, amortisationYears: n });
      return { share: exact(ONE.div(n)), countsUse };
    }
    trace.assume('method_flux_not_purchased', { category, purchaseYear: spec.purchaseYear, amortisationYears: n });
    return { share: ZERO_INTERVAL, countsUse };
  }

  /**
   * Stock method: the share of the embodied impact charged to the bilan year. Fleet rule: 1 ÷
   * lifetime for every device. BEGES rule: the year of age `a` (0 in the purchase year) carries
   * min(1, L − a) ÷ L while a < L, nothing after, so the shares of all years add up to exactly 1,
   * lifetimes in fractions of a year included. A device without a purchase year takes the fleet
   * rule (traced as a fallback).
   */
  private stockShare(spec: DeviceSpec, lifetime: Interval, trace: TraceBuilder): Interval {
    const { category } = spec;
    if (this.stockRule === 'fleet') {
      trace.assume('method_stock', { category });
      return invI(lifetime);
    }
    if (spec.purchaseYear === undefined) {
      trace.fallback('stock_purchase_year_missing', { category });
      return invI(lifetime);
    }
    const age = this.options.year - spec.purchaseYear;
    const share = begesShare(new D(age), lifetime);
    // No purchase year in the note: the ages of a full year (or of a finished amortisation) share one specification.
    if (share.v.isZero()) trace.assume('method_stock_beges_amortised', { category, years: lifetime.v.toString() });
    else trace.assume('method_stock_beges', { category, years: lifetime.v.toString() });
    return share;
  }

  /**
   * What one device of a specification is over its life, whatever its purchase year: life-cycle
   * impacts, manufacturing of a new one, lifetime, annual use, and the trace of these. Specs that
   * differ only by purchase year (the BEGES or flux keys of `keyOf`) share it; `compute` adds the
   * year's accounting.
   */
  private lifeCycleOf(spec: DeviceSpec): LifeCycle {
    const key = [spec.category, spec.sizeClass ?? '', spec.refurbished ? 'r' : '', spec.lifetimeOverride?.toString() ?? '', usageKey(spec.usage), spec.country, spec.status, spec.siteEnergy ? 's' : ''].join('|');
    let known = this.lifeCycles.get(key);
    if (!known) {
      known = this.computeLifeCycle(spec);
      this.lifeCycles.set(key, known);
    }
    return known;
  }

  private readonly lifeCycles = new Map<string, LifeCycle>();

  private computeLifeCycle(spec: DeviceSpec): LifeCycle {
    const trace = new TraceBuilder();
    const { category } = spec;
    const prefix = this.prefixOf(category, spec.sizeClass, trace);
    const manufacturingId = `${prefix}.manufacturing.co2eKg`;
    if (!this.lookup.row(manufacturingId)) throw new FootprintError('factor_missing', { id: manufacturingId, factorSet: this.lookup.version });
    const lifetime = this.lifetimeOf(category, prefix, spec.lifetimeOverride, trace);

    let refurbishedShare: Interval | undefined;
    if (spec.refurbished) {
      const id = 'device.refurbished.manufacturingShare';
      refurbishedShare = this.lookup.require(id);
      trace.factor(id).assume('refurbished_share', { category, share: refurbishedShare.v.toString() });
    }

    // Life-cycle embodied impacts of one device.
    const lifecycle = new Accumulator();
    const newManufacturing = new Accumulator();
    for (const phase of EMBODIED_PHASES) {
      for (const indicator of EMBODIED_INDICATORS[phase]) {
        const id = `${prefix}.${phase}.${indicator}`;
        const value = this.lookup.interval(id);
        if (!value) {
          if (indicator !== 'adpKgSbEq') trace.assume('indicator_not_covered', { category, phase, indicator });
          continue;
        }
        trace.factor(id);
        lifecycle.add(phase, indicator, phase === 'manufacturing' && refurbishedShare ? mulI(value, refurbishedShare) : value);
        if (phase === 'manufacturing') newManufacturing.add(phase, indicator, value);
      }
    }
    // The embodied cells, before the use phase is added to the life cycle.
    const embodied = EMBODIED_PHASES.map((phase) => EMBODIED_INDICATORS[phase].map((indicator) => lifecycle.get(phase, indicator)));

    // Use: annual electricity of one device in service.
    let energy: Interval = ZERO_INTERVAL;
    let useAnnual: LifeCycle['useAnnual'];
    const inService = spec.status === 'in-service' || spec.status === 'reuse';
    if (!spec.siteEnergy && inService) {
      energy = this.energyOf(category, prefix, spec.usage, trace);
      const grid = this.electricityOf(spec.country, trace);
      useAnnual = { co2: mulI(energy, grid.co2), water: mulI(energy, grid.water), adp: mulI(energy, grid.adp) };
    } else if (spec.siteEnergy) {
      trace.assume('use_in_site_energy', { category });
    }
    if (useAnnual) {
      const years = lifetime.years;
      lifecycle
        .add('use', 'co2eKg', mulI(useAnnual.co2, years))
        .add('use', 'waterL', mulI(useAnnual.water, years))
        .add('use', 'adpKgSbEq', mulI(useAnnual.adp, years))
        .add('use', 'energyKwh', mulI(energy, years));
    }
    return {
      lifetime,
      embodied,
      energy,
      useAnnual,
      lifecycle: lifecycle.toValues().byPhase,
      newManufacturing: (({ total, low, high }) => ({ total, low, high }))(newManufacturing.toValues()),
      trace: trace.build(),
    };
  }

  private compute(spec: DeviceSpec): UnitFootprint {
    const life = this.lifeCycleOf(spec);
    const trace = new TraceBuilder().merge(life.trace);
    const { lifetime, energy, useAnnual } = life;
    const { share, countsUse } = this.accounting(spec, lifetime.years, trace);
    const annual = new Accumulator();
    if (share !== ZERO_INTERVAL) {
      EMBODIED_PHASES.forEach((phase, p) => {
        EMBODIED_INDICATORS[phase].forEach((indicator, i) => {
          const value = (life.embodied[p] as Interval[])[i] as Interval;
          if (value !== ZERO_INTERVAL) annual.add(phase, indicator, mulI(value, share));
        });
      });
    }
    if (useAnnual && countsUse) {
      annual.add('use', 'co2eKg', useAnnual.co2).add('use', 'waterL', useAnnual.water).add('use', 'adpKgSbEq', useAnnual.adp).add('use', 'energyKwh', energy);
    }
    return Object.freeze({
      annual: annual.toValues(),
      lifecycle: life.lifecycle,
      newManufacturing: life.newManufacturing,
      lifetimeYears: lifetime.years.v,
      lifetimeLevel: lifetime.level,
      counted: spec.status !== 'disposed' && !(spec.purchaseYear !== undefined && spec.purchaseYear > this.options.year),
      energyKwhPerYear: energy.v,
      trace: trace.build(),
    });
  }
}


/** min(1, L − a) ÷ L for a < L, else 0: BEGES share of the year of age `a` for a lifetime L. */
function begesShareAt(age: Dec, years: Dec): Dec {
  if (age.gte(years)) return ZERO;
  const remaining = years.minus(age);
  return (remaining.lt(ONE) ? remaining : ONE).div(years);
}

/**
 * The BEGES share over a lifetime interval. The function of L rises while L < a + 1 and falls
 * after, so its bounds over [lo, hi] are taken at the ends and, when inside, at L = a + 1.
 */
export function begesShare(age: Dec, lifetime: Interval): Interval {
  const candidates = [begesShareAt(age, lifetime.lo), begesShareAt(age, lifetime.hi)];
  const peak = age.plus(ONE);
  if (peak.gt(lifetime.lo) && peak.lt(lifetime.hi)) candidates.push(begesShareAt(age, peak));
  const v = begesShareAt(age, lifetime.v);
  candidates.push(v);
  // The Monte Carlo draws the same share of the drawn lifetime (a derived variable of the lifetime row).
  // Its name is canonical per class of the device model's cache key (`begesKey`): every age with a
  // full year over the whole range (1 ÷ L) is one function, every finished amortisation (0) another,
  // so the symbolic total, and the Monte Carlo seed hashed from it, do not depend on which age filled
  // the cache first.
  const a = age.toNumber();
  const name = age.plus(ONE).lte(lifetime.lo) ? 'beges:full' : age.gte(lifetime.hi) ? 'beges:done' : `beges:${age.toString()}`;
  return derivedI({ v, lo: D.min(...candidates), hi: D.max(...candidates) }, lifetime, name, (years) => (a >= years ? 0 : Math.min(1, years - a) / years));
}
