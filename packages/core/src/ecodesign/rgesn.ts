/**
 * The RGESN 2024 (référentiel général d'écoconception de services numériques, Arcep–Arcom, 17 May
 * 2024, Licence Ouverte / Etalab 2.0): 78 criteria in 9 themes, shipped in
 * `data/ecodesign/rgesn-2024.json` with their provenance, and the self-assessment score of a
 * digital service per theme and over the years.
 */
import { z } from 'zod';
import { FootprintError } from '../errors';
import { D, ZERO, type Dec } from '../internal/decimal';
import type { DigitalService, RgesnAssessment } from '../schemas/digitalServices';
import raw from '../../data/ecodesign/rgesn-2024.json';

export const RGESN_PRIORITIES = ['prioritaire', 'recommande', 'modere'] as const;
export type RgesnPriority = (typeof RGESN_PRIORITIES)[number];

const CriterionSchema = z.object({
  id: z.string().regex(/^[1-9]\.\d{1,2}$/),
  theme: z.string().regex(/^[1-9]$/),
  title: z.string().min(1),
  priority: z.enum(RGESN_PRIORITIES),
  difficulty: z.enum(['faible', 'moyen', 'fort']),
  /** Weight of the criterion in the score: 1.5, 1.25 or 1 by priority. */
  weight: z.string().regex(/^\d+(\.\d+)?$/),
  target: z.string().min(1),
  url: z.url(),
});
export type RgesnCriterion = z.infer<typeof CriterionSchema>;

export const RgesnReferentialSchema = z.object({
  id: z.literal('rgesn-2024'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  publishedAt: z.iso.date(),
  licence: z.string().min(1),
  url: z.url(),
  provenance: z.record(z.string(), z.unknown()),
  themes: z.array(z.object({ id: z.string(), label: z.string() })).length(9),
  criteria: z.array(CriterionSchema).length(78),
});
export type RgesnReferential = z.infer<typeof RgesnReferentialSchema>;

let cached: RgesnReferential | undefined;

/**
 * The RGESN 2024 criteria, validated once.
 *
 * @throws {FootprintError} `factor_set_invalid` when the shipped file does not validate.
 * @example
 * getRgesnReferential().criteria.length; // 78
 */
export function getRgesnReferential(): RgesnReferential {
  if (cached) return cached;
  const parsed = RgesnReferentialSchema.safeParse(raw);
  if (!parsed.success) throw new FootprintError('factor_set_invalid', { version: 'rgesn-2024', detail: parsed.error.issues[0]?.message ?? '' });
  cached = Object.freeze(parsed.data);
  return cached;
}

/** Counts and weighted score of a set of criteria. */
export interface RgesnTally {
  readonly criteria: number;
  readonly conforme: number;
  readonly nonConforme: number;
  readonly nonApplicable: number;
  /** Criteria without an answer. */
  readonly notEvaluated: number;
  /**
   * Σ weights of the criteria met ÷ Σ weights of the criteria met or not met, in % (non-applicable
   * and unanswered criteria left out); `undefined` when none is applicable and answered.
   */
  readonly scorePercent: Dec | undefined;
}

export interface RgesnScore extends RgesnTally {
  readonly year: number;
  readonly declarationPublished: boolean;
  readonly byTheme: readonly (RgesnTally & { readonly theme: string; readonly label: string })[];
  /** Answered ids that are not RGESN 2024 criteria (ignored). */
  readonly unknownCriteria: readonly string[];
}

const HUNDRED = new D(100);

function tally(criteria: readonly RgesnCriterion[], answers: RgesnAssessment['answers']): RgesnTally {
  let conforme = 0;
  let nonConforme = 0;
  let nonApplicable = 0;
  let met = ZERO;
  let assessed = ZERO;
  for (const criterion of criteria) {
    const answer = answers[criterion.id];
    const weight = new D(criterion.weight);
    if (answer === 'conforme') {
      conforme += 1;
      met = met.plus(weight);
      assessed = assessed.plus(weight);
    } else if (answer === 'non-conforme') {
      nonConforme += 1;
      assessed = assessed.plus(weight);
    } else if (answer === 'non-applicable') nonApplicable += 1;
  }
  return {
    criteria: criteria.length,
    conforme,
    nonConforme,
    nonApplicable,
    notEvaluated: criteria.length - conforme - nonConforme - nonApplicable,
    scorePercent: assessed.isZero() ? undefined : met.times(HUNDRED).div(assessed),
  };
}

/**
 * Scores one RGESN self-assessment, overall and per theme.
 *
 * @example
 * scoreRgesn({ year: 2025, declarationPublished: true, answers: { '1.1': 'conforme', '1.3': 'non-conforme' } }).scorePercent; // 1.5 ÷ 2.75 = 54.54…
 */
export function scoreRgesn(assessment: RgesnAssessment, referential: RgesnReferential = getRgesnReferential()): RgesnScore {
  const known = new Set(referential.criteria.map((criterion) => criterion.id));
  return Object.freeze({
    year: assessment.year,
    declarationPublished: assessment.declarationPublished,
    ...tally(referential.criteria, assessment.answers),
    byTheme: referential.themes.map((theme) => ({
      theme: theme.id,
      label: theme.label,
      ...tally(
        referential.criteria.filter((criterion) => criterion.theme === theme.id),
        assessment.answers,
      ),
    })),
    unknownCriteria: Object.keys(assessment.answers).filter((id) => !known.has(id)).sort(),
  });
}

/**
 * The RGESN scores of a service, oldest first (progress over the years).
 *
 * @example
 * rgesnProgress(service).map((score) => [score.year, score.scorePercent?.toFixed(1)]);
 */
export function rgesnProgress(service: DigitalService, referential: RgesnReferential = getRgesnReferential()): RgesnScore[] {
  return [...service.rgesn].sort((a, b) => a.year - b.year).map((assessment) => scoreRgesn(assessment, referential));
}

/** The latest assessment of a service in or before a year. */
export function latestRgesnAssessment(service: DigitalService, year: number): RgesnAssessment | undefined {
  return [...service.rgesn].filter((assessment) => assessment.year <= year).sort((a, b) => b.year - a.year)[0];
}
