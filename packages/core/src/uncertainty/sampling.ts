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

/**
 * sfc32 (Small Fast Counter, PractRand-tested): the next uniform in [0, 1) of the generator whose
 * state is `s` (four 32-bit words, updated in place).
 */
function sfc32Next(s: Uint32Array): number {
  // The words are read as unsigned 32-bit integers and stored modulo 2³², as the usual form of
  // sfc32 does with `>>> 0` at each call.
  const a = s[0] as number;
  const b = s[1] as number;
  const c = s[2] as number;
  const d = ((s[3] as number) + 1) | 0;
  const t = (((a + b) | 0) + d) | 0;
  s[0] = b ^ (b >>> 9);
  s[1] = (c + (c << 3)) | 0;
  s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  s[3] = d;
  return (t >>> 0) / 4294967296;
}

/**
 * `n` uniform draws of one stream by Latin hypercube sampling: draw i falls in stratum π(i) of
 * [0, 1), π a random permutation, at a random place inside it. The stream depends only on the seed
 * and its key, so adding a row to a project leaves the other rows' draws unchanged.
 */
export function latinHypercube(seed: string, key: string, n: number): Float64Array {
  const state = Uint32Array.from(cyrb128(`${seed}|${key}`));
  for (let i = 0; i < 12; i++) sfc32Next(state);
  const strata = new Uint32Array(n);
  for (let i = 0; i < n; i++) strata[i] = i;
  shuffle(strata, state);
  const out = new Float64Array(n);
  placeInStrata(out, strata, state);
  return out;
}

/** Fisher–Yates shuffle of `strata`, drawing from the generator. */
function shuffle(strata: Uint32Array, state: Uint32Array): void {
  for (let i = strata.length - 1; i > 0; i--) {
    const j = Math.floor(sfc32Next(state) * (i + 1));
    const swap = strata[i] as number;
    strata[i] = strata[j] as number;
    strata[j] = swap;
  }
}

/** out[i] ← (strata[i] + a uniform) ÷ n. */
function placeInStrata(out: Float64Array, strata: Uint32Array, state: Uint32Array): void {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = ((strata[i] as number) + sfc32Next(state)) / n;
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
