import type { ProjectFile } from '../schemas/project';
import type { FactorSet } from '../schemas/factors';
import { getFactorSet } from '../factors/factorSets';
import type { FootprintEngine } from './engine';
import { projectTrajectory, type Trajectory } from './trajectory';

export interface ProjectTrajectoryOptions {
  /** Factor set; by default the shipped set named by `project.factorSetVersion`. */
  readonly factorSet?: FactorSet;
  readonly engine?: FootprintEngine;
  readonly contributions?: boolean;
}

/**
 * The trajectory of a project's strategy: the project's inputs, its accounting method and factor
 * set, the strategy's baseline and horizon years and its measures. Undefined when the project has
 * no strategy yet.
 */
export function computeProjectTrajectory(project: ProjectFile, options: ProjectTrajectoryOptions = {}): Trajectory | undefined {
  const strategy = project.strategy;
  if (!strategy) return undefined;
  const { organisation, inventory, hosting, usage } = project;
  return projectTrajectory({ organisation, inventory, hosting, usage }, strategy.measures, options.factorSet ?? getFactorSet(project.factorSetVersion), {
    baselineYear: strategy.baselineYear,
    horizonYear: strategy.horizonYear,
    method: project.method,
    amortisationYears: project.amortisationYears,
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.contributions !== undefined ? { contributions: options.contributions } : {}),
  });
}
