/**
 * National reference figures shown next to the bilan, each with its source. They do not share the
 * bilan's perimeter: the app always shows them with a caveat.
 */
export interface NationalReference {
  /** i18n-free identifier. */
  readonly id: string;
  /** Which ratio of the bilan it is compared with. */
  readonly basis: 'perInhabitant' | 'perAgent';
  readonly indicator: 'co2eKg';
  /** Decimal string, in the indicator's unit per inhabitant or per user and per year. */
  readonly value: string;
  readonly label: { readonly fr: string; readonly en: string };
  readonly source: { readonly publisher: string; readonly title: string; readonly year: number; readonly url: string };
}

export const NATIONAL_REFERENCES: readonly NationalReference[] = [
  {
    id: 'ademe-arcep-2022-per-inhabitant',
    basis: 'perInhabitant',
    indicator: 'co2eKg',
    value: '253',
    label: {
      fr: 'Empreinte carbone du numérique en France, par habitant et par an (ADEME–Arcep, données 2020)',
      en: 'Carbon footprint of digital technology in France, per inhabitant and per year (ADEME–Arcep, 2020 data)',
    },
    source: {
      publisher: 'ADEME – Arcep (cité par MacG)',
      title: 'Évaluation de l’impact environnemental du numérique en France — le numérique est responsable de 2,5 % de l’empreinte carbone',
      year: 2022,
      url: 'https://macg.co/ailleurs/2022/01/le-numerique-est-responsable-de-25-de-lempreinte-carbone-en-france-126767',
    },
  },
  {
    id: 'greenit-benchmark-2021-per-user',
    basis: 'perAgent',
    indicator: 'co2eKg',
    value: '460',
    label: {
      fr: 'Système d’information d’une organisation, par utilisateur et par an (Benchmark Green IT 2021, 25 organisations dont 7 collectivités)',
      en: 'Information system of an organisation, per user and per year (Green IT Benchmark 2021, 25 organisations including 7 local authorities)',
    },
    source: {
      publisher: 'GreenIT.fr / Club Green IT',
      title: 'Numérique au bureau : 27 % de notre forfait GES soutenable',
      year: 2021,
      url: 'https://www.greenit.fr/2021/11/01/numerique-au-bureau-27-de-notre-forfait-ges-soutenable/',
    },
  },
];
