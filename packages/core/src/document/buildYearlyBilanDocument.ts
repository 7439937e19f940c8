const MEASURE_COUNTS_FR = ['aucune', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/** « sur les 7 mesures, une est réalisée et une est en retard. » (counts of a feminine noun, in words up to ten). */
export function measuresStateFr(total: number, done: number, late: number): string {
  const count = (n: number) => MEASURE_COUNTS_FR[n] ?? String(n);
  const state = (n: number, what: string) => (n === 0 ? `aucune n’est ${what}` : `${count(n)} ${n > 1 ? 'sont' : 'est'} ${what}${n > 1 && what === 'réalisée' ? 's' : ''}`);
  const head = total === 1 ? 'sur la seule mesure, ' : `sur les ${total} mesures, `;
  if (done === 0 && late === 0) return `${head}aucune n’est encore réalisée ni en retard.`;
  return `${head}${state(done, 'réalisée')} et ${state(late, 'en retard')}.`;
}

/**
 * Builds the yearly bilan of the strategy: the chapter of the *rapport sur la situation en matière
 * de développement durable* (art. 35-I, al. 3 of loi n° 2021-1485), two to four pages, no cover,
 * headings from level 2 so that it pastes into the RDD. It holds the highlights; per indicator the
 * baseline, N−1, N and the target; the objectives' status at 31/12/N; the measures' status at
 * 31/12/N; the budget spent against planned; the priorities for N+1; and a short method note.
 */
import type { Dec } from '../internal/decimal';
import { sum } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { Organisation } from '../schemas/organisation';
import { checkStrategy } from '../strategy/check';
import type { YearlyBilan } from '../strategy/yearlyBilan';
import type { Measure, MeasureStatus, Strategy } from '../strategy/schema';
import { bullets, euros, para, qty, range, section, strategyValue, table, wordTraceNote } from './blocks';
import type { FootprintView } from './common';
import { finishDocument } from './finish';
import { formatChangeFr, formatDateFr, pointsFr } from './formatFr';
import { INDICATOR_DISPLAY, MEASURE_STATUS_LABELS_FR } from './labels';
import type { ReenDocument, Section } from './model';
import { organisationNameFr } from './organisationName';
import { statusTable } from './planParts';
import { ownShareFr, sharedServiceSubjectFr, type SharedServiceView } from './sharedService';
import { actorName } from './strategyParts';
import { factorSetEditionFr } from './editionsFr';

export interface YearlyBilanDocumentInput {
  readonly organisation: Pick<Organisation, 'name'> & Partial<Pick<Organisation, 'article'>>;
  readonly strategy: Strategy;
  /** The data of the chapter (`buildYearlyBilan(strategy, year, …)`). */
  readonly bilan: YearlyBilan;
  /** Kept for compatibility: the trace goes to the technical annex, not to the chapter. */
  readonly footprint?: FootprintView | undefined;
  readonly factorSet?: FactorSet | undefined;
  /** The DSI shared by several entities (`sharedServiceView` of the year's footprint): the total is the shared service's. */
  readonly sharedService?: SharedServiceView | undefined;
}

export interface YearlyBilanDocumentOptions {
  /** Date of the document, ISO `YYYY-MM-DD`. */
  readonly date: string;
}

const CO2 = INDICATOR_DISPLAY.co2eKg;

/** A measure's status at 31 December of a year: the recorded one, else the current status. */
export function measureStatusAt(measure: Pick<Measure, 'status' | 'statusByYear'>, year: number): MeasureStatus {
  return measure.statusByYear.find((s) => s.year === year)?.status ?? measure.status;
}

const plannedIn = (m: Measure, year: number): Dec => sum(m.budget.filter((b) => b.year === year).map((b) => b.amountEur));
const spentIn = (m: Measure, year: number): Dec | undefined => {
  const lines = m.budget.filter((b) => b.year === year && b.spentEur !== undefined);
  return lines.length === 0 ? undefined : sum(lines.map((b) => b.spentEur!));
};

/**
 * Builds the RDD chapter for year N.
 *
 * @param input - Organisation, strategy and the yearly bilan data.
 * @param options - `date`: the document's date (ISO).
 * @returns A validated document model (no cover, headings from level 2).
 * @example
 * const doc = buildYearlyBilanDocument({ organisation, strategy, bilan: buildYearlyBilan(strategy, 2026) }, { date: '2026-11-25' });
 */
export function buildYearlyBilanDocument(input: YearlyBilanDocumentInput, options: YearlyBilanDocumentOptions): ReenDocument {
  const { strategy, bilan } = input;
  const name = organisationNameFr(input.organisation);
  const year = bilan.year;
  const previousYear = year - 1;
  const { current, previous, change, comparable, inventoryReusedFrom } = bilan.footprint;
  const statuses = bilan.objectives;
  const measures = strategy.measures.map((m) => ({ m, status: measureStatusAt(m, year) }));

  // Highlights.
  const highlights: string[] = [];
  if (current !== undefined) {
    const delta = comparable && change && previous && !previous.total.co2eKg.isZero() ? formatChangeFr(change.co2eKg.dividedBy(previous.total.co2eKg), { decimals: 1 }) : undefined;
    highlights.push(
      `Émissions de gaz à effet de serre du ${input.sharedService ? sharedServiceSubjectFr(input.sharedService).replace(/^le /, '') : 'numérique'} en ${year} : ${qty(current.total.co2eKg, CO2)} (${range(current.low.co2eKg, current.high.co2eKg, CO2)})${delta ? `, ${delta} par rapport à ${previousYear}` : ''}${input.sharedService ? ownShareFr(input.sharedService, current.total.co2eKg) : ''}.`,
    );
    if (inventoryReusedFrom !== undefined) {
      highlights.push(
        `L’inventaire des équipements n’a pas été mis à jour pour ${year} : le bilan ${year} reprend l’inventaire de ${inventoryReusedFrom}. L’évolution entre les deux années ne mesure donc pas l’effet des mesures : elle ne reflète que le vieillissement du parc et l’évolution des facteurs d’impact.`,
      );
    }
  }
  // The chapter states the situation at 31/12/N by design (issue 14), even when written before then.
  const yearEnd = `${year}-12-31`;
  highlights.unshift(
    options.date < yearEnd
      ? `Situation au 31 décembre ${year}, document établi le ${formatDateFr(options.date)} : les mesures, les dépenses et les objectifs sont arrêtés à la fin de l’année, d’après ce qui est réalisé ou engagé à la date du document.`
      : `Situation au 31 décembre ${year}, document établi le ${formatDateFr(options.date)}.`,
  );
  const done = measures.filter((x) => x.status === 'done');
  const late = measures.filter((x) => x.status === 'late' || (x.m.end !== undefined && x.m.end <= `${year}-12-31` && !['done', 'abandoned'].includes(x.status)));
  highlights.push(
    measures.length === 0
      ? 'La stratégie ne comporte pas encore de mesure.'
      : `Au 31 décembre ${year}, ${measuresStateFr(measures.length, done.length, late.length)}`,
  );
  const onTrack = statuses.filter((t) => t.status === 'on-track' || t.status === 'achieved').length;
  if (statuses.length > 0) highlights.push(`${onTrack} objectif${onTrack > 1 ? 's' : ''} sur ${statuses.length} ${onTrack > 1 ? 'sont' : 'est'} atteint${onTrack > 1 ? 's' : ''} ou en bonne voie.`);
  for (const m of done) {
    const notes = m.m.notes.filter((n) => n.year === year).map((n) => n.text);
    if (notes.length > 0) highlights.push(`${m.m.title} : ${notes.join(' ')}`);
  }

  // Indicators: baseline, N−1, N, target.
  const indicatorRows = bilan.indicators.map((line) => {
    const evolution =
      line.change === undefined
        ? '–'
        : line.changeKind === 'points'
          ? pointsFr(line.change)
          : line.changePercent !== undefined
            ? formatChangeFr(line.changePercent.dividedBy(100), { decimals: 1 })
            : strategyValue(line.change, line.unit);
    const target = line.targets.map((t) => `${strategyValue(t.value, line.unit)} en ${t.year}`).join(' ; ');
    const v = (x: Dec | undefined) => (x === undefined ? '–' : strategyValue(x, line.unit));
    return [line.label, v(line.baselineValue), v(line.previousValue), v(line.value), evolution, target || '–'];
  });
  const baselineYear = strategy.baselineYear;
  // When N−1 is the baseline year, one column says both.
  const sameYear = baselineYear === previousYear;
  const indicatorHeader = ['Indicateur', ...(sameYear ? [`${previousYear} (référence)`] : [`Référence ${baselineYear}`, String(previousYear)]), String(year), 'Évolution sur un an', 'Cible'];
  const shownRows = sameYear ? indicatorRows.map((row) => [row[0]!, ...row.slice(2)]) : indicatorRows;
  const indicatorsSection = section('indicateurs', 'Indicateurs et objectifs', [
    bilan.indicators.length > 0
      ? table(`Indicateurs de suivi ${year}`, indicatorHeader.map((_, i) => (i === 0 ? 'left' : 'right')), indicatorHeader, shownRows, 'Les parts en pourcentage évoluent en points.')
      : para('La stratégie ne comporte pas encore d’indicateur de suivi.'),
    ...(statuses.length > 0 ? [statusTable(strategy, statuses, `État des objectifs au 31 décembre ${year}`)] : []),
    ...bilan.notes.map((n) => para(wordTraceNote(n))),
  ]);

  // Measures at 31/12/N.
  const measureRows = measures.map(({ m, status }) => {
    const notes = m.notes.filter((n) => n.year === year).map((n) => n.text).join(' ');
    return [m.title, actorName(strategy, m.pilotService), m.end ? formatDateFr(m.end) : '–', MEASURE_STATUS_LABELS_FR[status], notes || '–'];
  });
  const measuresSection = section('mesures', `Avancement des mesures au 31 décembre ${year}`, [
    table(`Mesures au 31 décembre ${year}`, ['left', 'left', 'left', 'left', 'left'], ['Mesure', 'Pilote', 'Échéance', 'Statut', `Suivi ${year}`], measureRows),
  ]);

  // Budget spent against planned.
  const budgetRows = strategy.measures
    .filter((m) => plannedIn(m, year).gt(0) || spentIn(m, year) !== undefined)
    .map((m) => {
      const spent = spentIn(m, year);
      return [m.title, euros(plannedIn(m, year)), spent === undefined ? 'non renseigné' : euros(spent)];
    });
  const totalPlanned = sum(strategy.measures.map((m) => plannedIn(m, year)));
  const spentKnown = strategy.measures.map((m) => spentIn(m, year)).filter((x): x is Dec => x !== undefined);
  const budgetSection = section('budget', `Budget ${year}`, [
    budgetRows.length === 0
      ? para(`Aucun budget n’est inscrit pour ${year}.`)
      : table(
          `Budget ${year} : prévu et dépensé`,
          ['left', 'right', 'right'],
          ['Mesure', 'Prévu', 'Dépensé'],
          [...budgetRows, ['Total', euros(totalPlanned), spentKnown.length === 0 ? 'non renseigné' : euros(sum(spentKnown))]],
          'Montants en euros, fonctionnement et investissement.',
        ),
  ]);

  // Priorities for N+1: measures late or starting next year, and objectives behind.
  const next = year + 1;
  const priorities: string[] = [
    ...late.map(({ m }) => `Rattraper le retard de la mesure « ${m.title} »${m.notes.find((n) => n.year === year) ? ` (${m.notes.find((n) => n.year === year)!.text.replace(/\.$/, '')})` : ''}.`),
    ...strategy.measures.filter((m) => m.start !== undefined && m.start.startsWith(String(next))).map((m) => `Lancer la mesure « ${m.title} ».`),
    ...statuses
      // An objective on track whose plan misses the target still calls for more measures (one verdict, both facts).
      .filter((t) => t.status === 'off-track' || (t.plan !== undefined && !t.plan.reaches))
      .map((t) => {
        const objective = strategy.objectives.find((o) => o.id === t.objectiveId)!;
        return t.plan && !t.plan.reaches
          ? `Compléter le plan d’action pour l’objectif « ${objective.label} » : les mesures prévues n’y suffisent pas.`
          : `Accélérer pour l’objectif « ${objective.label} », en retard sur la trajectoire prévue.`;
      }),
  ];
  const prioritiesSection = section('priorites', `Priorités pour ${next}`, [priorities.length > 0 ? bullets(priorities) : para(`Poursuivre les mesures engagées selon leur calendrier.`)]);

  // Method in a few lines.
  const method: string[] = [
    `Ce chapitre présente le bilan annuel ${year} de la stratégie numérique responsable ${name.of}, prévu par l’article 35 de la loi n° 2021-1485 du 15 novembre 2021 ; il est intégré au rapport sur la situation en matière de développement durable présenté par ${bilan.legal.presenter} avant le débat budgétaire (${bilan.legal.rdd.label.replace(/ \(.*$/, '').replace(/^Article/, 'article')}).`,
  ];
  if (current !== undefined) {
    method.push(
      `Le bilan ${year} est calculé avec les ${factorSetEditionFr(current.factorSetVersion)} selon la méthode ${current.method === 'stock' ? 'dite « stock »' : 'dite « flux »'} ; ${previous === undefined ? `aucun bilan ${previousYear} n’est disponible pour comparaison.` : comparable ? `le bilan ${previousYear} est comparable (mêmes facteurs).` : `le bilan ${previousYear} n’est pas comparé, ses facteurs étant différents.`} Le détail du calcul figure dans l’annexe technique de la stratégie.`,
    );
  }
  method.push(`Chapitre établi le ${formatDateFr(options.date)}.`);
  const methodSection = section('methode', 'Méthode', method.map((t) => para(t)));

  const sections: Section[] = [
    section('faits-marquants', 'Faits marquants', [bullets(highlights)]),
    indicatorsSection,
    measuresSection,
    budgetSection,
    prioritiesSection,
    methodSection,
  ];
  const root = section(`bilan-${year}`, `Bilan ${year} de la stratégie numérique responsable`, sections);
  return finishDocument({
    lang: 'fr-FR',
    title: `Bilan annuel ${year} de la stratégie numérique responsable – ${name.name}`,
    author: name.name,
    subject: `Bilan annuel ${year} de la stratégie numérique responsable (rapport sur la situation en matière de développement durable)`,
    tableOfContents: false,
    topHeadingLevel: 2,
    draft: checkStrategy(strategy, { bilanYear: year }).some((i) => i.severity === 'blocking'),
    sections: [root],
    footer: `Bilan ${year} de la stratégie numérique responsable – ${name.name}`,
  });
}

