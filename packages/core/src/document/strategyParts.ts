/**
 * The parts of the strategy that published strategies lead with: édito, vision in pillars, context
 * figures, governance and co-construction. Each part is left out when its data is missing (the
 * completeness check says what to fill); no placeholder ever reaches the document.
 */
import { dec } from '../internal/decimal';
import { getContextFigures } from '../strategy/contextFigures';
import type { Strategy } from '../strategy/schema';
import { bullets, para, qty, section, table } from './blocks';
import { axisShortLabel } from './common';
import type { FootprintView } from './common';
import { formatDateFr, formatNumberFr } from './formatFr';
import { ACTOR_KIND_LABELS_FR, CO2E_PER_PERSON_DISPLAY, INDICATOR_DISPLAY } from './labels';
import type { Block, Section } from './model';
import type { OrganisationNameFr } from './organisationName';
import { organisationNameFr } from './organisationName';
import { ownShareFr, perAgentFr, sharedServiceSubjectFr, type SharedServiceView } from './sharedService';
import type { NameArticle } from '../schemas/organisation';
import { actorInSentenceFr, electedKindLabelFr, referentLabelFr, shortNameFr } from './actorsFr';

/** The name of an actor given by id, or the text itself when it is a free name. */
export function actorName(strategy: Pick<Strategy, 'actors'>, idOrName: string | undefined): string {
  if (idOrName === undefined || idOrName.trim() === '') return '–';
  return strategy.actors.find((a) => a.id === idOrName)?.name ?? idOrName;
}

const NUMBER_WORDS_FR = ['aucun', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/** « trois partenaires extérieurs », « un partenaire extérieur »: small counts in words, larger in figures. */
export function countWordFr(count: number, singular: string, plural: string): string {
  return `${NUMBER_WORDS_FR[count] ?? String(count)} ${count > 1 ? plural : singular}`;
}

/** A list in French: « a, b et c ». */
export function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)!}`;
}

/** The édito, as the user wrote it, signed. */
export function editoSection(strategy: Strategy): Section | undefined {
  const edito = strategy.edito;
  if (edito === undefined) return undefined;
  const signature = [edito.signatory, edito.signatoryRole].filter((t): t is string => t !== undefined && t !== '').join(', ');
  return section('edito', 'Édito', [
    ...edito.text.split(/\n{2,}/).map((p) => para(p.trim())),
    ...(signature === '' ? [] : [para({ text: signature, italic: true })]),
  ]);
}

/** The vision in pillars, each linked to the decree's axes it serves. */
export function visionSection(strategy: Strategy): Section | undefined {
  const vision = strategy.vision;
  if (vision === undefined || (vision.pillars.length === 0 && !vision.statement)) return undefined;
  const content: Block[] = [];
  if (vision.statement) content.push(para({ text: vision.statement, bold: true }));
  if (vision.pillars.length > 0) {
    content.push(
      para(`La stratégie s’organise en ${vision.pillars.length} pilier${vision.pillars.length > 1 ? 's' : ''} :`),
      bullets(
        vision.pillars.map((p) => [
          { text: `${p.title}. `, bold: true },
          { text: [p.description ?? '', p.axes.length > 0 ? `Axes du décret : ${listFr(p.axes.map((a) => axisShortLabel(strategy, a)))}.` : ''].filter((t) => t !== '').join(' ') || ' ' },
        ]),
      ),
    );
  }
  return section('vision', 'Vision et ambition', content);
}

/** National figures (sourced) and the collectivité's own, per inhabitant and per agent. */
export function contextSection(name: OrganisationNameFr, footprint: FootprintView | undefined, population: number | undefined, shared?: SharedServiceView): Section {
  const figures = getContextFigures();
  const content: Block[] = [
    para('À l’échelle nationale :'),
    bullets(figures.map((f) => [{ text: `${f.text} ` }, { text: `Source : ${f.source.publisher}, ${f.source.title}.`, href: f.source.url }])),
  ];
  if (footprint !== undefined) {
    const parts = shared
      ? [`${sharedServiceSubjectFr(shared)} a émis ${qty(footprint.total.co2eKg, INDICATOR_DISPLAY.co2eKg)} en ${footprint.year}, pour le fonctionnement de ces entités (équipements, hébergement et usages de leurs services)${ownShareFr(shared, footprint.total.co2eKg)}`]
      : [`le numérique ${name.of} a émis ${qty(footprint.total.co2eKg, INDICATOR_DISPLAY.co2eKg)} en ${footprint.year}, pour son propre fonctionnement (équipements, hébergement et usages de ses services)`];
    if (footprint.perAgent) parts.push(`soit ${perAgentFr(footprint.perAgent.co2eKg, shared)}`);
    if (footprint.perInhabitant && population !== undefined && population > 0) {
      parts.push(`ou ${qty(footprint.perInhabitant.co2eKg, CO2E_PER_PERSON_DISPLAY)} par habitant du territoire (${formatNumberFr(dec(population), { decimals: 0 })} habitants)`);
    }
    content.push(
      para(`Localement, ${parts.join(', ')}.`),
      para(
        'Ce chiffre ne couvre pas les usages numériques des habitants et des entreprises du territoire : il mesure ce que la collectivité maîtrise directement, et ne se compare pas à l’empreinte nationale par habitant, qui compte tous les usages.',
      ),
    );
  }
  return section('contexte', 'Contexte', content);
}

/** COPIL, referents, actors and the co-construction steps. */
export function governanceSection(strategy: Strategy): Section {
  const g = strategy.governance;
  const content: (Block | Section)[] = [];
  const facts: string[] = [];
  const actorOf = (id: string | undefined) => strategy.actors.find((a) => a.id === id);
  if (g?.electedReferent) facts.push(`${referentLabelFr(actorOf(g.electedReferent), 'elected')} : ${actorName(strategy, g.electedReferent)}.`);
  if (g?.agentReferent) facts.push(`${referentLabelFr(actorOf(g.agentReferent), 'agent')} : ${actorName(strategy, g.agentReferent)}.`);
  if (g?.copil) {
    // A person already named in full above is named again by name alone; services take their article.
    const named = new Set([g.electedReferent, g.agentReferent].filter((id): id is string => id !== undefined));
    const inList = (id: string) => {
      const actor = actorOf(id);
      if (actor === undefined) return id;
      return named.has(id) ? shortNameFr(actor) : actorInSentenceFr(actor);
    };
    const chair = g.copil.chair;
    const members = g.copil.members.filter((m) => m !== chair).map(inList);
    facts.push(
      [
        'Comité de pilotage (COPIL)',
        chair ? `présidé par ${inList(chair)}` : '',
        g.copil.frequency ? `réuni ${g.copil.frequency}` : '',
      ]
        .filter((t) => t !== '')
        .join(', ') + (members.length > 0 ? ` ; il réunit ${chair ? 'aussi ' : ''}${listFr(members)}.` : '.'),
    );
  }
  if (facts.length > 0) content.push(bullets(facts));
  if (g?.comments) content.push(para(g.comments));
  if (strategy.actors.length > 0) {
    content.push(
      section('acteurs', 'Les acteurs associés', [
        table('Acteurs associés à la démarche', ['left', 'left', 'left'], ['Acteur', 'Type', 'Rôle'], strategy.actors.map((a) => [a.name, a.kind === 'elected-official' ? electedKindLabelFr(a) : ACTOR_KIND_LABELS_FR[a.kind], a.role])),
      ]),
    );
  }
  const steps = [...strategy.consultation].sort((a, b) => a.date.localeCompare(b.date));
  if (steps.length > 0) {
    content.push(
      section('co-construction', 'Co-construction', [
        para(`La stratégie a été construite en ${steps.length} étape${steps.length > 1 ? 's' : ''}, du ${formatDateFr(steps[0]!.date)} au ${formatDateFr(steps.at(-1)!.date)} :`),
        table(
          'Étapes de la co-construction',
          ['left', 'left', 'left', 'left'],
          ['Date', 'Étape', 'Participants', 'Résultat'],
          steps.map((s) => [formatDateFr(s.date), s.title, listFr(s.participants.map((p) => actorName(strategy, p))) || '–', s.outcome ?? '–']),
        ),
      ]),
    );
  }
  return section('gouvernance', 'Gouvernance et co-construction', content.length > 0 ? content : [para('La gouvernance de la démarche reste à définir.')], true);
}

/** What the programme de travail says of its actors, from the data (never a claim the data contradicts). */
export function coConstructionSentence(strategy: Strategy): string {
  const kinds = new Set(strategy.actors.map((a) => a.kind));
  if (kinds.has('external-partner') && kinds.has('internal-service')) {
    const partners = strategy.actors.filter((a) => a.kind === 'external-partner').map(actorInSentenceFr);
    return `Le programme de travail a été établi avec les services de la collectivité et ${countWordFr(partners.length, 'partenaire extérieur', 'partenaires extérieurs')} : ${listFr(partners)}.`;
  }
  if (kinds.has('internal-service')) return 'Le programme de travail a été établi avec les services de la collectivité ; les acteurs extérieurs n’y ont pas encore été associés.';
  return 'Les acteurs du programme de travail n’ont pas encore été recensés.';
}

/**
 * A suggested draft of the édito, for the user to rewrite and have signed: it states the stakes,
 * the footprint, the main commitments and the yearly account. Never printed as is: the document
 * prints only `strategy.edito`, which the user writes.
 */
export function suggestEdito(organisation: { readonly name: string; readonly article?: NameArticle | undefined }, strategy: Strategy, footprint?: Pick<FootprintView, 'year' | 'total'>): string {
  const name = organisationNameFr(organisation);
  const measures = strategy.measures.filter((m) => m.status !== 'abandoned').slice(0, 3).map((m) => m.title.charAt(0).toLowerCase() + m.title.slice(1));
  const carbon = footprint ? ` En ${footprint.year}, il a représenté ${qty(footprint.total.co2eKg, INDICATOR_DISPLAY.co2eKg)} de gaz à effet de serre pour notre seul fonctionnement, surtout à cause de la fabrication des équipements.` : '';
  return [
    `Le numérique est devenu indispensable au service public : démarches en ligne, écoles, médiathèques, services techniques. Il a aussi un coût pour l’environnement.${carbon}`,
    `Avec cette stratégie numérique responsable, ${name.subject} s’engage à ${measures.length > 0 ? listFr(measures) : 'réduire cette empreinte'}, sans oublier les habitants éloignés du numérique.`,
    'Nous en rendrons compte chaque année, dans le rapport sur la situation en matière de développement durable.',
  ].join('\n\n');
}
