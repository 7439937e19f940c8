/**
 * Footprint engine benchmark (issue 2, §5). Run: `npx vitest bench --run --project core` (or the
 * root `pnpm bench`).
 *
 * - Synthetic inventories of 10k, 100k and 1M devices, one row per device (a GLPI-like export):
 *   prints the throughput of `computeFootprint`.
 * - Budget: 100k devices in ≤ 200 ms on the 2-core reference machine; prints PASS or FAIL on the
 *   median time of repeated computations (per-factor-set caches warm, as when an application
 *   recomputes after an edit), and the median with cold caches for comparison.
 * - ADEME's publicodes engine (`@incubateur-ademe/publicodes-acv-numerique`) on a 2,000-device
 *   sample: prints its time per device and the ratio to the core's time per device (≥ 1,000×).
 *
 * The summary is written to stdout after the runs. Timings depend on the load of the machine:
 * run it on an otherwise idle machine.
 */
import Engine from 'publicodes';
import rules from '@incubateur-ademe/publicodes-acv-numerique';
import { loadavg } from 'node:os';
import { afterAll, bench, describe } from 'vitest';
import { computeFootprint, getFactorSet, parseHosting, parseOrganisation, parseUsage, type Inventory } from '../src/index';
import { syntheticInventory } from './synthetic';

const BUDGET_MS = 200;
const REQUIRED_RATIO = 1000;
const PUBLICODES_SAMPLE = 2000;

const factorSet = getFactorSet('fr-2025.1');
const parsedOrganisation = parseOrganisation({ name: 'Bench', kind: 'epci', population: 100000, agents: 2000, referenceYear: 2025 });
const parsedHosting = parseHosting({});
const parsedUsage = parseUsage({});
if (!parsedOrganisation.success || !parsedHosting.success || !parsedUsage.success) throw new Error('bench fixtures do not parse');
const organisation = parsedOrganisation.data;
const hosting = parsedHosting.data;
const usage = parsedUsage.data;

const SIZES = [10_000, 100_000, 1_000_000] as const;
const inventories = new Map<number, Inventory>(SIZES.map((size) => [size, syntheticInventory(size)]));
const timings = new Map<string, number[]>();
/** CPU time of the process per run (user + system, ms): close to the idle-machine time when the machine is busy. */
const cpuTimings = new Map<string, number[]>();

function timed(name: string, run: () => void): () => void {
  return () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const list = timings.get(name) ?? [];
    list.push(wall);
    timings.set(name, list);
    const cpuList = cpuTimings.get(name) ?? [];
    cpuList.push((used.user + used.system) / 1000);
    cpuTimings.set(name, cpuList);
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const compute = (size: number) => () => {
  computeFootprint({ organisation, inventory: inventories.get(size) as Inventory, hosting, usage }, factorSet, { year: 2025, method: 'stock' });
};
/**
 * Cold: a copy of the factor set object defeats the per-factor-set caches (row look-up, device
 * model), so the run pays for building them, as the first computation of a session does.
 */
const computeCold = (size: number) => () => {
  computeFootprint({ organisation, inventory: inventories.get(size) as Inventory, hosting, usage }, { ...factorSet }, { year: 2025, method: 'stock' });
};

// ADEME's model, evaluated per device as ADEME's tools do: one situation per device, the seven
// rules the parity test compares.
const ADEME_NAMES: Readonly<Record<string, string>> = {
  laptop: 'ordinateur portable',
  desktop: 'ordinateur fixe pro',
  monitor: 'écran',
  smartphone: 'smartphone',
  tablet: 'tablette',
  'tv-display': 'TV',
};
const RULES = ['carbone . fabrication', 'carbone . distribution', 'carbone . fin de vie', 'carbone . usage théorique', 'consommation annuelle', 'eau . fabrication', 'eau . distribution'];
const sample = syntheticInventory(20_000, 7)
  .filter((item) => item.category in ADEME_NAMES)
  .slice(0, PUBLICODES_SAMPLE);
const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
const engine = new Engine(rules as ConstructorParameters<typeof Engine>[0], { logger: silent });
const mix = factorSet.rows.find((row) => row.id === 'electricity.FRA.2025.co2eKgPerKwh')?.value ?? '0';

function runPublicodes(): void {
  for (const item of sample) {
    engine.setSituation({ 'publicodes-commun . mix électrique . empreinte carbone': `${mix} kgCO2e/kWh` });
    const name = ADEME_NAMES[item.category] as string;
    for (const rule of RULES) engine.evaluate(`acv . ${name} . ${rule}`);
  }
}

describe('computeFootprint on synthetic inventories', () => {
  bench('10k devices', timed('10k', compute(10_000)), { iterations: 20, warmupIterations: 3, time: 0 });
  bench('100k devices', timed('100k', compute(100_000)), { iterations: 10, warmupIterations: 2, time: 0 });
  bench('1M devices', timed('1M', compute(1_000_000)), { iterations: 3, warmupIterations: 1, time: 0 });
  bench('100k devices, cold caches', timed('100k-cold', computeCold(100_000)), { iterations: 5, warmupIterations: 1, time: 0 });
});

describe('ADEME publicodes engine', () => {
  bench(`publicodes, ${PUBLICODES_SAMPLE} devices`, timed('publicodes', runPublicodes), { iterations: 2, warmupIterations: 1, time: 0 });
});

afterAll(() => {
  // Timings mean little on a busy machine: print the 1-minute load average with them.
  const load = loadavg()[0] ?? 0;
  const lines: string[] = ['', `REEN kit footprint benchmark (1-minute load average ${load.toFixed(2)} on this machine)`];
  const perDevice = new Map<string, number>();
  for (const [label, size] of [
    ['10k', 10_000],
    ['100k', 100_000],
    ['1M', 1_000_000],
  ] as const) {
    const list = timings.get(label);
    if (!list || list.length === 0) continue;
    const ms = median(list);
    perDevice.set(label, ms / size);
    lines.push(
      `  ${label.padStart(5)} devices: median ${ms.toFixed(1)} ms (min ${Math.min(...list).toFixed(1)} ms, CPU time ${median(cpuTimings.get(label) ?? []).toFixed(1)} ms), ${Math.round(size / (ms / 1000)).toLocaleString('en')} devices/s`,
    );
  }
  const hundred = timings.get('100k');
  if (hundred && hundred.length > 0) {
    const ms = median(hundred);
    lines.push(`  budget 100k devices ≤ ${BUDGET_MS} ms: ${ms <= BUDGET_MS ? 'PASS' : 'FAIL'} (median ${ms.toFixed(1)} ms)`);
  }
  const cold = timings.get('100k-cold');
  if (cold && cold.length > 0) {
    const ms = median(cold);
    lines.push(`  100k devices with cold caches (first computation of a session): median ${ms.toFixed(1)} ms, ${ms <= BUDGET_MS ? 'within' : 'over'} the budget`);
  }
  const ademe = timings.get('publicodes');
  const core = perDevice.get('100k');
  if (ademe && ademe.length > 0 && core !== undefined) {
    const ademePerDevice = median(ademe) / sample.length;
    const ratio = ademePerDevice / core;
    lines.push(`  publicodes: ${(ademePerDevice * 1000).toFixed(1)} µs per device (${sample.length} devices); core: ${(core * 1000).toFixed(3)} µs per device`);
    lines.push(`  speed ratio per device ≥ ${REQUIRED_RATIO}×: ${ratio >= REQUIRED_RATIO ? 'PASS' : 'FAIL'} (${Math.round(ratio).toLocaleString('en')}×)`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
});
