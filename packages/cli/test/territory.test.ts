// `reen bilan --format json` on the demo: the territorial bilan stays apart from the totals, within
// the national per-person band, and the entities of the shared DSI add up exactly to the totals.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dec } from '@reen/core';
import { runInProcess } from './helpers';

const DEMO = fileURLToPath(new URL('../../core/data/demo/beau-pays.reen.json', import.meta.url));

interface Bilan {
  totals: Record<string, string>;
  territory: {
    confidence: string;
    population: number;
    totals: Record<string, string>;
    nationalPerInhabitant: Record<string, string>;
    dataCentres: { co2eKg: string; waterL: string }[];
    publicServices: unknown[];
  };
  byEntity: { entity: string; obliged: boolean; co2eKg: string; co2eKgLow: string; co2eKgHigh: string; perAgent: Record<string, string> | null }[];
}

describe('reen bilan on the demo (territory and entities)', () => {
  it('carries the territorial bilan apart and the per-entity bilans that add up exactly', async () => {
    const result = await runInProcess(['bilan', DEMO, '--format', 'json']);
    expect(result.code).toBe(0);
    const bilan = JSON.parse(result.stdout) as Bilan;

    const territory = bilan.territory;
    expect(territory.confidence).toBe('low');
    const perInhabitant = dec(territory.totals.co2eKg as string).div(territory.population);
    expect(perInhabitant.gte(dec(territory.nationalPerInhabitant.co2eKgLow as string))).toBe(true);
    expect(perInhabitant.lte(dec(territory.nationalPerInhabitant.co2eKgHigh as string))).toBe(true);
    // Never summed into the own totals: the territory is several hundred times larger.
    expect(dec(bilan.totals.co2eKg as string).lt(dec(territory.totals.co2eKg as string).div(100))).toBe(true);
    expect(territory.dataCentres).toHaveLength(1);
    expect(territory.publicServices).toHaveLength(2);

    expect(bilan.byEntity.map((entity) => [entity.entity, entity.obliged])).toEqual([
      ['agglo', true],
      ['cias', false],
      ['val-clair', false],
    ]);
    for (const field of ['co2eKg', 'co2eKgLow', 'co2eKgHigh'] as const) {
      const sum = bilan.byEntity.reduce((acc, entity) => acc.plus(dec(entity[field])), dec(0));
      expect(sum.toFixed()).toBe(dec(bilan.totals[field] as string).toFixed());
    }
  });

  it('shows the entities and the territory, apart from the bilan, in the table view', async () => {
    const result = await runInProcess(['bilan', DEMO]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Par entité (les entités totalisent exactement le bilan)');
    expect(result.stdout).toMatch(/CIAS de Beau Pays\s+non/);
    expect(result.stdout).toMatch(/Territoire \(72\s000 habitants\) — estimation de faible confiance, jamais ajoutée au bilan/);
    expect(result.stdout).toMatch(/Moyenne nationale par habitant\s+433,5\s+252,8\s+520,3/);
  });
});
