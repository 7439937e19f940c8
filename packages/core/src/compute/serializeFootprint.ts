import type { Dec } from '../internal/decimal';
import { INDICATORS, type Indicator } from '../schemas/factors';
import { PHASES, type Phase } from '../schemas/categories';
import { formatTraceNote, type Lang } from '../messages/index';
import type { Breakdown, FootprintNode, FootprintResult, Indicators, Trace, TraceNote } from './types';

/** Version of the JSON shape produced by `serializeFootprint` (the CLI's `--format json`). */
export const FOOTPRINT_JSON_SCHEMA_VERSION = 1;

/** Indicator values as decimal strings, with `…Low` and `…High` bounds. */
export type SerializedTotals = Record<Indicator | `${Indicator}Low` | `${Indicator}High`, string>;
export type SerializedIndicators = Record<Indicator, string>;
export type SerializedPhases = Record<Phase, SerializedIndicators>;

export interface SerializedNode extends SerializedTotals {
  readonly quantity: number;
  readonly byPhase: SerializedPhases;
}

export interface SerializedTrace {
  readonly factors: string[];
  /** Worded in the chosen language. */
  readonly assumptions: string[];
  readonly fallbacks: string[];
  /** The same notes as codes and parameters, for programs. */
  readonly assumptionNotes: TraceNote[];
  readonly fallbackNotes: TraceNote[];
}

/** The plain JSON form of a `FootprintResult`: no Decimal, no class, decimals as strings. */
export interface SerializedFootprint {
  readonly schemaVersion: number;
  readonly year: number;
  readonly method: FootprintResult['method'];
  readonly amortisationYears: number;
  /** Stock method: `beges` or `fleet`. */
  readonly stockRule: FootprintResult['stockRule'];
  /** Devices without a purchase year (fleet rule applied in the stock method) and bought after the year (not counted). */
  readonly stockSummary: { readonly devicesWithoutPurchaseYear: number; readonly devicesBoughtAfterYear: number };
  readonly methodologyVersion: string;
  readonly factorSetVersion: string;
  readonly totals: SerializedTotals;
  readonly byPhase: SerializedPhases;
  readonly byCategory: (SerializedNode & { readonly category: string })[];
  readonly byPerimeter: (SerializedNode & { readonly perimeter: string })[];
  readonly bySite: (SerializedNode & { readonly site: string })[];
  readonly byDomain: (SerializedNode & { readonly domain: string })[];
  readonly perAgent: SerializedIndicators | null;
  readonly perInhabitant: SerializedIndicators | null;
  readonly groups?: Record<string, unknown>[];
  readonly trace: SerializedTrace;
}

/** Options of `serializeFootprint`. */
export interface SerializeOptions {
  /** Language of the worded trace notes (default French). */
  readonly lang?: Lang;
  /** Include the groups (one entry per distinct group; can be long). Default false. */
  readonly groups?: boolean;
}

const str = (value: Dec): string => value.toFixed();

function indicators(values: Indicators): SerializedIndicators {
  const out = {} as SerializedIndicators;
  for (const indicator of INDICATORS) out[indicator] = str(values[indicator]);
  return out;
}

function totals(node: FootprintNode): SerializedTotals {
  const out = {} as SerializedTotals;
  for (const indicator of INDICATORS) {
    out[indicator] = str(node.total[indicator]);
    out[`${indicator}Low`] = str(node.low[indicator]);
    out[`${indicator}High`] = str(node.high[indicator]);
  }
  return out;
}

function phases(node: FootprintNode): SerializedPhases {
  const out = {} as SerializedPhases;
  for (const phase of PHASES) out[phase] = indicators(node.byPhase[phase]);
  return out;
}

function breakdown<K extends string, N extends string>(list: readonly Breakdown<K>[], name: N): (SerializedNode & Record<N, string>)[] {
  return list.map((entry) => ({ [name]: entry.key, quantity: entry.quantity, ...totals(entry), byPhase: phases(entry) }) as SerializedNode & Record<N, string>);
}

function trace(value: Trace, lang: Lang): SerializedTrace {
  const copy = (note: TraceNote): TraceNote => ({ code: note.code, params: { ...note.params } });
  return {
    factors: [...value.factors],
    assumptions: value.assumptions.map((note) => formatTraceNote(note, lang)),
    fallbacks: value.fallbacks.map((note) => formatTraceNote(note, lang)),
    assumptionNotes: value.assumptions.map(copy),
    fallbackNotes: value.fallbacks.map(copy),
  };
}

/**
 * Turns a `FootprintResult` into plain JSON: every decimal becomes a string (`toFixed()`, exact, no
 * rounding), totals carry `…Low`/`…High` bounds, and trace notes are worded in the chosen language
 * next to their codes. This is the base of the CLI's `--format json` contract.
 *
 * @param result - A result of `computeFootprint`.
 * @param options - `{ lang?: 'fr' | 'en', groups?: boolean }`.
 * @returns A `SerializedFootprint`, safe for `JSON.stringify`.
 * @example
 * JSON.stringify(serializeFootprint(computeFootprint(input, factorSet, { year: 2025, method: 'stock' })));
 */
export function serializeFootprint(result: FootprintResult, options: SerializeOptions = {}): SerializedFootprint {
  const lang = options.lang ?? 'fr';
  return {
    schemaVersion: FOOTPRINT_JSON_SCHEMA_VERSION,
    year: result.year,
    method: result.method,
    amortisationYears: result.amortisationYears,
    methodologyVersion: result.methodologyVersion,
    factorSetVersion: result.factorSetVersion,
    stockRule: result.stockRule,
    stockSummary: {
      devicesWithoutPurchaseYear: result.stockSummary.devicesWithoutPurchaseYear,
      devicesBoughtAfterYear: result.stockSummary.devicesBoughtAfterYear,
    },
    totals: totals(result),
    byPhase: phases(result),
    byCategory: breakdown(result.byCategory, 'category'),
    byPerimeter: breakdown(result.byPerimeter, 'perimeter'),
    bySite: breakdown(result.bySite, 'site'),
    byDomain: breakdown(result.byDomain, 'domain'),
    perAgent: result.perAgent ? indicators(result.perAgent) : null,
    perInhabitant: result.perInhabitant ? indicators(result.perInhabitant) : null,
    ...(options.groups
      ? {
          groups: result.groups.map((group) => ({
            key: group.key,
            category: group.category,
            sizeClass: group.sizeClass ?? null,
            perimeter: group.perimeter,
            site: group.site ?? null,
            status: group.status,
            refurbished: group.refurbished,
            country: group.country,
            purchaseYear: group.purchaseYear ?? null,
            quantity: group.quantity,
            lifetimeYears: str(group.lifetimeYears),
            lifetimeLevel: group.lifetimeLevel,
            energyKwhPerYear: str(group.energyKwhPerYear),
            ...totals(group),
            byPhase: phases(group),
            trace: trace(group.trace, lang),
          })),
        }
      : {}),
    trace: trace(result.trace, lang),
  };
}
