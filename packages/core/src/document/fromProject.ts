/**
 * From a project file to a document: computes what the documents need (the footprint with its
 * traces, the trajectory, the yearly bilan) with the project's factor set, method and amortisation,
 * then builds the document. This is what `reen strategy` and `reen rapport` call.
 */
import { computeFootprint } from '../compute/computeFootprint';
import { computeDistribution } from '../uncertainty/distribution';
import { FootprintError } from '../errors';
import { getFactorSet } from '../factors/factorSets';
import type { FactorSet } from '../schemas/factors';
import type { ProjectFile } from '../schemas/project';
import type { StrategyInputs } from '../strategy/applyLevers';
import type { Strategy } from '../strategy/schema';
import { computeProjectTrajectory } from '../strategy/projectTrajectory';
import { syncProjectIndicators } from '../strategy/projectIndicators';
import { buildYearlyBilan } from '../strategy/yearlyBilan';
import { strategyFootprints } from '../strategy/objectives';
import { buildProgrammeDocument, buildStrategyDocument } from './buildStrategyDocument';
import { buildTechnicalAnnexDocument, technicalAnnexCsv } from './technicalAnnex';
import { adoptedStrategy } from '../strategy/adopt';
import { checkStrategy } from '../strategy/check';
import { buildYearlyBilanDocument } from './buildYearlyBilanDocument';
import { DocumentSchema, type ReenDocument } from './model';
import { territoryChapter } from './territoryChapter';
import { typesetSection } from './finish';
import { sharedServiceView } from './sharedService';

export interface ProjectDocumentOptions {
  /** Date of the document, ISO `YYYY-MM-DD` (documents never read the clock). */
  readonly date: string;
  /** The strategy: `live` (default) or the `adopted` version frozen at the délibération. */
  readonly version?: 'live' | 'adopted';
  /** The factor set; defaults to the shipped set named by the project (`getFactorSet(project.factorSetVersion)`). */
  readonly factorSet?: FactorSet;
}

/**
 * The project's live strategy, its recorded indicators (inclusion, awareness, reuse, eco-design) read
 * from the project's records up to `upToYear` (the document's year) (`syncProjectIndicators`): one
 * truth, never a second hand-typed series. The adopted version stays as it was frozen.
 */
function strategyOf(project: ProjectFile, factorSet: FactorSet, upToYear: number): Strategy {
  if (project.strategy === undefined) throw new FootprintError('invalid_option', { option: 'project.strategy', reason: 'the project has no strategy' });
  return syncProjectIndicators(project.strategy, project, factorSet, Math.max(upToYear, project.organisation.referenceYear));
}

const inputsOf = (project: ProjectFile): StrategyInputs => ({ organisation: project.organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage });

/**
 * Builds the strategy document of a project: the footprint of the organisation's reference year,
 * computed with its traces, and the trajectory from the strategy's baseline to its horizon.
 *
 * @param project - A parsed project file (`parseProject`) that has a `strategy`.
 * @param options - The document date and, optionally, the factor set.
 * @returns The document model, ready for `renderDocument`.
 * @throws FootprintError `invalid_option` when the project has no strategy; `factor_set_unknown`
 *   when the project's factor set is not shipped and none is given.
 */
export function buildStrategyDocumentFromProject(project: ProjectFile, options: ProjectDocumentOptions): ReenDocument {
  const parts = strategyParts(project, options);
  // The method section reads the distribution of the footprint it prints, when it is computed now.
  const distribution = parts.footprint === parts.computed ? computeDistribution(parts.computed, { inventoryIsEstimate: project.inventoryIsEstimate ?? false }) : undefined;
  const document = buildStrategyDocument({ ...parts, distribution }, { date: options.date, ...(options.version ? { version: options.version } : {}) });
  return withTerritoryChapter(document, project, parts.computed, parts.factorSet);
}

/** What the strategy, the programme de travail and the technical annex are built from. */
function strategyParts(project: ProjectFile, options: ProjectDocumentOptions) {
  const factorSet = options.factorSet ?? getFactorSet(project.factorSetVersion);
  const live = strategyOf(project, factorSet, Number(options.date.slice(0, 4)));
  const strategy = options.version === 'adopted' ? (adoptedStrategy(live) ?? live) : live;
  const forVersion: ProjectFile = { ...project, strategy };
  const inputs = inputsOf(project);
  const footprint = computeFootprint(inputs, factorSet, {
    method: project.method,
    amortisationYears: project.amortisationYears,
    year: project.organisation.referenceYear,
    ...(project.stockRule ? { stockRule: project.stockRule } : {}),
  });
  const trajectory = strategy.horizonYear > strategy.baselineYear ? computeProjectTrajectory(forVersion, { factorSet }) : undefined;
  // The adopted version prints the footprint frozen with it, not today's.
  const frozen = options.version === 'adopted' && strategy.bilan.footprint !== undefined;
  const sharedService = frozen ? undefined : sharedServiceView(project, footprint, factorSet);
  return { organisation: project.organisation, strategy: live, footprint: frozen ? strategy.bilan.footprint : footprint, factorSet, trajectory, inventoryIsEstimate: project.inventoryIsEstimate, computed: footprint, sharedService };
}

/** The programme de travail of a project (2023 deliverable), on its own. */
export function buildProgrammeDocumentFromProject(project: ProjectFile, options: ProjectDocumentOptions): ReenDocument {
  return buildProgrammeDocument(strategyParts(project, options), { date: options.date });
}

/** The technical annex of a project's strategy (full trace), published apart from the strategy. */
export function buildTechnicalAnnexDocumentFromProject(project: ProjectFile, options: ProjectDocumentOptions): ReenDocument {
  const parts = strategyParts(project, options);
  const distribution = parts.footprint === parts.computed ? computeDistribution(parts.computed, { inventoryIsEstimate: project.inventoryIsEstimate ?? false }) : undefined;
  return buildTechnicalAnnexDocument({ ...parts, distribution, draft: checkStrategy(parts.strategy).some((i) => i.severity === 'blocking') }, { date: options.date });
}

/** The factors of the technical annex as CSV (`;`, UTF-8). */
export function technicalAnnexCsvFromProject(project: ProjectFile, options: Omit<ProjectDocumentOptions, 'date'> = {}): string {
  const { footprint, factorSet } = strategyParts(project, { ...options, date: '2000-01-01' });
  return technicalAnnexCsv(footprint, factorSet);
}

/**
 * Builds the yearly bilan (RDD chapter) of a project for year N: the footprint of N is computed from
 * the project's current inputs; N−1 comes from the strategy's recorded snapshots.
 *
 * @param project - A parsed project file that has a `strategy`.
 * @param year - The bilan year N.
 * @param options - The document date and, optionally, the factor set.
 * @throws FootprintError as {@link buildStrategyDocumentFromProject}.
 */
export function buildYearlyBilanDocumentFromProject(project: ProjectFile, year: number, options: ProjectDocumentOptions): ReenDocument {
  const factorSet = options.factorSet ?? getFactorSet(project.factorSetVersion);
  const strategy = strategyOf(project, factorSet, year);
  const current = computeFootprint(inputsOf(project), factorSet, { method: project.method, amortisationYears: project.amortisationYears, year, ...(project.stockRule ? { stockRule: project.stockRule } : {}) });
  // The statuses at 31/12/N rest on the plan known then: today's trajectory when the document is
  // dated by then, else the adopted version's when it was adopted by then, else none.
  const asOf = `${year}-12-31`;
  const adopted = strategy.adopted !== undefined && strategy.adopted.date <= asOf ? adoptedStrategy(strategy) : undefined;
  const planned = options.date <= asOf ? { strategy, date: options.date } : adopted !== undefined ? { strategy: adopted, date: strategy.adopted!.date } : undefined;
  const trajectory = planned !== undefined && planned.strategy.horizonYear > planned.strategy.baselineYear ? computeProjectTrajectory({ ...project, strategy: planned.strategy }, { factorSet }) : undefined;
  // A year whose footprint is frozen in the strategy keeps it (a past bilan keeps its figures);
  // otherwise the footprint of N is computed now from the project's inventory.
  const frozen = strategyFootprints(strategy).find((f) => f.year === year);
  const bilan = buildYearlyBilan(strategy, year, {
    ...(frozen ? {} : { current, inventoryYear: project.organisation.referenceYear }),
    factorSet,
    ...(trajectory && planned ? { trajectory, trajectoryDate: planned.date } : {}),
  });
  // The shared service's perimeter; its own share is printed only beside the total it was computed from.
  const sharedService = sharedServiceView(project, current, factorSet);
  return withTerritoryChapter(buildYearlyBilanDocument({ organisation: project.organisation, strategy, bilan, footprint: current, factorSet, sharedService }, { date: options.date }), project, current, factorSet);
}

/** Inserts the « Territoire » chapter (when the project has its data) before the annexes. */
export function withTerritoryChapter(document: ReenDocument, project: ProjectFile, footprint: ReturnType<typeof computeFootprint>, factorSet: FactorSet): ReenDocument {
  const raw = territoryChapter(project, footprint, factorSet);
  if (!raw) return document;
  // A chapter without a cover (the RDD's) runs on: no page break before it, so that the short
  // « Méthode » section before it does not stand alone on a page.
  const { pageBreakBefore, ...flowing } = raw;
  const chapter = typesetSection(document.cover === undefined ? flowing : { ...flowing, ...(pageBreakBefore ? { pageBreakBefore } : {}) });
  const annex = document.sections.findIndex((part) => part.id.startsWith('annexe'));
  const at = annex < 0 ? document.sections.length : annex;
  return DocumentSchema.parse({ ...document, sections: [...document.sections.slice(0, at), chapter, ...document.sections.slice(at)] });
}
