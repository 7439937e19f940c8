import type { Dec } from '../internal/decimal';
import type { CategoryId, DeviceStatus, Perimeter, Phase, SizeClass, StockRule } from '../schemas/categories';
import type { Indicator } from '../schemas/factors';

/** One value per indicator. The two water indicators are separate and never summed together. */
export type Indicators = Readonly<Record<Indicator, Dec>>;

/** A sentence of the trace, as a code and parameters (worded by the message maps). */
export interface TraceNote {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What produced a result: the factor rows, the assumptions, the fallbacks. Nothing falls back silently. */
export interface Trace {
  /** Ids of the factor rows used, sorted, without duplicates. */
  readonly factors: readonly string[];
  readonly assumptions: readonly TraceNote[];
  readonly fallbacks: readonly TraceNote[];
}

/** Central value with low and high bounds, per indicator, and per phase. */
export interface FootprintNode {
  readonly total: Indicators;
  readonly low: Indicators;
  readonly high: Indicators;
  readonly byPhase: Readonly<Record<Phase, Indicators>>;
  readonly trace: Trace;
}

/** Which level of the lifetime cascade gave the lifetime. */
export type LifetimeLevel = 'override' | 'organisation' | 'default';

/** Accounting method (BEGES): stock (amortised over the lifetime) or flux (purchases of the year). */
export type AccountingMethod = 'stock' | 'flux';

/**
 * Stock method: `beges` charges manufacturing ÷ lifetime only during the lifetime years (BEGES
 * physical-lifetime amortisation, the default); `fleet` charges every device in service ÷ lifetime
 * whatever its age (EcoDiag stock rule).
 */
export type { StockRule } from '../schemas/categories';

/** How the stock rule applied to the fleet: the counts a data-quality reading starts from. */
export interface StockRuleSummary {
  readonly rule: StockRule;
  /** Devices (quantities) without a purchase year: the fleet rule applied to them (stock method). */
  readonly devicesWithoutPurchaseYear: number;
  /** Devices bought after the bilan year: not in that year's fleet, counted nowhere. */
  readonly devicesBoughtAfterYear: number;
}

/** The footprint of one group of identical devices (same category, lifetime, year, status, perimeter, site, usage). */
export interface GroupFootprint extends FootprintNode {
  readonly key: string;
  readonly category: CategoryId;
  readonly perimeter: Perimeter;
  readonly site: string | undefined;
  readonly status: DeviceStatus;
  readonly purchaseYear: number | undefined;
  readonly quantity: number;
  readonly lifetimeYears: Dec;
  readonly lifetimeLevel: LifetimeLevel;
  readonly sizeClass: SizeClass | undefined;
  readonly refurbished: boolean;
  /** Country whose electricity mix applies (item's, else the organisation's). */
  readonly country: string;
  /** Annual electricity of one device in service, kWh (zero for stock and disposed devices). */
  readonly energyKwhPerYear: Dec;
}

/** The result of `computeDeviceFootprint`: one inventory line, annual, plus the life-cycle view of one device. */
export interface DeviceFootprint extends FootprintNode {
  readonly category: CategoryId;
  readonly quantity: number;
  readonly lifetimeYears: Dec;
  readonly lifetimeLevel: LifetimeLevel;
  /** Annual electricity of one device in service, kWh. */
  readonly energyKwhPerYear: Dec;
  /**
   * One device over its whole lifetime, whatever the accounting method: manufacturing,
   * distribution and end of life in full (refurbished share applied), use = annual use × lifetime.
   * This is the view ADEME's model gives (parity test).
   */
  readonly lifecycle: Readonly<Record<Phase, Indicators>>;
  /** Manufacturing of one new device of its kind (no refurbished share), central value and factor range. */
  readonly newManufacturing: { readonly total: Indicators; readonly low: Indicators; readonly high: Indicators };
}

/** Where a part of the footprint comes from. */
export type FootprintDomain = 'fleet' | 'hosting' | 'cloud' | 'usage';

export interface Breakdown<K extends string> extends FootprintNode {
  readonly key: K;
  /** Number of devices (0 for non-device parts). */
  readonly quantity: number;
}

/** The result of `computeFootprint`. Frozen; every node carries its trace. */
export interface FootprintResult extends FootprintNode {
  readonly methodologyVersion: string;
  readonly factorSetVersion: string;
  readonly year: number;
  readonly method: AccountingMethod;
  /** Stock rule of the stock method (`beges` by default). */
  readonly stockRule: StockRule;
  /** The fleet's devices without a purchase year and bought after the year (same as `fleet.stockSummary`). */
  readonly stockSummary: StockRuleSummary;
  readonly groups: readonly GroupFootprint[];
  readonly byCategory: readonly Breakdown<CategoryId>[];
  readonly byPerimeter: readonly Breakdown<Perimeter>[];
  /** By site name; devices without a site fall under `""`. Hosting sites use their name. */
  readonly bySite: readonly Breakdown<string>[];
  readonly byDomain: readonly Breakdown<FootprintDomain>[];
  /** Total divided by agents and by inhabitants; `undefined` when the divisor is zero. */
  readonly perAgent: Indicators | undefined;
  readonly perInhabitant: Indicators | undefined;
  /** Flux amortisation period in years (1 in the stock method). */
  readonly amortisationYears: number;
  /** The parts, as computed by `computeFleetFootprint`, `computeHostingFootprint` and `computeUsageFootprint`. */
  readonly fleet: FleetFootprint;
  readonly hosting: HostingFootprint;
  readonly usage: UsageFootprint;
}

/** The result of `computeFleetFootprint`: groups and their breakdowns. */
export interface FleetFootprint extends FootprintNode {
  readonly groups: readonly GroupFootprint[];
  /** Devices counted (disposed devices excluded). */
  readonly quantity: number;
  readonly byCategory: readonly Breakdown<CategoryId>[];
  readonly byPerimeter: readonly Breakdown<Perimeter>[];
  readonly bySite: readonly Breakdown<string>[];
  /** The stock rule and the devices it could not apply to (see `StockRuleSummary`). */
  readonly stockSummary: StockRuleSummary;
}

/** One on-premise server room or colocation site. */
export interface SiteFootprint extends FootprintNode {
  readonly id: string;
  readonly name: string;
  readonly perimeter: Perimeter;
  /** Equipment counted on the site. */
  readonly quantity: number;
  readonly pue: Dec;
  readonly wueLPerKwh: Dec;
  readonly itEnergyKwh: Dec;
  /** IT energy × PUE. */
  readonly totalEnergyKwh: Dec;
}

/** One cloud consumption line. */
export interface CloudFootprint extends FootprintNode {
  readonly id: string;
  readonly label: string;
  readonly provider: string;
  readonly region: string;
  readonly country: string;
  readonly perimeter: Perimeter;
  readonly itEnergyKwh: Dec;
  readonly totalEnergyKwh: Dec;
}

/** The result of `computeHostingFootprint`. */
export interface HostingFootprint extends FootprintNode {
  readonly sites: readonly SiteFootprint[];
  readonly cloud: readonly CloudFootprint[];
  /** On-premise and colocation sites together. */
  readonly onPremise: FootprintNode;
  /** Cloud lines together. */
  readonly cloudTotal: FootprintNode;
}

/** The usage items of `computeUsageFootprint`. */
export const USAGE_ITEMS = ['networkFixed', 'networkMobile', 'emails', 'videoConference', 'videoStreaming', 'storage', 'website'] as const;
export type UsageItem = (typeof USAGE_ITEMS)[number];

/** The result of `computeUsageFootprint`, one node per usage item given. */
export interface UsageFootprint extends FootprintNode {
  readonly items: readonly (FootprintNode & { readonly key: UsageItem })[];
}
