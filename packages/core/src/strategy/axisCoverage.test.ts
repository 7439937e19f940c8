import { describe, expect, it } from 'vitest';
import { decreeAxisCoverage } from './axisCoverage';
import { checkStrategy } from './check';
import { StrategySchema } from './schema';
import { actionPlanSection } from '../document/planParts';
import type { Block } from '../document/model';

const measure = (id: string, axis: string, status?: string) => ({ id, title: `Mesure ${id}`, axis, ...(status ? { status } : {}) });

describe('decreeAxisCoverage', () => {
  it('gives the six axes in the decree’s order, covered by their measures (not abandoned), else by a justification, else missing', () => {
    const coverage = decreeAxisCoverage({
      measures: [measure('a', 'lifecycle'), measure('b', 'procurement'), measure('c', 'lifecycle'), measure('d', 'ecodesign', 'abandoned'), measure('e', 'governance')],
      axisJustifications: [
        { axis: 'ecodesign', text: ' Les sites sont portés par le syndicat mixte. ' },
        { axis: 'procurement', text: 'Sans objet.' },
        { axis: 'inclusion', text: '   ' },
      ],
    });
    expect(coverage).toEqual([
      { axis: 'procurement', state: 'measures', measures: [{ id: 'b', title: 'Mesure b' }], justification: 'Sans objet.' },
      {
        axis: 'lifecycle',
        state: 'measures',
        measures: [
          { id: 'a', title: 'Mesure a' },
          { id: 'c', title: 'Mesure c' },
        ],
        justification: undefined,
      },
      // Its only measure is abandoned: the justification covers it.
      { axis: 'ecodesign', state: 'justified', measures: [], justification: 'Les sites sont portés par le syndicat mixte.' },
      { axis: 'awareness', state: 'missing', measures: [], justification: undefined },
      // A blank justification does not cover an axis.
      { axis: 'inclusion', state: 'missing', measures: [], justification: undefined },
      { axis: 'territory', state: 'missing', measures: [], justification: undefined },
    ]);
  });

  it('is what the completeness check and the document’s action plan read', () => {
    const strategy = StrategySchema.parse({
      version: 1,
      legal: { entityKind: 'commune' },
      baselineYear: 2024,
      horizonYear: 2030,
      measures: [
        { id: 'm1', title: 'Allonger la durée de vie des portables', axis: 'lifecycle', budget: [{ kind: 'operating', amountEur: '1000' }] },
        { id: 'm2', title: 'Refondre le site', axis: 'ecodesign', status: 'abandoned', budget: [{ kind: 'operating', amountEur: '1000' }] },
      ],
      axisJustifications: [{ axis: 'inclusion', text: 'L’inclusion numérique est portée par le département.' }],
    });
    const items = checkStrategy(strategy).filter((i) => i.code === 'decree_axis_not_covered');
    expect(items.map((i) => i.path)).toEqual([
      ['axisJustifications', 'procurement'],
      ['axisJustifications', 'ecodesign'],
      ['axisJustifications', 'awareness'],
      ['axisJustifications', 'territory'],
    ]);
    const plan = actionPlanSection(strategy, undefined);
    const table = plan.content.find((b): b is Extract<Block, { kind: 'table' }> => 'kind' in b && b.kind === 'table');
    expect(table?.caption).toBe('Les six axes du décret et les mesures');
    expect(table?.rows.map((r) => r[1])).toEqual([
      'Aucune mesure n’est prévue sur cet axe à ce stade.',
      'Allonger la durée de vie des portables',
      'Aucune mesure n’est prévue sur cet axe à ce stade.',
      'Aucune mesure n’est prévue sur cet axe à ce stade.',
      'L’inclusion numérique est portée par le département.',
      'Aucune mesure n’est prévue sur cet axe à ce stade.',
    ]);
  });
});
