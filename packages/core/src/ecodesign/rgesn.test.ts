import { describe, expect, it } from 'vitest';
import { DigitalServiceSchema, RgesnAssessmentSchema } from '../schemas/digitalServices';
import { getRgesnReferential, latestRgesnAssessment, rgesnProgress, scoreRgesn } from './rgesn';

describe('RGESN 2024 referential', () => {
  const referential = getRgesnReferential();

  it('has 78 criteria in 9 themes, ids unique and in order', () => {
    expect(referential.criteria).toHaveLength(78);
    expect(new Set(referential.criteria.map((c) => c.id)).size).toBe(78);
    const perTheme = referential.themes.map((theme) => referential.criteria.filter((c) => c.theme === theme.id).length);
    expect(perTheme).toEqual([10, 10, 7, 15, 8, 7, 4, 10, 7]);
    expect(referential.themes.map((t) => t.label)).toEqual(['Stratégie', 'Spécifications', 'Architecture', 'UX/UI', 'Contenus', 'Frontend', 'Backend', 'Hébergement', 'Algorithmie']);
  });

  it('counts 30 prioritaire, 29 recommandé and 19 modéré criteria as the official site data (DISIC/MiNumEco) gives them', () => {
    const count = (priority: string) => referential.criteria.filter((c) => c.priority === priority).length;
    expect([count('prioritaire'), count('recommande'), count('modere')]).toEqual([30, 29, 19]);
    // The corrected criteria of the NumEcoDiag copy (see provenance).
    const byId = new Map(referential.criteria.map((c) => [c.id, c]));
    expect(['2.3', '3.1', '3.2', '4.3'].map((id) => byId.get(id)?.priority)).toEqual(['recommande', 'prioritaire', 'recommande', 'recommande']);
  });

  it('weighs 1.5 / 1.25 / 1 by priority', () => {
    const weights = { prioritaire: '1.5', recommande: '1.25', modere: '1' } as const;
    for (const criterion of referential.criteria) expect(criterion.weight).toBe(weights[criterion.priority]);
  });
});

describe('scoreRgesn', () => {
  const assessment = RgesnAssessmentSchema.parse({
    year: 2025,
    declarationPublished: true,
    answers: { '1.1': 'conforme', '1.3': 'non-conforme', '1.7': 'non-applicable', '4.1': 'conforme', '9.9': 'conforme' },
  });
  const score = scoreRgesn(assessment);

  it('weights met criteria over assessed ones: (1.5 + 1.5) ÷ (1.5 + 1.25 + 1.5) = 70.588…%', () => {
    expect(score.scorePercent?.toFixed()).toBe('70.58823529411764705882352941176470588235');
    expect([score.conforme, score.nonConforme, score.nonApplicable, score.notEvaluated]).toEqual([2, 1, 1, 74]);
    expect(score.unknownCriteria).toEqual(['9.9']);
  });

  it('scores each theme: Stratégie 1.5 ÷ 2.75, UX/UI 100 %, Spécifications not assessed', () => {
    expect(score.byTheme[0]?.scorePercent?.toFixed()).toBe('54.54545454545454545454545454545454545455');
    expect(score.byTheme[3]?.scorePercent?.toFixed()).toBe('100');
    expect(score.byTheme[1]?.scorePercent).toBeUndefined();
    expect(score.byTheme[1]?.notEvaluated).toBe(10);
  });

  it('gives the progress over the years and the latest assessment of a year', () => {
    const service = DigitalServiceSchema.parse({
      id: 'portail',
      name: 'Portail',
      rgesn: [
        { year: 2025, answers: { '1.1': 'conforme', '1.2': 'conforme' } },
        { year: 2024, answers: { '1.1': 'conforme', '1.2': 'non-conforme' } },
      ],
    });
    expect(rgesnProgress(service).map((s) => [s.year, s.scorePercent?.toFixed()])).toEqual([
      [2024, '50'],
      [2025, '100'],
    ]);
    expect(latestRgesnAssessment(service, 2024)?.year).toBe(2024);
    expect(latestRgesnAssessment(service, 2023)).toBeUndefined();
  });

  it('refuses a malformed criterion id', () => {
    expect(RgesnAssessmentSchema.safeParse({ year: 2025, answers: { abc: 'conforme' } }).success).toBe(false);
  });
});
