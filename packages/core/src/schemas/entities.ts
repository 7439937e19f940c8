import { z } from 'zod';
import { PositiveDecimalSchema } from './decimal';
import { NAME_ARTICLES } from './organisation';

/** Kinds of entity sharing one DSI. Only communes and EPCI à fiscalité propre can be obliged by the REEN law. */
export const ENTITY_KINDS = ['commune', 'epci', 'metropole', 'ccas', 'cias', 'syndicat', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const EntityIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'entity_id_format' });

/**
 * One entity of a shared DSI (ville, EPCI, CCAS/CIAS, member commune, syndicat). Inventory lines
 * are attributed to it by their `entity` label: an exact id, a GLPI `Entité` path (« Beau Pays >
 * CIAS », the longest matching path wins, sub-entities included) or a G4IT `nomEntite` name.
 */
export const EntitySchema = z.object({
  id: EntityIdSchema,
  name: z.string().trim().min(1),
  /** The article its name takes in a sentence (« du CIAS de … »); inferred from the name when absent. */
  article: z.enum(NAME_ARTICLES).optional(),
  kind: z.enum(ENTITY_KINDS),
  siren: z.string().regex(/^\d{9}$/).optional(),
  /** Inhabitants (communes and EPCI); absent for a CCAS, CIAS or syndicat. */
  population: z.int().nonnegative().optional(),
  agents: z.int().nonnegative(),
  /** GLPI `Entité` paths of this entity (separator « > »); sub-entities belong to it too. */
  paths: z.array(z.string().trim().min(1)).default([]),
  /** Other labels of this entity in the files: G4IT `nomEntite`, a column's values. */
  names: z.array(z.string().trim().min(1)).default([]),
});
export type Entity = z.infer<typeof EntitySchema>;
export type EntityInput = z.input<typeof EntitySchema>;

/**
 * How a shared part is allocated: by agents, by attributed devices, or by custom shares (any
 * positive numbers, normalised by their sum).
 */
export const AllocationKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agents') }),
  z.object({ kind: z.literal('devices') }),
  z.object({ kind: z.literal('custom'), shares: z.record(EntityIdSchema, PositiveDecimalSchema) }),
]);
export type AllocationKey = z.infer<typeof AllocationKeySchema>;

const AGENTS = { kind: 'agents' } as const;

/** Several entities on one DSI, and how the shared assets are allocated between them. */
export const EntitiesSchema = z
  .object({
    list: z.array(EntitySchema).min(2),
    /** Where lines no rule matches go: an entity id, or `shared` (allocated with `allocation.fleet`). */
    unmatched: z.string().default('shared'),
    allocation: z
      .object({
        /** Shared inventory lines (unmatched, or labelled `shared`). */
        fleet: AllocationKeySchema.default(AGENTS),
        /** Server rooms and colocation. */
        hosting: AllocationKeySchema.default(AGENTS),
        cloud: AllocationKeySchema.default(AGENTS),
        /** Networks, e-mails, video, storage, website. */
        usage: AllocationKeySchema.default(AGENTS),
      })
      .default({ fleet: AGENTS, hosting: AGENTS, cloud: AGENTS, usage: AGENTS }),
  })
  .superRefine((value, ctx) => {
    const ids = value.list.map((entity) => entity.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', message: 'entity_id_duplicate', path: ['list', index, 'id'] });
    });
    if (value.unmatched !== 'shared' && !ids.includes(value.unmatched)) {
      ctx.addIssue({ code: 'custom', message: 'entity_unknown', path: ['unmatched'] });
    }
    for (const pool of ['fleet', 'hosting', 'cloud', 'usage'] as const) {
      const key = value.allocation[pool];
      if (key.kind !== 'custom') continue;
      for (const id of Object.keys(key.shares)) {
        if (!ids.includes(id)) ctx.addIssue({ code: 'custom', message: 'entity_unknown', path: ['allocation', pool, 'shares', id] });
      }
    }
  });
export type Entities = z.infer<typeof EntitiesSchema>;
export type EntitiesInput = z.input<typeof EntitiesSchema>;
