/**
 * The hypotheses and fallback choices of a result, as parts of its symbolic total (internal), so that
 * the sensitivity can rank them next to the factor rows: "what to measure better first".
 *
 * A hypothesis is a choice the engine made for lines whose data were missing, read from their
 * traces (the same notes the data quality reads):
 *
 * - `fleet-rule-undated`: inventory lines without a purchase year under the BEGES stock rule take
 *   the fleet rule (their manufacturing, distribution and end of life);
 * - `electricity-fallback`: a country without its own grid intensity takes the EU-27 or world
 *   average (the terms that use that average);
 * - `category-proxy`: another size class's, provider's or country's factor in place of the missing
 *   one (a generic size class: the embodied part; a cloud provider or region, a network country:
 *   the whole line);
 * - `estimate-from-agents`: the inventory itself is estimated from the number of agents (every
 *   inventory line);
 * - `default-recipients`: e-mails counted with ADEME's default number of recipients.
 *
 * Default lifetimes are hypotheses too; they are ranked as their own draw streams
 * (`lifetime:<category>`) by the sensitivity.
 */
import { INDICATORS, type Indicator } from '../schemas/factors';
import type { FootprintNode, FootprintResult, Trace } from '../compute/types';
import { nodePolyOf } from './nodePoly';
import type { Poly, Term } from './poly';

export const HYPOTHESIS_KINDS = ['fleet-rule-undated', 'electricity-fallback', 'category-proxy', 'estimate-from-agents', 'default-recipients'] as const;
export type HypothesisKind = (typeof HYPOTHESIS_KINDS)[number];

/** French wording of each hypothesis, for screens and documents. */
export const HYPOTHESIS_LABELS_FR: Readonly<Record<HypothesisKind, string>> = {
  'fleet-rule-undated': 'Hypothèse : équipements sans année d’achat, répartis sur leur durée de vie quel que soit leur âge',
  'electricity-fallback': 'Hypothèse : électricité moyenne de l’Union européenne ou du monde pour un pays sans facteur propre',
  'category-proxy': 'Hypothèse : facteur d’une autre catégorie, taille, fournisseur ou pays faute du facteur propre',
  'estimate-from-agents': 'Hypothèse : inventaire estimé à partir du nombre d’agents',
  'default-recipients': 'Hypothèse : nombre de destinataires par courriel par défaut (ADEME)',
};

/** The part of the total that rests on one hypothesis: how many lines, and its poly per indicator. */
export interface HypothesisPart {
  readonly kind: HypothesisKind;
  readonly lines: number;
  readonly poly: Readonly<Record<Indicator, Poly>>;
}

/** Options of `hypothesisParts`. */
export interface HypothesisOptions {
  /** True when the inventory was estimated from the number of agents. */
  readonly inventoryIsEstimate?: boolean;
}

const EMBODIED_ROW = /\.(manufacturing|distribution|endOfLife)\.|^device\.refurbished\./;
const ELECTRICITY_FALLBACKS = new Set(['electricity_eu_fallback', 'electricity_world_fallback', 'electricity_country_fallback']);
const SIZE_PROXIES = new Set(['size_class_missing', 'size_class_variant_missing']);
const LINE_PROXIES = new Set(['cloud_provider_default', 'cloud_region_unknown', 'network_country_fallback']);

type Filter = (term: Term) => boolean;
const all: Filter = () => true;
const embodied: Filter = (term) => term.vars.some(([variable]) => EMBODIED_ROW.test(variable.row));

/** Accumulates, per hypothesis, the terms of the lines that rest on it. */
class Parts {
  private readonly terms = new Map<HypothesisKind, { lines: number; byIndicator: Record<Indicator, Map<string, Term>> }>();

  add(kind: HypothesisKind, node: FootprintNode, filter: Filter): void {
    const ref = nodePolyOf(node);
    if (!ref) return;
    let part = this.terms.get(kind);
    if (!part) {
      part = { lines: 0, byIndicator: {} as Record<Indicator, Map<string, Term>> };
      for (const indicator of INDICATORS) part.byIndicator[indicator] = new Map();
      this.terms.set(kind, part);
    }
    part.lines += 1;
    for (const indicator of INDICATORS) {
      const merged = part.byIndicator[indicator];
      for (const term of ref.base[indicator]) {
        if (term.vars.length === 0 || !filter(term)) continue;
        const known = merged.get(term.key);
        merged.set(term.key, { c: (known?.c ?? 0) + term.c * ref.k, vars: term.vars, key: term.key });
      }
    }
  }

  list(): HypothesisPart[] {
    const out: HypothesisPart[] = [];
    for (const kind of HYPOTHESIS_KINDS) {
      const part = this.terms.get(kind);
      if (!part) continue;
      const poly = {} as Record<Indicator, Poly>;
      for (const indicator of INDICATORS) poly[indicator] = [...part.byIndicator[indicator].values()];
      out.push({ kind, lines: part.lines, poly });
    }
    return out;
  }
}

const codesOf = (trace: Trace): Set<string> => new Set(trace.fallbacks.map((note) => note.code));

/** The terms that use the fallback electricity rows named in a line's trace. */
function electricityFilter(trace: Trace): Filter | undefined {
  const rows = new Set(trace.fallbacks.filter((note) => ELECTRICITY_FALLBACKS.has(note.code)).map((note) => String(note.params['factorId'] ?? '')));
  if (rows.size === 0) return undefined;
  return (term) => term.vars.some(([variable]) => rows.has(variable.row));
}

/**
 * The parts of a result's total that rest on each hypothesis (see the module comment), only those
 * with at least one line and an uncertain factor.
 */
export function hypothesisParts(result: FootprintResult, options: HypothesisOptions = {}): HypothesisPart[] {
  const parts = new Parts();
  const begesUndated = result.method === 'stock' && result.stockRule === 'beges';
  // Groups of one specification share their trace: what it says is read once.
  const byTrace = new Map<Trace, { sizeProxy: boolean; electricity: Filter | undefined }>();
  for (const group of result.groups) {
    if (options.inventoryIsEstimate) {
      parts.add('estimate-from-agents', group, all);
      continue;
    }
    let read = byTrace.get(group.trace);
    if (!read) {
      read = { sizeProxy: [...codesOf(group.trace)].some((code) => SIZE_PROXIES.has(code)), electricity: electricityFilter(group.trace) };
      byTrace.set(group.trace, read);
    }
    if (begesUndated && group.purchaseYear === undefined && group.status !== 'disposed') parts.add('fleet-rule-undated', group, embodied);
    if (read.sizeProxy) parts.add('category-proxy', group, embodied);
    if (read.electricity) parts.add('electricity-fallback', group, read.electricity);
  }
  for (const site of result.hosting.sites) {
    const electricity = electricityFilter(site.trace);
    if (electricity) parts.add('electricity-fallback', site, electricity);
  }
  for (const line of result.hosting.cloud) {
    const codes = codesOf(line.trace);
    if ([...codes].some((code) => LINE_PROXIES.has(code))) parts.add('category-proxy', line, all);
    const electricity = electricityFilter(line.trace);
    if (electricity) parts.add('electricity-fallback', line, electricity);
  }
  for (const item of result.usage.items) {
    const codes = codesOf(item.trace);
    if ([...codes].some((code) => LINE_PROXIES.has(code))) parts.add('category-proxy', item, all);
    if (codes.has('usage_email_recipients_default')) parts.add('default-recipients', item, all);
  }
  return parts.list();
}
