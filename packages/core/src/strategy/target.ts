import { dec, type Dec } from '../internal/decimal';
import type { Objective } from './schema';

const HUNDRED = dec(100);

/** The target value in the indicator's unit: absolute, or baseline × (1 + value / 100) for a relative target. */
export function resolveTarget(objective: Pick<Objective, 'baseline' | 'target'>): Dec {
  return objective.target.mode === 'absolute' ? objective.target.value : objective.baseline.value.times(HUNDRED.plus(objective.target.value)).dividedBy(HUNDRED);
}
