/**
 * Publishable French for every generated document: typography (espaces insécables, guillemets
 * « », apostrophe ’) and abbreviations spelled out at their first use, with a glossary. Applied
 * once, to the whole document model, by `finishDocument`.
 */
import { NARROW_NBSP, NBSP } from './formatFr';

/**
 * French typography of one text (Imprimerie nationale): a no-break space before « : » and inside
 * « », a narrow no-break space before ; ! ? % and between the groups of digits of a number
 * (« 50 000 »), a no-break space between a number and its unit (« 8 ans », « 5 000 € »); straight quotes become « » and the straight apostrophe becomes ’. URLs are left as
 * they are.
 */
export function frenchTypography(text: string): string {
  if (/^https?:\/\/\S+$/.test(text.trim())) return text;
  return text
    .split(/(https?:\/\/[^\s)]+)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
            .replace(/\b(n°|N°|art\.|al\.) /g, `$1${NBSP}`)
            // « loi n° 2021-1485 », « article L. 2311-1-1 »: a reference never breaks at its hyphens (U+2011).
            .replace(/((?:n°|N°|[LRD]\.)[ \u00A0]\d+(?:-\d+)+)/g, (reference) => reference.replace(/-/g, '\u2011'))
            .replace(/(\d)[ \u00A0]%/g, `$1${NARROW_NBSP}%`)
            .replace(/(?<![\d,.])(\d{1,3}) (?=\d{3}(?!\d))/g, `$1${NARROW_NBSP}`)
            .replace(/(\d) (?=(?:€|ans?|mois|jours?|heures?|[kMGT]?Wh|[kMG]?o|t CO2e|kg CO2e)(?![\p{L}\d]))/gu, `$1${NBSP}`)
            .replace(/"([^"]+)"/g, '«$1»')
            .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
            .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
            .replace(/[ \u202F]+:/g, `${NBSP}:`)
            .replace(/[ \u00A0]+([;!?])/g, `${NARROW_NBSP}$1`),
    )
    .join('');
}

/** An abbreviation, its full form, and the definition printed in the glossary. */
export interface GlossaryEntry {
  readonly term: string;
  /** The full form written before the abbreviation at its first use; absent for a plain term. */
  readonly expansion?: string;
  readonly definition: string;
  /** A term, listed in every glossary (not an abbreviation looked up in the text). */
  readonly always?: boolean;
  /** The word after which the term is part of a name and is left as it is (« REEN kit », the tool's name). */
  readonly notBefore?: string;
}

/** Abbreviations and terms the documents use, in alphabetical order of the term. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  { term: 'ADEME', expansion: 'Agence de l’environnement et de la maîtrise de l’énergie', definition: 'Agence de la transition écologique, établissement public de l’État.' },
  { term: 'Arcep', expansion: 'Autorité de régulation des communications électroniques, des postes et de la distribution de la presse', definition: 'Autorité administrative indépendante qui régule les télécommunications et mesure l’empreinte environnementale du numérique avec l’ADEME.' },
  { term: 'CGCT', expansion: 'code général des collectivités territoriales', definition: 'Code qui rassemble les règles applicables aux collectivités territoriales.' },
  { term: 'CO2e', definition: 'Unité commune des gaz à effet de serre : chaque gaz est compté selon son effet sur le climat, rapporté à celui du dioxyde de carbone.' },
  { term: 'COPIL', expansion: 'comité de pilotage', definition: 'Instance qui suit la stratégie et arbitre ses priorités.' },
  { term: 'DEEE', expansion: 'déchets d’équipements électriques et électroniques', definition: 'Équipements en fin de vie, qui suivent une filière de collecte et de traitement dédiée.' },
  { term: 'DSI', expansion: 'direction des systèmes d’information', definition: 'Service chargé du parc informatique, des réseaux et des applications.' },
  { term: 'EPCI', expansion: 'établissement public de coopération intercommunale', definition: 'Regroupement de communes : communauté de communes, d’agglomération, urbaine ou métropole.' },
  { term: 'ETP', expansion: 'équivalent temps plein', definition: 'Temps de travail d’un agent à temps plein pendant un an.' },
  { term: 'GES', expansion: 'gaz à effet de serre', definition: 'Gaz qui contribuent au réchauffement climatique, comptés en équivalent dioxyde de carbone.' },
  { term: 'kWh', definition: 'Unité d’énergie : la consommation d’un appareil de 1 000 watts pendant une heure.' },
  { term: 'OPSN', expansion: 'opérateur public de services numériques', definition: 'Structure publique qui mutualise des services numériques pour les collectivités.' },
  { term: 'PUE', expansion: 'indicateur d’efficacité énergétique des centres de données', definition: 'Rapport entre l’énergie totale d’un centre de données et celle de ses équipements informatiques (1 est l’idéal).' },
  { term: 'RDD', expansion: 'rapport sur la situation en matière de développement durable', definition: 'Rapport présenté chaque année avant le débat budgétaire ; il comprend le bilan annuel de la stratégie numérique responsable.' },
  { term: 'REEN', expansion: 'réduction de l’empreinte environnementale du numérique', definition: 'Loi n° 2021-1485 du 15 novembre 2021.', notBefore: 'kit' },
  { term: 'RGAA', expansion: 'référentiel général d’amélioration de l’accessibilité', definition: 'Référentiel d’accessibilité des services numériques publics.' },
  { term: 'RGESN', expansion: 'référentiel général d’écoconception de services numériques', definition: 'Référentiel public de l’Arcep et de l’ARCOM pour concevoir des services numériques plus sobres.' },
  { term: 'Empreinte environnementale', always: true, definition: 'Ensemble des impacts d’un bien ou d’un service sur l’environnement au long de son cycle de vie : fabrication, transport, utilisation et fin de vie.' },
  { term: 'Réemploi', always: true, definition: 'Nouvel usage d’un équipement pour le même emploi, après reconditionnement le cas échéant.' },
  { term: 'Stock (méthode)', always: true, definition: 'Méthode qui répartit la fabrication des équipements en service sur leur durée de vie.' },
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the abbreviation as a word (not inside another word, a URL or a name). */
const wordPattern = (entry: Pick<GlossaryEntry, 'term' | 'notBefore'>): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}/.-])${escapeRegExp(entry.term)}(?![\\p{L}\\p{N}])${entry.notBefore === undefined ? '' : `(?![\\s\\u00A0]+${escapeRegExp(entry.notBefore)}(?![\\p{L}]))`}`, 'u');

/**
 * Tracks which abbreviations were already spelled out, in reading order: the first use in running
 * text becomes « full form (ABBR) », unless the full form was already written.
 */
export class AbbreviationExpander {
  private readonly done = new Set<string>();
  /** Abbreviations met in the document (for its glossary). */
  readonly used = new Set<string>();

  /** Records the abbreviations of a text that is not rewritten (titles, table cells). */
  see(text: string): void {
    for (const entry of GLOSSARY) if (wordPattern(entry).test(text)) this.used.add(entry.term);
  }

  /** Rewrites the first use of each abbreviation in running text. */
  expand(text: string): string {
    let out = text;
    this.see(text);
    for (const entry of GLOSSARY) {
      if (entry.expansion === undefined) continue;
      const pattern = wordPattern(entry);
      if (!pattern.test(out) || this.done.has(entry.term)) continue;
      this.done.add(entry.term);
      if (out.toLowerCase().includes(entry.expansion.toLowerCase())) continue;
      // « (GES) » already written after its full form somewhere else in the text: leave it.
      out = out.replace(pattern, `${entry.expansion} (${entry.term})`);
    }
    return out;
  }
}
