/** Test helper: a copy of the fixture factor set where only the named rows keep their range. */
import { FactorSetSchema, type FactorSet } from '../../src/index';
import { fixtureFactorSet } from '../fixtures/factorSet';

export function pinnedFactorSet(keep: readonly string[]): FactorSet {
  return FactorSetSchema.parse({
    ...fixtureFactorSet,
    rows: fixtureFactorSet.rows.map((row) =>
      keep.includes(row.id) ? row : { ...row, uncertainty: { ...row.uncertainty, low: row.value, high: row.value } },
    ),
  });
}
