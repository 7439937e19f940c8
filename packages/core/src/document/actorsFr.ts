/**
 * Actors of the strategy in French sentences: organisations with their article (« la direction des
 * systèmes d’information », « l’Atelier du réemploi »), and referent labels that agree with the
 * person when the data says who it is (« Agente référente », « Élu référent »), generic otherwise.
 * The gender is read from the actor's role as the collectivité wrote it (« Élue référente… »).
 */
import type { Actor } from '../strategy/schema';

const FEMININE = /^(direction|mission|association|maison|médiathèque|agence|cellule|délégation|plateforme|coopérative|régie)(?=[\s’']|$)/i;
const MASCULINE = /^(service|syndicat|atelier|réseau|centre|pôle|opérateur|office|collectif|groupement|espace|comité|conseil|bureau|cabinet|département|secrétariat)(?=[\s’']|$)/i;

/**
 * The actor with its article, for a list in a sentence. An internal service is a common noun
 * (« la direction des systèmes d’information »); a partner keeps its capital (« l’Atelier du
 * réemploi »); a person, or a name no rule knows, is printed as written.
 */
export function actorInSentenceFr(actor: Pick<Actor, 'name' | 'kind'>): string {
  const name = actor.name.trim();
  const feminine = FEMININE.test(name);
  // « Paul Bernard (conseiller délégué au numérique) »: a title in brackets keeps the list readable.
  const comma = name.indexOf(',');
  if (comma > 0 && !feminine && !MASCULINE.test(name)) return `${name.slice(0, comma).trim()} (${name.slice(comma + 1).trim()})`;
  if (actor.kind === 'elected-official' || (!feminine && !MASCULINE.test(name))) return name;
  const shown = actor.kind === 'internal-service' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  if (/^[aeiouyàâéèêëîïôûh]/i.test(name)) return `l’${shown}`;
  return `${feminine ? 'la' : 'le'} ${shown}`;
}

/** The person's name without the title after the comma: « Claire Martin ». */
export function shortNameFr(actor: Pick<Actor, 'name'>): string {
  return actor.name.split(',')[0]!.trim();
}

type Gender = 'f' | 'm' | undefined;

/** The gender the role states (« Élue … », « Agente … »), when it does. */
function genderOf(actor: Pick<Actor, 'role'> | undefined): Gender {
  const first = actor?.role.trim().split(/[\s,]/)[0]?.toLowerCase();
  if (first === 'élue' || first === 'agente' || first === 'conseillère' || first === 'présidente' || first === 'vice-présidente' || first === 'maire-adjointe') return 'f';
  if (first === 'élu' || first === 'agent' || first === 'conseiller' || first === 'président' || first === 'vice-président' || first === 'adjoint') return 'm';
  return undefined;
}

/**
 * « Élue référente », « Élu référent », or « Personne élue référente » when the person is unknown.
 *
 * @param actor - The referent, when it is a listed actor.
 * @param kind - An elected official or an agent.
 */
export function referentLabelFr(actor: Pick<Actor, 'role'> | undefined, kind: 'elected' | 'agent'): string {
  const gender = genderOf(actor);
  if (kind === 'elected') return gender === 'f' ? 'Élue référente' : gender === 'm' ? 'Élu référent' : 'Personne élue référente';
  return gender === 'f' ? 'Agente référente' : gender === 'm' ? 'Agent référent' : 'Personne référente dans les services';
}

/** « Élue », « Élu », or « Personne élue » in the type column of the actors' table. */
export function electedKindLabelFr(actor: Pick<Actor, 'role'>): string {
  const gender = genderOf(actor);
  return gender === 'f' ? 'Élue' : gender === 'm' ? 'Élu' : 'Personne élue';
}
