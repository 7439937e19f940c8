import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE, demoProjectJson } from '../../test/document/demo';
import { FootprintError } from '../errors';
import { parseProject } from '../parse/parseProject';
import { buildStrategyDocument } from './buildStrategyDocument';
import { buildYearlyBilanDocument } from './buildYearlyBilanDocument';
import { buildStrategyDocumentFromProject, buildTechnicalAnnexDocumentFromProject, buildYearlyBilanDocumentFromProject } from './fromProject';
import type { ReenDocument } from './model';
import { sharedServiceView } from './sharedService';
import { computeFootprint } from '../compute/computeFootprint';
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
      { organisation: d.organisation, strategy: d.strategy, footprint: d.result, factorSet: d.factorSet, trajectory: d.trajectory, distribution: computeDistribution(d.result), sharedService: sharedServiceView(d.project, d.result, d.factorSet) },
      { date: DEMO_DATE },
    );
    expect(withoutTerritory(fromProject)).toEqual(direct);
  });

  it('names the shared service’s perimeter, gives the agglomération’s own share from its entity bilan and the per-agent divisor', () => {
    // 61 707 kg for the service shared by the agglomération, the CIAS and Val-Clair; the
    // agglomération’s own bilan (computeEntityBilans) is 40 559 kg; 61 707 / 1 100 agents = 56,1 kg.
    const shared = sharedServiceView(d.project, d.result, d.factorSet)!;
    expect([shared.own?.co2eKg.div(1000).toFixed(1), shared.agents, d.result.total.co2eKg.div(1000).toFixed(1)]).toEqual(['40.6', 1100, '61.7']);
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const strategy = plain(JSON.stringify(buildStrategyDocumentFromProject(d.project, { date: DEMO_DATE })));
    expect(strategy).toMatch(
      /En 2025, le service numérique partagé \(la Communauté d’agglomération de Beau Pays, le CIAS de Beau Pays et la Commune de Val-Clair\) a émis 61,7 t CO2e de gaz à effet de serre \(de [\d,]+ à [\d,]+ t CO2e\), dont 40,6 t CO2e pour la Communauté d’agglomération de Beau Pays ; soit 56,1 kg CO2e par agent du service partagé \(1 100 agents\)\./,
    );
    expect(strategy).toContain('Localement, le service numérique partagé (la Communauté d’agglomération de Beau Pays, le CIAS de Beau Pays et la Commune de Val-Clair) a émis 61,7 t CO2e en 2025, pour le fonctionnement de ces entités (équipements, hébergement et usages de leurs services), dont 40,6 t CO2e pour la Communauté d’agglomération de Beau Pays, soit 56,1 kg CO2e par agent du service partagé (1 100 agents)');
    expect(strategy).not.toContain('le numérique de la Communauté d’agglomération de Beau Pays a émis');
    // The RDD of 2026: the shared service’s 54,9 t, of which the agglomération’s own bilan of that year.
    const own2026 = sharedServiceView(d.project, computeFootprint({ organisation: d.project.organisation, inventory: d.project.inventory, hosting: d.project.hosting, usage: d.project.usage }, d.factorSet, { method: d.project.method, amortisationYears: d.project.amortisationYears, year: 2026, ...(d.project.stockRule ? { stockRule: d.project.stockRule } : {}) }), d.factorSet)!.own!.co2eKg;
    const rdd = plain(JSON.stringify(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE })));
    expect(own2026.div(1000).toFixed(1)).toBe('36.3');
    expect(rdd).toMatch(/Émissions de gaz à effet de serre du service numérique partagé \(la Communauté d’agglomération de Beau Pays, le CIAS de Beau Pays et la Commune de Val-Clair\) en 2026 : 54,9 t CO2e \(de [\d,]+ à [\d,]+ t CO2e\)[^"]*, dont 36,3 t CO2e pour la Communauté d’agglomération de Beau Pays\./);
  });

  it('dates the RDD chapter and the strategy’s follow-up consistently: situation at 31/12/N, document date stated', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const rdd = plain(JSON.stringify(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: '2026-12-05' })));
    expect(rdd).toContain('Situation au 31 décembre 2026, document établi le 5 décembre 2026 : les mesures, les dépenses et les objectifs sont arrêtés à la fin de l’année, d’après ce qui est réalisé ou engagé à la date du document.');
    const after = plain(JSON.stringify(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: '2027-03-15' })));
    expect(after).toContain('"Situation au 31 décembre 2026, document établi le 15 mars 2027."');
    const strategy = plain(JSON.stringify(buildStrategyDocumentFromProject(d.project, { date: '2026-12-05' })));
    expect(strategy).toContain('Le tableau ci-dessous donne l’état des objectifs au 5 décembre 2026, date de ce document ; le bilan annuel présenté dans le RDD donne la situation au 31 décembre de chaque année.');
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
    const direct = buildYearlyBilanDocument({ organisation: d.organisation, strategy: d.strategy, bilan: d.bilan2026, footprint: d.result2026, factorSet: d.factorSet, sharedService: sharedServiceView(d.project, d.result2026, d.factorSet) }, { date: DEMO_DATE });
    expect(withoutTerritory(fromProject)).toEqual(direct);
  });

  it('states the greenhouse-gas objective at 31/12/N from the year’s computed footprint, saying it reuses the 2025 inventory', () => {
    // The 2026 footprint (54,9 t) is computed from the 2025 inventory. It is the one value of the year:
    // the objective (61,7 t in 2025, −10 % by 2030 = 55,5 t) expects 61,7 − 6,17 / 5 = 60,5 t in 2026,
    // so 54,9 t is on track, whatever the date the chapter is written (the plan is not read then).
    const row = (document: ReenDocument): string[] | undefined => {
      const tables: string[][][] = [];
      const walk = (content: ReenDocument['sections'][number]['content']): void => {
        for (const child of content) {
          if ('content' in child) walk(child.content);
          else if (child.kind === 'table' && child.caption === 'État des objectifs au 31 décembre 2026') tables.push(child.rows);
        }
      };
      for (const section of document.sections) walk(section.content);
      // No-break spaces (before « : », between number and unit) read as plain spaces here.
      return tables[0]?.find((r) => r[0]!.startsWith('Réduire de 10'))?.slice(1).map((cell) => cell.replace(/\s/g, ' '));
    };
    const values = ['2025 : 61,7 t CO2e', '2026 : 54,9 t CO2e (calculée sur l’inventaire de 2025)', '2030 : 55,5 t CO2e'];
    // With a plan known at 31/12/2026 (today's, or the one adopted on 20/03/2025), the cell adds what it gives in 2030.
    const withPlan = [...values, 'En bonne voie d’après la dernière valeur ; les mesures prévues mènent à 65,1 t CO2e en 2030, il manque 9,6 t CO2e'];
    expect(row(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE }))).toEqual(withPlan);
    expect(row(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: '2027-03-15' }))).toEqual(withPlan);
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const rdd = plain(JSON.stringify(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE })));
    expect(rdd).toContain('Compléter le plan d’action pour l’objectif « Réduire de 10 % les émissions de gaz à effet de serre du numérique d’ici 2030 » : les mesures prévues n’y suffisent pas.');
    expect(rdd).toContain('Compléter le plan d’action pour l’objectif « Porter à 8 ans la durée de vie moyenne des ordinateurs d’ici 2028 » : les mesures prévues n’y suffisent pas.');
    // Without an adopted version, no plan was on record at 31/12/2026: the status alone.
    const { adopted: _adopted, ...unadopted } = d.project.strategy!;
    expect(row(buildYearlyBilanDocumentFromProject({ ...d.project, strategy: unadopted }, 2026, { date: '2027-03-15' }))).toEqual([...values, 'En bonne voie']);
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
