/**
 * One entity of a shared DSI seen on its own (issue 15): what its strategy document and its RDD
 * chapter are built from. Its figures are those of `byEntity` in `reen bilan --format json`
 * (`computeEntityBilans`, printed by `serializeEntityBilans`): one truth.
 *
 * How objectives and measures are scoped: an objective or a measure that names entities
 * (`entityIds`) belongs to those entities alone; one that names none is common to every entity of
 * the shared DSI (the consolidated strategy), and the entity's document states it as shared.
 */
import { computeFootprint, type FootprintOptions } from '../compute/computeFootprint';
import type { FootprintResult } from '../compute/types';
import { FootprintError } from '../errors';
import type { Entity } from '../schemas/entities';
import type { FactorSet } from '../schemas/factors';
import type { ProjectFile } from '../schemas/project';
import type { Measure, Objective } from '../strategy/schema';
import { computeEntityBilans, type EntityBilan } from './computeEntityBilans';
import { reenObligation } from './obligation';
import { serializeEntityBilans, type SerializedEntityBilan } from './serializeEntityBilans';

/** Objectives or measures of an entity: its own, and those common to the whole shared DSI. */
export interface Scoped<T> {
  /** Tagged with this entity (`entityIds` includes its id). */
  readonly specific: readonly T[];
  /** Tagged with no entity: common to every entity, stated as shared. */
  readonly shared: readonly T[];
}

export interface EntityView {
  readonly entity: Entity;
  /** Its bilan for the year (own lines, shares of the shared pools, totals, ratios, obligation). */
  readonly bilan: EntityBilan;
  /** The same bilan as `reen bilan --format json` prints it in `byEntity`. */
  readonly printed: SerializedEntityBilan;
  /** The consolidated footprint of the shared DSI, for the year. */
  readonly consolidated: FootprintResult;
  /** How many other entities share the DSI. */
  readonly sharedWith: number;
  /** The other entities that share the DSI, in the order of `entities.list` (their documents name them). */
  readonly partners: readonly Entity[];
  /** Not obliged by the REEN law: its documents are produced voluntarily. */
  readonly voluntary: boolean;
  readonly objectives: Scoped<Objective>;
  readonly measures: Scoped<Measure>;
}

export interface EntityViewOptions {
  /** The bilan year; defaults to the organisation's reference year. */
  readonly year?: number;
  readonly factorSet: FactorSet;
}

function scope<T extends { readonly entityIds?: readonly string[] | undefined }>(items: readonly T[], id: string): Scoped<T> {
  return {
    specific: items.filter((item) => (item.entityIds ?? []).includes(id)),
    shared: items.filter((item) => (item.entityIds ?? []).length === 0),
  };
}

/**
 * The ids of the entities that must publish their own strategy (the REEN obligation), in the order
 * of `entities.list`; empty when the project has no entities.
 *
 * @example
 * obligedEntityIds(project); // ['agglo']
 */
export function obligedEntityIds(project: Pick<ProjectFile, 'entities'>): string[] {
  return (project.entities?.list ?? []).filter((entity) => reenObligation(entity.kind, entity.population).obliged).map((entity) => entity.id);
}

/**
 * The view of one entity of the project's shared DSI.
 *
 * @param project - A parsed project with `entities`.
 * @param entityId - The id of one of `entities.list`.
 * @param options - The factor set and the year (default: the reference year).
 * @throws FootprintError `invalid_option` when the project has no entities or no such entity.
 * @example
 * entityView(project, 'cias', { factorSet: getFactorSet(project.factorSetVersion) });
 */
export function entityView(project: ProjectFile, entityId: string, options: EntityViewOptions): EntityView {
  const entities = project.entities;
  if (entities === undefined) throw new FootprintError('invalid_option', { option: 'entity', reason: 'the project has no entities' });
  const index = entities.list.findIndex((entity) => entity.id === entityId);
  if (index < 0) throw new FootprintError('invalid_option', { option: 'entity', reason: `no entity « ${entityId} » (${entities.list.map((e) => e.id).join(', ')})` });
  const footprintOptions: FootprintOptions = {
    method: project.method,
    amortisationYears: project.amortisationYears,
    year: options.year ?? project.organisation.referenceYear,
    ...(project.stockRule ? { stockRule: project.stockRule } : {}),
  };
  const input = { organisation: project.organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage };
  const consolidated = computeFootprint(input, options.factorSet, footprintOptions);
  const bilans = computeEntityBilans(input, entities, consolidated, options.factorSet, {
    year: consolidated.year,
    method: consolidated.method,
    amortisationYears: consolidated.amortisationYears,
  });
  const bilan = bilans[index] as EntityBilan;
  const strategy = project.strategy;
  return {
    entity: entities.list[index] as Entity,
    bilan,
    printed: serializeEntityBilans(bilans)[index] as SerializedEntityBilan,
    consolidated,
    sharedWith: entities.list.length - 1,
    partners: entities.list.filter((entity) => entity.id !== entityId),
    voluntary: !bilan.obligation.obliged,
    objectives: scope(strategy?.objectives ?? [], entityId),
    measures: scope(strategy?.measures ?? [], entityId),
  };
}
