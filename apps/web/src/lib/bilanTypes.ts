import type { Dec, Trace } from '@reen/core';

/** One row of a bilan breakdown, ready for a chart and its table. */
export interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly value: Dec;
  readonly quantity?: number | undefined;
  readonly trace?: Trace | undefined;
}
