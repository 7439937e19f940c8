/**
 * Several entities on one DSI: attribution of inventory lines, exact apportionment of the shared
 * parts, and per-entity bilans that add up exactly to the consolidated one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, ZERO } from '../internal/decimal';
import { getFactorSet } from '../factors/factorSets';
import { parseInventory } from '../parse/parseInventory';
import { parseHosting, parseOrganisation, parseUsage } from '../parse/parseProject';
import { computeFootprint } from '../compute/computeFootprint';
import { computeFleetFootprint } from '../compute/computeFleetFootprint';
import { INDICATORS } from '../schemas/factors';
import { EntitiesSchema, type EntitiesInput } from '../schemas/entities';
import { apportion } from './apportion';
import { attributeInventory, matchEntity } from './attribute';
import { computeEntityBilans } from './computeEntityBilans';
import { reenObligation } from './obligation';
import { serializeEntityBilans } from './serializeEntityBilans';

const factorSet = getFactorSet('fr-2025.1');
const ok = <T>(result: { success: true; data: T } | { success: false }): T => {
  if (!result.success) throw new Error('fixture does not parse');
  return result.data;
};

const ENTITIES: EntitiesInput = {
  list: [
    { id: 'ville', name: 'Ville de Beau Pays', kind: 'commune', population: 60000, agents: 300, paths: ['Beau Pays > Ville'] },
    { id: 'ccas', name: 'CCAS de Beau Pays', kind: 'ccas', agents: 100, paths: ['Beau Pays > Ville > CCAS'], names: ['CCAS'] },
  ],
};
const entities = EntitiesSchema.parse(ENTITIES);

describe('reenObligation', () => {
  it('covers communes and EPCI of more than 50,000 inhabitants only', () => {
    expect(reenObligation('commune', 50001)).toEqual({ obliged: true, reason: 'over-threshold' });
    expect(reenObligation('epci', 50000)).toEqual({ obliged: false, reason: 'under-threshold' });
    expect(reenObligation('metropole', 400000).obliged).toBe(true);
    expect(reenObligation('cias', 90000)).toEqual({ obliged: false, reason: 'kind-not-covered' });
    expect(reenObligation('syndicat', undefined).reason).toBe('kind-not-covered');
    expect(reenObligation('commune', undefined)).toEqual({ obliged: false, reason: 'population-unknown' });
  });
});

describe('matchEntity', () => {
  it('matches an id, the longest GLPI path (sub-entities included), a G4IT name, and the shared label', () => {
    expect(matchEntity('ville', entities)).toBe('ville');
    expect(matchEntity('Beau Pays > Ville > Écoles', entities)).toBe('ville');
    expect(matchEntity('beau pays>ville>ccas > Accueil', entities)).toBe('ccas');
    expect(matchEntity('CCAS', entities)).toBe('ccas');
    expect(matchEntity('Mutualisé', entities)).toBe('shared');
    expect(matchEntity('Beau Pays', entities)).toBeUndefined();
    expect(matchEntity(undefined, entities)).toBeUndefined();
  });

  it('sends unmatched lines to the configured target', () => {
    const inventory = ok(parseInventory([
      { category: 'laptop', quantity: 2, entity: 'Inconnue' },
      { category: 'laptop', quantity: 3 },
      { category: 'laptop', quantity: 4, entity: 'CCAS' },
    ]));
    const toShared = attributeInventory(inventory, entities);
    expect([toShared.shared.length, toShared.unmatched, toShared.byEntity.get('ccas')?.length]).toEqual([2, 2, 1]);
    const toVille = attributeInventory(inventory, EntitiesSchema.parse({ ...ENTITIES, unmatched: 'ville' }));
    expect([toVille.shared.length, toVille.byEntity.get('ville')?.length]).toEqual([0, 2]);
  });

  it('refuses an unknown entity in the configuration', () => {
    expect(EntitiesSchema.safeParse({ ...ENTITIES, unmatched: 'cias' }).success).toBe(false);
    expect(EntitiesSchema.safeParse({ list: [ENTITIES.list[0], ENTITIES.list[0]] }).success).toBe(false);
  });
});

describe('apportion', () => {
  it('gives the remainder to the largest weight: 10 over 1 and 2', () => {
    const parts = apportion(dec(10), [dec(1), dec(2)]);
    expect(parts[0]?.toFixed()).toBe('3.333333333333333333');
    expect(parts[1]?.toFixed()).toBe('6.666666666666666667');
    expect(parts[0]?.plus(parts[1] as never).toFixed()).toBe('10');
  });

  it('parts always add up exactly to the value', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,12}\.[0-9]{1,12}$/),
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        (value, weights) => {
          const parts = apportion(dec(value), weights.map((w) => dec(w)));
          expect(parts.reduce((sum, part) => sum.plus(part), ZERO).eq(dec(value))).toBe(true);
          weights.forEach((w, i) => w === 0 && expect(parts[i]?.isZero()).toBe(true));
        },
      ),
    );
  });
});

describe('computeEntityBilans', () => {
  const organisation = ok(parseOrganisation({ name: 'Ville de Beau Pays', kind: 'commune', population: 60000, agents: 400, referenceYear: 2025 }));
  const inventory = ok(parseInventory([
    { category: 'laptop', quantity: 10, entity: 'Beau Pays > Ville > DSI', purchaseYear: 2022 },
    { category: 'laptop', quantity: 5, entity: 'CCAS', purchaseYear: 2021 },
    { category: 'printer', sizeClass: 'medium', quantity: 4, entity: 'mutualisé', purchaseYear: 2020 },
    { category: 'monitor', quantity: 7, entity: 'Beau Pays > Ville > CCAS', purchaseYear: 2023 },
  ]));
  const usage = ok(parseUsage({ emailsSent: '1000000' }));
  const hosting = ok(parseHosting({ sites: [{ id: 'salle', name: 'Salle serveurs', kind: 'server-room', itEnergyKwhPerYear: '10000', pue: '2' }], cloud: [] }));
  const input = { organisation, inventory, usage, hosting };
  const options = { year: 2025, method: 'stock' as const };
  const result = computeFootprint(input, factorSet, options);
  const bilans = computeEntityBilans(input, entities, result, factorSet, options);

  it('computes each entity’s own lines with the engine', () => {
    const ville = computeFleetFootprint([inventory[0]!], factorSet, { ...options, organisation });
    expect(bilans[0]?.devices).toBe(10);
    expect(bilans[1]?.devices).toBe(12);
    // Ville: own laptops + 3/4 of the shared printers, server room and usage.
    const share = bilans[0]?.shares.find((s) => s.pool === 'usage');
    expect(share?.share.toFixed()).toBe('0.75');
    // 1 000 000 e-mails × 0.001089 kg = 1 089 kg, × 300/400 = 816.75, × 100/400 = 272.25
    expect(share?.co2eKg.toFixed()).toBe('816.75');
    expect(bilans[1]?.shares.find((s) => s.pool === 'usage')?.co2eKg.toFixed()).toBe('272.25');
    const allocated = bilans[0]!.shares.reduce((sum, s) => sum.plus(s.co2eKg), ZERO);
    expect(bilans[0]!.total.co2eKg.minus(ville.total.co2eKg).minus(allocated).abs().lt('1e-17')).toBe(true);
  });

  it('adds up exactly to the consolidated total, per indicator and bound', () => {
    for (const bound of ['total', 'low', 'high'] as const) {
      for (const indicator of INDICATORS) {
        const sum = bilans.reduce((acc, bilan) => acc.plus(bilan[bound][indicator]), ZERO);
        expect(sum.toFixed()).toBe(result[bound][indicator].toFixed());
      }
    }
  });

  it('gives ratios and the obligation of each entity, and serialises them', () => {
    const json = serializeEntityBilans(bilans);
    expect(json.map((e) => [e.entity, e.obliged, e.obligationReason])).toEqual([
      ['ville', true, 'over-threshold'],
      ['ccas', false, 'kind-not-covered'],
    ]);
    expect(json[0]?.perAgent?.co2eKg).toBe(bilans[0]!.total.co2eKg.div(300).toFixed());
    expect(json[1]?.perInhabitant).toBeNull();
    expect(json[0]?.allocation.map((a) => `${a.pool}:${a.key}:${a.share}`)).toEqual(['fleet:agents:0.75', 'hosting:agents:0.75', 'usage:agents:0.75']);
    expect(json[0]?.trace.assumptions.some((text) => text.includes('clé « agents »'))).toBe(true);
    expect(dec(json[0]!.co2eKg).plus(dec(json[1]!.co2eKg)).toFixed()).toBe(result.total.co2eKg.toFixed());
  });

  it('allocates by devices and by custom shares', () => {
    const byKeys = EntitiesSchema.parse({ ...ENTITIES, allocation: { fleet: { kind: 'devices' }, usage: { kind: 'custom', shares: { ville: '1', ccas: '3' } } } });
    const other = computeEntityBilans(input, byKeys, result, factorSet, options);
    // devices: 10 for the ville, 12 for the CCAS → 10/22
    expect(other[0]?.shares.find((s) => s.pool === 'fleet')?.share.toFixed()).toBe(dec(10).div(22).toFixed());
    // custom 1:3 → 1 089 / 4 = 272.25 for the ville
    expect(other[0]?.shares.find((s) => s.pool === 'usage')?.co2eKg.toFixed()).toBe('272.25');
    expect(other[1]?.shares.find((s) => s.pool === 'usage')?.co2eKg.toFixed()).toBe('816.75');
    const sum = other.reduce((acc, bilan) => acc.plus(bilan.total.co2eKg), ZERO);
    expect(sum.toFixed()).toBe(result.total.co2eKg.toFixed());
  });

  it('adds up exactly whatever the agents of the entities', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (a, b) => {
        const custom = EntitiesSchema.parse({ list: [{ ...ENTITIES.list[0], agents: a }, { ...ENTITIES.list[1], agents: b }] });
        const parts = computeEntityBilans(input, custom, result, factorSet, options);
        expect(parts.reduce((acc, bilan) => acc.plus(bilan.total.co2eKg), ZERO).eq(result.total.co2eKg)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
