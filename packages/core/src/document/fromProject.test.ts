import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE, demoProjectJson } from '../../test/document/demo';
import { FootprintError } from '../errors';
import { parseProject } from '../parse/parseProject';
import { buildStrategyDocument } from './buildStrategyDocument';
import { buildYearlyBilanDocument } from './buildYearlyBilanDocument';
import { buildStrategyDocumentFromProject, buildTechnicalAnnexDocumentFromProject, buildYearlyBilanDocumentFromProject } from './fromProject';
import type { ReenDocument } from './model';
import { computeDistribution } from '../uncertainty/distribution';
import { uncertaintyPlainFr, uncertaintySentenceFr } from '../uncertainty/wording';
import { dec } from '../internal/decimal';

/** The document without the « Territoire » chapter, which only the project file can give. */
const withoutTerritory = (document: ReenDocument): ReenDocument => ({ ...document, sections: document.sections.filter((part) => part.id !== 'territoire') });

describe('documents from a project file', () => {
  const d = demo();

  it('computes the footprint and the trajectory the way the step-by-step builders do', () => {
    const fromProject = buildStrategyDocumentFromProject(d.project, { date: DEMO_DATE });
    const direct = buildStrategyDocument(
      { organisation: d.organisation, strategy: d.strategy, footprint: d.result, factorSet: d.factorSet, trajectory: d.trajectory, distribution: computeDistribution(d.result) },
      { date: DEMO_DATE },
    );
    expect(withoutTerritory(fromProject)).toEqual(direct);
  });

  it('reads the headline in plain French in the strategy and keeps the percentiles for the technical annex', () => {
    // Documents apply French spacing (no-break spaces before « : » and « ; »): compare with plain spaces.
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const method = plain(JSON.stringify(buildStrategyDocumentFromProject(d.project, { date: DEMO_DATE }).sections.find((part) => part.id === 'methode')));
    const distribution = computeDistribution(d.result);
    // The demo's reference sits at percentile 0: the ADEME central values of screens, servers and
    // computers are the low ends of the published ranges.
    expect(distribution.total.referencePercentile.co2eKg).toBe(0);
    expect(method).toContain(plain(uncertaintyPlainFr(d.result, distribution)));
    expect(method).toMatch(/les émissions se situent entre \d+ et \d+ t CO2e, plus probablement entre \d+ et \d+ t CO2e\. La valeur retenue, \d+,\d t CO2e, est volontairement celle des valeurs centrales de la base de référence française \(ADEME\), plus basses que la plupart des autres sources\./);
    for (const word of ['centile', 'P5', 'P95', 'part et d’autre', 'en moyenne), car']) expect(method).not.toContain(word);
    expect(method).toContain('À mesurer plus finement en priorité, car ces facteurs et hypothèses portent la plus grande part de l’incertitude :');
    const first = distribution.sensitivity.byIndicator.co2eKg[0];
    expect(method).toContain(`${first?.labelFr} (${Math.round((first?.share ?? 0) * 100)} % de l’incertitude).`);
    const annex = plain(JSON.stringify(buildTechnicalAnnexDocumentFromProject(d.project, { date: DEMO_DATE }).sections.find((part) => part.id === 'annexe-simulations')));
    expect(annex).toContain(plain(uncertaintySentenceFr(d.result, distribution)));
    expect(annex).toContain('Elle se situe au centile 0 des simulations parce que plusieurs fourchettes publiées s’étendent surtout au-dessus de ces valeurs centrales');
    expect(annex).toContain('Écrans : fabrication, gaz à effet de serre (+');
  });

  it('words the plain range by hand: bounds, simulations and position', () => {
    const node = { total: { co2eKg: dec(61_700) }, low: { co2eKg: dec(41_400) }, high: { co2eKg: dec(143_200) } };
    const fake = { draws: 2000, of: () => ({ p5: { co2eKg: dec(69_000) }, p95: { co2eKg: dec(91_900) }, referencePercentile: { co2eKg: 0 } }) };
    expect(uncertaintyPlainFr(node as never, fake as never)).toBe(
      'Compte tenu des incertitudes sur les facteurs d’impact, les émissions se situent entre 41 et 143\u00a0t\u00a0CO2e, plus probablement entre 69 et 92\u00a0t\u00a0CO2e. ' +
        'La valeur retenue, 61,7\u00a0t\u00a0CO2e, est volontairement celle des valeurs centrales de la base de référence française (ADEME), plus basses que la plupart des autres sources.',
    );
  });

  it('computes year N live and takes N−1 from the recorded snapshot for the yearly bilan', () => {
    const fromProject = buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE });
    const direct = buildYearlyBilanDocument({ organisation: d.organisation, strategy: d.strategy, bilan: d.bilan2026, footprint: d.result2026, factorSet: d.factorSet }, { date: DEMO_DATE });
    expect(withoutTerritory(fromProject)).toEqual(direct);
  });

  it('states a past year’s unmeasured objective from the plan known at 31/12/N: the adopted one, or none', () => {
    // The state of the objectives at 31/12/2026, row of the greenhouse-gas objective (no measurement in 2026:
    // the 2026 footprint reuses the 2025 inventory).
    const state = (document: ReenDocument): string | undefined => {
      const tables: string[][][] = [];
      const walk = (content: ReenDocument['sections'][number]['content']): void => {
        for (const child of content) {
          if ('content' in child) walk(child.content);
          else if (child.kind === 'table' && child.caption === 'État des objectifs au 31 décembre 2026') tables.push(child.rows);
        }
      };
      for (const section of document.sections) walk(section.content);
      return tables[0]?.find((row) => row[0]!.startsWith('Réduire de 10'))?.at(-1);
    };
    // Written before the end of 2026: today's plan (the measures miss the −10 % target).
    expect(state(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE }))).toBe('En retard sur la cible');
    // Written in March 2027: the plan adopted on 20/03/2025, which had the same measures.
    expect(d.project.strategy?.adopted?.date).toBe('2025-03-20');
    expect(state(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: '2027-03-15' }))).toBe('En retard sur la cible');
    // Without an adopted version, no plan was on record at 31/12/2026: nothing is claimed.
    const { adopted: _adopted, ...unadopted } = d.project.strategy!;
    expect(state(buildYearlyBilanDocumentFromProject({ ...d.project, strategy: unadopted }, 2026, { date: '2027-03-15' }))).toBe('Pas encore mesuré');
    // An adoption after 31/12/2026 was not known then either.
    const late = { ...d.project.strategy!, adopted: { ...d.project.strategy!.adopted!, date: '2027-02-01' } };
    expect(state(buildYearlyBilanDocumentFromProject({ ...d.project, strategy: late }, 2026, { date: '2027-03-15' }))).toBe('Pas encore mesuré');
  });

  it('reads the demo project back from its JSON, strategy included', () => {
    const parsed = parseProject(demoProjectJson(), { today: DEMO_DATE });
    expect(parsed.success && parsed.data.strategy?.measures.length).toBe(7);
  });

  it('throws a FootprintError when the project has no strategy', () => {
    const { strategy: _strategy, ...withoutStrategy } = d.project;
    expect(() => buildStrategyDocumentFromProject(withoutStrategy, { date: DEMO_DATE })).toThrow(FootprintError);
    expect(() => buildYearlyBilanDocumentFromProject(withoutStrategy, 2026, { date: DEMO_DATE })).toThrow(/project\.strategy/);
  });

  it('adds the « Territoire » chapter before the annex when the project has territory, entities, services or inclusion data', () => {
    const document = buildStrategyDocumentFromProject(d.project, { date: DEMO_DATE });
    const ids = document.sections.map((part) => part.id);
    const chapter = document.sections.find((part) => part.id === 'territoire');
    const annex = ids.findIndex((id) => id.startsWith('annexe'));
    expect(ids.indexOf('territoire')).toBe(annex < 0 ? ids.length - 1 : annex - 1);
    expect(chapter?.content.map((part) => ('id' in part ? part.id : part.kind))).toEqual(['territoire-estimation', 'territoire-entites', 'territoire-ecoconception', 'territoire-inclusion']);
    expect(JSON.stringify(chapter)).toContain('faible confiance');
  });
});
