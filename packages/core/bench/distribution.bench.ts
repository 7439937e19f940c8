/**
 * Monte Carlo benchmark (issue 13, §3). Run: `npx vitest bench --run --project core` (or the root
 * `npm run bench`).
 *
 * Budget on the 2-core reference machine, computation and simulation together (a fresh result
 * each time, so nothing of the simulation is cached), with the distribution of every breakdown and
 * of every group:
 * - the demo project (2,518 devices, a server room, cloud and uses) in ≤ 1 s;
 * - a synthetic inventory of 100k devices (one row per device) in ≤ 2 s.
 *
 * Prints PASS or FAIL on the median wall time, with the CPU time of the process (close to the
 * idle-machine time when the machine is busy) and the load average.
 */
import { loadavg } from 'node:os';
import { afterAll, bench, describe } from 'vitest';
import { computeDistribution, computeFootprint, getFactorSet, parseHosting, parseOrganisation, parseProject, parseUsage, type FootprintResult, type ProjectFile } from '../src/index';
import { demoProjectFile } from '../src/demo';
import { syntheticInventory } from './synthetic';

const BUDGET_MS = { demo: 1000, '100k': 2000 } as const;

const demo = parseProject(demoProjectFile);
const organisation = parseOrganisation({ name: 'Bench', kind: 'epci', population: 100000, agents: 2000, referenceYear: 2025 });
const hosting = parseHosting({});
const usage = parseUsage({});
if (!demo.success || !organisation.success || !hosting.success || !usage.success) throw new Error('bench fixtures do not parse');
const project: ProjectFile = demo.data;
const inventory = syntheticInventory(100_000);
const factorSet = getFactorSet('fr-2025.1');

const wall = new Map<string, number[]>();
const cpu = new Map<string, number[]>();

function simulate(result: FootprintResult): void {
  const distribution = computeDistribution(result);
  for (const group of result.groups) distribution.of(group);
}

function timed(name: keyof typeof BUDGET_MS, run: () => void): () => void {
  return () => {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    wall.set(name, [...(wall.get(name) ?? []), elapsed]);
    cpu.set(name, [...(cpu.get(name) ?? []), (used.user + used.system) / 1000]);
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

describe('Monte Carlo distribution', () => {
  bench(
    'demo project: computeFootprint + computeDistribution',
    timed('demo', () =>
      simulate(computeFootprint(project, getFactorSet(project.factorSetVersion), { year: project.organisation.referenceYear, method: project.method })),
    ),
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    '100k devices: computeFootprint + computeDistribution',
    timed('100k', () =>
      simulate(computeFootprint({ organisation: organisation.data, inventory, hosting: hosting.data, usage: usage.data }, factorSet, { year: 2025, method: 'stock' })),
    ),
    { iterations: 5, warmupIterations: 1 },
  );
});

afterAll(() => {
  const lines = ['', `REEN kit Monte Carlo benchmark (1-minute load average ${(loadavg()[0] ?? 0).toFixed(2)} on this machine)`];
  for (const name of Object.keys(BUDGET_MS) as (keyof typeof BUDGET_MS)[]) {
    const list = wall.get(name);
    if (!list || list.length === 0) continue;
    const ms = median(list);
    lines.push(
      `  ${name}: median ${ms.toFixed(0)} ms (CPU time ${median(cpu.get(name) ?? []).toFixed(0)} ms); budget ≤ ${BUDGET_MS[name]} ms: ${ms <= BUDGET_MS[name] ? 'PASS' : 'FAIL'}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
});
