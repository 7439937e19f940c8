import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE } from '../../test/document/demo';
import { dec } from '../internal/decimal';
import { entityView, obligedEntityIds } from '../entities/entityView';
import { FootprintError } from '../errors';
import type { ProjectFile } from '../schemas/project';
import { buildEntityStrategyDocumentFromProject, buildEntityYearlyBilanDocumentFromProject } from './entityDocuments';
import { isSection, type Block, type ReenDocument, type Section } from './model';
import { inferNameArticle } from './organisationName';

/** Every text of a document (cover, titles, paragraphs, lists, tables), one per line, no-break spaces as spaces. */
function textOf(document: ReenDocument): string {
  const lines: string[] = [document.title, document.footer, ...(document.cover ? [document.cover.organisation, document.cover.title, document.cover.subtitle ?? '', ...document.cover.lines] : [])];
  const walk = (node: Section | Block): void => {
    if (isSection(node)) {
      lines.push(node.title);
      node.content.forEach(walk);
    } else if (node.kind === 'paragraph') lines.push(node.runs.map((run) => run.text).join(''));
    else if (node.kind === 'list') node.items.forEach((item) => lines.push(item.map((run) => run.text).join('')));
    else if (node.kind === 'table') [node.caption, ...node.headerRows, ...node.rows].forEach((row) => lines.push(typeof row === 'string' ? row : row.join(' | ')));
  };
  document.sections.forEach(walk);
  return lines.join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

const EPCI = 'Communauté d’agglomération de Beau Pays';

describe('per-entity view and documents (demo: EPCI, CIAS and Val-Clair on one DSI)', () => {
  const d = demo();
  const view = entityView(d.project, 'cias', { factorSet: d.factorSet });

  it('allocates the shared pools to the CIAS by the stated keys, exactly', () => {
    // Agents: 820 + 180 + 100 = 1 100, the CIAS has 180 → 9/55. Devices: 1 579 + 54 + 814 = 2 447,
    // the CIAS has 54. Cloud: custom shares 70/20/10 → 1/5.
    const shares = Object.fromEntries(view.bilan.shares.map((part) => [part.pool, part]));
    expect(view.bilan.devices).toBe(54);
    expect(shares['fleet']?.share.equals(dec(180).div(1100))).toBe(true);
    expect(shares['usage']?.share.equals(dec(9).div(55))).toBe(true);
    expect(shares['hosting']?.share.equals(dec(54).div(2447))).toBe(true);
    expect(shares['cloud']?.share.toFixed()).toBe('0.2');
    // The cloud pool of the consolidated footprint, one fifth of it, exactly.
    const cloud = view.consolidated.hosting.cloudTotal!.total.co2eKg;
    expect(shares['cloud']?.co2eKg.equals(cloud.div(5))).toBe(true);
    // Its total is its own lines plus its shares (to the 18 decimals every non-largest entity keeps).
    const sum = view.bilan.shares.reduce((acc, part) => acc.plus(part.co2eKg), view.bilan.own.co2eKg);
    expect(view.bilan.total.co2eKg.toDecimalPlaces(18).equals(sum.toDecimalPlaces(18))).toBe(true);
    // The per-agent ratio is the total over its 180 agents; no population, so no per-inhabitant ratio.
    expect(view.bilan.perAgent?.co2eKg.equals(view.bilan.total.co2eKg.div(180))).toBe(true);
    expect(view.bilan.perInhabitant).toBeUndefined();
    // The printed figures are those of `reen bilan --format json` (`serializeEntityBilans`).
    expect(view.printed.entity).toBe('cias');
    expect(dec(view.printed.co2eKg).toDecimalPlaces(18).equals(view.bilan.total.co2eKg.toDecimalPlaces(18))).toBe(true);
    expect(view.voluntary).toBe(true);
  });

  it('writes the CIAS strategy with its article, its figures and the voluntary sentence, naming the entities it shares its DSI with', () => {
    const text = textOf(buildEntityStrategyDocumentFromProject(d.project, 'cias', { date: DEMO_DATE }));
    expect(text).toContain('Ce document présente la stratégie numérique responsable du CIAS de Beau Pays pour la période 2025–2030.');
    expect(text).toContain('Ce document est produit volontairement');
    expect(text).toContain('ce qui n’inclut pas le CIAS de Beau Pays.');
    expect(text).toContain('Le service informatique du CIAS de Beau Pays est partagé avec la Communauté d’agglomération de Beau Pays et la Commune de Val-Clair.');
    // 3 315,9 kg over 180 agents = 18,42 kg per agent; 3 315,9 of 61 707,4 kg = 5,37 %.
    const total = view.bilan.total.co2eKg;
    expect(total.div(1000).toFixed(1)).toBe('3.3');
    expect(text).toMatch(/le numérique du CIAS de Beau Pays a émis 3,3 t CO2e de gaz à effet de serre \(de [\d,]+ à [\d,]+ t CO2e\), soit 18,4 kg CO2e par agent\./);
    expect(text).toMatch(/C’est 5,4 % du bilan consolidé du service informatique partagé \(61,7 t CO2e\)\./);
    expect(text).toMatch(/Équipements rattachés \(54 équipements\)/);
    expect(text).toMatch(/Services en nuage \| selon des parts fixées par les entités \| 20,0 % \| 9/);
    expect(text).not.toContain('Cloud');
    expect(text).toContain('Le bilan est calculé avec les facteurs REEN kit France, édition 2025 selon la méthode dite « stock »');
    expect(text).not.toContain('2025.1');
    expect(text).toMatch(/Usages \(réseaux, courriels, visioconférence…\) \| au prorata des agents \| 16,4 %/);
    expect(text).toMatch(/Total \| {2}\| {2}\| 3 316/);
    expect(text).toContain('Les objectifs suivants sont communs à toutes les entités du service informatique partagé');
    // The EPCI is named once, as a partner of the shared DSI; none of its own measures is listed.
    expect(text.split(EPCI).length - 1).toBe(1);
    expect(text).not.toContain('Contrat d’électricité verte');
    expect(text).not.toContain('Cadre légal');
  });

  it('writes the obliged EPCI’s strategy without the voluntary sentence, with its legal frame', () => {
    const text = textOf(buildEntityStrategyDocumentFromProject(d.project, 'agglo', { date: DEMO_DATE }));
    expect(text).toContain('La Communauté d’agglomération de Beau Pays compte 72 000 habitants : l’article 35');
    expect(text).toContain('Cadre légal');
    expect(text).not.toContain('produit volontairement');
  });

  it('says why a small commune is not obliged', () => {
    const text = textOf(buildEntityStrategyDocumentFromProject(d.project, 'val-clair', { date: DEMO_DATE }));
    expect(text).toMatch(/et la Commune de Val-Clair en compte 9 400\./);
    expect(text).toContain('Le service informatique de la Commune de Val-Clair est partagé avec la Communauté d’agglomération de Beau Pays et le CIAS de Beau Pays.');
  });

  it('lists only the obliged entities for « all »', () => {
    expect(obligedEntityIds(d.project)).toEqual(['agglo']);
    expect(obligedEntityIds({})).toEqual([]);
  });

  it('scopes tagged objectives and measures to their entity and states the others as shared', () => {
    const strategy = d.project.strategy!;
    const [first, ...rest] = strategy.objectives;
    const [measure, ...others] = strategy.measures;
    const project: ProjectFile = {
      ...d.project,
      strategy: { ...strategy, objectives: [{ ...first!, entityIds: ['cias'] }, ...rest], measures: [{ ...measure!, entityIds: ['val-clair'] }, ...others] },
    };
    const cias = entityView(project, 'cias', { factorSet: d.factorSet });
    expect(cias.objectives.specific.map((o) => o.id)).toEqual([first!.id]);
    expect(cias.objectives.shared).toHaveLength(rest.length);
    expect(cias.measures.specific).toHaveLength(0);
    // The six other measures less the green-electricity contract, the agglomération's alone.
    expect(cias.measures.shared).toHaveLength(5);
    expect(others).toHaveLength(6);
    const text = textOf(buildEntityStrategyDocumentFromProject(project, 'cias', { date: DEMO_DATE }));
    expect(text).toContain('Objectifs propres du CIAS de Beau Pays');
    expect(text).not.toContain(`« ${measure!.title} »`);
    const valClair = textOf(buildEntityStrategyDocumentFromProject(project, 'val-clair', { date: DEMO_DATE }));
    expect(valClair).toContain('Mesures propres de la Commune de Val-Clair :');
    expect(valClair).not.toContain(first!.label);
  });

  it('writes the CIAS’s RDD chapter for a year from that year’s figures', () => {
    const view2026 = entityView(d.project, 'cias', { factorSet: d.factorSet, year: 2026 });
    const document = buildEntityYearlyBilanDocumentFromProject(d.project, 'cias', 2026, { date: DEMO_DATE });
    const text = textOf(document);
    expect(document.cover).toBeUndefined();
    expect(text).toContain('Ce chapitre présente le bilan annuel 2026 de la stratégie numérique responsable du CIAS de Beau Pays');
    expect(text).toContain('Ce document est produit volontairement');
    expect(text).toContain(`En 2026, le numérique du CIAS de Beau Pays a émis ${view2026.bilan.total.co2eKg.div(1000).toFixed(1).replace('.', ',')}`);
    expect(text.split(EPCI).length - 1).toBe(1);
  });

  it('names a CCAS or a CIAS with « le », and refuses an unknown entity', () => {
    expect(inferNameArticle('CIAS de Beau Pays')).toBe('le');
    expect(inferNameArticle('CCAS de Tours')).toBe('le');
    expect(() => entityView(d.project, 'nope', { factorSet: d.factorSet })).toThrow(FootprintError);
    const { entities: _entities, ...alone } = d.project;
    expect(() => buildEntityStrategyDocumentFromProject(alone, 'cias', { date: DEMO_DATE })).toThrow(/no entities/);
  });
});
