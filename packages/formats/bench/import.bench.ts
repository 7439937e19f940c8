// Inventory import benchmark, run by the root `pnpm bench` (vitest bench, project "formats").
// 1. 100,000 realistic GLPI rows (about 22 MB of CSV, see generate.ts): importInventoryFiles end to end (decoding,
//    chunked parsing, profile and mapping, category inference, value parsing, validation by
//    @reen/core) against a bare papaparse parse of the same bytes, in the same run. Budget: ≤ 2×.
// 2. 1,000,000 rows: peak memory of the import, budget < 500 MB.
// Both print their measurements and PASS/FAIL.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { bench, describe } from 'vitest';
import { importInventoryFiles } from '../src/inventory';
import { generateGlpiCsv } from './generate';

const ROWS = 100_000;
const MEMORY_ROWS = 1_000_000;
const RATIO_BUDGET = 2;
const MEMORY_BUDGET_MB = 500;
const ROUNDS = 5;

const bytes = generateGlpiCsv(ROWS);
const mb = (n: number) => (n / 1e6).toFixed(1);

function barePapaparse(input: Uint8Array): number {
  const text = new TextDecoder().decode(input);
  return Papa.parse<string[]>(text).data.length;
}

async function fullImport(input: Uint8Array): Promise<number> {
  const r = await importInventoryFiles([{ name: 'glpi.csv', bytes: input }], { today: '2026-01-15' });
  if (r.counts.accepted + r.counts.rejected !== r.counts.rowsRead) throw new Error('counts do not add up');
  return r.counts.accepted;
}

/** A full garbage collection, so that heap figures measure live data only. */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** tinybench may call a one-iteration task more than once: the heavy checks run once and print once. */
let ratioDone = false;
let memoryDone = false;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describe(`inventory import: ${ROWS.toLocaleString('en')} rows, ${mb(bytes.length)} MB`, () => {
  bench('bare papaparse parse (decode + Papa.parse)', () => {
    barePapaparse(bytes);
  }, { iterations: 3, time: 0, warmupIterations: 1 });

  bench('importInventoryFiles end to end', async () => {
    await fullImport(bytes);
  }, { iterations: 3, time: 0, warmupIterations: 1 });

  bench(`budget: import ≤ ${RATIO_BUDGET}× papaparse (interleaved, median of ${ROUNDS})`, async () => {
    if (ratioDone) return;
    ratioDone = true;
    const papa: number[] = [];
    const imp: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let t = performance.now();
      barePapaparse(bytes);
      papa.push(performance.now() - t);
      t = performance.now();
      await fullImport(bytes);
      imp.push(performance.now() - t);
    }
    const ratio = median(imp) / median(papa);
    console.log(
      `[bench] ${ROWS} rows, ${mb(bytes.length)} MB: papaparse ${median(papa).toFixed(0)} ms, import ${median(imp).toFixed(0)} ms, ratio ${ratio.toFixed(2)} (budget ≤ ${RATIO_BUDGET}) ${ratio <= RATIO_BUDGET ? 'PASS' : 'FAIL'}`,
    );
  }, { iterations: 1, time: 0, warmupIterations: 0 });

  bench(`memory: ${MEMORY_ROWS.toLocaleString('en')} rows < ${MEMORY_BUDGET_MB} MB`, async () => {
    if (memoryDone) return;
    memoryDone = true;
    let big: Uint8Array | undefined = generateGlpiCsv(MEMORY_ROWS);
    const size = big.length;
    const used = () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.external;
    };
    gc();
    const before = used();
    let peak = before;
    const t = performance.now();
    // The realistic 1M-row file (about 223 MB) is above the default file cap: raised here, the
    // budget is about the memory of a million rows.
    const r = await importInventoryFiles([{ name: 'glpi-1m.csv', bytes: big }], {
      today: '2026-01-15',
      maxBytes: 512 * 1024 * 1024,
      onProgress: () => {
        peak = Math.max(peak, used());
      },
    });
    const seconds = (performance.now() - t) / 1000;
    peak = Math.max(peak, used());
    big = undefined;
    gc();
    const retainedMb = (used() - before + size) / 1e6;
    const rss = process.memoryUsage().rss;
    const peakMb = (peak - before) / 1e6;
    // An import that read nothing measures nothing: it fails.
    const ok = r.counts.rowsRead === MEMORY_ROWS && peakMb < MEMORY_BUDGET_MB && retainedMb < MEMORY_BUDGET_MB;
    console.log(
      `[bench] ${r.counts.rowsRead} rows (${mb(size)} MB CSV input, not counted) imported in ${seconds.toFixed(1)} s into ${r.items.length} items: peak heap+external during import ${peakMb.toFixed(0)} MB, result retained after GC ${retainedMb.toFixed(0)} MB (budget < ${MEMORY_BUDGET_MB} MB) ${ok ? 'PASS' : 'FAIL'}; process RSS ${mb(rss)} MB`,
    );
  }, { iterations: 1, time: 0, warmupIterations: 0 });
});
