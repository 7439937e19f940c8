/**
 * Message maps of the strategy layer, keyed by stable code. French is the default; `{name}`
 * placeholders take the item's params.
 */
export const STRATEGY_MESSAGES = {
  fr: {
    horizon_not_after_baseline: 'L’horizon de la stratégie ({horizon}) doit être postérieur à l’année de référence ({baseline}).',
    legal_programme_date_missing: 'Indiquez la date du programme de travail (exigé au 1er janvier 2023).',
    legal_strategy_date_missing: 'Indiquez la date d’adoption de la stratégie (exigée au 1er janvier 2025).',
    actors_missing: 'Aucun acteur n’est recensé : le programme de travail se construit « en lien avec les acteurs publics et privés intéressés ».',
    actors_no_external_partner: 'Aucun partenaire extérieur (OPSN, associations, reconditionneurs, opérateurs) n’est recensé.',
    actors_no_elected_official: 'Aucun élu n’est recensé parmi les acteurs.',
    actors_no_internal_service: 'Aucun service interne n’est recensé parmi les acteurs.',
    bilan_footprint_missing: 'Le bilan de l’impact environnemental du numérique n’est pas calculé.',
    bilan_usages_missing: 'Le bilan des usages (agents et usagers, services en ligne, audience, points d’accès publics, équipement des écoles) est absent.',
    bilan_usages_incomplete: 'Le bilan des usages ne décrit pas : {missing}.',
    engaged_actions_missing: 'Aucune action déjà engagée n’est décrite (synthèse attendue dans le programme de travail, le cas échéant).',
    objectives_missing: 'Aucun objectif de réduction n’est défini.',
    objective_without_indicator: 'L’objectif « {label} » n’a pas d’indicateur de suivi.',
    objective_unknown_indicator: 'L’objectif « {label} » renvoie à un indicateur inconnu ({indicatorId}).',
    objective_without_measure: 'Aucune mesure n’est rattachée à l’objectif « {label} » (ni par son indicateur ni par son axe).',
    indicators_missing: 'Aucun indicateur de suivi n’est défini.',
    indicator_no_value_for_year: 'L’indicateur « {label} » n’a pas de valeur pour {year} : le bilan annuel ne pourra pas le présenter.',
    measures_missing: 'Aucune mesure n’est définie.',
    measure_without_means: 'La mesure « {title} » n’a pas de moyens (budget ou ETP).',
    measure_without_pilot: 'La mesure « {title} » n’a pas de service pilote.',
    measure_without_indicator: 'La mesure « {title} » n’est liée à aucun indicateur.',
    measure_without_dates: 'La mesure « {title} » n’a pas de calendrier (début ou fin).',
    measure_unknown_indicator: 'La mesure « {title} » renvoie à un indicateur inconnu ({indicatorId}).',
    custom_axis_unknown: 'L’axe personnalisé « {axis} » n’est pas déclaré.',
    maturity_not_assessed: 'L’autodiagnostic de maturité n’est pas rempli.',
    previous_recomputed_same_factor_set: 'Le bilan {previousYear} a été recalculé avec le jeu de facteurs {toVersion} (au lieu de {fromVersion}) pour que la comparaison reste juste.',
    previous_factor_set_differs: 'Les bilans {previousYear} et {year} n’utilisent pas le même jeu de facteurs ({fromVersion} et {toVersion}) : la variation n’est pas comparable.',
    previous_footprint_missing: 'Aucun bilan {previousYear} n’est enregistré : pas de variation sur un an.',
  },
  en: {
    horizon_not_after_baseline: 'The strategy horizon ({horizon}) must come after the baseline year ({baseline}).',
    legal_programme_date_missing: 'Give the date of the programme de travail (due 1 January 2023).',
    legal_strategy_date_missing: 'Give the date the strategy was adopted (due 1 January 2025).',
    actors_missing: 'No actors are listed: the programme de travail is drawn up with the public and private actors concerned.',
    actors_no_external_partner: 'No external partner (OPSN, associations, refurbishers, operators) is listed.',
    actors_no_elected_official: 'No elected official is listed among the actors.',
    actors_no_internal_service: 'No internal service is listed among the actors.',
    bilan_footprint_missing: 'The environmental footprint of digital technology is not computed.',
    bilan_usages_missing: 'The bilan of uses (agents and users, online services, audience, public access points, school equipment) is missing.',
    bilan_usages_incomplete: 'The bilan of uses does not describe: {missing}.',
    engaged_actions_missing: 'No action already engaged is described (a synthesis is expected in the programme de travail, where there are any).',
    objectives_missing: 'No reduction objective is set.',
    objective_without_indicator: 'Objective “{label}” has no monitoring indicator.',
    objective_unknown_indicator: 'Objective “{label}” refers to an unknown indicator ({indicatorId}).',
    objective_without_measure: 'No measure serves objective “{label}” (neither through its indicator nor its axis).',
    indicators_missing: 'No monitoring indicator is defined.',
    indicator_no_value_for_year: 'Indicator “{label}” has no value for {year}: the annual bilan cannot show it.',
    measures_missing: 'No measure is defined.',
    measure_without_means: 'Measure “{title}” has no means (budget or FTE).',
    measure_without_pilot: 'Measure “{title}” has no pilot service.',
    measure_without_indicator: 'Measure “{title}” is linked to no indicator.',
    measure_without_dates: 'Measure “{title}” has no schedule (start or end).',
    measure_unknown_indicator: 'Measure “{title}” refers to an unknown indicator ({indicatorId}).',
    custom_axis_unknown: 'Custom axis “{axis}” is not declared.',
    maturity_not_assessed: 'The maturity self-assessment is not filled in.',
    previous_recomputed_same_factor_set: 'The {previousYear} bilan was recomputed with factor set {toVersion} (instead of {fromVersion}) so that the comparison stays fair.',
    previous_factor_set_differs: 'The {previousYear} and {year} bilans use different factor sets ({fromVersion} and {toVersion}): the change is not comparable.',
    previous_footprint_missing: 'No {previousYear} bilan is recorded: no year-on-year change.',
  },
} as const satisfies Record<'fr' | 'en', Record<string, string>>;

export type StrategyMessageCode = keyof (typeof STRATEGY_MESSAGES)['fr'];

/** Words a strategy item or note in French (default) or English. Unknown placeholders stay as they are. */
export function formatStrategyMessage(code: StrategyMessageCode, params: Readonly<Record<string, string | number>> = {}, locale: 'fr' | 'en' = 'fr'): string {
  return STRATEGY_MESSAGES[locale][code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
