/**
 * Quantiles of the Monte Carlo draws (internal): Hyndman & Fan type 7 on sorted draws, and the
 * same values from unsorted draws in linear time, by order statistics.
 */

/** The p-th quantile (0 ≤ p ≤ 1) of sorted draws, by linear interpolation between order statistics (Hyndman & Fan type 7). */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lower = sorted[i] as number;
  const upper = sorted[Math.min(i + 1, n - 1)] as number;
  return lower + (h - i) * (upper - lower);
}

/**
 * Values at the given ranks (0-based) of the draws in increasing order, without sorting them: one
 * pass counts the draws per bucket of equal width between the minimum and the maximum (a monotone
 * index: a larger draw never falls in a lower bucket), then only the few draws in the buckets that
 * hold the ranks are sorted. The same values as a full sort, in linear time; `draws` is unchanged.
 * Draws that are not all finite go through a full sort of a copy.
 */
export function orderStatistics(draws: Float64Array, ranks: readonly number[]): number[] {
  const n = draws.length;
  const range = extentOf(draws);
  const min = range[0] as number;
  const max = range[1] as number;
  const buckets = Math.max(1, Math.min(4096, n >> 2));
  const scale = buckets / (max - min);
  if (range[2] !== 0 || !(scale > 0 && scale < Infinity && min > -Infinity && max < Infinity)) return bySorting(draws, ranks);
  const bucketOfDraw = new Uint16Array(n);
  const counts = new Int32Array(buckets);
  assignBuckets(draws, min, scale, bucketOfDraw, counts);
  // The bucket of each rank, where that bucket starts in the sorted order, and where its draws go.
  const bucketOfRank: number[] = [];
  const startOf: number[] = [];
  const offset = new Int32Array(buckets).fill(-1);
  let size = 0;
  let start = 0;
  let bucket = 0;
  for (const rank of ranks) {
    // Ranks usually come in increasing order: the scan goes on from the previous one.
    if (rank < start) {
      start = 0;
      bucket = 0;
    }
    while (start + (counts[bucket] as number) <= rank) start += counts[bucket++] as number;
    bucketOfRank.push(bucket);
    startOf.push(start);
    if ((offset[bucket] as number) < 0) {
      offset[bucket] = size;
      size += counts[bucket] as number;
    }
  }
  // The draws of those buckets, each bucket in a slice of its own, sorted once.
  const gathered = new Float64Array(size);
  gatherBuckets(draws, bucketOfDraw, offset, gathered);
  const sorted = new Set<number>();
  return ranks.map((rank, r) => {
    const bucket = bucketOfRank[r] as number;
    const at = offset[bucket] as number;
    if (!sorted.has(bucket)) {
      gathered.subarray(at, at + (counts[bucket] as number)).sort();
      sorted.add(bucket);
    }
    return gathered[at + rank - (startOf[r] as number)] as number;
  });
}

/** [minimum, maximum, 1 if a draw is NaN else 0]. */
function extentOf(draws: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  let nan = 0;
  for (let i = 0; i < draws.length; i++) {
    const value = draws[i] as number;
    if (value < min) min = value;
    if (value > max) max = value;
    if (value !== value) nan = 1;
  }
  return Float64Array.of(min, max, nan);
}

/** Writes the bucket of each draw (equal widths from the minimum, the maximum in the last) and counts the draws per bucket. */
function assignBuckets(draws: Float64Array, min: number, scale: number, bucketOfDraw: Uint16Array, counts: Int32Array): void {
  const last = counts.length - 1;
  for (let i = 0; i < draws.length; i++) {
    // ≥ 0 and small: `| 0` is the floor.
    const raw = (((draws[i] as number) - min) * scale) | 0;
    const bucket = raw > last ? last : raw;
    bucketOfDraw[i] = bucket;
    counts[bucket] = (counts[bucket] as number) + 1;
  }
}

/** Copies the draws of the buckets with an offset (≥ 0) to their slices of `gathered`, in their order. */
function gatherBuckets(draws: Float64Array, bucketOfDraw: Uint16Array, offset: Int32Array, gathered: Float64Array): void {
  const filled = new Int32Array(offset.length);
  for (let i = 0; i < draws.length; i++) {
    const bucket = bucketOfDraw[i] as number;
    const at = offset[bucket] as number;
    if (at >= 0) gathered[at + (filled[bucket] as number)++] = draws[i] as number;
  }
}

/** Order statistics by a full sort of a copy (draws that are not all finite numbers). */
function bySorting(draws: Float64Array, ranks: readonly number[]): number[] {
  const sorted = Float64Array.from(draws).sort();
  return ranks.map((rank) => sorted[rank] as number);
}

/**
 * Quantiles of unsorted draws (Hyndman & Fan type 7, as `quantileOfSorted`), from their order
 * statistics (`orderStatistics`) instead of a full sort: the same values, in linear time. Leaves
 * `draws` unchanged.
 *
 * @param ps - Probabilities in increasing order.
 */
export function quantilesOfUnsorted(draws: Float64Array, ps: readonly number[]): number[] {
  const n = draws.length;
  if (n === 0) return ps.map(() => 0);
  const ranks: number[] = [];
  for (const p of ps) {
    const h = (n - 1) * p;
    const i = Math.floor(h);
    ranks.push(i, i + 1 < n && h > i ? i + 1 : i);
  }
  const values = orderStatistics(draws, ranks);
  return ps.map((p, k) => {
    const h = (n - 1) * p;
    const i = Math.floor(h);
    const lower = values[2 * k] as number;
    const upper = values[2 * k + 1] as number;
    return lower + (h - i) * (upper - lower);
  });
}
