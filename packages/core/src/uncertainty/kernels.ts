/**
 * The float loops of the Monte Carlo over arrays of draws (internal). Each is a small function of
 * typed arrays and numbers, so that the JavaScript engine compiles it quickly, once, for every
 * caller: the analysis of a bilan runs once per process, and compiling one large function around
 * a hot loop costs more than the loop. Each computes exactly what the loop it replaces computed:
 * the same float operations in the same order.
 */
import { triangularQuantile } from './sampling';

/** out[i] ← out[i] + c × x[i]. */
export function addScaledInto(out: Float64Array, x: Float64Array, c: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + c * (x[i] as number);
}

/** out[i] ← out[i] + ca × xa[i] + cb × xb[i] + cc × xc[i] + cd × xd[i], added left to right (four `addScaledInto` in a row). */
export function addFourScaledInto(out: Float64Array, xa: Float64Array, ca: number, xb: Float64Array, cb: number, xc: Float64Array, cc: number, xd: Float64Array, cd: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + ca * (xa[i] as number) + cb * (xb[i] as number) + cc * (xc[i] as number) + cd * (xd[i] as number);
}

/** values[i] ← values[i] × draws[i]^power (× draws[i] when the power is 1). */
export function multiplyPowerInto(values: Float64Array, draws: Float64Array, power: number): void {
  if (power === 1) for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) * (draws[i] as number);
  else for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) * (draws[i] as number) ** power;
}

/** out[i] ← f(base[i]). */
export function mapInto(out: Float64Array, base: Float64Array, f: (x: number) => number): void {
  for (let i = 0; i < out.length; i++) out[i] = f(base[i] as number);
}

/** out[i] ← the triangular quantile of u[i]. */
export function triangularInto(out: Float64Array, u: Float64Array, lo: number, mode: number, hi: number): void {
  for (let i = 0; i < out.length; i++) out[i] = triangularQuantile(u[i] as number, lo, mode, hi);
}

/** Σ draws[i]^power ÷ n (draws[i] when the power is 1). */
export function meanOfPower(draws: Float64Array, power: number): number {
  let sum = 0;
  for (let i = 0; i < draws.length; i++) sum += power === 1 ? (draws[i] as number) : (draws[i] as number) ** power;
  return sum / draws.length;
}

/** The mean. */
export function meanOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** The variance (÷ n). */
export function variance(values: Float64Array): number {
  const mean = meanOf(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    sum += (value - mean) * (value - mean);
  }
  return sum / values.length;
}

/** The covariance (÷ n). */
export function covariance(a: Float64Array, b: Float64Array): number {
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < a.length; i++) {
    meanA += a[i] as number;
    meanB += b[i] as number;
  }
  meanA /= a.length;
  meanB /= b.length;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += ((a[i] as number) - meanA) * ((b[i] as number) - meanB);
  return sum / a.length;
}

/**
 * The share of draws below a reference value, in percent to one decimal: draws within the
 * tolerance of it count half.
 */
export function percentBelow(draws: Float64Array, central: number, tolerance: number): number {
  let below = 0;
  let ties = 0;
  for (let i = 0; i < draws.length; i++) {
    const value = draws[i] as number;
    if (value < central - tolerance) below++;
    else if (value <= central + tolerance) ties++;
  }
  return Math.round(((below + ties / 2) / draws.length) * 1000) / 10;
}
