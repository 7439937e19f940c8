/**
 * French messages of the shared form and table components, the blocking-error banner and the demo
 * badge; merged into the app's map by fr.ts.
 */
export const uiFr = {
  input: {
    required: 'Ce champ est obligatoire.',
    incomplete: 'Nombre incomplet : terminez la saisie.',
    notANumber: 'Saisissez un nombre (par exemple 12 ou 12,5).',
    notAnInteger: 'Saisissez un nombre entier, sans décimale.',
    belowMin: 'La valeur doit être au moins {min}.',
    aboveMax: 'La valeur doit être au plus {max}.',
    percentRange: 'Saisissez un pourcentage entre {min} et {max} %.',
    notApplied: 'La valeur n’a pas été prise en compte : la valeur précédente reste utilisée.',
    percentHelp: 'En pourcentage : saisissez 20 pour 20 %.',
  },
  table: {
    edit: 'Modifier',
    editNamed: 'Modifier : {name}',
    save: 'Enregistrer',
    cancel: 'Annuler',
    remove: 'Supprimer',
    removeNamed: 'Supprimer : {name}',
    confirmRemove: 'Confirmer la suppression',
    confirmRemoveNamed: 'Confirmer la suppression de : {name}',
    editing: 'Modification de : {name}',
    adding: 'Nouvel élément',
    fixErrors: 'Corrigez les champs signalés avant d’enregistrer.',
  },
  blocking: {
    title: 'Une erreur bloque le calcul',
    step: 'L’étape « {step} » contient {count} erreur(s) bloquante(s) : {first}',
    fix: 'Corriger dans l’étape « {step} »',
    thisStep: 'Cette étape contient {count} valeur(s) refusée(s) : corrigez les champs signalés en rouge.',
    mark: 'erreur à corriger',
  },
  demo: {
    badge: 'Démonstration',
    badgeHelp: 'Collectivité fictive : les données sont des exemples.',
    reset: 'Réinitialiser la démonstration',
    confirmReset: 'Réinitialiser la démonstration ? Toutes les modifications faites sur le projet de démonstration seront perdues.',
    resetDone: 'La démonstration a été réinitialisée.',
  },
};
