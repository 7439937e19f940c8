/**
 * The symbolic side of the engine's interval arithmetic (internal). Next to its exact central value,
 * an `Interval` that depends on factor rows carries a `Poly`: the same quantity written as a sum of
 * products of factor rows raised to integer powers, e.g. `0.25 × manufacturing × lifetime⁻¹`. The
 * Monte Carlo (`distribution.ts`) evaluates these sums on drawn factor values, so one draw of a row
 * is shared by every device, site or line that uses it, and the cost follows the distinct products,
 * not the inventory rows.
 *
 * Coefficients are binary floats: they feed the simulation only. The reference figures stay the
 * engine's exact decimals.
 */

/** One uncertain factor row (or a function of one): its id, its central value and its bounds, and the stream it is drawn from. */
export interface Variable {
  /** The factor row id, or `<row>|<name>` for a function of a row. */
  readonly id: string;
  /** The factor row that is drawn. */
  readonly row: string;
  readonly v: number;
  readonly lo: number;
  readonly hi: number;
  /**
   * Rows with the same draw key share one uniform draw: default lifetimes are drawn per category
   * (`lifetime:laptop`), every other row on its own (its id).
   */
  readonly drawKey: string;
  /**
   * A function of another variable's draw, e.g. the BEGES share of a year as a function of the
   * lifetime. Its `lo` and `hi` are f at the base's bounds and value, for reading only: the
   * simulation draws f(base), and the engine's envelope bounds the function itself.
   */
  readonly of?: { readonly base: Variable; readonly f: (x: number) => number };
}

/** coefficient × Π variable^power, with a canonical key of the product (without the coefficient). */
export interface Term {
  readonly c: number;
  readonly vars: readonly (readonly [Variable, number])[];
  readonly key: string;
}

/** A sum of terms with distinct keys. The empty sum is zero. */
export type Poly = readonly Term[];

/** A poly computed on first use (memoised): the engine's arithmetic only records how to build it. */
export type LazyPoly = () => Poly;

/** Memoises a poly recipe. */
export function lazyPoly(make: () => Poly): LazyPoly {
  let memo: Poly | undefined;
  return () => (memo ??= make());
}

const LIFETIME_ROW = /^device\.([a-z0-9-]+)(?:\.[a-z0-9-]+)?\.lifetimeYears$/;

/** The draw key of a factor row (see `Variable.drawKey`). */
export function drawKeyOf(id: string): string {
  const lifetime = LIFETIME_ROW.exec(id);
  return lifetime ? `lifetime:${lifetime[1] as string}` : id;
}

const variables = new WeakMap<object, Poly>();

/**
 * The poly of one factor row, cached per interval object so that every use of a row shares the same
 * `Variable`.
 */
export function variablePoly(owner: object, id: string, v: number, lo: number, hi: number): Poly {
  const known = variables.get(owner);
  if (known) return known;
  const variable: Variable = Object.freeze({ id, row: id, v, lo, hi, drawKey: drawKeyOf(id) });
  const poly: Poly = Object.freeze([Object.freeze({ c: 1, vars: Object.freeze([Object.freeze([variable, 1] as const)]), key: id })]);
  variables.set(owner, poly);
  return poly;
}

/**
 * f(x) for a poly that is one factor row x (coefficient 1, power 1), as a new variable drawn with
 * x: a piecewise function of a lifetime keeps its correlation with every other use of that
 * lifetime. `undefined` when the poly is not a single row.
 *
 * @param name - Names the function, so that equal functions of the same row are one variable.
 * @param f - The function, in floats (simulation only), monotone or not.
 */
export function derivedPoly(base: Poly, name: string, f: (x: number) => number): Poly | undefined {
  const term = base.length === 1 ? base[0] : undefined;
  const pair = term && term.c === 1 && term.vars.length === 1 ? term.vars[0] : undefined;
  if (!pair || pair[1] !== 1) return undefined;
  const of = pair[0];
  const id = `${of.id}|${name}`;
  const v = f(of.v);
  const variable: Variable = Object.freeze({ id, row: of.row, v, lo: Math.min(v, f(of.lo), f(of.hi)), hi: Math.max(v, f(of.lo), f(of.hi)), drawKey: of.drawKey, of: Object.freeze({ base: of, f }) });
  return [{ c: 1, vars: [[variable, 1]], key: id }];
}

/** A constant (no variable). */
export function constantPoly(value: number): Poly {
  return value === 0 ? [] : [{ c: value, vars: [], key: '' }];
}

function keyOf(vars: readonly (readonly [Variable, number])[]): string {
  return vars.map(([variable, power]) => (power === 1 ? variable.id : `${variable.id}^${power}`)).join('*');
}

/** Sums terms, merging equal products and dropping zero coefficients. */
function collect(terms: Iterable<Term>): Poly {
  const merged = new Map<string, Term>();
  for (const term of terms) {
    const known = merged.get(term.key);
    merged.set(term.key, known ? { c: known.c + term.c, vars: known.vars, key: known.key } : term);
  }
  const out: Term[] = [];
  for (const term of merged.values()) if (term.c !== 0) out.push(term);
  return out;
}

/** p + q. */
export function addPoly(p: Poly, q: Poly): Poly {
  if (p.length === 0) return q;
  if (q.length === 0) return p;
  return collect([...p, ...q]);
}

/**
 * The sum of many polys: the same terms, coefficients and term order as adding them one by one
 * with `addPoly` from the empty poly (so the simulation's float sums are the same), in one map
 * instead of one per addition.
 */
export function sumPolys(polys: Iterable<Poly>): Poly {
  const scaled: (readonly [Poly, number])[] = [];
  for (const poly of polys) scaled.push([poly, 1]);
  return sumScaledPolys(scaled);
}

/**
 * Σ k × p over `[p, k]` pairs: the same as `sumPolys` of the `scalePoly(p, k)`, without building
 * the scaled polys (each coefficient is still `c × k`, then added in the same order).
 */
export function sumScaledPolys(parts: Iterable<readonly [Poly, number]>): Poly {
  // `addPoly` returns its other operand as it is when one is empty: the first non-empty poly stays
  // as given until a second one comes.
  let first: readonly [Poly, number] | undefined;
  let merged: Map<string, Term> | undefined;
  for (const part of parts) {
    // scalePoly(p, 0) and scalePoly([], k) are empty.
    if (part[0].length === 0 || part[1] === 0) continue;
    if (!merged) {
      if (!first) {
        first = part;
        continue;
      }
      merged = new Map();
      mergeInto(merged, first[0], first[1]);
      first = undefined;
    }
    if (mergeInto(merged, part[0], part[1])) {
      // `collect` drops zero coefficients after each addition; a key that comes back goes last.
      for (const [key, term] of merged) if (term.c === 0) merged.delete(key);
      if (merged.size === 0) merged = undefined;
    }
  }
  if (merged) return [...merged.values()];
  return first ? scalePoly(first[0], first[1]) : [];
}

/** Adds k × terms into a map by key, as `scalePoly` then `collect` do; true when a coefficient is zero. */
function mergeInto(merged: Map<string, Term>, terms: Poly, k: number): boolean {
  let zero = false;
  for (const term of terms) {
    const c = k === 1 ? term.c : term.c * k;
    const known = merged.get(term.key);
    const next = known ? { c: known.c + c, vars: known.vars, key: known.key } : k === 1 ? term : { c, vars: term.vars, key: term.key };
    merged.set(term.key, next);
    if (next.c === 0) zero = true;
  }
  return zero;
}

/** k × p. */
export function scalePoly(p: Poly, k: number): Poly {
  if (k === 1) return p;
  if (k === 0) return [];
  return p.map((term) => ({ c: term.c * k, vars: term.vars, key: term.key }));
}

function mulTerms(a: Term, b: Term): Term {
  if (a.vars.length === 0) return { c: a.c * b.c, vars: b.vars, key: b.key };
  if (b.vars.length === 0) return { c: a.c * b.c, vars: a.vars, key: a.key };
  const powers = new Map<string, [Variable, number]>();
  for (const [variable, power] of [...a.vars, ...b.vars]) {
    const known = powers.get(variable.id);
    powers.set(variable.id, [variable, (known?.[1] ?? 0) + power]);
  }
  const vars = [...powers.values()].filter(([, power]) => power !== 0).sort(([x], [y]) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { c: a.c * b.c, vars, key: keyOf(vars) };
}

/** p × q. */
export function mulPoly(p: Poly, q: Poly): Poly {
  if (p.length === 0 || q.length === 0) return [];
  const terms: Term[] = [];
  for (const a of p) for (const b of q) terms.push(mulTerms(a, b));
  return collect(terms);
}

/**
 * 1 ÷ p, for a single product (a lifetime, for instance). A sum has no product form: `undefined`,
 * and the caller keeps the exact value without its uncertainty.
 */
export function invPoly(p: Poly): Poly | undefined {
  if (p.length !== 1) return undefined;
  const term = p[0] as Term;
  const vars = term.vars.map(([variable, power]) => [variable, -power] as const);
  return [{ c: 1 / term.c, vars, key: keyOf(vars) }];
}
