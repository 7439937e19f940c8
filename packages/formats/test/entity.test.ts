// The entity label of a line (GLPI `Entité` path, G4IT `nomEntite`, a column named « Entité »)
// reaches the inventory item, for the project's entities to attribute it.
import { describe, expect, it } from 'vitest';
import { importInventoryFiles } from '../src/inventory';
import { importFixtures } from './helpers';

describe('entity column', () => {
  it('keeps the GLPI « Entité » path of each row', async () => {
    const result = await importFixtures(['glpi-ordinateurs.csv']);
    expect(result.items[0]?.entity).toBe('Ville d’Exemple > DSI');
    expect(result.tables[0]?.mapping.find((column) => column.field === 'entity')?.header).toBe('Entité');
  });

  it('maps G4IT’s nomEntite and a generic « Entité » column', async () => {
    const g4it = 'nomEquipementPhysique;modele;quantite;type;statut;paysDUtilisation;nomEntite\nlot-1;Latitude 5430;3;Laptop;In use;France;CIAS de Beau Pays\n';
    const generic = 'Catégorie;Quantité;Entité\nportable;2;Beau Pays > Val-Clair\n';
    const result = await importInventoryFiles(
      [
        { name: 'g4it.csv', bytes: new TextEncoder().encode(g4it) },
        { name: 'parc.csv', bytes: new TextEncoder().encode(generic) },
      ],
      { today: '2026-01-15' },
    );
    expect(result.items.map((item) => item.entity)).toEqual(['CIAS de Beau Pays', 'Beau Pays > Val-Clair']);
  });
});
