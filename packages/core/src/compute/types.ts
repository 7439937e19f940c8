import type { Dec } from '../internal/decimal';
import type { CategoryId, DeviceStatus, Perimeter, Phase } from '../schemas/categories';
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
  readonly groups: readonly GroupFootprint[];
  readonly byCategory: readonly Breakdown<CategoryId>[];
  readonly byPerimeter: readonly Breakdown<Perimeter>[];
  /** By site name; devices without a site fall under `""`. Hosting sites use their name. */
  readonly bySite: readonly Breakdown<string>[];
  readonly byDomain: readonly Breakdown<FootprintDomain>[];
  /** Total divided by agents and by inhabitants; `undefined` when the divisor is zero. */
  readonly perAgent: Indicators | undefined;
  readonly perInhabitant: Indicators | undefined;
}
