import { describe, expect, it } from 'vitest';
import { getFactorSet } from '../factors/factorSets';
import { sourceInFrench } from './sourcesFr';

/** Names that stay as they are (organisations, products). */
const PROPER_NAMES = /The Green Grid|World Resources Institute|Green Web Foundation|Amazon Web Services|Cloud Carbon Footprint/g;

/** Words of English that French prose never uses. */
const ENGLISH = /\b(the|and|with|of|for|from|by|data|unpublished|quoting|reporting|summary|median|study|water|power|supply|use|yearly|guidance|estimate|method|examination)\b/i;

describe('sourceInFrench', () => {
  for (const version of ['fr-2025.1', 'fr-2026.1']) {
    it(`names every source of the ${version} factor set in French, publisher included`, () => {
      const sources = new Map(getFactorSet(version).rows.map((row) => [`${row.source.publisher} | ${row.source.title}`, row.source]));
      const unknown = [...sources.keys()].filter((key) => sourceInFrench(sources.get(key)!) === undefined);
      expect(unknown).toEqual([]);
      for (const source of sources.values()) {
        const french = sourceInFrench(source)!;
        expect(`${french.publisher} ${french.title}`.replace(PROPER_NAMES, '').match(ENGLISH)?.[0], `${source.publisher} | ${source.title}`).toBeUndefined();
      }
    });
  }

  it('renders an English title in French and says the original is English; a French one stays as it is', () => {
    expect(sourceInFrench({ publisher: 'Boavizta', title: 'environmental-footprint-data, boavizta-data-us.csv (manufacturer PCFs), median of the subcategory' })).toEqual({
      publisher: 'Boavizta',
      title: 'Boavizta, empreintes déclarées par les fabricants (médiane de la sous-catégorie)',
      originalLang: 'en',
    });
    expect(sourceInFrench({ publisher: 'Plan Carbone Général', title: 'Numérique – infrastructures (durées de vie physiques et comptables)' })).toEqual({
      publisher: 'Plan Carbone Général',
      title: 'Numérique – infrastructures (durées de vie physiques et comptables)',
      originalLang: 'fr',
    });
    expect(sourceInFrench({ publisher: 'Inconnu', title: 'Unknown report' })).toBeUndefined();
  });
});
