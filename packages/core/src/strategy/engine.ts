import type { AccountingMethod, FootprintResult, StockRule } from '../compute/types';
import type { FactorSet } from '../schemas/factors';
import type { StrategyInputs } from './applyLevers';

/** Options of one footprint computation. */
export interface ComputeOptions {
  readonly year: number;
  readonly method: AccountingMethod;
  readonly amortisationYears: number;
  readonly stockRule?: StockRule;
}

/** The footprint engine's signature (`computeFootprint`), injectable for tests. */
export type FootprintEngine = (input: StrategyInputs, factorSet: FactorSet, options: ComputeOptions) => FootprintResult;
