import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateInventoryFromAgents } from './estimateInventoryFromAgents';
import { EstimateRatioTableSchema, getEstimateRatios, type EstimateRatio } from './ratios';
import ratiosFile from '../../data/estimate/ratios-per-agent.json';
import { InventorySchema } from '../schemas/inventory';
import { formatTraceNote } from '../messages';

const SOURCE = {
  publisher: 'Test publisher',
  title: 'Test title',
  year: 2024,
  yearInferred: false,
  url: 'https://example.org/ratio',
  retrievedAt: '2026-11-25',
} as const;

function ratio(category: EstimateRatio['category'], devicesPerAgent: string): EstimateRatio {
  return { category, devicesPerAgent, low: devicesPerAgent, high: devicesPerAgent, perimeter: 'administration', source: SOURCE, rangeSources: [], note: 'test' };
}

describe('the ratio table', () => {
  it('parses with its schema, every row carrying a source with an https URL', () => {
    const table = EstimateRatioTableSchema.parse(ratiosFile);
    for (const row of table.ratios) expect(row.source.url).toMatch(/^https:\/\//);
    expect(getEstimateRatios().ratios.map((row) => row.category)).toEqual(['desktop', 'monitor']);
  });

  it('rejects a row whose central value is outside its range', () => {
    const bad = { ...ratiosFile, ratios: [{ ...ratiosFile.ratios[0], low: '1.5' }] };
    expect(EstimateRatioTableSchema.safeParse(bad).success).toBe(false);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(getEstimateRatios().ratios[0])).toBe(true);
  });
});

describe('estimateInventoryFromAgents', () => {
  describe('with the shipped ratios', () => {
    it('estimates 1,298 computers and 1,320 monitors for 1,100 agents (1100 × 1.18, 1100 × 1.2)', () => {
      const estimate = estimateInventoryFromAgents({ agents: 1100, referenceYear: 2025 });
      expect(estimate.isEstimate).toBe(true);
      expect(estimate.items).toEqual([
        { category: 'desktop', quantity: 1298, status: 'in-service', perimeter: 'administration' },
        { category: 'monitor', quantity: 1320, status: 'in-service', perimeter: 'administration' },
      ]);
    });

    it('rounds half up: 25 agents give 29.5 → 30 computers and 30 monitors', () => {
      const estimate = estimateInventoryFromAgents({ agents: 25, referenceYear: 2025 });
      expect(estimate.items.map((item) => item.quantity)).toEqual([30, 30]);
    });

    it('gives 1 computer and 1 monitor for 1 agent (1.18 → 1, 1.2 → 1)', () => {
      expect(estimateInventoryFromAgents({ agents: 1, referenceYear: 2025 }).items.map((item) => item.quantity)).toEqual([1, 1]);
    });

    it('leaves the lifetime to the default cascade and produces a valid inventory', () => {
      const { items } = estimateInventoryFromAgents({ agents: 450, referenceYear: 2025 });
      expect(items.map((item) => item.quantity)).toEqual([531, 540]);
      for (const item of items) expect(item.lifetimeYears).toBeUndefined();
      expect(InventorySchema.safeParse(items).success).toBe(true);
    });

    it('records one assumption per ratio, with the ratio, its range and its source', () => {
      const { assumptions } = estimateInventoryFromAgents({ agents: 1100, referenceYear: 2025 });
      expect(assumptions.map((note) => note.code)).toEqual(['inventory_estimate_ratio', 'inventory_estimate_ratio']);
      expect(assumptions[1]?.params).toMatchObject({
        category: 'monitor',
        quantity: '1320',
        agents: 1100,
        devicesPerAgent: '1.2',
        low: '1.2',
        high: '1.2',
        year: 2022,
        url: 'https://www.solutions-magazine.com/ecrans-sils-fonctionnent-gardez-les/',
      });
      expect(formatTraceNote(assumptions[0] as (typeof assumptions)[number])).toBe(
        'desktop : 1298 appareils estimés pour 1100 agents (année 2025), 1.18 par agent (fourchette 1.00–1.18). Source : Banque des Territoires, « Caux Seine Agglo cultive son exemplarité numérique (76) », 2020, https://www.banquedesterritoires.fr/caux-seine-agglo-cultive-son-exemplarite-numerique-76. Estimation : remplacez-la par un inventaire réel.',
      );
    });
  });

  describe('with given ratios', () => {
    it('rounds 0.5 up to one device, where half-even would give none', () => {
      const { items } = estimateInventoryFromAgents({ agents: 1, referenceYear: 2025 }, { ratios: [ratio('smartphone', '0.5')] });
      expect(items).toEqual([{ category: 'smartphone', quantity: 1, status: 'in-service', perimeter: 'administration' }]);
    });

    it('rounds 2.5 up to 3', () => {
      const { items } = estimateInventoryFromAgents({ agents: 5, referenceYear: 2025 }, { ratios: [ratio('mfp', '0.5')] });
      expect(items[0]?.quantity).toBe(3);
    });

    it('drops a line that rounds to zero devices but keeps its assumption', () => {
      const estimate = estimateInventoryFromAgents({ agents: 4, referenceYear: 2025 }, { ratios: [ratio('mfp', '0.1')] });
      expect(estimate.items).toEqual([]);
      expect(estimate.assumptions).toHaveLength(1);
    });
  });

  describe('bad input', () => {
    it('throws invalid_option for a negative or fractional number of agents', () => {
      expect(() => estimateInventoryFromAgents({ agents: -1, referenceYear: 2025 })).toThrowErrorMatchingInlineSnapshot(
        `[FootprintError: An option passed to a compute function is out of its range. (agents=-1)]`,
      );
      expect(() => estimateInventoryFromAgents({ agents: 1.5, referenceYear: 2025 })).toThrow(/agents=1.5/);
    });
  });

  describe('laws', () => {
    it('gives an empty inventory for 0 agents', () => {
      expect(estimateInventoryFromAgents({ agents: 0, referenceYear: 2025 }).items).toEqual([]);
    });

    it('grows monotonically with the number of agents, category by category', () => {
      fc.assert(
        fc.property(fc.nat({ max: 200_000 }), fc.nat({ max: 1000 }), (agents, extra) => {
          const quantities = (n: number): Map<string, number> =>
            new Map(estimateInventoryFromAgents({ agents: n, referenceYear: 2025 }).items.map((item) => [item.category, item.quantity]));
          const small = quantities(agents);
          const large = quantities(agents + extra);
          for (const [category, quantity] of small) expect(large.get(category) ?? 0).toBeGreaterThanOrEqual(quantity);
        }),
      );
    });
  });
});
