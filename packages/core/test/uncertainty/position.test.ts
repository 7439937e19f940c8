/**
 * Why the reference value sits where it does (the reference position) and the hypotheses in the
 * sensitivity ranking, checked against values worked out by hand from triangular distributions.
 */
import { describe, expect, it } from 'vitest';
import { computeDistribution, computeFootprint, FactorSetSchema, getFactorSet, referencePositionWordingFr, type FactorSet, type InventoryItemInput } from '../../src/index';
import { hosting, items, organisation, usage } from '../helpers';
import { pinnedFactorSet } from './pinned';
import { Simulation } from '../../src/uncertainty/distribution';
import { variablePoly } from '../../src/uncertainty/poly';

function bilan(factorSet: FactorSet, raw: InventoryItemInput[], extra: { usage?: Parameters<typeof usage>[0] } = {}) {
  const input = { organisation: organisation({ agents: 650, population: 52000 }), inventory: items(raw), hosting: hosting(), usage: usage(extra.usage ?? {}) };
  return computeFootprint(input, factorSet, { year: 2025, method: 'stock' });
}

/** A real factor set where only the named rows keep their range, without some rows. */
function pinned(set: FactorSet, keep: readonly string[], drop: RegExp = /^$/): FactorSet {
  return FactorSetSchema.parse({
    ...set,
    version: 'fr-2026.99',
    rows: set.rows.filter((row) => !drop.test(row.id)).map((row) => (keep.includes(row.id) ? row : { ...row, uncertainty: { ...row.uncertainty, low: row.value, high: row.value } })),
  });
}

describe('reference position', () => {
  it('draws each row with its central value as the mode of the triangle', () => {
    // Triangular(min 0, mode 1, max 4): P(X < 1) = (1 − 0) ÷ (4 − 0) = 0.25, mean (0 + 1 + 4) ÷ 3 = 5 ÷ 3,
    // median 4 − √(0.5 × 4 × 3) = 1.5505.
    const simulation = new Simulation('seed', 2000);
    const [term] = variablePoly({}, 'row', 1, 0, 4);
    const draws = [...simulation.row(term!.vars[0]![0])].sort((a, b) => a - b);
    expect(draws.filter((x) => x < 1).length).toBe(500);
    expect(draws.reduce((sum, x) => sum + x, 0) / 2000).toBeCloseTo(5 / 3, 2);
    expect(draws[1000]).toBeCloseTo(4 - Math.sqrt(6), 2);
  });

  it('puts the reference at percentile 0 when every range starts at the central value, and says which rows move the mean and why', () => {
    // Y = 10 × X_laptop ÷ 5 + 6 × X_monitor ÷ 6 + constant; E[triangular(a, a, b)] = (2a + b) ÷ 3.
    // Laptop (170, 170, 260): E = 200, shift 2 × (200 − 170) = 60 kg.
    // Monitor (64.6, 64.6, 430): E = 186.4, shift 1 × (186.4 − 64.6) = 121.8 kg. Mean shift 181.8 kg.
    const result = bilan(pinnedFactorSet(['device.laptop.manufacturing.co2eKg', 'device.monitor.manufacturing.co2eKg']), [
      { category: 'laptop', quantity: 10, purchaseYear: 2024 },
      { category: 'monitor', quantity: 6, purchaseYear: 2024 },
    ]);
    const position = computeDistribution(result).referencePosition.co2eKg;
    expect(position.percentile).toBe(0);
    expect(position.meanShift).toBeCloseTo(181.8, 0);
    const [monitor, laptop] = position.drivers;
    expect(monitor?.key).toBe('device.monitor.manufacturing.co2eKg');
    expect(monitor?.shift).toBeCloseTo(121.8, 0);
    expect([monitor?.value, monitor?.low, monitor?.high]).toEqual([64.6, 64.6, 430]);
    expect(monitor?.reason).toBe('reference-is-low-bound');
    expect(laptop?.key).toBe('device.laptop.manufacturing.co2eKg');
    expect(laptop?.shift).toBeCloseTo(60, 0);
    expect(position.drivers).toHaveLength(2);
  });

  it('explains a default lifetime at the long end of its range by 1 ÷ lifetime', () => {
    // Lifetime triangular(3, 5, 5): E[1 ÷ L] = 2 ÷ ((b − a)(c − a)) × ((c − a) − a ln(c ÷ a)) = 0.5 × (2 − 3 ln(5 ÷ 3)) = 0.233761548.
    // The embodied part E carries 1 ÷ 5 at the reference: shift = E × (5 × 0.233761548 − 1).
    const result = bilan(pinnedFactorSet(['device.laptop.lifetimeYears']), [{ category: 'laptop', quantity: 10, purchaseYear: 2024 }]);
    const embodied = result.byPhase.manufacturing.co2eKg.plus(result.byPhase.distribution.co2eKg).plus(result.byPhase.endOfLife.co2eKg).toNumber();
    const expected = embodied * (5 * 0.5 * (2 - 3 * Math.log(5 / 3)) - 1);
    const [driver] = computeDistribution(result).referencePosition.co2eKg.drivers;
    expect(driver?.key).toBe('lifetime:laptop');
    expect(driver?.reason).toBe('lifetime-is-high-bound');
    expect(driver?.labelFr).toBe('Ordinateurs portables : durée de vie par défaut');
    expect(Math.abs((driver?.shift ?? 0) - expected) / expected).toBeLessThan(0.01);
  });

  it('words the explanation in French for the app and the documents, only when the reference sits outside P25–P75', () => {
    const skewed = bilan(pinnedFactorSet(['device.monitor.manufacturing.co2eKg']), [{ category: 'monitor', quantity: 600, purchaseYear: 2024 }]);
    // 600 monitors ÷ 6 years × (186.4 − 64.6) = 12,180 kg = 12.2 t on average above the reference.
    const wording = referencePositionWordingFr(computeDistribution(skewed));
    expect(wording?.summary).toContain('Elle se situe au centile 0 des simulations parce que plusieurs fourchettes publiées s’étendent surtout au-dessus de ces valeurs centrales : en moyenne, les simulations donnent 12,2\u00a0t\u00a0CO2e de plus.');
    expect(wording?.drivers).toEqual([
      'Écrans : fabrication, gaz à effet de serre (+12,2\u00a0t\u00a0CO2e en moyenne), car la valeur de référence est la plus basse des valeurs publiées retenues et les autres sources donnent toutes plus.',
    ]);
    // A symmetric range leaves the reference near the median: nothing to explain.
    const symmetric = bilan(pinned(getFactorSet('fr-2026.1'), ['device.ip-phone.manufacturing.co2eKg']), [{ category: 'ip-phone', quantity: 100, purchaseYear: 2024 }]);
    expect(referencePositionWordingFr(computeDistribution(symmetric))).toBeUndefined();
  });
});

describe('hypotheses in the sensitivity ranking', () => {
  it('ranks the lines without a purchase year (fleet rule under BEGES) by the variance they carry', () => {
    // As in the two-row test: Var = 2² × 90² ÷ 18 (laptop) + 365.4² ÷ 18 (monitor) = 1,800 + 7,417.62.
    // The undated laptops carry Cov(2 X_laptop, Y) = 1,800: share 1,800 ÷ 9,217.62 = 0.1953.
    const result = bilan(pinnedFactorSet(['device.laptop.manufacturing.co2eKg', 'device.monitor.manufacturing.co2eKg']), [
      { category: 'laptop', quantity: 10 },
      { category: 'monitor', quantity: 6, purchaseYear: 2024 },
    ]);
    const entries = computeDistribution(result).sensitivity.byIndicator.co2eKg;
    const undated = entries.find((entry) => entry.key === 'hypothesis:fleet-rule-undated');
    expect(undated?.kind).toBe('hypothesis');
    expect(undated?.lines).toBe(1);
    expect(undated?.share).toBeCloseTo(0.1953, 1);
    expect(undated?.labelFr).toBe('Hypothèse : équipements sans année d’achat, répartis sur leur durée de vie quel que soit leur âge');
    expect(entries.map((entry) => entry.key)).toContain('device.monitor.manufacturing.co2eKg');
  });

  it('ranks an electricity fallback by the variance of the terms that use the EU-27 average', () => {
    // One laptop in Luxembourg without its own row: use energy 29.0175 kWh × X_EU, X_EU triangular(0.170416, 0.21302, 0.255624).
    // Only that row varies, so the fallback carries all the variance (share 1), and it is the EU row's first-order share too.
    const set = pinned(getFactorSet('fr-2026.1'), ['electricity.EUU.2024.co2eKgPerKwh'], /^electricity\.LUX\./);
    const result = bilan(set, [{ category: 'laptop', quantity: 1, purchaseYear: 2024, country: 'LUX' }]);
    const distribution = computeDistribution(result);
    const entries = distribution.sensitivity.byIndicator.co2eKg;
    const fallback = entries.find((entry) => entry.key === 'hypothesis:electricity-fallback');
    expect(fallback?.share).toBeCloseTo(1, 2);
    expect(entries.find((entry) => entry.key === 'electricity.EUU.2024.co2eKgPerKwh')?.share).toBeCloseTo(1, 2);
    expect(fallback?.labelFr).toBe('Hypothèse : électricité moyenne de l’Union européenne ou du monde pour un pays sans facteur propre');
    // The spread of the draws is the row's. Symmetric triangular: P5 = a + (b − a) √0.025, P95 = b − (b − a) √0.025,
    // so P95 − P5 = 29.0175 kWh × 0.085208 × (1 − 2 √0.025) = 1.6907 kg.
    const spread = distribution.total.p95.co2eKg.minus(distribution.total.p5.co2eKg).toNumber();
    expect(Math.abs(spread - 29.0175 * 0.085208 * (1 - 2 * Math.sqrt(0.025))) / 1.6907).toBeLessThan(0.01);
  });

  it('ranks an inventory estimated from the agents and the default e-mail recipients when the caller says so', () => {
    const set = pinned(getFactorSet('fr-2026.1'), ['device.laptop.manufacturing.co2eKg', 'usage.email.co2eKgPerRecipient']);
    const result = bilan(set, [{ category: 'laptop', quantity: 10, purchaseYear: 2024 }], { usage: { emailsSent: '100000' } });
    const plain = computeDistribution(result).sensitivity.byIndicator.co2eKg;
    expect(plain.find((entry) => entry.key === 'hypothesis:estimate-from-agents')).toBeUndefined();
    const recipients = plain.find((entry) => entry.key === 'hypothesis:default-recipients');
    // The e-mail line rests on the default recipients; its only varying row is the per-recipient factor.
    expect(recipients?.share).toBeCloseTo(plain.find((entry) => entry.key === 'usage.email.co2eKgPerRecipient')?.share ?? -1, 2);
    const estimated = computeDistribution(result, { inventoryIsEstimate: true }).sensitivity.byIndicator.co2eKg;
    const estimate = estimated.find((entry) => entry.key === 'hypothesis:estimate-from-agents');
    // Every inventory line rests on the estimate: it carries the laptop row's whole share.
    expect(estimate?.lines).toBe(1);
    expect(estimate?.share).toBeCloseTo(estimated.find((entry) => entry.key === 'device.laptop.manufacturing.co2eKg')?.share ?? -1, 2);
  });
});
