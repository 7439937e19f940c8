/**
 * The app's only door to the core's calculations. Components and stores call these functions; they
 * never do footprint arithmetic themselves. Everything here is synchronous and pure, so a computed
 * can call it, and the worker can call it too.
 */
import {
  computeFootprint,
  estimateInventoryFromAgents,
  formatIssue,
  formatTraceNote,
  getEstimateRatios,
  getFactorSet,
  listFactorSets,
  parseProject,
  ProjectFileSchema,
} from '@reen/core';
import type { AccountingMethod, EstimateRatio, FactorRow, FactorSet, FootprintResult, InventoryEstimate, Issue, ParseResult, ProjectFile, TraceNote } from '@reen/core';
import type { Locale } from '../i18n';
import { normaliseDraft, type ProjectDraft } from './project';

/** The factor set a project names, or the default one when it is unknown. */
export function factorSetFor(version: string | undefined): FactorSet {
  return version !== undefined && listFactorSets().includes(version) ? getFactorSet(version) : getFactorSet();
}

/** The default factor set's version, for new projects. */
export function defaultFactorSetVersion(): string {
  return getFactorSet().version;
}

/** Validates a draft (or migrates and validates a file) with the core. */
export function parseDraft(raw: unknown): ParseResult<ProjectFile> {
  return parseProject(raw);
}

/** Turns a parsed project back into a plain draft (decimals as strings). */
export function toDraft(project: ProjectFile): ProjectDraft {
  return normaliseDraft(ProjectFileSchema.encode(project) as unknown as Record<string, unknown>);
}

/** Computes the footprint of a parsed project with the given accounting method. */
export function computeProject(project: ProjectFile, factorSet: FactorSet, method: AccountingMethod = project.method): FootprintResult {
  return computeFootprint(
    { organisation: project.organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage },
    factorSet,
    { year: project.organisation.referenceYear, method, amortisationYears: project.amortisationYears, stockRule: project.stockRule ?? 'beges' },
  );
}

/** Index of the factor rows by id, for the "D'où vient ce chiffre ?" panel. */
export function rowsById(factorSet: FactorSet): ReadonlyMap<string, FactorRow> {
  return new Map(factorSet.rows.map((row) => [row.id, row]));
}

/** Words an issue with the core's message maps. */
export function issueText(issue: Issue, locale: Locale): string {
  return formatIssue(issue, locale);
}

/** Words a trace note (assumption or fallback) with the core's message maps. */
export function traceNoteText(note: TraceNote, locale: Locale): string {
  return formatTraceNote(note, locale);
}

/** The documented equipment ratios per agent, each with its source (for the estimate banner). */
export function estimateRatios(): readonly EstimateRatio[] {
  return getEstimateRatios().ratios;
}

/** Estimates an inventory from the number of agents with the core's documented ratios. */
export function estimateInventory(agents: number, referenceYear: number): InventoryEstimate {
  return estimateInventoryFromAgents({ agents, referenceYear });
}
