import type { Issue } from '@reen/core';

/** Languages of the message maps. */
export type MessageLang = 'fr' | 'en';

/** A message and how to fix the problem, with `{param}` placeholders. */
export interface MessageTemplate {
  readonly message: string;
  readonly fix: string;
}

/** Field names shown to users. */
export const FIELD_LABELS: Record<MessageLang, Record<string, string>> = {
  fr: {
    category: 'catégorie', type: 'type', manufacturer: 'fabricant', model: 'modèle', name: 'nom', serialNumber: 'numéro de série',
    quantity: 'quantité', purchaseDate: "date d'achat", purchaseYear: "année d'achat", retirementDate: 'date de retrait', lifetimeYears: 'durée de vie (ans)', status: 'statut',
    refurbished: 'reconditionné', hoursPerDay: 'heures par jour', daysPerYear: 'jours par an', energyKwhPerYear: 'consommation (kWh/an)',
    powerW: 'puissance (W)', weightKg: 'poids (kg)', site: 'site', entity: 'entité', perimeter: 'périmètre', country: 'pays', sizeClass: 'classe de taille', id: 'identifiant',
    usage: 'usage',
  },
  en: {
    category: 'category', type: 'type', manufacturer: 'manufacturer', model: 'model', name: 'name', serialNumber: 'serial number',
    quantity: 'quantity', purchaseDate: 'purchase date', purchaseYear: 'purchase year', retirementDate: 'retirement date', lifetimeYears: 'lifetime (years)', status: 'status',
    refurbished: 'refurbished', hoursPerDay: 'hours per day', daysPerYear: 'days per year', energyKwhPerYear: 'energy (kWh/year)',
    powerW: 'power (W)', weightKg: 'weight (kg)', site: 'site', entity: 'entity', perimeter: 'perimeter', country: 'country', sizeClass: 'size class', id: 'id',
    usage: 'usage',
  },
};

const CATEGORY_HELP_FR =
  'laptop, desktop, all-in-one, thin-client, workstation, monitor, smartphone, mobile-phone, tablet, tv-display, projector, printer, mfp, ip-phone, docking-station, keyboard, mouse, headset, webcam, external-drive, external-ssd, usb-stick, laptop-charger, phone-charger, connected-speaker, game-console, handheld-console, vr-headset, vr-controller, internet-box, wifi-access-point, network-switch, router, firewall, server, storage-array, ups';

/**
 * Message maps of the inventory import, keyed by stable issue code. Every message says what is
 * wrong and how to fix it. Codes produced by `@reen/core`'s `parseInventory` during an import are
 * worded here too, so that the rejected-rows file is always complete.
 */
export const IMPORT_MESSAGES: Record<MessageLang, Record<string, MessageTemplate>> = {
  fr: {
    file_empty: { message: 'Le fichier est vide.', fix: 'Exportez de nouveau l’inventaire et vérifiez que le fichier contient des lignes.' },
    file_too_large: { message: 'Le fichier pèse {size} octets, au-delà de la limite de {max} octets.', fix: 'Découpez le fichier en plusieurs parties, ou relevez la limite (option maxBytes, ou --max-bytes en ligne de commande).' },
    unsupported_format: { message: 'Le format du fichier « {name} » n’est pas reconnu.', fix: 'Enregistrez le fichier en CSV (UTF-8, séparateur point-virgule), XLSX, ODS ou JSON.' },
    archive_too_large: { message: 'Le classeur décompressé atteint {uncompressed} octets, au-delà de la limite de {max} octets (protection contre les bombes zip).', fix: 'Vérifiez l’origine du fichier ; s’il est légitime, enregistrez-le en CSV ou relevez la limite maxUncompressedBytes.' },
    sheet_too_large_cells: { message: 'La feuille « {sheet} » compterait {cells} cellules une fois lue (plage {range}) : au-delà de la limite de {max} cellules par classeur.', fix: 'Supprimez les cellules remplies loin du tableau, découpez le classeur ou enregistrez la feuille en CSV ; si le fichier est légitime, relevez la limite (option maxCells, ou --max-cells).' },
    sheet_too_large_merge: { message: 'La feuille « {sheet} » compterait {cells} cellules une fois lue, à cause de la fusion de cellules {range} : au-delà de la limite de {max} cellules par classeur.', fix: 'Annulez cette fusion dans votre tableur (elle déborde du tableau), puis enregistrez de nouveau ; ou enregistrez la feuille en CSV.' },
    sheet_too_large_hyperlink: { message: 'La feuille « {sheet} » compterait {cells} cellules une fois lue, à cause du lien hypertexte posé sur la plage {range} : au-delà de la limite de {max} cellules par classeur.', fix: 'Supprimez ce lien dans votre tableur, puis enregistrez de nouveau ; ou enregistrez la feuille en CSV.' },
    sheet_too_large_repeat: { message: 'La feuille « {sheet} » compterait {cells} cellules une fois lue, à cause de lignes et de colonnes répétées sur la plage {range} : au-delà de la limite de {max} cellules par classeur.', fix: 'Supprimez les lignes et colonnes remplies au-delà du tableau (sélectionnez-les, puis « Supprimer des lignes »), enregistrez de nouveau ; ou enregistrez la feuille en CSV.' },
    sheet_too_large_span: { message: 'La feuille « {sheet} » compterait {cells} cellules une fois lue, à cause d’une cellule fusionnée sur la plage {range} : au-delà de la limite de {max} cellules par classeur.', fix: 'Annulez cette fusion dans votre tableur (elle déborde du tableau), puis enregistrez de nouveau ; ou enregistrez la feuille en CSV.' },
    file_no_rows: { message: 'Le fichier ne contient aucune ligne de données lisible.', fix: 'Vérifiez que vous avez choisi le bon fichier et que l’export contient des équipements sous la ligne d’en-tête.' },
    file_binary: { message: 'Le fichier n’est pas un tableau : son contenu est au format {format}.', fix: 'Choisissez l’export de l’inventaire (CSV, XLSX, ODS ou JSON), pas une image, un PDF ou une archive renommés.' },
    encoding_unsupported: { message: 'Le fichier est encodé en {encoding}, un encodage que REEN kit ne lit pas.', fix: 'Enregistrez-le en CSV UTF-8 depuis votre tableur ou votre outil d’inventaire.' },
    encoding_invalid_byte: { message: 'Octet invalide 0x{byte} dans un fichier UTF-8 : il est remplacé par « � ».', fix: 'Corrigez ce caractère dans le fichier (il vient souvent d’un copier-coller depuis un autre logiciel), puis enregistrez en UTF-8.' },
    encoding_invalid_bytes_more: { message: '{count} autres octets invalides dans ce fichier UTF-8 sont remplacés par « � ».', fix: 'Réenregistrez le fichier en UTF-8 depuis votre tableur.' },
    number_ambiguous: { message: 'La valeur « {value} » ({field}) a été lue {read} : avec un point ou une virgule suivi de trois chiffres, elle pourrait aussi valoir {alternative}.', fix: 'Écrivez le nombre sans séparateur de milliers (par exemple 1000), et avec une virgule pour les décimales (par exemple 1,5).' },
    file_corrupt: { message: 'Le fichier est illisible ou endommagé ({detail}).', fix: 'Ouvrez-le dans votre tableur puis enregistrez-le de nouveau en XLSX, ODS ou CSV.' },
    no_inventory_sheet: { message: 'Aucune feuille du classeur ne ressemble à un inventaire (feuilles : {sheets}).', fix: 'Ajoutez une ligne d’en-tête avec au moins une colonne « Type », « Catégorie » ou « Modèle », ou choisissez la feuille à importer.' },
    sheet_not_found: { message: 'La feuille « {sheet} » n’existe pas (feuilles : {sheets}).', fix: 'Choisissez une des feuilles listées.' },
    sheet_skipped: { message: 'La feuille « {sheet} » n’a pas été importée.', fix: 'Si elle contient des équipements, choisissez-la explicitement (option sheet, ou --sheet).' },
    encoding_detected: { message: 'Encodage détecté : {encoding}.', fix: 'Rien à faire ; pour éviter toute ambiguïté, enregistrez vos CSV en UTF-8.' },
    json_invalid: { message: 'Le JSON est invalide : {detail}.', fix: 'Corrigez la syntaxe à l’endroit indiqué (virgule, guillemet ou accolade manquants).' },
    json_not_inventory: { message: 'Le JSON ne contient pas de liste d’équipements.', fix: 'Fournissez un tableau d’équipements, ou un objet avec une propriété « inventory » ou « items ».' },
    json_item_not_object: { message: 'L’élément n° {item} n’est pas un objet.', fix: 'Chaque équipement doit être un objet JSON { "category": …, "quantity": … }.' },
    too_many_rows: { message: 'La limite de {max} lignes est atteinte : les lignes à partir de la ligne {line} n’ont pas été lues.', fix: 'Découpez le fichier, ou relevez la limite (option maxRows, ou --max-rows).' },
    csv_unbalanced_quote: { message: 'Guillemet non refermé à la colonne {column} de la ligne {line}.', fix: 'Ajoutez le guillemet fermant, ou doublez le guillemet s’il fait partie du texte (""). La ligne est rejetée ; la lecture reprend à la ligne suivante.' },
    csv_malformed_quote: { message: 'Guillemet mal placé sur la ligne {line} : le texte a été lu tel quel.', fix: 'Entourez la cellule de guillemets et doublez les guillemets intérieurs ("").' },
    header_not_found: { message: 'Ligne d’en-tête introuvable.', fix: 'Ajoutez en première ligne les noms des colonnes (par exemple « Type ; Modèle ; Quantité »), ou partez du modèle REEN kit.' },
    title_rows_skipped: { message: '{count} ligne(s) de titre ignorée(s) au-dessus de l’en-tête (ligne {headerLine}).', fix: 'Rien à faire si ces lignes ne sont qu’un titre.' },
    profile_detected: { message: 'Format reconnu : {label}.', fix: 'Si ce n’est pas le bon, forcez le profil (option profile, ou --profile).' },
    column_low_confidence: { message: 'La colonne « {column} » a été associée au champ {field} avec une confiance de {confidence}.', fix: 'Vérifiez l’association ; corrigez-la si besoin (par exemple --map "{column}=champ").' },
    column_ignored: { message: 'La colonne « {column} » n’est pas utilisée.', fix: 'Si elle contient une donnée utile, associez-la à un champ (par exemple --map "{column}=site").' },
    mapping_no_category_column: { message: 'Aucune colonne ne permet de connaître la catégorie des équipements (« Catégorie », « Type » ou « Modèle »).', fix: 'Ajoutez une colonne « Type » ou « Catégorie », ou associez une colonne existante (--map "Colonne=type").' },
    one_device_per_row: { message: 'Chaque ligne compte pour un équipement (format {profile}).', fix: 'Rien à faire ; ajoutez une colonne « Quantité » si une ligne regroupe plusieurs équipements.' },
    g4it_companion_table: { message: 'Fichier {label} : chaque ligne est vérifiée comme G4IT le fait (cellules obligatoires, noms uniques, références) ; il n’ajoute aucun équipement au bilan (l’empreinte des serveurs physiques comprend celle de ce qu’ils portent).', fix: 'Rien à faire ; importez aussi les équipements physiques auxquels il se réfère.' },
    g4it_cell_required: { message: 'La cellule « {column} » est vide alors que G4IT l’exige.', fix: 'Renseignez la valeur, ou supprimez la ligne.' },
    g4it_pue_invalid: { message: 'Le PUE « {value} » n’est pas un nombre au moins égal à 1.', fix: 'Indiquez le PUE du centre de données (par exemple 1,5).' },
    g4it_location_unknown: { message: 'La localisation « {value} » n’est pas un pays connu.', fix: 'Indiquez le pays (par exemple « France ») ou son code ISO à trois lettres (FRA).' },
    g4it_duplicate: { message: '« {value} » apparaît plusieurs fois (lignes {lines}) : G4IT exige qu’il soit unique.', fix: 'Gardez une seule de ces lignes, ou renommez les autres.' },
    g4it_reference_missing: { message: '« {value} » (colonne « {column} ») ne correspond à aucune ligne acceptée de l’import.', fix: 'Importez aussi le fichier qui le décrit, ou corrigez le nom ; une ligne rejetée ne peut pas servir de référence.' },
    ocs_computers_as_desktops: { message: 'Liste d’ordinateurs OCS sans colonne de type, de modèle ni de fabricant : chaque ligne compte pour un ordinateur de bureau ({category}).', fix: 'Ajoutez à la liste OCS les colonnes « Fabricant » et « Modèle » (ou un type) pour distinguer portables et serveurs.' },
    purchase_date_column_missing: { message: 'Aucune date d’achat ni durée de vie dans ce fichier (format {profile}) : l’âge des équipements est inconnu, chaque durée de vie est celle par défaut de sa catégorie (voir la trace du bilan).', fix: 'Ajoutez une colonne « Date d’achat » (par exemple depuis les informations financières de GLPI) ou « Durée de vie » pour un bilan plus juste.' },
    retirement_before_purchase: { message: 'La date de retrait « {value} » précède la date d’achat ({purchase}).', fix: 'Corrigez l’une des deux dates.' },
    name_duplicate: { message: 'L’équipement « {value} » apparaît déjà (ligne {firstLine}) : chaque nom doit être unique.', fix: 'Renommez ou supprimez le doublon.' },
    name_duplicated_later: { message: 'Le nom « {value} » est repris plus loin (ligne {line}) : l’une des deux lignes est sans doute un doublon.', fix: 'Vérifiez les deux lignes ; gardez un nom unique par équipement.' },
    quantity_column_missing: { message: 'Pas de colonne « Quantité » : chaque ligne compte pour un équipement.', fix: 'Ajoutez une colonne « Quantité » si une ligne regroupe plusieurs équipements.' },
    mapping_column_not_found: { message: 'La colonne « {column} » de l’association n’existe pas dans le fichier (colonnes : {available}).', fix: 'Reprenez le nom exact de l’en-tête, ou utilisez #3 (numéro) ou @C (lettre).' },
    mapping_unknown_field: { message: 'Le champ « {field} » n’existe pas (colonne « {column} »).', fix: 'Choisissez parmi : {allowed}, ou « ignore ».' },
    mapping_duplicate_field: { message: 'Les colonnes « {column} » et « {kept} » visent le même champ {field} : seule « {kept} » est lue.', fix: 'Associez l’une des deux colonnes à un autre champ ou ignorez-la (--map "{column}=ignore").' },
    mapping_spec_invalid: { message: 'L’association « {entry} » est mal écrite.', fix: 'Écrivez « En-tête=champ », par exemple « Quantité=quantity ».' },
    mapping_preset_invalid: { message: 'Le préréglage d’association est invalide ({detail}).', fix: 'Enregistrez de nouveau l’association depuis REEN kit.' },
    required_cell_empty: { message: 'La cellule « {column} » ({field}) est vide alors qu’elle est obligatoire.', fix: 'Renseignez la valeur, ou supprimez la ligne si elle ne correspond à aucun équipement.' },
    quantity_negative: { message: 'La quantité « {value} » est négative.', fix: 'Indiquez un nombre entier positif d’équipements (par exemple 3).' },
    quantity_zero: { message: 'La quantité est nulle.', fix: 'Indiquez au moins 1, ou supprimez la ligne.' },
    quantity_not_integer: { message: 'La quantité « {value} » n’est pas un nombre entier.', fix: 'Indiquez un nombre entier d’équipements (par exemple 3, pas 2,5).' },
    quantity_too_large: { message: 'La quantité « {value} » est trop grande.', fix: 'Vérifiez la valeur : elle doit compter des équipements.' },
    quantity_unparsable: { message: 'La quantité « {value} » n’est pas un nombre.', fix: 'Indiquez un nombre entier, sans unité ni texte (par exemple 12).' },
    category_unknown: { message: 'Catégorie inconnue pour « {value} » (pistes : {candidates}).', fix: 'Précisez le type dans le fichier (par exemple « Portable », « Écran », « Copieur ») ou classez ces équipements dans l’écran « À classer » (catégories : ' + CATEGORY_HELP_FR + ').' },
    serial_duplicate: { message: 'Le numéro de série « {value} » apparaît déjà (fichier {firstFile}, ligne {firstLine}).', fix: 'Supprimez le doublon, ou corrigez le numéro de série.' },
    date_unparsable: { message: 'La date « {value} » n’est pas reconnue.', fix: 'Écrivez-la au format JJ/MM/AAAA (15/03/2019) ou AAAA-MM-JJ (2019-03-15), ou indiquez seulement l’année.' },
    date_month_first: { message: 'La date « {value} » a été lue au format américain (mois/jour) : {date}.', fix: 'Vérifiez la date ; écrivez-la au format JJ/MM/AAAA pour lever l’ambiguïté.' },
    year_unparsable: { message: 'L’année « {value} » n’est pas reconnue.', fix: 'Indiquez l’année sur quatre chiffres (par exemple 2021).' },
    year_after_bilan: { message: 'Équipement acheté en {year} (« {value} »), après l’année du bilan {bilanYear} : il est lu, mais n’entre pas dans le parc de {bilanYear}.', fix: 'Rien à faire pour un bilan d’une année passée ; sinon vérifiez l’année du bilan (--year) ou la date d’achat.' },
    year_out_of_range: { message: 'L’année d’achat {year} (« {value} ») est hors de la plage {min}–{max}.', fix: 'Corrigez la date d’achat : avant {min}, c’est une faute de frappe ; après {max}, l’équipement est postérieur à l’année du bilan (option bilanYear, ou --year).' },
    decimal_unparsable: { message: 'La valeur « {value} » ({field}) n’est pas un nombre.', fix: 'Indiquez un nombre, avec une virgule ou un point décimal (par exemple 4,5), sans unité.' },
    value_negative: { message: 'La valeur « {value} » ({field}) est négative.', fix: 'Indiquez une valeur positive ou nulle.' },
    value_not_positive: { message: 'La valeur « {value} » ({field}) doit être strictement positive.', fix: 'Indiquez une valeur supérieure à zéro, ou laissez la cellule vide pour la valeur par défaut.' },
    usage_incomplete: { message: 'Usage incomplet (heures par jour : {hours}, jours par an : {days}, puissance : {power}) : l’usage par défaut sera utilisé.', fix: 'Renseignez à la fois les heures par jour et les jours par an, ou une consommation annuelle en kWh.' },
    status_unknown: { message: 'Le statut « {value} » n’est pas reconnu.', fix: 'Utilisez « En service », « En stock », « Réemploi » ou « Rebut » (les statuts GLPI usuels sont reconnus).' },
    boolean_unparsable: { message: 'La valeur « {value} » n’est ni oui ni non.', fix: 'Écrivez oui ou non (ou 1/0, x pour oui).' },
    perimeter_unknown: { message: 'Le périmètre « {value} » n’est pas reconnu.', fix: 'Utilisez « Administration », « Écoles », « Services publics » ou « Territoire ».' },
    country_unknown: { message: 'Le pays « {value} » n’est pas reconnu.', fix: 'Indiquez le code ISO à trois lettres (FRA, BEL…) ou le nom du pays.' },
    size_class_unknown: { message: 'La classe de taille « {value} » n’est pas reconnue.', fix: 'Utilisez « petit » (A4, moins de 40 kg), « moyen » (A3, 40 à 99 kg) ou « grand » (production, 100 kg et plus).' },
    row_extra_cells: { message: 'La ligne compte {found} cellules pour {expected} colonnes d’en-tête : les cellules en trop sont ignorées.', fix: 'Vérifiez le séparateur et les guillemets de la ligne.' },
    purchase_date_in_future: { message: 'La date d’achat {value} est postérieure à aujourd’hui ({today}).', fix: 'Corrigez la date (jour et mois inversés ?) ou retirez l’équipement s’il n’est pas encore livré.' },
    purchase_date_and_year_disagree: { message: 'La date d’achat et l’année d’achat ne concordent pas.', fix: 'Gardez une seule des deux colonnes, ou corrigez l’une d’elles.' },
    required: { message: 'Le champ {field} est obligatoire.', fix: 'Renseignez-le.' },
    invalid_type: { message: 'Le champ {field} n’a pas le bon type (attendu : {expected}).', fix: 'Corrigez la valeur.' },
    unknown_category: { message: 'La catégorie « {value} » n’existe pas.', fix: 'Utilisez une des catégories : ' + CATEGORY_HELP_FR + '.' },
    invalid_value: { message: 'La valeur du champ {field} n’est pas autorisée.', fix: 'Valeurs possibles : {allowed}.' },
    too_small: { message: 'La valeur du champ {field} est trop petite (minimum {minimum}).', fix: 'Corrigez la valeur.' },
    too_big: { message: 'La valeur du champ {field} est trop grande (maximum {maximum}).', fix: 'Corrigez la valeur.' },
    invalid_format: { message: 'Le champ {field} n’a pas le bon format ({format}).', fix: 'Pour une date, écrivez AAAA-MM-JJ.' },
    unrecognized_keys: { message: 'Propriétés inconnues : {keys}.', fix: 'Retirez-les ou vérifiez leur orthographe.' },
    must_be_positive: { message: 'Le champ {field} doit être strictement positif.', fix: 'Indiquez une valeur supérieure à zéro.' },
    must_be_non_negative: { message: 'Le champ {field} ne peut pas être négatif.', fix: 'Indiquez une valeur positive ou nulle.' },
    hours_per_day_over_24: { message: 'Plus de 24 heures d’utilisation par jour.', fix: 'Indiquez un nombre d’heures entre 0 et 24.' },
    days_per_year_over_366: { message: 'Plus de 366 jours d’utilisation par an.', fix: 'Indiquez un nombre de jours entre 0 et 366.' },
    country_iso3_expected: { message: 'Le pays doit être un code ISO à trois lettres.', fix: 'Indiquez par exemple FRA.' },
    decimal_expected: { message: 'Le champ {field} doit être un nombre décimal.', fix: 'Indiquez un nombre, par exemple 4.5.' },
    quantity_not_positive: { message: 'La quantité doit être un entier strictement positif.', fix: 'Indiquez au moins 1.' },
  },
  en: {
    file_empty: { message: 'The file is empty.', fix: 'Export the inventory again and check that the file has rows.' },
    file_too_large: { message: 'The file is {size} bytes, above the {max}-byte limit.', fix: 'Split the file, or raise the limit (maxBytes option, or --max-bytes).' },
    unsupported_format: { message: 'The format of "{name}" is not recognised.', fix: 'Save the file as CSV (UTF-8, semicolon), XLSX, ODS or JSON.' },
    archive_too_large: { message: 'The workbook inflates to {uncompressed} bytes, above the {max}-byte limit (zip-bomb protection).', fix: 'Check where the file comes from; if it is genuine, save it as CSV or raise maxUncompressedBytes.' },
    sheet_too_large_cells: { message: 'Sheet "{sheet}" would make {cells} cells once read (range {range}): above the limit of {max} cells per workbook.', fix: 'Delete the cells filled far from the table, split the workbook or save the sheet as CSV; if the file is genuine, raise the limit (maxCells option, or --max-cells).' },
    sheet_too_large_merge: { message: 'Sheet "{sheet}" would make {cells} cells once read, because of the merged range {range}: above the limit of {max} cells per workbook.', fix: 'Unmerge these cells in your spreadsheet (the merge overflows the table) and save again, or save the sheet as CSV.' },
    sheet_too_large_hyperlink: { message: 'Sheet "{sheet}" would make {cells} cells once read, because of the hyperlink over {range}: above the limit of {max} cells per workbook.', fix: 'Remove this hyperlink in your spreadsheet and save again, or save the sheet as CSV.' },
    sheet_too_large_repeat: { message: 'Sheet "{sheet}" would make {cells} cells once read, because of rows and columns repeated over {range}: above the limit of {max} cells per workbook.', fix: 'Delete the rows and columns filled beyond the table and save again, or save the sheet as CSV.' },
    sheet_too_large_span: { message: 'Sheet "{sheet}" would make {cells} cells once read, because of a cell spanning {range}: above the limit of {max} cells per workbook.', fix: 'Unmerge this cell in your spreadsheet (it overflows the table) and save again, or save the sheet as CSV.' },
    file_no_rows: { message: 'The file has no readable data row.', fix: 'Check that this is the right file and that the export lists devices below the header row.' },
    file_binary: { message: 'The file is not a table: its content is {format}.', fix: 'Choose the inventory export (CSV, XLSX, ODS or JSON), not a renamed image, PDF or archive.' },
    encoding_unsupported: { message: 'The file is encoded in {encoding}, which REEN kit does not read.', fix: 'Save it as UTF-8 CSV from your spreadsheet or inventory tool.' },
    encoding_invalid_byte: { message: 'Invalid byte 0x{byte} in a UTF-8 file: replaced by "�".', fix: 'Correct this character in the file (it often comes from a copy-paste from another program), then save as UTF-8.' },
    encoding_invalid_bytes_more: { message: '{count} more invalid bytes in this UTF-8 file are replaced by "�".', fix: 'Save the file again as UTF-8 from your spreadsheet.' },
    number_ambiguous: { message: 'Value "{value}" ({field}) was read as {read}: a dot or comma followed by three digits could also mean {alternative}.', fix: 'Write the number without a thousands separator (e.g. 1000), and with a decimal comma or dot for decimals (e.g. 1.5).' },
    file_corrupt: { message: 'The file cannot be read or is damaged ({detail}).', fix: 'Open it in your spreadsheet and save it again as XLSX, ODS or CSV.' },
    no_inventory_sheet: { message: 'No sheet looks like an inventory (sheets: {sheets}).', fix: 'Add a header row with at least a "Type", "Category" or "Model" column, or choose the sheet to import.' },
    sheet_not_found: { message: 'Sheet "{sheet}" does not exist (sheets: {sheets}).', fix: 'Choose one of the listed sheets.' },
    sheet_skipped: { message: 'Sheet "{sheet}" was not imported.', fix: 'If it lists devices, choose it explicitly (sheet option, or --sheet).' },
    encoding_detected: { message: 'Detected encoding: {encoding}.', fix: 'Nothing to do; save CSV files as UTF-8 to avoid any ambiguity.' },
    json_invalid: { message: 'Invalid JSON: {detail}.', fix: 'Fix the syntax at the given place (missing comma, quote or brace).' },
    json_not_inventory: { message: 'The JSON holds no list of devices.', fix: 'Provide an array of devices, or an object with an "inventory" or "items" property.' },
    json_item_not_object: { message: 'Item {item} is not an object.', fix: 'Each device must be a JSON object { "category": …, "quantity": … }.' },
    too_many_rows: { message: 'The {max}-row limit was reached: rows from line {line} on were not read.', fix: 'Split the file, or raise the limit (maxRows option, or --max-rows).' },
    csv_unbalanced_quote: { message: 'Unclosed quote at column {column} of line {line}.', fix: 'Add the closing quote, or double the quote if it is part of the text (""). The line is rejected; reading resumes on the next line.' },
    csv_malformed_quote: { message: 'Misplaced quote on line {line}: the text was read as is.', fix: 'Wrap the cell in quotes and double the inner quotes ("").' },
    header_not_found: { message: 'No header row found.', fix: 'Put the column names on the first row (e.g. "Type;Model;Quantity"), or start from the REEN kit template.' },
    title_rows_skipped: { message: '{count} title row(s) above the header (line {headerLine}) were skipped.', fix: 'Nothing to do if these rows are only a title.' },
    profile_detected: { message: 'Recognised format: {label}.', fix: 'If it is wrong, force the profile (profile option, or --profile).' },
    column_low_confidence: { message: 'Column "{column}" was mapped to {field} with confidence {confidence}.', fix: 'Check the mapping and fix it if needed (e.g. --map "{column}=field").' },
    column_ignored: { message: 'Column "{column}" is not used.', fix: 'If it holds useful data, map it to a field (e.g. --map "{column}=site").' },
    mapping_no_category_column: { message: 'No column tells the device category ("Category", "Type" or "Model").', fix: 'Add a "Type" or "Category" column, or map an existing one (--map "Column=type").' },
    one_device_per_row: { message: 'Each row counts as one device ({profile} format).', fix: 'Nothing to do; add a "Quantity" column if a row groups several devices.' },
    g4it_companion_table: { message: '{label} file: each row is checked as G4IT does (required cells, unique names, references); it adds no device to the bilan (the physical servers\' footprint includes what they run).', fix: 'Nothing to do; also import the physical equipment it refers to.' },
    g4it_cell_required: { message: 'Cell "{column}" is empty but G4IT requires it.', fix: 'Fill in the value, or delete the row.' },
    g4it_pue_invalid: { message: 'PUE "{value}" is not a number of at least 1.', fix: 'Give the data centre\'s PUE (e.g. 1.5).' },
    g4it_location_unknown: { message: 'Location "{value}" is not a known country.', fix: 'Give the country (e.g. "France") or its three-letter ISO code (FRA).' },
    g4it_duplicate: { message: '"{value}" appears several times (lines {lines}): G4IT requires it to be unique.', fix: 'Keep one of these rows, or rename the others.' },
    g4it_reference_missing: { message: '"{value}" (column "{column}") matches no accepted row of the import.', fix: 'Also import the file that describes it, or fix the name; a rejected row cannot be referred to.' },
    ocs_computers_as_desktops: { message: 'OCS computer list without a type, model or manufacturer column: each row counts as a desktop ({category}).', fix: 'Add the "Manufacturer" and "Model" columns (or a type) to the OCS list to tell laptops and servers apart.' },
    purchase_date_column_missing: { message: 'No purchase date and no lifetime in this file ({profile} format): the age of the devices is unknown, each lifetime is its category\'s default (see the bilan\'s trace).', fix: 'Add a "Purchase date" column (e.g. from GLPI\'s financial information) or a "Lifetime" column for a more accurate bilan.' },
    retirement_before_purchase: { message: 'Retirement date "{value}" is before the purchase date ({purchase}).', fix: 'Fix one of the two dates.' },
    name_duplicate: { message: 'Device "{value}" already appears (line {firstLine}): each name must be unique.', fix: 'Rename or delete the duplicate.' },
    name_duplicated_later: { message: 'Name "{value}" appears again later (line {line}): one of the two rows is probably a duplicate.', fix: 'Check both rows; keep one name per device.' },
    quantity_column_missing: { message: 'No "Quantity" column: each row counts as one device.', fix: 'Add a "Quantity" column if a row groups several devices.' },
    mapping_column_not_found: { message: 'Mapped column "{column}" is not in the file (columns: {available}).', fix: 'Use the exact header, or #3 (number) or @C (letter).' },
    mapping_unknown_field: { message: 'Field "{field}" does not exist (column "{column}").', fix: 'Choose among: {allowed}, or "ignore".' },
    mapping_duplicate_field: { message: 'Columns "{column}" and "{kept}" both target {field}: only "{kept}" is read.', fix: 'Map one of them to another field or ignore it (--map "{column}=ignore").' },
    mapping_spec_invalid: { message: 'Mapping "{entry}" is malformed.', fix: 'Write "Header=field", e.g. "Quantity=quantity".' },
    mapping_preset_invalid: { message: 'The mapping preset is invalid ({detail}).', fix: 'Save the mapping again from REEN kit.' },
    required_cell_empty: { message: 'Cell "{column}" ({field}) is empty but required.', fix: 'Fill in the value, or delete the row if it is not a device.' },
    quantity_negative: { message: 'Quantity "{value}" is negative.', fix: 'Give a positive whole number of devices (e.g. 3).' },
    quantity_zero: { message: 'Quantity is zero.', fix: 'Give at least 1, or delete the row.' },
    quantity_not_integer: { message: 'Quantity "{value}" is not a whole number.', fix: 'Give a whole number of devices (e.g. 3, not 2.5).' },
    quantity_too_large: { message: 'Quantity "{value}" is too large.', fix: 'Check the value: it must count devices.' },
    quantity_unparsable: { message: 'Quantity "{value}" is not a number.', fix: 'Give a whole number without unit or text (e.g. 12).' },
    category_unknown: { message: 'Unknown category for "{value}" (suggestions: {candidates}).', fix: 'Give the type in the file (e.g. "Laptop", "Monitor", "Copier") or classify these devices in the "To classify" screen.' },
    serial_duplicate: { message: 'Serial number "{value}" already appears (file {firstFile}, line {firstLine}).', fix: 'Delete the duplicate, or fix the serial number.' },
    date_unparsable: { message: 'Date "{value}" is not recognised.', fix: 'Write it as DD/MM/YYYY (15/03/2019) or YYYY-MM-DD (2019-03-15), or give the year only.' },
    date_month_first: { message: 'Date "{value}" was read month-first (US style): {date}.', fix: 'Check the date; write it as DD/MM/YYYY to remove the ambiguity.' },
    year_unparsable: { message: 'Year "{value}" is not recognised.', fix: 'Give a four-digit year (e.g. 2021).' },
    year_after_bilan: { message: 'Device bought in {year} ("{value}"), after the bilan year {bilanYear}: it is read but is not in the {bilanYear} fleet.', fix: 'Nothing to do for a past year\'s bilan; otherwise check the bilan year (--year) or the purchase date.' },
    year_out_of_range: { message: 'Purchase year {year} ("{value}") is outside {min}–{max}.', fix: 'Correct the purchase date: before {min} it is a typo; after {max} the device is later than the bilan year (bilanYear option, or --year).' },
    decimal_unparsable: { message: 'Value "{value}" ({field}) is not a number.', fix: 'Give a number with a decimal comma or point (e.g. 4.5), without unit.' },
    value_negative: { message: 'Value "{value}" ({field}) is negative.', fix: 'Give a value of zero or more.' },
    value_not_positive: { message: 'Value "{value}" ({field}) must be above zero.', fix: 'Give a value above zero, or leave the cell empty for the default.' },
    usage_incomplete: { message: 'Incomplete usage (hours per day: {hours}, days per year: {days}, power: {power}): the default usage will be used.', fix: 'Give both hours per day and days per year, or a yearly energy in kWh.' },
    status_unknown: { message: 'Status "{value}" is not recognised.', fix: 'Use "In service", "In stock", "Reuse" or "Disposed" (usual GLPI statuses are recognised).' },
    boolean_unparsable: { message: 'Value "{value}" is neither yes nor no.', fix: 'Write yes or no (or 1/0, x for yes).' },
    perimeter_unknown: { message: 'Perimeter "{value}" is not recognised.', fix: 'Use "administration", "schools", "public services" or "territory".' },
    country_unknown: { message: 'Country "{value}" is not recognised.', fix: 'Give the three-letter ISO code (FRA, BEL…) or the country name.' },
    size_class_unknown: { message: 'Size class "{value}" is not recognised.', fix: 'Use "small" (A4, under 40 kg), "medium" (A3, 40 to 99 kg) or "large" (production, 100 kg and more).' },
    row_extra_cells: { message: 'The row has {found} cells for {expected} header columns: the extra cells are ignored.', fix: 'Check the row\'s delimiter and quotes.' },
    purchase_date_in_future: { message: 'Purchase date {value} is after today ({today}).', fix: 'Fix the date (day and month swapped?) or remove the device if it is not delivered yet.' },
    purchase_date_and_year_disagree: { message: 'Purchase date and purchase year disagree.', fix: 'Keep only one of the two columns, or fix one of them.' },
    required: { message: 'Field {field} is required.', fix: 'Fill it in.' },
    invalid_type: { message: 'Field {field} has the wrong type (expected {expected}).', fix: 'Fix the value.' },
    unknown_category: { message: 'Category "{value}" does not exist.', fix: 'Use one of: ' + CATEGORY_HELP_FR + '.' },
    invalid_value: { message: 'The value of {field} is not allowed.', fix: 'Allowed values: {allowed}.' },
    too_small: { message: 'The value of {field} is too small (minimum {minimum}).', fix: 'Fix the value.' },
    too_big: { message: 'The value of {field} is too large (maximum {maximum}).', fix: 'Fix the value.' },
    invalid_format: { message: 'Field {field} has the wrong format ({format}).', fix: 'For a date, write YYYY-MM-DD.' },
    unrecognized_keys: { message: 'Unknown properties: {keys}.', fix: 'Remove them or check their spelling.' },
    must_be_positive: { message: 'Field {field} must be above zero.', fix: 'Give a value above zero.' },
    must_be_non_negative: { message: 'Field {field} cannot be negative.', fix: 'Give a value of zero or more.' },
    hours_per_day_over_24: { message: 'More than 24 hours of use per day.', fix: 'Give between 0 and 24 hours.' },
    days_per_year_over_366: { message: 'More than 366 days of use per year.', fix: 'Give between 0 and 366 days.' },
    country_iso3_expected: { message: 'The country must be a three-letter ISO code.', fix: 'Give e.g. FRA.' },
    decimal_expected: { message: 'Field {field} must be a decimal number.', fix: 'Give a number, e.g. 4.5.' },
    quantity_not_positive: { message: 'Quantity must be a whole number above zero.', fix: 'Give at least 1.' },
  },
};

function fill(template: string, params: Record<string, string | number>, lang: MessageLang): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = params[key];
    if (v === undefined) return key === 'field' ? '' : `{${key}}`;
    if (key === 'field' && typeof v === 'string') return FIELD_LABELS[lang][v] ?? v;
    return String(v);
  });
}

/** A worded issue. */
export interface WordedIssue {
  /** "fichier.csv, feuille Postes, ligne 12, colonne « Quantité »" (empty when the issue has no position). */
  readonly location: string;
  readonly message: string;
  readonly fix: string;
}

/**
 * Words an import issue in French (default) or English from the message maps.
 *
 * @param issue - An issue of an `ImportResult` (import codes and the core codes it carries).
 * @param lang - `fr` or `en`.
 * @returns Location, message and fix; unknown codes give the code itself as message.
 */
export function formatImportIssue(issue: Issue, lang: MessageLang = 'fr'): WordedIssue {
  const t = IMPORT_MESSAGES[lang][issue.code];
  const params = { ...issue.params };
  if (params['field'] === undefined && typeof issue.path.at(-1) === 'string') params['field'] = issue.path.at(-1) as string;
  const p = issue.position;
  const parts: string[] = [];
  if (p) {
    parts.push(p.file);
    if (p.sheet !== undefined) parts.push(lang === 'fr' ? `feuille ${p.sheet}` : `sheet ${p.sheet}`);
    parts.push(lang === 'fr' ? `ligne ${p.line}` : `line ${p.line}`);
    if (p.column !== undefined && p.column !== '') {
      parts.push(/^\d+$/.test(p.column) ? (lang === 'fr' ? `caractère ${p.column}` : `character ${p.column}`) : lang === 'fr' ? `colonne « ${p.column} »` : `column "${p.column}"`);
    }
  }
  return {
    location: parts.join(', '),
    message: t ? fill(t.message, params, lang) : issue.code,
    fix: t ? fill(t.fix, params, lang) : '',
  };
}

/** One line of text: "location : message Correction : fix". */
export function formatImportIssueText(issue: Issue, lang: MessageLang = 'fr'): string {
  const w = formatImportIssue(issue, lang);
  const sep = lang === 'fr' ? ' : ' : ': ';
  const fixLabel = lang === 'fr' ? 'Correction : ' : 'Fix: ';
  return `${w.location ? w.location + sep : ''}${w.message}${w.fix ? ` ${fixLabel}${w.fix}` : ''}`;
}
