/**
 * Analysis benchmark (issue 11: the core's part of `reen bilan` on a realistic 100,000-row GLPI
 * export). Run: `npx vitest bench --run --project core` (or the root `npm run bench`).
 *
 * The inventory is the one the importer makes of the bench export, grouped without entities
 * (`syntheticGroupedInventory`: about 10,700 lines, 4 categories × 90 sites × 10 purchase years ×
 * 3 statuses, 100,000 devices). Each run does what `reen bilan --format json` asks of the core:
 * `computeFootprint`, then `analyseFootprint` (Monte Carlo of the total, categories, perimeters,
 * 90 sites and domains, 5 indicators, 2,000 draws; sensitivity; reference position; data quality;
 * plausibility), then `serializeFootprint`.
 *
 * Budget on the 2-core reference machine: the three together ≤ 150 ms of CPU time (user + system,
 * background compilation and garbage collection included) in a fresh process. The first run of
 * this file is that case (nothing of the engine compiled yet); it prints PASS or FAIL against the
 * budget, with the phases, and the median of the warm runs for comparison.
 */
import { loadavg } from 'node:os';
import { afterAll, bench, describe } from 'vitest';
import { analyseFootprint, computeFootprint, getFactorSet, parseOrganisation, serializeFootprint } from '../src/index';
import { syntheticGroupedInventory } from './synthetic';

const BUDGET_MS = 150;

const parsed = parseOrganisation({ name: '—', kind: 'other', population: 0, agents: 0, referenceYear: 2026 });
if (!parsed.success) throw new Error('bench organisation does not parse');
const organisation = parsed.data;
const inventory = syntheticGroupedInventory();
const factorSet = getFactorSet();

interface Phases {
  compute: number;
  analyse: number;
  serialize: number;
}
const runs: Phases[] = [];

function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

function run(): void {
  const start = cpuMs();
  const result = computeFootprint({ organisation, inventory, hosting: { sites: [], cloud: [] }, usage: { boxesInInventory: false } }, factorSet, {
    year: 2026,
    method: 'stock',
    amortisationYears: 1,
    stockRule: 'beges',
  });
  const computed = cpuMs();
  const analysis = analyseFootprint(result, { organisation, factorSet, inventoryIsEstimate: false });
  const analysed = cpuMs();
  serializeFootprint(result, { lang: 'fr', analysis });
  const serialized = cpuMs();
  runs.push({ compute: computed - start, analyse: analysed - computed, serialize: serialized - analysed });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

describe('analysis of a grouped inventory', () => {
  bench(`${inventory.length.toLocaleString('en')} lines: computeFootprint + analyseFootprint + serializeFootprint`, run, {
    iterations: 6,
    warmupIterations: 0,
    warmupTime: 0,
    time: 0,
  });
});

afterAll(() => {
  const [first, ...warm] = runs;
  if (!first) return;
  const total = (phases: Phases): number => phases.compute + phases.analyse + phases.serialize;
  const line = (label: string, phases: Phases): string =>
    `  ${label}: ${total(phases).toFixed(0)} ms CPU (compute ${phases.compute.toFixed(0)}, analyse ${phases.analyse.toFixed(0)}, serialize ${phases.serialize.toFixed(0)})`;
  const lines = ['', `REEN kit analysis benchmark (1-minute load average ${(loadavg()[0] ?? 0).toFixed(2)} on this machine)`];
  lines.push(`${line('first run, nothing compiled (the fresh-process case)', first)}; budget ≤ ${BUDGET_MS} ms: ${total(first) <= BUDGET_MS ? 'PASS' : 'FAIL'}`);
  if (warm.length > 0) {
    lines.push(line(`median of ${warm.length} warm runs`, { compute: median(warm.map((r) => r.compute)), analyse: median(warm.map((r) => r.analyse)), serialize: median(warm.map((r) => r.serialize)) }));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
});
