import { describe, expect, it } from 'vitest';
import modelNames from './fixtures/model-names.json';
import { inferCategory, mapStatus, sizeClassFromWeight } from '../src/inventory';

const cases = modelNames.cases as [string, string, string, string?][];

describe('inferCategory', () => {
  it('has at least 200 real model names covering the required manufacturers', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const makers = new Set(cases.map(([m]) => m.toLowerCase()));
    for (const m of ['dell', 'hp', 'lenovo', 'apple', 'samsung', 'canon', 'ricoh', 'xerox', 'konica minolta', 'sharp', 'cisco', 'aruba', 'ubiquiti', 'polycom', 'yealink', 'jabra', 'logitech']) {
      expect(makers.has(m)).toBe(true);
    }
  });

  it.each(cases)('%s %s is a %s', (manufacturer, model, category, sizeClass) => {
    const best = inferCategory({ manufacturer, model }).best;
    expect(best?.category).toBe(category);
    expect(best?.score).toBeGreaterThanOrEqual(0.7);
    if (sizeClass) expect(best?.sizeClass).toBe(sizeClass);
  });

  it('lets an explicit type win over a generic one and a model decide a generic type', () => {
    expect(inferCategory({ type: 'Ordinateur', model: 'Latitude 5420' }).best).toMatchObject({ category: 'laptop', rule: 'dell-latitude' });
    expect(inferCategory({ type: 'Ordinateur' }).best).toMatchObject({ category: 'desktop', score: 0.55 });
    expect(inferCategory({ type: 'Imprimante multifonction', manufacturer: 'HP', model: 'LaserJet Pro MFP M428fdw' }).best).toMatchObject({ category: 'mfp', sizeClass: 'small' });
  });

  it('accepts category ids and French labels with score 1', () => {
    expect(inferCategory({ category: 'wifi-access-point' }).best).toEqual({ category: 'wifi-access-point', score: 1, rule: 'category-id' });
    expect(inferCategory({ category: 'Ordinateur portable' }).best).toEqual({ category: 'laptop', score: 1, rule: 'label-laptop' });
  });

  it('gives only low-score candidates for unknown devices, so that they are listed, not guessed', () => {
    const r = inferCategory({ manufacturer: 'VMware, Inc.', model: 'VMware Virtual Platform' });
    expect(r.best).toBeUndefined();
    const y = inferCategory({ manufacturer: 'Yealink', model: 'Zzz-9' });
    expect(y.best).toEqual({ category: 'ip-phone', score: 0.6, rule: 'mfr-yealink' });
  });
});

describe('sizeClassFromWeight', () => {
  it('follows the EcoDiag weight classes (under 40 kg, 40 to 99 kg, 100 kg and more)', () => {
    expect(sizeClassFromWeight('12.9')).toBe('small');
    expect(sizeClassFromWeight('39.99')).toBe('small');
    expect(sizeClassFromWeight('40')).toBe('medium');
    expect(sizeClassFromWeight('99.9')).toBe('medium');
    expect(sizeClassFromWeight('100')).toBe('large');
  });
});

describe('mapStatus', () => {
  it('maps GLPI and G4IT statuses to the core statuses', () => {
    expect(mapStatus('Rebut')).toBe('disposed');
    expect(mapStatus('Réformé')).toBe('disposed');
    expect(mapStatus('REFORME')).toBe('disposed');
    expect(mapStatus('En stock')).toBe('stock');
    expect(mapStatus('En service')).toBe('in-service');
    expect(mapStatus('In use')).toBe('in-service');
    expect(mapStatus('Retired')).toBe('disposed');
    expect(mapStatus('Réemploi')).toBe('reuse');
    expect(mapStatus('Prêté aux parents')).toBeUndefined();
  });
});
