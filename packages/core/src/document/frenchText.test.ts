import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbbreviationExpander, frenchTypography } from './frenchText';
import { inferNameArticle, organisationNameFr } from './organisationName';

/** `_` narrow no-break space, `~` no-break space. */
const show = (text: string) => text.replaceAll('\u202F', '_').replaceAll('\u00A0', '~');

describe('frenchTypography', () => {
  it('keeps law and article references whole with non-breaking hyphens', () => {
    expect(frenchTypography('loi n° 2021-1485 du 15 novembre 2021')).toBe('loi n°\u00a02021\u20111485 du 15 novembre 2021');
    expect(frenchTypography('article L. 2311-1-1 du code')).toBe('article L. 2311\u20111\u20111 du code');
    expect(frenchTypography('2025-2030')).toBe('2025-2030');
  });

  it('puts no-break spaces before « : », inside « », narrow ones before ; ! ? %, and binds « n° » to its number', () => {
    expect(show(frenchTypography('Objectif : 30 % ; vraiment ? "oui" et « non »'))).toBe('Objectif~: 30_%_; vraiment_? «~oui~» et «~non~»');
    expect(show(frenchTypography("Loi n° 2021-1485, l'article 35"))).toBe('Loi n°~2021\u20111485, l’article 35');
    // Groups of digits stay together; a year before a number is not a group.
    expect(show(frenchTypography('plus de 50 000 habitants, 1 234 567 kWh, en 2025 120 bornes, 61,7 000'))).toBe('plus de 50_000 habitants, 1_234_567~kWh, en 2025 120 bornes, 61,7 000');
    // A number and its unit stay together; a number before an ordinary word does not.
    expect(show(frenchTypography('à 8 ans, 1 an, 5 000 €, 2 Go, 3 t CO2e, 4 principaux, 2 octets'))).toBe('à 8~ans, 1~an, 5_000~€, 2~Go, 3~t CO2e, 4 principaux, 2 octets');
  });

  it('leaves URLs alone', () => {
    expect(frenchTypography('https://example.org/a?b=c:d')).toBe('https://example.org/a?b=c:d');
    expect(show(frenchTypography('Source : https://example.org/x ; fin'))).toBe('Source~: https://example.org/x_; fin');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => frenchTypography(frenchTypography(text)) === frenchTypography(text)));
  });
});

describe('AbbreviationExpander', () => {
  it('spells out an abbreviation at its first use only, unless the full form is already written', () => {
    const x = new AbbreviationExpander();
    expect(x.expand('Le COPIL se réunit.')).toBe('Le comité de pilotage (COPIL) se réunit.');
    expect(x.expand('Le COPIL décide.')).toBe('Le COPIL décide.');
    expect(x.expand('1,5 équivalent temps plein (ETP).')).toBe('1,5 équivalent temps plein (ETP).');
    expect(x.expand('Puis 2 ETP.')).toBe('Puis 2 ETP.');
    expect([...x.used].sort()).toEqual(['COPIL', 'ETP']);
  });

  it('does not touch an abbreviation inside a word or a URL', () => {
    const x = new AbbreviationExpander();
    expect(x.expand('https://example.org/ETP et GESTION')).toBe('https://example.org/ETP et GESTION');
  });

  it('leaves the tool’s name « REEN kit » as it is, and spells out REEN where it stands for the law', () => {
    const x = new AbbreviationExpander();
    expect(x.expand('Le jeu de facteurs de REEN kit (version 2025.1).')).toBe('Le jeu de facteurs de REEN kit (version 2025.1).');
    expect(x.expand('Avec REEN\u00A0kit aussi.')).toBe('Avec REEN\u00A0kit aussi.');
    expect(x.used.has('REEN')).toBe(false);
    expect(x.expand('La loi REEN de 2021, et REEN kit.')).toBe('La loi réduction de l’empreinte environnementale du numérique (REEN) de 2021, et REEN kit.');
  });
});

describe('organisationNameFr', () => {
  it('gives the name with its article in every form a sentence needs', () => {
    const agglo = organisationNameFr({ name: 'Communauté d’agglomération de Beau Pays' });
    expect([agglo.subject, agglo.of, agglo.to, agglo.start, agglo.articleStored]).toEqual([
      'la Communauté d’agglomération de Beau Pays',
      'de la Communauté d’agglomération de Beau Pays',
      'à la Communauté d’agglomération de Beau Pays',
      'La Communauté d’agglomération de Beau Pays',
      false,
    ]);
    expect(organisationNameFr({ name: 'Rennes Métropole' }).of).toBe('de Rennes Métropole');
    expect(organisationNameFr({ name: 'Angers Loire Métropole' }).of).toBe('d’Angers Loire Métropole');
    expect(organisationNameFr({ name: 'Syndicat mixte du numérique' }).of).toBe('du Syndicat mixte du numérique');
    expect(organisationNameFr({ name: 'Ville de Tours' }).of).toBe('de la Ville de Tours');
    expect(organisationNameFr({ name: 'Eurométropole de Strasbourg' }).of).toBe('de l’Eurométropole de Strasbourg');
    expect(organisationNameFr({ name: 'Portes du Soleil', article: 'les' }).of).toBe('des Portes du Soleil');
  });

  it('infers the article from the first word of the name', () => {
    expect(['Métropole de Lyon', 'Département du Nord', 'Établissement public territorial', 'Eurométropole de Strasbourg', 'Paris'].map(inferNameArticle)).toEqual(['la', 'le', 'l’', 'l’', 'none']);
  });
});
