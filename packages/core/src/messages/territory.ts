/**
 * Messages of the territorial bilan, the entities of a shared DSI, eco-design and inclusion:
 * issue codes of their schemas and trace notes of their computations, in French and English.
 * Spread into the main maps of `fr.ts` and `en.ts`.
 */
export const TERRITORY_ISSUE_MESSAGES_FR = {
  data_centre_power_or_energy_required: 'Centre de données « {field} » : indiquez sa puissance informatique (kW) ou son énergie informatique annuelle (kWh).',
  rgesn_criterion_id: 'Critère RGESN « {field} » inconnu : utilisez le numéro du critère, de 1.1 à 9.7.',
  percent_out_of_range: 'Le champ « {field} » est un pourcentage : indiquez une valeur entre 0 et 100.',
  inclusion_year_duplicate: 'Une même année figure deux fois dans les indicateurs d’inclusion : regroupez les chiffres de l’année sur une seule ligne.',
  entity_id_format: 'L’identifiant d’entité « {field} » ne doit contenir que des minuscules, des chiffres et des tirets (par exemple « ccas-beau-pays »).',
  entity_id_duplicate: 'Deux entités portent le même identifiant : donnez-leur des identifiants distincts.',
  entity_unknown: '« {field} » désigne une entité absente de la liste des entités : ajoutez-la ou corrigez l’identifiant.',
} as const;

export const TERRITORY_ISSUE_MESSAGES_EN = {
  data_centre_power_or_energy_required: 'Data centre "{field}": give its IT power (kW) or its annual IT energy (kWh).',
  rgesn_criterion_id: 'Unknown RGESN criterion "{field}": use the criterion number, from 1.1 to 9.7.',
  percent_out_of_range: 'The field "{field}" is a percentage: give a value between 0 and 100.',
  inclusion_year_duplicate: 'The same year appears twice in the inclusion figures: put the figures of a year on one line.',
  entity_id_format: 'The entity id "{field}" may only hold lower-case letters, digits and hyphens (for instance "ccas-beau-pays").',
  entity_id_duplicate: 'Two entities have the same id: give them distinct ids.',
  entity_unknown: '"{field}" refers to an entity that is not in the list of entities: add it or fix the id.',
} as const;

export const TERRITORY_TRACE_MESSAGES_FR = {
  territory_residents_national:
    'Résidents : empreinte carbone nationale du numérique en 2022 ({nationalKt} kt CO2e, ADEME–Arcep 2025) ÷ {francePopulation} habitants en France × {population} habitants du territoire.',
  territory_residents_share: 'Part « {part} » : {share} de l’empreinte nationale (répartition ADEME–Arcep 2025).',
  territory_businesses_not_allocated:
    'Les entreprises et administrations du territoire sont dans le total national mais ne sont pas réparties à part : aucune méthode publiée ne le permet.',
  territory_networks_local_lines:
    'Réseaux : {fixedLines} lignes fixes et {mobileLines} lignes mobiles du territoire × données moyennes par ligne × facteurs par Go (source des lignes : {source}).',
  territory_networks_replace_share: 'Les lignes du territoire remplacent la part nationale des réseaux (4 %).',
  territory_terminals_households: 'Box et téléviseurs comptés par ménage : {households} ménages sur le territoire ({extraHouseholds} de plus que la moyenne nationale de {nationalHouseholds} ménages rapportée à la population), {perHouseholdKg} kg CO2e par ménage et par an, soit {correctionKg} kg CO2e d’écart avec le calcul par habitant.',
  territory_networks_lines_incomplete:
    'Une seule sorte de lignes est renseignée : la part nationale des réseaux est conservée. Indiquez les lignes fixes et mobiles pour l’affiner.',
  territory_low_confidence: 'Bilan territorial de faible confiance : moyennes nationales appliquées au territoire, jamais ajouté à l’empreinte propre de la collectivité.',
  territory_population_from_organisation: 'Population du territoire : {population} habitants, celle de la collectivité.',
  territory_data_centre_apart:
    '{name} : présenté à part ; les services qu’il héberge sont déjà dans l’empreinte des résidents et de tous leurs utilisateurs.',
  territory_data_centre_no_embodied: '{name} : électricité et eau seulement, la fabrication des équipements n’est pas comptée.',
  territory_data_centre_power: '{name} : énergie informatique estimée à {kw} kW × 8 760 heures.',
  territory_data_centre_pue_default: '{name} : PUE non déclaré, moyenne française de {value} utilisée (Arcep). Indiquez le PUE du site.',
  territory_data_centre_wue_default: '{name} : WUE non déclaré, moyenne française de {value} L/kWh utilisée (dérivée d’Arcep). Indiquez le WUE du site.',
  territory_web_swd:
    '{name} : {pageViews} pages vues × {pageWeightMb} Mo = {gb} Go, modèle Sustainable Web Design v4 (CO2.js) avec l’électricité française ({gridGPerKwh} g/kWh) pour la part d’exploitation ; chaque page est chargée en entier (pas de cache), estimation haute.',
  territory_web_from_usage: 'Service public numérique : le site internet déclaré dans les usages.',
  territory_web_in_residents: 'Présenté à part : les visiteurs sont pour la plupart des résidents, déjà comptés.',
  entity_allocation: '{pool} partagé entre les entités selon la clé « {key} » : part de {entity} = {share}.',
  entity_rounding_remainder: 'Reste d’arrondi de {remainder} kg CO2e attribué à {entity} pour que les entités totalisent exactement le bilan consolidé.',
  entity_lines_unmatched: '{count} lignes d’inventaire sans entité reconnue, traitées comme « {target} ».',
  reuse_avoided: 'Réemploi : {quantity} {category} donnés, fabrication d’un appareil neuf évitée, moins la part de reconditionnement ({share}).',
  reuse_avoided_bounds: 'Réemploi, fourchette : fabrication d’un {category} neuf de {low} à {high} kg CO2e (fourchette du facteur), part de reconditionnement de {shareLow} à {shareHigh} ; borne basse = fabrication basse × (1 − part haute), borne haute = fabrication haute × (1 − part basse).',
} as const;

export const TERRITORY_TRACE_MESSAGES_EN = {
  territory_residents_national:
    'Residents: national digital carbon footprint in 2022 ({nationalKt} kt CO2e, ADEME–Arcep 2025) ÷ {francePopulation} inhabitants of France × {population} inhabitants of the territory.',
  territory_residents_share: 'Part "{part}": {share} of the national footprint (ADEME–Arcep 2025 split).',
  territory_businesses_not_allocated:
    'Businesses and administrations of the territory are in the national total but not allocated apart: no published method allows it.',
  territory_networks_local_lines:
    'Networks: {fixedLines} fixed and {mobileLines} mobile lines of the territory × average data per line × per-GB factors (lines from: {source}).',
  territory_networks_replace_share: 'The territory’s lines replace the national networks share (4 %).',
  territory_terminals_households: 'Boxes and TVs counted per household: {households} households on the territory ({extraHouseholds} more than the national {nationalHouseholds} households scaled to the population), {perHouseholdKg} kg CO2e per household per year, a {correctionKg} kg CO2e difference from the per-person figure.',
  territory_networks_lines_incomplete: 'Only one kind of line is given: the national networks share is kept. Give both fixed and mobile lines to refine it.',
  territory_low_confidence: 'Low-confidence territorial bilan: national averages applied to the territory, never added to the collectivité’s own footprint.',
  territory_population_from_organisation: 'Population of the territory: {population} inhabitants, the collectivité’s.',
  territory_data_centre_apart: '{name}: reported apart; the services it hosts are already in the footprint of the residents and of all their users.',
  territory_data_centre_no_embodied: '{name}: electricity and water only, the manufacturing of the equipment is not counted.',
  territory_data_centre_power: '{name}: IT energy estimated as {kw} kW × 8,760 hours.',
  territory_data_centre_pue_default: '{name}: no declared PUE, French average {value} used (Arcep). Give the site’s PUE.',
  territory_data_centre_wue_default: '{name}: no declared WUE, French average {value} L/kWh used (derived from Arcep). Give the site’s WUE.',
  territory_web_swd:
    '{name}: {pageViews} page views × {pageWeightMb} MB = {gb} GB, Sustainable Web Design v4 model (CO2.js) with French electricity ({gridGPerKwh} g/kWh) for the operational part; every page loads in full (no cache), an upper estimate.',
  territory_web_from_usage: 'Public digital service: the website declared in the usage data.',
  territory_web_in_residents: 'Reported apart: the visitors are mostly residents, already counted.',
  entity_allocation: 'Shared {pool} allocated between the entities by the "{key}" key: share of {entity} = {share}.',
  entity_rounding_remainder: 'Rounding remainder of {remainder} kg CO2e given to {entity} so that the entities add up exactly to the consolidated bilan.',
  entity_lines_unmatched: '{count} inventory lines with no recognised entity, treated as "{target}".',
  reuse_avoided: 'Reuse: {quantity} {category} donated, manufacture of a new device avoided, less the refurbishing share ({share}).',
  reuse_avoided_bounds: 'Reuse, range: manufacture of a new {category} from {low} to {high} kg CO2e (the factor’s range), refurbishing share from {shareLow} to {shareHigh}; low bound = low manufacturing × (1 − high share), high bound = high manufacturing × (1 − low share).',
} as const;
