import { z } from 'zod';
import maturityData from '../../data/strategy/maturity.json';
import { dec, sum, ZERO, type Dec } from '../internal/decimal';
import { DecimalStringSchema } from '../schemas/decimal';
import { FactorSourceSchema } from '../schemas/factors';
import type { MaturityAnswer } from './schema';

export const MATURITY_THEME_IDS = ['governance', 'awareness', 'purchasing', 'fleet', 'networks-data', 'usage', 'ecodesign'] as const;
export type MaturityThemeId = (typeof MATURITY_THEME_IDS)[number];

export const MaturityQuestionnaireSchema = z.object({
  version: z.string().min(1),
  title: z.string().min(1),
  description: z.string(),
  source: FactorSourceSchema,
  scoring: z.object({ yes: DecimalStringSchema, partial: DecimalStringSchema, no: DecimalStringSchema, note: z.string() }),
  themes: z.array(z.object({ id: z.enum(MATURITY_THEME_IDS), fr: z.string(), en: z.string() })).length(MATURITY_THEME_IDS.length),
  questions: z.array(z.object({ id: z.string().min(1), theme: z.enum(MATURITY_THEME_IDS), fr: z.string().min(1), en: z.string().min(1), measureIds: z.array(z.string()).min(1) })).min(25),
});
export type MaturityQuestionnaire = z.infer<typeof MaturityQuestionnaireSchema>;

let cached: MaturityQuestionnaire | undefined;

/** The maturity questionnaire shipped in `data/strategy/maturity.json`. */
export function getMaturityQuestionnaire(): MaturityQuestionnaire {
  cached ??= Object.freeze(MaturityQuestionnaireSchema.parse(maturityData));
  return cached;
}

export interface MaturityThemeScore {
  readonly theme: MaturityThemeId;
  /** Points ÷ questions of the theme, 0–1; unanswered questions count as "no". */
  readonly score: Dec;
  readonly answered: number;
  readonly questions: number;
}

export interface MaturityResult {
  readonly themes: readonly MaturityThemeScore[];
  /** Points ÷ all questions, 0–1. */
  readonly overall: Dec;
  readonly answered: number;
  readonly questions: number;
  /** Each "no" (and "partial") with the catalogue measures that address it. */
  readonly recommendations: readonly { readonly questionId: string; readonly answer: 'no' | 'partial'; readonly measureIds: readonly string[] }[];
  readonly unknownQuestionIds: readonly string[];
}

/**
 * Scores the maturity self-assessment: yes = 1, partial = 0.5, no or unanswered = 0 (values in the
 * data file), per theme and overall, and links every "no" and "partial" to catalogue measures.
 */
export function scoreMaturity(answers: readonly MaturityAnswer[], questionnaire: MaturityQuestionnaire = getMaturityQuestionnaire()): MaturityResult {
  const points = { yes: dec(questionnaire.scoring.yes), partial: dec(questionnaire.scoring.partial), no: dec(questionnaire.scoring.no) };
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const known = new Set(questionnaire.questions.map((q) => q.id));
  const pointsOf = (id: string): Dec => {
    const a = byId.get(id);
    return a ? points[a.answer] : ZERO;
  };
  const themes = MATURITY_THEME_IDS.map((theme): MaturityThemeScore => {
    const qs = questionnaire.questions.filter((q) => q.theme === theme);
    return {
      theme,
      score: qs.length === 0 ? ZERO : sum(qs.map((q) => pointsOf(q.id))).dividedBy(qs.length),
      answered: qs.filter((q) => byId.has(q.id)).length,
      questions: qs.length,
    };
  });
  const all = questionnaire.questions;
  const recommendations = all.flatMap((q) => {
    const a = byId.get(q.id);
    return a && a.answer !== 'yes' ? [{ questionId: q.id, answer: a.answer, measureIds: q.measureIds }] : [];
  });
  return {
    themes,
    overall: sum(all.map((q) => pointsOf(q.id))).dividedBy(all.length),
    answered: all.filter((q) => byId.has(q.id)).length,
    questions: all.length,
    recommendations,
    unknownQuestionIds: answers.filter((a) => !known.has(a.questionId)).map((a) => a.questionId),
  };
}
