/**
 * The short « Méthode et périmètre » section of the strategy (one to two pages, plain French): what
 * is counted and what is not, the main hypotheses, uncertainty and data quality in words, and the
 * benchmark per agent. The full trace goes to the separate technical annex.
 */
import { dec } from '../internal/decimal';
import type { Organisation } from '../schemas/organisation';
import { INDICATORS, type FactorSet } from '../schemas/factors';
import { getBenchmarks } from '../strategy/contextFigures';
import { bullets, para, qty, range, section } from './blocks';
import type { FootprintView } from './common';
import { dedupeNotes } from './common';
import { formatDateFr, formatNumberFr } from './formatFr';
import { CATEGORY_LABELS_FR, CO2E_PER_PERSON_DISPLAY, INDICATOR_DISPLAY, PERIMETER_LABELS_FR } from './labels';
import type { Block, Section } from './model';
import { listFr } from './strategyParts';
import { uncertaintyBlocks } from './uncertaintyParts';
import type { FootprintDistribution } from '../uncertainty/distribution';
import { factorSetEditionFr } from './editionsFr';

const CO2 = INDICATOR_DISPLAY.co2eKg;

export interface MethodInput {
  readonly organisation: Pick<Organisation, 'lifetimeHypotheses'> & Partial<Pick<Organisation, 'agents'>>;
  readonly footprint: FootprintView | undefined;
  readonly factorSet: FactorSet | undefined;
  /** The inventory was estimated from the number of agents (no real inventory). */
  readonly inventoryIsEstimate?: boolean | undefined;
  /** The Monte Carlo distribution of `footprint`, when it is a computed result (not a frozen snapshot). */
  readonly distribution?: FootprintDistribution | undefined;
  /** The yearly footprints computed from an earlier year's inventory (`FootprintSnapshot.inventoryYear`). */
  readonly reusedInventories?: readonly { readonly year: number; readonly inventoryYear: number }[] | undefined;
}

const COUNT_WORDS_FR = ['Aucun', 'Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six', 'Sept', 'Huit', 'Neuf', 'Dix'] as const;

/** « Cinq indicateurs : émissions de gaz à effet de serre, … » from the indicators every footprint carries. */
function indicatorsCounted(): string {
  const labels = INDICATORS.map((indicator) => INDICATOR_DISPLAY[indicator].label.charAt(0).toLowerCase() + INDICATOR_DISPLAY[indicator].label.slice(1));
  return `${COUNT_WORDS_FR[labels.length] ?? formatNumberFr(dec(labels.length), { decimals: 0 })} indicateurs : ${listFr(labels)}.`;
}

/** Whether year-on-year comparisons hold: same factors, and an inventory of each year (else, which years reuse which). */
function comparisonSentence(reused: readonly { readonly year: number; readonly inventoryYear: number }[]): string {
  if (reused.length === 0) return 'Les comparaisons d’une année sur l’autre restent fiables, car les mêmes facteurs sont utilisés.';
  const cases = listFr([...reused].sort((a, b) => a.year - b.year).map((r) => `l’empreinte de ${r.year} reprend l’inventaire de ${r.inventoryYear}`));
  return `Les mêmes facteurs sont utilisés d’une année sur l’autre, mais ${cases} : l’écart entre ces années ne mesure pas une évolution du parc.`;
}

/** The method and perimeter section, in plain French. */
export function methodSection(input: MethodInput): Section {
  const { footprint, factorSet } = input;
  if (footprint === undefined) {
    return section('methode', 'Méthode et périmètre', [para('Le bilan chiffré n’est pas encore établi ; la méthode sera décrite avec lui.')], true);
  }
  const perimeters = footprint.byPerimeter.filter((p) => p.quantity > 0 || p.total.co2eKg.gt(0)).map((p) => PERIMETER_LABELS_FR[p.key as keyof typeof PERIMETER_LABELS_FR]?.toLowerCase() ?? p.key);
  const devices = footprint.byPerimeter.reduce((n, p) => n + p.quantity, 0);
  const counted: Block = bullets([
    `Les équipements ${perimeters.length > 0 ? `des périmètres ${listFr(perimeters)}` : 'de la collectivité'} (${formatNumberFr(dec(devices), { decimals: 0 })} équipements), de leur fabrication à leur fin de vie.`,
    'L’hébergement des services : salles serveurs de la collectivité et services d’informatique en nuage qu’elle achète.',
    'Les usages des réseaux par la collectivité : échanges de données, messagerie, visioconférence, site internet.',
    indicatorsCounted(),
  ]);
  const excluded: Block = bullets([
    'Les équipements et les usages numériques des habitants et des entreprises du territoire.',
    'Les logiciels et services achetés dont l’hébergement n’est pas connu, et les déplacements liés au numérique.',
  ]);
  const lifetimes = Object.entries(input.organisation.lifetimeHypotheses).map(
    ([category, years]) => `${(CATEGORY_LABELS_FR[category as keyof typeof CATEGORY_LABELS_FR] ?? category).toLowerCase()} : ${formatNumberFr(years, { decimals: 1 }).replace(/,0$/, '')} ans`,
  );
  const hypotheses: string[] = [
    footprint.method === 'stock'
      ? 'La fabrication de chaque équipement en service est répartie sur sa durée de vie (méthode dite « stock »).'
      : 'La fabrication des équipements achetés est comptée l’année de leur achat, sur la durée d’amortissement (méthode dite « flux »).',
    ...(lifetimes.length > 0 ? [`Durées de vie retenues par la collectivité : ${listFr(lifetimes)} ; pour les autres équipements, les durées de référence des sources.`] : []),
    `Les facteurs d’impact sont ${factorSet ? `ceux du jeu « ${factorSet.title} », publié le ${formatDateFr(factorSet.publishedAt)}` : `les ${factorSetEditionFr(footprint.factorSetVersion)}`}, issus principalement des bases publiques de l’ADEME ; chacun est sourcé dans l’annexe technique.`,
    'L’électricité est comptée avec le facteur moyen du réseau français de l’année du bilan.',
  ];
  if (input.inventoryIsEstimate) hypotheses.push('L’inventaire des équipements a été estimé à partir du nombre d’agents, faute d’inventaire détaillé : les résultats sont des ordres de grandeur.');
  const fallbacks = footprint.trace === undefined ? undefined : dedupeNotes(footprint.trace.fallbacks).length;
  // With simulations, the plain paragraph below gives the ranges; without, the bounds alone (the
  // range is asymmetric: no « x % de part et d’autre »).
  const combined = input.distribution ? '' : ` En les combinant, les émissions de ${footprint.year} vont ${range(footprint.low.co2eKg, footprint.high.co2eKg, CO2)}, pour une valeur retenue de ${qty(footprint.total.co2eKg, CO2)}.`;
  const uncertainty = [
    `Chaque facteur d’impact est publié avec une fourchette.${combined} ${comparisonSentence(input.reusedInventories ?? [])}`,
    fallbacks === undefined
      ? 'Les valeurs par défaut utilisées pour les données manquantes sont listées dans l’annexe technique.'
      : fallbacks === 0
      ? 'Toutes les données nécessaires ont été fournies : aucune valeur par défaut n’a été utilisée.'
      : `${fallbacks} donnée${fallbacks > 1 ? 's manquaient' : ' manquait'} et ${fallbacks > 1 ? 'ont' : 'a'} été remplacée${fallbacks > 1 ? 's' : ''} par une valeur par défaut de la source, ce qui élargit l’incertitude ; l’annexe technique les liste.`,
  ];
  const content: Block[] = [
    para('Ce qui est compté :'),
    counted,
    para('Ce qui n’est pas compté :'),
    excluded,
    para('Principales hypothèses :'),
    bullets(hypotheses),
    para('Incertitude et qualité des données :'),
    bullets(uncertainty),
    ...(input.distribution ? uncertaintyBlocks(footprint, input.distribution) : []),
  ];
  const benchmark = getBenchmarks()[0];
  if (footprint.perAgent !== undefined && benchmark !== undefined) {
    content.push(
      para('Repère :'),
      bullets([
        [
          { text: `L’empreinte par agent est de ${qty(footprint.perAgent.co2eKg, CO2E_PER_PERSON_DISPLAY)}. ${benchmark.text} Les méthodes diffèrent (l’étude compte davantage d’indicateurs et d’équipements personnels) : c’est un ordre de grandeur, pas un classement. ` },
          { text: `Source : ${benchmark.source.publisher}, ${benchmark.source.title}.`, href: benchmark.source.url },
        ],
      ]),
    );
  }
  content.push(para('Le détail du calcul (sources et versions des facteurs, hypothèses équipement par équipement, valeurs par défaut) figure dans l’annexe technique, publiée séparément.'));
  return section('methode', 'Méthode et périmètre', content, true);
}
