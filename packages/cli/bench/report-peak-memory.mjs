// Preloaded by the CLI benchmark (`node --import`): writes the process's peak resident set size,
// in kilobytes, to the file named by REEN_BENCH_PEAK_FILE when the process exits.
import { writeFileSync } from 'node:fs';

const target = process.env.REEN_BENCH_PEAK_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
