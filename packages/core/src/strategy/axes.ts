import { z } from 'zod';

/**
 * The six axes listed by art. D. 2311-15-1 CGCT (décret n° 2022-1084 du 29 juillet 2022), plus
 * `governance`. The decree's list is not exhaustive ("peuvent notamment porter sur"), so a strategy
 * may also declare custom axes, referenced as `custom:<id>`.
 *
 * French labels follow the press summaries of the decree (Maire-info, Archimag, Localtis copy,
 * see docs/strategy.md); they are to be checked against the Légifrance text before publication.
 */
export const DECREE_AXIS_IDS = ['procurement', 'lifecycle', 'ecodesign', 'awareness', 'inclusion', 'territory'] as const;
export type DecreeAxisId = (typeof DECREE_AXIS_IDS)[number];

/** Built-in axes: the decree's six plus governance. */
export const BUILT_IN_AXIS_IDS = [...DECREE_AXIS_IDS, 'governance'] as const;
export type BuiltInAxisId = (typeof BUILT_IN_AXIS_IDS)[number];

/** An axis reference: a built-in axis or `custom:<id>` naming one of the strategy's custom axes. */
export const AxisIdSchema = z.union([z.enum(BUILT_IN_AXIS_IDS), z.string().regex(/^custom:[a-z0-9][a-z0-9-]*$/, { error: 'custom_axis_id_expected' })]);
export type AxisId = z.infer<typeof AxisIdSchema>;

/** Labels of the built-in axes, in French (default) and English. */
export const AXIS_LABELS: Readonly<Record<BuiltInAxisId, { readonly fr: string; readonly en: string; readonly decreeItem: number | null }>> = {
  procurement: {
    fr: 'Commande publique locale et durable, en privilégiant le réemploi, la réparation et la lutte contre l’obsolescence',
    en: 'Local and sustainable public procurement favouring reuse, repair and the fight against obsolescence',
    decreeItem: 1,
  },
  lifecycle: {
    fr: 'Gestion durable et de proximité du cycle de vie du matériel informatique',
    en: 'Sustainable, local life-cycle management of IT equipment',
    decreeItem: 2,
  },
  ecodesign: {
    fr: 'Écoconception des sites et des services numériques',
    en: 'Eco-design of websites and digital services',
    decreeItem: 3,
  },
  awareness: {
    fr: 'Politique de sensibilisation au numérique responsable et à la sécurité informatique à destination des élus et des agents publics',
    en: 'Awareness of responsible digital technology and IT security for elected officials and public servants',
    decreeItem: 4,
  },
  inclusion: {
    fr: 'Démarche numérique responsable auprès de tous : sensibilisation des citoyens aux enjeux environnementaux du numérique et inclusion numérique',
    en: 'A responsible-digital approach for all: citizens’ awareness of environmental issues and digital inclusion',
    decreeItem: 5,
  },
  territory: {
    fr: 'Territoire connecté et durable, en lien avec une démarche d’ouverture et de valorisation des données',
    en: 'A connected and sustainable territory, with open and reused data',
    decreeItem: 6,
  },
  governance: {
    fr: 'Gouvernance et pilotage de la démarche',
    en: 'Governance and steering',
    decreeItem: null,
  },
};
