import type { Dec, Trace } from '@reen/core';

/** One row of a bilan breakdown, ready for a chart and its table. */
export interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly value: Dec;
  readonly quantity?: number | undefined;
  readonly trace?: Trace | undefined;
  /** Monte Carlo percentiles of the value, when the row is a node of the result. */
  readonly p5?: Dec | undefined;
  readonly p95?: Dec | undefined;
}
