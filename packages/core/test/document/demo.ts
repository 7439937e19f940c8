/**
 * The built-in demo project "Communauté d’agglomération de Beau Pays" (`demoProjectFile` from
 * `@reen/core/demo`: EPCI, 72 000 inhabitants, 1 100 agents) with its complete strategy 2025–2030,
 * and what the document tests need computed from it: footprints, trajectory, 2026 yearly bilan.
 * Footprints are computed with the shipped factor set fr-2025.1.
 */
import { computeFootprint, getFactorSet, parseProject } from '../../src/index';
import type { FactorSet, FootprintResult, Organisation, ProjectFile } from '../../src/index';
import { demoProjectFile } from '../../src/demo';
import { buildYearlyBilan, projectTrajectory } from '../../src/index';
import type { Strategy, StrategyInputs, Trajectory, YearlyBilan } from '../../src/index';

/** The date printed on the demo documents (documents never read the clock). */
export const DEMO_DATE = '2026-11-25';

export interface Demo {
  readonly project: ProjectFile;
  readonly organisation: Organisation;
  readonly inputs: StrategyInputs;
  readonly factorSet: FactorSet;
  readonly result: FootprintResult;
  readonly strategy: Strategy;
  readonly trajectory: Trajectory;
  readonly bilan2026: YearlyBilan;
  readonly result2026: FootprintResult;
}

function parsed(raw: unknown): ProjectFile {
  const result = parseProject(raw, { today: DEMO_DATE });
  if (!result.success) throw new Error(`demo project does not parse: ${JSON.stringify(result.issues)}`);
  return result.data;
}

/** The demo project file as JSON, strategy included (what `docs/examples/beau-pays.reen.json` holds). */
export function demoProjectJson(): unknown {
  return demoProjectFile;
}

let cached: Demo | undefined;

/** Parses the demo project and computes (once) what the documents need, with the real engine. */
export function demo(): Demo {
  if (cached) return cached;
  const project = parsed(demoProjectJson());
  const strategy: Strategy = project.strategy!;
  const organisation = project.organisation;
  const inputs: StrategyInputs = { organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage };
  const factorSet = getFactorSet('fr-2025.1');
  const result = computeFootprint(inputs, factorSet, { year: 2025, method: 'stock', amortisationYears: 1 });
  const result2026 = computeFootprint(inputs, factorSet, { year: 2026, method: 'stock', amortisationYears: 1 });
  const engine = (i: StrategyInputs, f: FactorSet, o: { year: number; method: 'stock' | 'flux'; amortisationYears: number }) => computeFootprint(i, f, o);
  const trajectory = projectTrajectory(inputs, strategy.measures, factorSet, { baselineYear: 2025, horizonYear: 2030, method: 'stock', amortisationYears: 1, engine });
  const bilan2026 = buildYearlyBilan(strategy, 2026, { factorSet, engine, trajectory });
  cached = { project, organisation, inputs, factorSet, result, strategy, trajectory, bilan2026, result2026 };
  return cached;
}
