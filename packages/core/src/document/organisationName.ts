/**
 * The collectivité's name in a French sentence, with its article: « la Communauté d’agglomération
 * de Beau Pays », « de la Ville de Tours », « du Syndicat … », « de Rennes Métropole ».
 */
import type { NameArticle, Organisation } from '../schemas/organisation';

/** Feminine common nouns that start collectivités' names. */
const FEMININE = /^(communauté|ville|métropole|commune|agglomération|eurométropole|collectivité|mairie|région|intercommunalité)(?=[\s’']|$)/i;
const MASCULINE = /^(ccas|cias|sivu|sivom|syndicat|département|conseil|centre|pôle|pays|groupement)(?=[\s’']|$)/i;
const ELIDED = /^(établissement|office|agence)(?=[\s’']|$)/i;

/**
 * The article a name takes when none is stored: « la » before Communauté, Ville, Métropole… (the
 * name as a common noun), « le » before Syndicat, Département…, « l’ » before Établissement…, and
 * none for a proper name (« Rennes Métropole », « Paris »).
 */
export function inferNameArticle(name: string): NameArticle {
  const n = name.trim();
  const vowel = /^[aeiouyàâéèêëîïôûh]/i.test(n);
  if (ELIDED.test(n) || ((FEMININE.test(n) || MASCULINE.test(n)) && vowel)) return 'l’';
  if (FEMININE.test(n)) return 'la';
  if (MASCULINE.test(n)) return 'le';
  return 'none';
}

export interface OrganisationNameFr {
  /** The name as written in the data. */
  readonly name: string;
  /** With its article, lower case, for a sentence: « la Communauté d’agglomération de Beau Pays ». */
  readonly subject: string;
  /** After « de »: « de la Communauté… », « du Syndicat… », « des … », « de Rennes Métropole ». */
  readonly of: string;
  /** After « à »: « à la Communauté… », « au Syndicat… », « à Rennes Métropole ». */
  readonly to: string;
  /** Starting a sentence: « La Communauté d’agglomération de Beau Pays ». */
  readonly start: string;
  /** Whether the article was stored (`false`: inferred, to be confirmed by the user). */
  readonly articleStored: boolean;
}

/** The organisation's name with its article, in every form a sentence needs. */
export function organisationNameFr(organisation: Pick<Organisation, 'name'> & { readonly article?: NameArticle | undefined }): OrganisationNameFr {
  const name = organisation.name.trim();
  // A name that starts with a capitalised common noun keeps its capital (it is the official name).
  const article = organisation.article ?? inferNameArticle(name);
  const forms: Record<NameArticle, { subject: string; of: string; to: string }> = {
    la: { subject: `la ${name}`, of: `de la ${name}`, to: `à la ${name}` },
    le: { subject: `le ${name}`, of: `du ${name}`, to: `au ${name}` },
    les: { subject: `les ${name}`, of: `des ${name}`, to: `aux ${name}` },
    'l’': { subject: `l’${name}`, of: `de l’${name}`, to: `à l’${name}` },
    none: { subject: name, of: /^[aeiouyéèêâîôûh]/i.test(name) ? `d’${name}` : `de ${name}`, to: `à ${name}` },
  };
  const form = forms[article];
  return { name, ...form, start: form.subject.charAt(0).toUpperCase() + form.subject.slice(1), articleStored: organisation.article !== undefined };
}
