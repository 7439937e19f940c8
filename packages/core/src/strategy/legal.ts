import { z } from 'zod';
import legalData from '../../data/strategy/legal-references.json';

const ReferenceSchema = z.object({ id: z.string(), label: z.string(), url: z.url() });
export type LegalReference = z.infer<typeof ReferenceSchema>;

export const LegalReferencesSchema = z.object({
  version: z.string(),
  note: z.string(),
  common: z.array(ReferenceSchema).min(1),
  byKind: z.object({
    commune: z.object({ rdd: ReferenceSchema, presenter: z.string() }),
    epci: z.object({ rdd: ReferenceSchema, presenter: z.string() }),
    metropole: z.object({ rdd: ReferenceSchema, presenter: z.string() }),
  }),
  deadlines: z.array(z.object({ id: z.string(), date: z.iso.date(), label: z.string() })),
});
export type LegalReferences = z.infer<typeof LegalReferencesSchema>;

let cached: LegalReferences | undefined;

/** The legal references shipped in `data/strategy/legal-references.json`. */
export function getLegalReferences(): LegalReferences {
  cached ??= Object.freeze(LegalReferencesSchema.parse(legalData));
  return cached;
}

/** The references for an entity kind: the common texts (law, decree, D. 2311-15-1) and the RDD article. */
export function legalReferencesFor(kind: 'commune' | 'epci' | 'metropole'): { readonly common: readonly LegalReference[]; readonly rdd: LegalReference; readonly presenter: string } {
  const refs = getLegalReferences();
  return { common: refs.common, rdd: refs.byKind[kind].rdd, presenter: refs.byKind[kind].presenter };
}
