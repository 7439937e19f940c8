import type { Entities } from '../schemas/entities';
import type { Inventory, InventoryItem } from '../schemas/inventory';

/** The label that puts a line in the shared pool explicitly. */
export const SHARED_LABELS: ReadonlySet<string> = new Set(['shared', 'mutualisé', 'mutualise', 'partagé', 'partage']);

/** The inventory split between the entities and the shared pool. */
export interface Attribution {
  readonly byEntity: ReadonlyMap<string, Inventory>;
  readonly shared: Inventory;
  /** Lines with no label or an unknown one (sent to `entities.unmatched`). */
  readonly unmatched: number;
}

const normalise = (label: string): string =>
  label
    .normalize('NFC')
    .toLocaleLowerCase('fr')
    .replace(/\s*>\s*/g, ' > ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Finds the entity of an inventory label: an entity id, a GLPI `Entité` path (the entity's path or
 * any sub-entity of it; the longest matching path wins), or another name (G4IT `nomEntite`, a
 * column's value). `shared` (or « mutualisé ») sends the line to the shared pool.
 *
 * @returns The entity id, `shared`, or `undefined` when nothing matches.
 */
export function matchEntity(label: string | undefined, entities: Entities): string | undefined {
  if (label === undefined) return undefined;
  const text = normalise(label);
  if (SHARED_LABELS.has(text)) return 'shared';
  let best: { id: string; length: number } | undefined;
  for (const entity of entities.list) {
    if (text === entity.id) return entity.id;
    for (const path of entity.paths) {
      const candidate = normalise(path);
      if ((text === candidate || text.startsWith(`${candidate} > `)) && (!best || candidate.length > best.length)) best = { id: entity.id, length: candidate.length };
    }
  }
  if (best) return best.id;
  return entities.list.find((entity) => entity.names.some((name) => normalise(name) === text) || normalise(entity.name) === text)?.id;
}

/**
 * Attributes every inventory line to an entity or to the shared pool, by its `entity` label.
 *
 * @param inventory - Parsed inventory.
 * @param entities - The project's entities.
 * @example
 * attributeInventory(project.inventory, project.entities).byEntity.get('cias')?.length;
 */
export function attributeInventory(inventory: Inventory, entities: Entities): Attribution {
  const byEntity = new Map<string, InventoryItem[]>(entities.list.map((entity) => [entity.id, []]));
  const shared: InventoryItem[] = [];
  let unmatched = 0;
  for (const item of inventory) {
    let target = matchEntity(item.entity, entities);
    if (target === undefined) {
      unmatched += 1;
      target = entities.unmatched;
    }
    if (target === 'shared') shared.push(item);
    else (byEntity.get(target) as InventoryItem[]).push(item);
  }
  return { byEntity, shared, unmatched };
}
