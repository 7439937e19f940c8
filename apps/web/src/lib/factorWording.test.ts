import { describe, expect, it } from 'vitest';
import { publicNote, unitWording } from './factorWording';

describe('publicNote', () => {
  const label = (id: string) => ({ desktop: 'Ordinateur fixe', 'mobile-phone': 'Téléphone mobile' })[id];

  it('leaves the factor id to the technical details, words the category and uses a decimal comma', () => {
    expect(publicNote('mobile-phone : durée de vie absente, 2.5 ans par défaut (device.mobile-phone.lifetimeYears). Renseignez la durée de vie réelle.', 'fr', label)).toBe(
      'Téléphone mobile : durée de vie absente, 2,5 ans par défaut. Renseignez la durée de vie réelle.',
    );
  });

  it('keeps a sentence without id as it is', () => {
    expect(publicNote('Cloud ovhcloud eu-west-gra : méthode Cloud Carbon Footprint.', 'fr', label)).toBe('Cloud ovhcloud eu-west-gra : méthode Cloud Carbon Footprint.');
  });
});

describe('unitWording', () => {
  it('writes units out in French and never leaves one empty', () => {
    expect(unitWording('kgCO2e/unit', 'fr')).toBe('kg CO2e par équipement');
    expect(unitWording('ratio', 'fr')).toBe('sans unité');
    expect(unitWording('mystery/unit', 'fr')).toBe('mystery/unit');
  });
});
