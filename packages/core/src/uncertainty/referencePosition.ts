/**
 * Why the reference value sits where it does in its own distribution. The reference takes every
 * factor row at its central value (ADEME's where it exists, comparable with the French database);
 * when the published ranges lie mostly on one side of the central values, most draws fall on that
 * side and the reference sits at a low (or high) percentile. That is the choice of sources, shown
 * here as data, not corrected.
 *
 * For each draw stream (a factor row, or a category's default lifetimes) the shift is how far the
 * expected total moves from the reference when that stream alone is drawn and every other row stays
 * at its central value: for each term c × Π xⱼ^pⱼ of the total, c × (E[Π own] − Π own central) ×
 * Π others central. The shifts add up to the difference between the mean of the draws and the
 * reference, except for interactions (a manufacturing row drawn with a lifetime).
 *
 * Each stream gets a reason read from its range: the central value is the low bound (every other
 * published value is higher), the range lies mostly above it, a default lifetime is the long end of
 * its range, or the annual share of manufacturing follows 1 ÷ lifetime (a symmetric range on the
 * lifetime moves the mean up).
 */
import { INDICATORS, type Indicator } from '../schemas/factors';
import type { CategoryId } from '../schemas/categories';
import type { FootprintResult } from '../compute/types';
import { nodePolyOf } from './nodePoly';
import type { Simulation } from './distribution';
import { meanOf } from './kernels';
import type { Poly, Term, Variable } from './poly';
import { sensitivityLabelFr } from './labels';

/** Number of drivers listed per indicator. */
export const REFERENCE_DRIVERS_TOP = 5;

export type SkewReason = 'reference-is-low-bound' | 'range-mostly-above' | 'lifetime-is-high-bound' | 'lifetime-range-mostly-below' | 'inverse-of-lifetime' | 'reference-is-high-bound' | 'range-mostly-below' | 'combined';

/** Why a stream moves the mean away from the reference, in plain French. */
export const SKEW_REASONS_FR: Readonly<Record<SkewReason, string>> = {
  'reference-is-low-bound': 'la valeur de référence est la plus basse des valeurs publiées retenues et les autres sources donnent toutes plus',
  'range-mostly-above': 'la fourchette publiée s’étend surtout au-dessus de la valeur de référence',
  'lifetime-is-high-bound': 'la durée de vie de référence est la plus longue de la fourchette, et une durée plus courte augmente la part annuelle de la fabrication',
  'lifetime-range-mostly-below': 'la fourchette de durée de vie s’étend surtout en dessous de la valeur de référence',
  'inverse-of-lifetime': 'la part annuelle de la fabrication varie comme l’inverse de la durée de vie, si bien qu’une fourchette symétrique la fait monter en moyenne',
  'reference-is-high-bound': 'la valeur de référence est la plus haute des valeurs publiées retenues et les autres sources donnent toutes moins',
  'range-mostly-below': 'la fourchette publiée s’étend surtout en dessous de la valeur de référence',
  combined: 'effet combiné avec les autres facteurs du même calcul',
};

/** One stream that moves the mean of the draws away from the reference. */
export interface ReferenceDriver {
  /** The draw stream: a factor row id, or `lifetime:<category>`. */
  readonly key: string;
  readonly kind: 'factor' | 'lifetime';
  readonly factorIds: readonly string[];
  readonly category?: CategoryId;
  readonly labelFr: string;
  /** The stream's row: central value and published range (the first row for a lifetime category). */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Expected change of the total, in the indicator's unit, when this stream alone is drawn. */
  readonly shift: number;
  readonly reason: SkewReason;
  readonly reasonFr: string;
}

/** Where the reference sits, and why, for one indicator. */
export interface ReferencePositionOfIndicator {
  /** Percentile of the reference value in the draws (0–100). */
  readonly percentile: number;
  /** Mean of the draws minus the reference, in the indicator's unit. */
  readonly meanShift: number;
  /** The streams that move the mean the most in the direction of `meanShift`, largest first. */
  readonly drivers: readonly ReferenceDriver[];
}

export type ReferencePosition = Readonly<Record<Indicator, ReferencePositionOfIndicator>>;

function reasonOf(kind: 'factor' | 'lifetime', variable: Variable, power: number): SkewReason {
  const { v, lo, hi } = variable;
  const above = hi - v;
  const below = v - lo;
  if (kind === 'lifetime' || power < 0) {
    if (below > 0 && above <= 0) return kind === 'lifetime' ? 'lifetime-is-high-bound' : 'reference-is-high-bound';
    if (below >= 2 * above && below > 0) return kind === 'lifetime' ? 'lifetime-range-mostly-below' : 'range-mostly-below';
    return kind === 'lifetime' ? 'inverse-of-lifetime' : 'combined';
  }
  if (above > 0 && below <= 0) return 'reference-is-low-bound';
  if (above >= 2 * below && above > 0) return 'range-mostly-above';
  if (below > 0 && above <= 0) return 'reference-is-high-bound';
  if (below >= 2 * above && below > 0) return 'range-mostly-below';
  return 'combined';
}

/** The poly at every row's central value. */
function centralOf(poly: Poly): number {
  let sum = 0;
  for (const term of poly) {
    let product = term.c;
    for (const [variable, power] of term.vars) product *= variable.v ** power;
    sum += product;
  }
  return sum;
}

const round = (value: number): number => Number(value.toPrecision(6));

/**
 * Where each indicator's reference value sits in the draws of a simulation, and the streams that
 * move the mean of the draws away from it (see the module comment).
 *
 * @param percentiles - The reference percentile of each indicator's total (from the distribution).
 */
export function referencePositionOf(result: FootprintResult, simulation: Simulation, percentiles: Readonly<Record<Indicator, number>>): ReferencePosition {
  const ref = nodePolyOf(result);
  const out = {} as Record<Indicator, ReferencePositionOfIndicator>;
  for (const indicator of INDICATORS) {
    const poly = ref?.base[indicator] ?? [];
    if (!ref || poly.length === 0) {
      out[indicator] = Object.freeze({ percentile: percentiles[indicator], meanShift: 0, drivers: Object.freeze([]) });
      continue;
    }
    const meanShift = (meanOf(simulation.evaluate(poly)) - centralOf(poly)) * ref.k;
    const streams = new Map<string, { shift: number; rows: Set<string>; main: readonly [Variable, number] }>();
    for (const term of poly as readonly Term[]) {
      for (const key of new Set(term.vars.map(([variable]) => variable.drawKey))) {
        let others = term.c * ref.k;
        let ownCentral = 1;
        const own: (readonly [Variable, number])[] = [];
        for (const pair of term.vars) {
          if (pair[0].drawKey === key) {
            own.push(pair);
            ownCentral *= pair[0].v ** pair[1];
          } else others *= pair[0].v ** pair[1];
        }
        const ownKey = own.map(([variable, power]) => `${variable.id}^${power}`).join('*');
        const shift = others * (meanOf(simulation.product(own, `own:${ownKey}`)) - ownCentral);
        const stream = streams.get(key) ?? { shift: 0, rows: new Set<string>(), main: own[0] as readonly [Variable, number] };
        stream.shift += shift;
        for (const [variable] of own) stream.rows.add(variable.row);
        streams.set(key, stream);
      }
    }
    const direction = meanShift >= 0 ? 1 : -1;
    const drivers = [...streams.entries()]
      .filter(([, stream]) => stream.shift * direction > 0)
      .sort(([ka, a], [kb, b]) => b.shift * direction - a.shift * direction || (ka < kb ? -1 : 1))
      .slice(0, REFERENCE_DRIVERS_TOP)
      .map(([key, stream]): ReferenceDriver => {
        const lifetime = key.startsWith('lifetime:');
        const kind = lifetime ? ('lifetime' as const) : ('factor' as const);
        const [variable, power] = stream.main;
        const base = variable.of?.base ?? variable;
        const reason = reasonOf(kind, base, lifetime ? -1 : power);
        return Object.freeze({
          key,
          kind,
          factorIds: Object.freeze([...stream.rows].sort()),
          ...(lifetime ? { category: key.slice('lifetime:'.length) as CategoryId } : {}),
          labelFr: sensitivityLabelFr(key),
          value: base.v,
          low: base.lo,
          high: base.hi,
          shift: round(stream.shift),
          reason,
          reasonFr: SKEW_REASONS_FR[reason],
        });
      });
    out[indicator] = Object.freeze({ percentile: percentiles[indicator], meanShift: round(meanShift), drivers: Object.freeze(drivers) });
  }
  return Object.freeze(out);
}
