import type { Dec } from '../internal/decimal';
import type { Interval } from '../compute/values';
import type { Trace } from '../compute/types';

/** The indicators a territorial figure can carry. The national footprint is carbon only. */
export const TERRITORY_INDICATORS = ['co2eKg', 'energyKwh', 'waterL'] as const;
export type TerritoryIndicator = (typeof TERRITORY_INDICATORS)[number];

/**
 * One territorial figure: the indicators it covers (an absent indicator is « not estimated », never
 * zero), each a central value with low and high bounds, and its trace.
 */
export interface TerritoryNode {
  readonly values: Readonly<Partial<Record<TerritoryIndicator, Interval>>>;
  readonly trace: Trace;
}

/** A data centre on the territory: energy, CO2e and water, reported apart. */
export interface TerritoryDataCentreFootprint extends TerritoryNode {
  readonly id: string;
  readonly name: string;
  readonly itEnergyKwh: Dec;
  readonly pue: Dec;
  readonly wueLPerKwh: Dec;
}

/** A public digital service of the collectivité: its visitors' transfers (SWD v4). */
export interface PublicServiceFootprint extends TerritoryNode {
  readonly id: string;
  readonly name: string;
  readonly gigabytes: Dec;
}

/** Where the networks part of the residents' footprint comes from. */
export type NetworksBasis = 'national-share' | 'local-lines';

/** The result of `computeTerritoryFootprint`. Never added to the collectivité's own footprint. */
export interface TerritoryFootprint {
  /** Always `low`: national averages applied to a territory. */
  readonly confidence: 'low';
  readonly year: number;
  readonly population: number;
  /** The residents' digital footprint (terminals, data centres, networks): the territorial total. */
  readonly totals: TerritoryNode;
  /** `totals` per inhabitant. */
  readonly perInhabitant: TerritoryNode | undefined;
  /** The national per-person footprint, with its band. */
  readonly nationalPerInhabitant: TerritoryNode;
  readonly residents: {
    readonly terminals: TerritoryNode;
    /** `households`: boxes and TVs counted per household (`territory.households` given). */
    readonly terminalsBasis: 'per-person' | 'households';
    readonly dataCentres: TerritoryNode;
    readonly networks: TerritoryNode;
    readonly networksBasis: NetworksBasis;
  };
  /** Fixed and mobile lines on the territory × data per line × per-GB factors, when entered. */
  readonly networks: (TerritoryNode & { readonly fixedLines: number; readonly mobileLines: number }) | undefined;
  /** Reported apart: the services they host are in the residents' figure. */
  readonly dataCentres: readonly TerritoryDataCentreFootprint[];
  readonly dataCentresTotal: TerritoryNode;
  /** Reported apart: the visitors are mostly residents, already counted. */
  readonly publicServices: readonly PublicServiceFootprint[];
  readonly publicServicesTotal: TerritoryNode;
}
