/**
 * The factor sources in French, for the published documents: each publication the factor sets cite,
 * with a French rendering of its title and of its publisher, and the language of its original title
 * (cited as a title, marked with its language). The factor data keep the original titles; this
 * catalogue only says how a French document names them.
 */
import type { FactorSource } from '../schemas/factors';

export interface SourceInFrench {
  /** The publisher, in French. */
  readonly publisher: string;
  /** What the source is, in French. */
  readonly title: string;
  /** The language of the original title (BCP 47). */
  readonly originalLang: 'en' | 'fr';
}

interface Entry extends SourceInFrench {
  /** Matches `publisher | title` of the factor source. */
  readonly match: RegExp;
}

const ADEME_MODEL = 'Modèle de calcul de l’empreinte du numérique de l’ADEME (publicodes-acv-numerique)';
const CCF = 'Cloud Carbon Footprint (Thoughtworks)';

const ENTRIES: readonly Entry[] = [
  { match: /^ADEME \(incubateur-ademe\), data ADEME SONUM \(unpublished\) \| publicodes-acv-numerique/, publisher: 'ADEME (incubateur), données non publiées du service numérique de l’ADEME', title: ADEME_MODEL, originalLang: 'en' },
  { match: /^ADEME \(incubateur-ademe\), data Base Empreinte \/ NegaOctet \| publicodes-acv-numerique/, publisher: 'ADEME (incubateur), données Base Empreinte et NegaOctet', title: ADEME_MODEL, originalLang: 'en' },
  { match: /^ADEME \(incubateur-ademe\) \| publicodes-acv-numerique/, publisher: 'ADEME (incubateur)', title: `${ADEME_MODEL} : courriel et visioconférence`, originalLang: 'en' },
  { match: /^ADEME \(incubateur-ademe\), data Base Empreinte \| publicodes-commun/, publisher: 'ADEME (incubateur), données Base Empreinte', title: 'Règles communes des modèles de l’ADEME : empreinte carbone du mix électrique français (publicodes-commun)', originalLang: 'fr' },
  { match: /^ADEME \(study by the NégaOctet consortium/, publisher: 'ADEME (étude du consortium NégaOctet : DDemain, LCIE Bureau Veritas)', title: 'Évaluation de l’impact environnemental d’un ensemble de produits reconditionnés', originalLang: 'fr' },
  { match: /^ADEME, Impact CO2 \| Impact CO2, src\/data\/categories\/usagenumerique/, publisher: 'ADEME, Impact CO2', title: 'Impact CO2 de l’ADEME : usages numériques (réseau fixe, France)', originalLang: 'en' },
  { match: /^ADEME, Impact CO2 \(data: ADEME–Arcep study 2022\)/, publisher: 'ADEME, Impact CO2 (données de l’étude ADEME–Arcep de 2022)', title: 'Impact CO2 de l’ADEME : équipements numériques', originalLang: 'en' },
  { match: /^Amazon \| AWS sustainability: water use effectiveness/, publisher: 'Amazon', title: 'Amazon Web Services, développement durable : efficacité de l’usage de l’eau de ses centres de données', originalLang: 'en' },
  { match: /^Amazon Web Services \(quoting IDC, January 2025\) \| AWS sustainability – the cloud/, publisher: 'Amazon Web Services (citant IDC, janvier 2025)', title: 'Amazon Web Services, développement durable : estimations IDC de l’efficacité énergétique (PUE) des centres de données', originalLang: 'en' },
  { match: /^Arcep \(via Banque des Territoires\) \| Pour un numérique soutenable/, publisher: 'Arcep (par la Banque des Territoires)', title: 'Pour un numérique soutenable, édition 2025 : efficacité énergétique (PUE) moyenne des centres de données de colocation en France', originalLang: 'en' },
  { match: /^Logitech \(carbon impact label, verified by DEKRA\)/, publisher: 'Logitech (étiquette d’impact carbone vérifiée par DEKRA), rapportée par Tom’s Hardware', title: 'Étiquette d’impact carbone du clavier Logitech G213 Prodigy : 22,0 kg CO2e sur tout le cycle de vie (deux ans d’usage)', originalLang: 'en' },
  { match: /^Seagate Technology, compiled by Boavizta \(environmental-footprint-data\)/, publisher: 'Seagate Technology, données compilées par Boavizta', title: 'Synthèse d’analyse de cycle de vie de la baie de stockage OneStor SP2584 (14 800 kWh par an pour 84 emplacements de disques) et rapport de développement durable du disque Exos X12 (46,4 kWh par an)', originalLang: 'en' },
  { match: /^Boavizta \| BoaviztAPI 2\.4\.1, boaviztapi\/data\/factors\.yml/, publisher: 'Boavizta', title: 'BoaviztAPI, facteurs d’impact (valeurs de la Base IMPACTS de l’ADEME)', originalLang: 'en' },
  { match: /^Boavizta \| BoaviztAPI 2\.4\.1, factors\.yml \(power supply/, publisher: 'Boavizta', title: 'BoaviztAPI, facteurs et modèles de serveurs : alimentation électrique', originalLang: 'en' },
  { match: /^Boavizta \| BoaviztAPI, boaviztapi\/data\/crowdsourcing\/electrical_mix\.csv/, publisher: 'Boavizta', title: 'BoaviztAPI, mix électriques par pays', originalLang: 'en' },
  { match: /^Boavizta \| environmental-footprint-data/, publisher: 'Boavizta', title: 'Boavizta, empreintes déclarées par les fabricants (médiane de la sous-catégorie)', originalLang: 'en' },
  { match: /^Boavizta, data World Resources Institute \(WRI\) \| BoaviztAPI/, publisher: 'Boavizta, données du World Resources Institute (WRI)', title: 'BoaviztAPI, mix électriques par pays : eau consommée par kWh (guide du WRI sur l’eau incorporée dans l’électricité achetée, 2020)', originalLang: 'en' },
  { match: /^Cloud Carbon Footprint \(Thoughtworks\) \| ccf-coefficients/, publisher: CCF, title: 'Cloud Carbon Footprint, coefficients (méthode Teads, analyse du cycle de vie d’un serveur Dell R740)', originalLang: 'en' },
  { match: /^Cloud Carbon Footprint \(Thoughtworks\) \| cloud-carbon-footprint/, publisher: CCF, title: 'Cloud Carbon Footprint, méthode et constantes d’estimation par fournisseur de cloud', originalLang: 'en' },
  { match: /^Collectif Conception Numérique Responsable \(cnumr\) \| EcoIndex/, publisher: 'Collectif Conception numérique responsable (cnumr)', title: 'EcoIndex, implémentation de référence (formules des gaz à effet de serre et de l’eau)', originalLang: 'en' },
  { match: /^ComputerWeekly \(summary of Microsoft FY2025 environmental data\)/, publisher: 'ComputerWeekly (synthèse des données environnementales 2025 de Microsoft)', title: 'L’IA, l’énergie et la concurrence sur le cloud durable : efficacités énergétique (PUE) et hydrique (WUE) de Microsoft', originalLang: 'en' },
  { match: /^EcoInfo \(CNRS\), EcoDiag \| EcoDiag/, publisher: 'EcoInfo (CNRS), EcoDiag', title: 'EcoDiag, référentiel des équipements numériques', originalLang: 'en' },
  { match: /^Ember, via the Green Web Foundation's CO2\.js \| Ember yearly electricity data/, publisher: 'Ember, par la bibliothèque CO2.js de la Green Web Foundation', title: 'Ember, données annuelles de l’électricité : intensité carbone par pays', originalLang: 'en' },
  { match: /^Florian Knodt \(adlerweb\) \| SwitchPower/, publisher: 'Florian Knodt (adlerweb)', title: 'SwitchPower : consommation au repos mesurée de commutateurs réseau', originalLang: 'en' },
  { match: /^Next \(reporting Arcep data\) \| Consommation des datacenters en France/, publisher: 'Next (d’après les données de l’Arcep)', title: 'Consommation des centres de données en France : électricité et eau (2023)', originalLang: 'fr' },
  { match: /^Plan Carbone Général \| Numérique – infrastructures/, publisher: 'Plan Carbone Général', title: 'Numérique – infrastructures (durées de vie physiques et comptables)', originalLang: 'fr' },
  { match: /^The Green Grid \| PUE: a comprehensive examination of the metric/, publisher: 'The Green Grid', title: 'L’efficacité énergétique (PUE) : examen complet de l’indicateur (livre blanc n° 49)', originalLang: 'en' },
];

/**
 * A factor source as a French document names it, or undefined when the catalogue does not know it
 * (a test keeps every source of the shipped factor sets in the catalogue).
 *
 * @param source - The factor row's source.
 */
export function sourceInFrench(source: Pick<FactorSource, 'publisher' | 'title'>): SourceInFrench | undefined {
  const key = `${source.publisher} | ${source.title}`;
  const entry = ENTRIES.find((e) => e.match.test(key));
  return entry === undefined ? undefined : { publisher: entry.publisher, title: entry.title, originalLang: entry.originalLang };
}
