// Preloaded by the CLI benchmarks (`node --import`): writes the process's peak resident set size
// (kilobytes) and CPU time (user and system, microseconds) as JSON to the file named by
// REEN_BENCH_PEAK_FILE when the process exits.
import { writeFileSync } from 'node:fs';

const target = process.env.REEN_BENCH_PEAK_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }));
  });
}
