import { checkStrategy, type Strategy } from '@reen/core';

/**
 * Whether the strategy can be published: the core's completeness check has no blocking item. Kept
 * in a module of its own so the step indicator loads the check (and the objective computations it
 * needs) on demand, outside the initial bundle.
 */
export function strategyReady(strategy: Strategy): boolean {
  return !checkStrategy(strategy).some((item) => item.severity === 'blocking');
}
