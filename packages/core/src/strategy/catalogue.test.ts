import { describe, expect, it } from 'vitest';
import { BUILT_IN_AXIS_IDS } from './axes';
import { getMeasureCatalogue, measureFromCatalogue } from './catalogue';
import { getMaturityQuestionnaire, MATURITY_THEME_IDS, scoreMaturity } from './maturity';
import { getLegalReferences, legalReferencesFor } from './legal';
import { LEVER_KINDS, LeverSchema } from './levers';

describe('measures catalogue', () => {
  const catalogue = getMeasureCatalogue();

  it('holds at least 35 measures with unique ids, covering every axis', () => {
    expect(catalogue.measures.length).toBeGreaterThanOrEqual(35);
    expect(new Set(catalogue.measures.map((m) => m.id)).size).toBe(catalogue.measures.length);
    for (const axis of BUILT_IN_AXIS_IDS) expect(catalogue.measures.some((m) => m.axis === axis)).toBe(true);
  });

  it('offers every lever kind at least once, except early replacement (modelled, never recommended)', () => {
    const kinds = new Set(catalogue.measures.flatMap((m) => (m.lever ? [m.lever.defaults.kind] : [])));
    expect([...LEVER_KINDS].filter((k) => !kinds.has(k))).toEqual(['early-replacement']);
  });

  it('has lever examples that parse, except the green contract whose factor must come from the supplier', () => {
    for (const m of catalogue.measures) {
      if (!m.lever) continue;
      const parsed = LeverSchema.safeParse(m.lever.defaults);
      expect(parsed.success, m.id).toBe(m.lever.defaults.kind !== 'green-electricity-contract');
    }
  });

  it('builds a strategy measure with the organisation’s parameters', () => {
    const built = measureFromCatalogue('allonger-duree-vie-portables', { id: 'm1', leverParameters: { extraYears: '3' }, fields: { pilotService: 'dsi' } });
    expect(built.success).toBe(true);
    if (!built.success) return;
    expect(built.data).toMatchObject({ id: 'm1', catalogueId: 'allonger-duree-vie-portables', axis: 'lifecycle', pilotService: 'dsi' });
    const lever = built.data.levers[0];
    expect(lever?.kind === 'lifetime-extension' && lever.extraYears.toFixed()).toBe('3');
  });

  it('reports what a green contract still needs, and unknown ids', () => {
    const green = measureFromCatalogue('contrat-electricite-verte');
    expect(green.success ? [] : green.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      // A missing decimal fails the codec's string-or-number union, which zodIssues words as invalid_value.
      ['invalid_value', 'levers.0.contractCo2eKgPerKwh'],
      ['required', 'levers.0.source'],
    ]);
    expect(measureFromCatalogue('nope')).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "unknown_catalogue_measure",
            "params": {
              "id": "nope",
            },
            "path": [],
            "severity": "error",
          },
        ],
        "success": false,
      }
    `);
  });
});

describe('maturity questionnaire', () => {
  const questionnaire = getMaturityQuestionnaire();

  it('has about 30 questions over the 7 themes, each linked to catalogue measures', () => {
    const ids = new Set(getMeasureCatalogue().measures.map((m) => m.id));
    expect(questionnaire.questions.length).toBeGreaterThanOrEqual(28);
    for (const theme of MATURITY_THEME_IDS) expect(questionnaire.questions.some((q) => q.theme === theme)).toBe(true);
    for (const q of questionnaire.questions) for (const id of q.measureIds) expect(ids.has(id), `${q.id} → ${id}`).toBe(true);
  });

  it('scores yes 1, partial 0.5, no and unanswered 0, per theme and overall', () => {
    // Governance has 5 questions: yes + partial + no + two unanswered = 1.5 / 5 = 0.3.
    const result = scoreMaturity([
      { questionId: 'gov-referent', answer: 'yes' },
      { questionId: 'gov-comite', answer: 'partial' },
      { questionId: 'gov-acteurs', answer: 'no' },
      { questionId: 'old-question', answer: 'yes' },
    ]);
    const governance = result.themes.find((t) => t.theme === 'governance');
    expect([governance?.score.toFixed(), governance?.answered, governance?.questions]).toEqual(['0.3', 3, 5]);
    expect(result.overall.times(questionnaire.questions.length).toFixed()).toBe('1.5');
    expect(result.recommendations).toEqual([
      { questionId: 'gov-comite', answer: 'partial', measureIds: ['comite-pilotage'] },
      { questionId: 'gov-acteurs', answer: 'no', measureIds: ['comite-pilotage', 'mutualiser-infrastructures'] },
    ]);
    expect(result.unknownQuestionIds).toEqual(['old-question']);
  });

  it('gives 1 overall when everything is yes', () => {
    const result = scoreMaturity(questionnaire.questions.map((q) => ({ questionId: q.id, answer: 'yes' as const })));
    expect(result.overall.toFixed()).toBe('1');
    expect(result.recommendations).toEqual([]);
  });
});

describe('legal references', () => {
  it('cite L. 2311-1-1 for communes and EPCI and L. 5217-10-2 for métropoles', () => {
    expect(legalReferencesFor('commune').rdd.id).toBe('cgct-l2311-1-1');
    expect(legalReferencesFor('epci').rdd.id).toBe('cgct-l2311-1-1-epci');
    expect(legalReferencesFor('metropole').rdd.id).toBe('cgct-l5217-10-2');
    expect(getLegalReferences().common.map((r) => r.id)).toEqual(['loi-2021-1485-art-35', 'decret-2022-1084', 'cgct-d2311-15-1']);
  });
});
