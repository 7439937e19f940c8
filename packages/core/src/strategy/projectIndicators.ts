/**
 * Indicators measured from the project's own records rather than from the footprint: eco-design
 * (RGESN self-assessments, RGAA statuses of the digital services, axis 3), inclusion and awareness
 * (axes 5 and 4). They feed the strategy's indicator list like the computed ones, so objectives can
 * be set on them (« part des services avec une déclaration RGESN », « personnes accompagnées »…).
 */
import { dec, ZERO, type Dec } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { DigitalService } from '../schemas/digitalServices';
import type { Inclusion } from '../schemas/inclusion';
import type { Organisation } from '../schemas/organisation';
import { latestRgesnAssessment, scoreRgesn } from '../ecodesign/rgesn';
import { computeReuseAvoided } from '../inclusion/reuse';
import type { IndicatorKind, Strategy } from './schema';

/** The indicator kinds `measureProjectIndicators` can fill. */
export const PROJECT_INDICATOR_KINDS = [
  'rgesn-audited-services',
  'rgesn-declaration-share',
  'rgesn-score',
  'rgaa-full-compliance-share',
  'public-access-points',
  'digital-advisers',
  'france-services',
  'people-accompanied',
  'devices-donated',
  'reuse-avoided-co2e-t',
  'agents-trained-share',
  'elected-trained',
  'security-awareness-share',
] as const satisfies readonly IndicatorKind[];
export type ProjectIndicatorKind = (typeof PROJECT_INDICATOR_KINDS)[number];

/** What `measureProjectIndicators` reads from a project. */
export interface ProjectIndicatorInput {
  readonly organisation: Organisation;
  readonly digitalServices?: readonly DigitalService[] | undefined;
  readonly inclusion?: Inclusion | undefined;
}

/** The project-measured indicators of one year; absent when there is nothing to measure. */
export interface ProjectIndicators {
  readonly year: number;
  readonly values: Readonly<Partial<Record<ProjectIndicatorKind, Dec>>>;
}

const HUNDRED = dec(100);
const THOUSAND = dec(1000);
const percent = (part: number, whole: number): Dec => dec(part).times(HUNDRED).div(whole);

/**
 * Measures the eco-design, inclusion and awareness indicators of a year:
 *
 * - RGESN: services assessed that year; share of services whose latest assessment (that year or
 *   before) has a published declaration; average weighted score of those latest assessments;
 * - RGAA: share of services whose statement says « totale » (dated that year or before);
 * - inclusion and awareness: the figures of that year; trained agents and security-aware agents as
 *   a share of the organisation's agents; the CO2e avoided by the devices donated for reuse
 *   (`computeReuseAvoided`, t).
 *
 * @example
 * measureProjectIndicators({ organisation, digitalServices, inclusion }, getFactorSet('fr-2025.1'), 2025).values['rgesn-declaration-share'];
 */
export function measureProjectIndicators(input: ProjectIndicatorInput, factorSet: FactorSet, year: number): ProjectIndicators {
  const values: Partial<Record<ProjectIndicatorKind, Dec>> = {};
  const services = input.digitalServices ?? [];
  if (services.length > 0) {
    values['rgesn-audited-services'] = dec(services.filter((service) => service.rgesn.some((a) => a.year === year)).length);
    const latest = services.map((service) => latestRgesnAssessment(service, year));
    values['rgesn-declaration-share'] = percent(latest.filter((a) => a?.declarationPublished).length, services.length);
    const scores = latest.flatMap((a) => (a ? [scoreRgesn(a).scorePercent] : [])).filter((s): s is Dec => s !== undefined);
    if (scores.length > 0) values['rgesn-score'] = scores.reduce((sum, s) => sum.plus(s), ZERO).div(scores.length);
    const full = services.filter((s) => s.rgaa?.status === 'totale' && (s.rgaa.declarationDate === undefined || Number(s.rgaa.declarationDate.slice(0, 4)) <= year));
    values['rgaa-full-compliance-share'] = percent(full.length, services.length);
  }
  const figures = input.inclusion?.find((entry) => entry.year === year);
  if (figures) {
    const counts: [ProjectIndicatorKind, number | undefined][] = [
      ['public-access-points', figures.publicAccessPoints],
      ['digital-advisers', figures.digitalAdvisers],
      ['france-services', figures.franceServices],
      ['people-accompanied', figures.peopleAccompanied],
      ['elected-trained', figures.electedTrained],
    ];
    for (const [kind, count] of counts) if (count !== undefined) values[kind] = dec(count);
    if (figures.devicesDonated.length > 0) {
      values['devices-donated'] = dec(figures.devicesDonated.reduce((n, lot) => n + lot.quantity, 0));
      values['reuse-avoided-co2e-t'] = computeReuseAvoided(figures.devicesDonated, factorSet, { year, organisation: input.organisation }).total.co2eKg.div(THOUSAND);
    }
    const agents = input.organisation.agents;
    if (agents > 0 && figures.agentsTrained !== undefined) values['agents-trained-share'] = percent(figures.agentsTrained, agents);
    if (agents > 0 && figures.agentsSecurityAware !== undefined) values['security-awareness-share'] = percent(figures.agentsSecurityAware, agents);
  }
  return { year, values };
}

/**
 * Records the measured values into the strategy's indicators of those kinds for that year
 * (replacing a value of the same year). Returns a new strategy.
 */
export function recordProjectIndicators(strategy: Strategy, measured: ProjectIndicators): Strategy {
  const kinds: ReadonlySet<string> = new Set(PROJECT_INDICATOR_KINDS);
  return {
    ...strategy,
    indicators: strategy.indicators.map((indicator) => {
      if (!kinds.has(indicator.kind)) return indicator;
      const value = measured.values[indicator.kind as ProjectIndicatorKind];
      if (value === undefined) return indicator;
      const others = indicator.values.filter((v) => v.year !== measured.year);
      return { ...indicator, values: [...others, { year: measured.year, value }].sort((a, b) => a.year - b.year) };
    }),
  };
}

/**
 * One truth for the recorded indicators: writes the values measured from the project's records into
 * the strategy's indicators of those kinds, for every year from the earlier of the strategy's baseline
 * year and the first inclusion record up to `upToYear`. A value typed by hand for a year the records
 * measure is replaced; other years keep what was typed. Returns a new strategy.
 *
 * @example
 * syncProjectIndicators(project.strategy, project, getFactorSet(project.factorSetVersion), 2026);
 */
export function syncProjectIndicators(strategy: Strategy, input: ProjectIndicatorInput, factorSet: FactorSet, upToYear: number): Strategy {
  const firstRecord = Math.min(...(input.inclusion ?? []).map((entry) => entry.year), strategy.baselineYear);
  let synced = strategy;
  for (let year = firstRecord; year <= upToYear; year += 1) synced = recordProjectIndicators(synced, measureProjectIndicators(input, factorSet, year));
  return synced;
}
