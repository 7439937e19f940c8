import { describe, expect, it } from 'vitest';
import { checkStrategy, STRATEGY_STEPS } from './check';
import { formatStrategyMessage, STRATEGY_MESSAGES } from './messages';
import { StrategySchema } from './schema';
import { fullStrategy } from '../../test/strategy/builders';

const empty = StrategySchema.parse({ version: 1, legal: { entityKind: 'commune' }, baselineYear: 2024, horizonYear: 2030 });

describe('checkStrategy', () => {
  it('lists everything the decree requires for an empty strategy, by step', () => {
    expect(checkStrategy(empty).map((i) => `${i.step} ${i.severity} ${i.code}`)).toMatchInlineSnapshot(`
      [
        "frame advice legal_programme_date_missing",
        "frame advice legal_strategy_date_missing",
        "frame advice edito_missing",
        "frame advice vision_missing",
        "actors blocking actors_missing",
        "actors advice governance_copil_missing",
        "actors advice consultation_missing",
        "bilan blocking bilan_footprint_missing",
        "bilan blocking bilan_usages_missing",
        "engaged-actions advice engaged_actions_missing",
        "indicators blocking indicators_missing",
        "objectives blocking objectives_missing",
        "measures blocking measures_missing",
        "measures advice decree_axis_not_covered",
        "measures advice decree_axis_not_covered",
        "measures advice decree_axis_not_covered",
        "measures advice decree_axis_not_covered",
        "measures advice decree_axis_not_covered",
        "measures advice decree_axis_not_covered",
        "annual-bilan advice communication_missing",
        "maturity advice maturity_not_assessed",
      ]
    `);
  });

  it('flags an objective without indicator, a measure without means and missing yearly values', () => {
    const strategy = StrategySchema.parse({
      ...fullStrategy,
      objectives: [{ id: 'o2', label: 'Former les agents', axis: 'awareness', kind: 'annual', baseline: { year: 2024, value: '12' }, target: { year: 2025, mode: 'absolute', value: '40' } }],
      measures: [{ id: 'm9', title: 'Sensibiliser', axis: 'awareness', pilotService: 'rh', indicatorIds: ['formes'], start: '2025-01-01' }],
    });
    const items = checkStrategy(strategy, { bilanYear: 2025 });
    expect(items.filter((i) => i.severity === 'blocking').map((i) => [i.code, i.path.join('.')])).toEqual([
      ['bilan_footprint_missing', 'bilan.footprint'],
      ['objective_without_indicator', 'objectives.0.indicatorId'],
      ['measure_without_means', 'measures.0.budget'],
    ]);
  });

  it('asks for a value of each tracked indicator in the bilan year', () => {
    const strategy = StrategySchema.parse(fullStrategy);
    const items = checkStrategy(strategy, { bilanYear: 2025 }).filter((i) => i.step === 'annual-bilan' && i.severity === 'blocking');
    expect(items.map((i) => formatStrategyMessage(i.code, i.params))).toEqual(['L’indicateur « Empreinte carbone du numérique » n’a pas de valeur pour 2025 : le bilan annuel ne pourra pas le présenter.']);
  });

  it('accepts the full example except the computed footprint and the green contract’s means', () => {
    const items = checkStrategy(StrategySchema.parse(fullStrategy));
    expect(items.filter((i) => i.severity === 'blocking').map((i) => [i.code, i.params['title'] ?? ''])).toEqual([
      ['bilan_footprint_missing', ''],
      ['measure_without_means', 'Contrat d’électricité renouvelable'],
    ]);
  });

  it('flags undeclared custom axes and unknown indicators', () => {
    const strategy = StrategySchema.parse({ ...fullStrategy, customAxes: [], measures: [{ id: 'x', title: 'X', axis: 'custom:sobriete-energetique', indicatorIds: ['nope'], fte: '0.1' }] });
    const codes = checkStrategy(strategy).map((i) => i.code);
    expect(codes).toContain('custom_axis_unknown');
    expect(codes).toContain('measure_unknown_indicator');
  });

  it('uses only worded codes and known steps', () => {
    const items = [...checkStrategy(empty), ...checkStrategy(StrategySchema.parse(fullStrategy), { bilanYear: 2026 })];
    for (const item of items) {
      expect(STRATEGY_STEPS).toContain(item.step);
      expect(formatStrategyMessage(item.code, item.params, 'fr')).not.toMatch(/\{\w+\}/);
      expect(formatStrategyMessage(item.code, item.params, 'en')).not.toMatch(/\{\w+\}/);
    }
    expect(Object.keys(STRATEGY_MESSAGES.en).sort()).toEqual(Object.keys(STRATEGY_MESSAGES.fr).sort());
  });

  it('words every trace note the levers and the trajectory emit', () => {
    const codes = [
      'lever_metered_usage_unchanged',
      'lever_no_default_use_profile',
      'lever_metered_it_energy_unchanged',
      'lever_no_default_pue',
      'lever_no_default_wue',
      'lever_no_default_lifetime',
      'lever_acts_at_renewal',
      'lever_needs_trajectory',
      'fleet_no_lifetime_not_renewed',
      'fleet_unknown_purchase_year_spread',
    ] as const;
    const params = { lever: 'power-management', category: 'desktop', site: 's1', quantity: 10, ages: 5 };
    for (const code of codes) expect(formatStrategyMessage(code, params)).not.toMatch(/\{\w+\}/);
  });

  it('asks to confirm the article the documents will give the collectivité’s name, when it is not stored', () => {
    const items = checkStrategy(StrategySchema.parse(fullStrategy), { organisation: { name: 'Ville de Tours' } }).filter((i) => i.code === 'organisation_article_unconfirmed');
    expect(items.map((i) => formatStrategyMessage(i.code, i.params))).toEqual(['Les documents écriront « de la Ville de Tours » : confirmez l’article du nom de la collectivité (ou corrigez-le).']);
    expect(checkStrategy(StrategySchema.parse(fullStrategy), { organisation: { name: 'Ville de Tours', article: 'la' } }).some((i) => i.code === 'organisation_article_unconfirmed')).toBe(false);
  });

  it('asks for a justification of a decree axis without measure, and is satisfied by one', () => {
    const strategy = StrategySchema.parse(fullStrategy);
    const uncovered = checkStrategy(strategy).filter((i) => i.code === 'decree_axis_not_covered').length;
    const justified = checkStrategy({ ...strategy, axisJustifications: [{ axis: 'inclusion', text: 'Porté par le département.' }] }).filter((i) => i.code === 'decree_axis_not_covered').length;
    expect(uncovered - justified).toBe(strategy.measures.some((m) => m.axis === 'inclusion') ? 0 : 1);
  });

  it('says only the pillars are missing when the vision sentence is written', () => {
    const codes = (vision: unknown) => checkStrategy(StrategySchema.parse({ ...fullStrategy, vision })).map((i) => i.code).filter((c) => c.startsWith('vision'));
    expect(codes({ statement: 'Un numérique sobre et accessible à tous.' })).toEqual(['vision_pillars_missing']);
    expect(formatStrategyMessage('vision_pillars_missing', {})).toBe('La vision est écrite, mais ses piliers ne sont pas définis.');
    expect(codes({ pillars: [] })).toEqual(['vision_missing']);
    expect(codes({ pillars: [{ title: 'Sobriété' }] })).toEqual([]);
  });
});
