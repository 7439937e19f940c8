import type { fr } from './fr';

/** Same keys as the French map, with any string as the value. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every locale must match (the French map is the reference). */
export type LocaleMessages = Widen<typeof fr>;
