/**
 * Seeded sampling for the Monte Carlo (internal): a string hash, a small pseudo-random generator,
 * Latin hypercube draws and the triangular distribution. Pure functions of their inputs: the same
 * seed and key always give the same draws, on every platform (32-bit integer arithmetic only).
 */

/** cyrb128: four 32-bit words from a string (public-domain hash by bryc). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A 128-bit hash of a string, as 32 hexadecimal digits (the Monte Carlo seed). */
export function hashText(text: string): string {
  return cyrb128(text)
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');
}

/** sfc32 (Small Fast Counter, PractRand-tested), uniform in [0, 1). */
function sfc32(seed: [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/**
 * `n` uniform draws of one stream by Latin hypercube sampling: draw i falls in stratum π(i) of
 * [0, 1), π a random permutation, at a random place inside it. The stream depends only on the seed
 * and its key, so adding a row to a project leaves the other rows' draws unchanged.
 */
export function latinHypercube(seed: string, key: string, n: number): Float64Array {
  const random = sfc32(cyrb128(`${seed}|${key}`));
  for (let i = 0; i < 12; i++) random();
  const strata = new Uint32Array(n);
  for (let i = 0; i < n; i++) strata[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = strata[i] as number;
    strata[i] = strata[j] as number;
    strata[j] = swap;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = ((strata[i] as number) + random()) / n;
  return out;
}

/**
 * The inverse distribution function of the triangular distribution with minimum `lo`, mode `mode`
 * and maximum `hi` (lo ≤ mode ≤ hi), at probability u ∈ [0, 1).
 */
export function triangularQuantile(u: number, lo: number, mode: number, hi: number): number {
  const width = hi - lo;
  if (width <= 0) return mode;
  const split = (mode - lo) / width;
  const value = u < split ? lo + Math.sqrt(u * width * (mode - lo)) : hi - Math.sqrt((1 - u) * width * (hi - mode));
  return value < lo ? lo : value > hi ? hi : value;
}

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

/** Rearranges `a[lo..hi]` so that `a[k]` is the value a full sort would put there (Hoare's selection, median-of-three pivot). */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  let left = lo;
  let right = hi;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot.
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = a[i] as number;
        a[i] = a[j] as number;
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * Quantiles of unsorted draws (Hyndman & Fan type 7, as `quantileOfSorted`), by selection instead
 * of a full sort: the same values, in linear time. Reorders `draws`.
 *
 * @param ps - Probabilities in increasing order.
 */
export function quantilesOfUnsorted(draws: Float64Array, ps: readonly number[]): number[] {
  const n = draws.length;
  if (n === 0) return ps.map(() => 0);
  const out: number[] = [];
  let from = 0;
  for (const p of ps) {
    const h = (n - 1) * p;
    const i = Math.floor(h);
    selectInPlace(draws, i, from, n - 1);
    const lower = draws[i] as number;
    let upper = lower;
    if (i + 1 < n && h > i) {
      upper = Infinity;
      for (let j = i + 1; j < n; j++) if ((draws[j] as number) < upper) upper = draws[j] as number;
    }
    out.push(lower + (h - i) * (upper - lower));
    from = i;
  }
  return out;
}
