/**
 * Builds the yearly bilan of the strategy: the chapter of the *rapport sur la situation en matière
 * de développement durable* (art. 35-I, al. 3 of loi n° 2021-1485). It holds the legal reference
 * for the entity's kind, the indicators against their targets for years N and N−1, the objectives'
 * state, the footprint of N against N−1, and the measures done, late, in progress.
 */
import { dec } from '../internal/decimal';
import { INDICATORS } from '../schemas/factors';
import type { FactorSet } from '../schemas/factors';
import type { Organisation } from '../schemas/organisation';
import type { MeasureProgressLine, YearlyBilan } from '../strategy/yearlyBilan';
import type { Strategy } from '../strategy/schema';
import { bullets, chart, num, para, qty, range, section, strategyValue, table, wordTraceNote } from './blocks';
import { axisLabel, methodologyAnnex } from './common';
import type { FootprintView } from './common';
import { formatChangeFr, formatDateFr, pointsFr } from './formatFr';
import { INDICATOR_DISPLAY, MEASURE_STATUS_LABELS_FR, OBJECTIVE_STATUS_LABELS_FR, PERIMETER_LABELS_FR } from './labels';
import type { Block, ReenDocument, Section } from './model';
import { DocumentSchema } from './model';

export interface YearlyBilanDocumentInput {
  readonly organisation: Pick<Organisation, 'name'>;
  readonly strategy: Strategy;
  /** The data of the chapter (`buildYearlyBilan(strategy, year, …)`). */
  readonly bilan: YearlyBilan;
  /** The engine's result for year N, with its traces, for the methodology annex. */
  readonly footprint?: FootprintView | undefined;
  readonly factorSet?: FactorSet | undefined;
}

export interface YearlyBilanDocumentOptions {
  /** Date of the document, ISO `YYYY-MM-DD`. */
  readonly date: string;
}

const CO2 = INDICATOR_DISPLAY.co2eKg;

function measureTable(strategy: Strategy, year: number, caption: string, lines: readonly MeasureProgressLine[]): Block {
  if (lines.length === 0) return para('Aucune.');
  const rows = lines.map((line) => {
    const m = strategy.measures.find((x) => x.id === line.measureId);
    const notes = (m?.notes ?? []).filter((n) => n.year === year).map((n) => n.text).join(' ');
    const pilot = m?.pilotService === undefined ? '–' : (strategy.actors.find((a) => a.id === m.pilotService)?.name ?? m.pilotService);
    return [line.title, m ? axisLabel(strategy, m.axis) : '–', pilot, m?.end ? formatDateFr(m.end) : '–', MEASURE_STATUS_LABELS_FR[line.status], notes || '–'];
  });
  return table(caption, ['left', 'left', 'left', 'left', 'left', 'left'], ['Mesure', 'Axe', 'Service pilote', 'Échéance', 'Statut', `Suivi ${year}`], rows);
}

/**
 * Builds the document of the yearly bilan (RDD chapter) for year N.
 *
 * @param input - Organisation, strategy, the yearly bilan data, and optionally the result of year N
 *   with its traces and the factor set for the methodology annex.
 * @param options - `date`: the document's date (ISO).
 * @returns A validated document model.
 * @example
 * const doc = buildYearlyBilanDocument({ organisation, strategy, bilan: buildYearlyBilan(strategy, 2026) }, { date: '2026-11-25' });
 */
export function buildYearlyBilanDocument(input: YearlyBilanDocumentInput, options: YearlyBilanDocumentOptions): ReenDocument {
  const { strategy, bilan, organisation } = input;
  const year = bilan.year;
  const previousYear = year - 1;

  const legal = section('cadre-legal', 'Cadre légal', [
    para(
      `Ce chapitre présente le bilan annuel ${year} de la stratégie numérique responsable de ${organisation.name}, prévu par l’article 35 de la loi n° 2021-1485 du 15 novembre 2021. Il est intégré au rapport sur la situation en matière de développement durable, présenté par ${bilan.legal.presenter} avant le débat budgétaire, en application de l’${bilan.legal.rdd.label.replace(/^Article/, 'article').replace(/ \(.*$/, '')}.`,
    ),
    { kind: 'list', ordered: false, items: [...bilan.legal.common, bilan.legal.rdd].map((ref) => [{ text: ref.label, href: ref.url }]) },
  ]);

  const indicatorRows = bilan.indicators.map((line) => {
    const change =
      line.change === undefined
        ? '–'
        : line.changeKind === 'points'
          ? pointsFr(line.change)
          : line.changePercent !== undefined
            ? formatChangeFr(line.changePercent.dividedBy(100), { decimals: 1 })
            : strategyValue(line.change, line.unit);
    const targets = line.targets.map((t) => `${t.year} : ${strategyValue(t.value, line.unit)}`).join(' ; ');
    return [
      line.label,
      line.previousValue === undefined ? '–' : strategyValue(line.previousValue, line.unit),
      line.value === undefined ? '–' : strategyValue(line.value, line.unit),
      change,
      targets || '–',
    ];
  });
  const objectiveRows = bilan.objectives.map((t) => {
    const objective = strategy.objectives.find((o) => o.id === t.objectiveId);
    return [
      objective?.label ?? t.objectiveId,
      `${t.targetYear} : ${strategyValue(t.targetValue, t.unit)}`,
      t.latest ? `${t.latest.year} : ${strategyValue(t.latest.value, t.unit)}` : '–',
      OBJECTIVE_STATUS_LABELS_FR[t.status],
    ];
  });
  const indicators = section('indicateurs', 'Indicateurs et objectifs', [
    indicatorRows.length > 0
      ? table(`Indicateurs de suivi ${previousYear}–${year}`, ['left', 'right', 'right', 'right', 'right'], ['Indicateur', String(previousYear), String(year), 'Évolution', 'Cible'], indicatorRows)
      : para('La stratégie ne comporte pas encore d’indicateur de suivi.'),
    ...(objectiveRows.length > 0 ? [table(`État des objectifs en ${year}`, ['left', 'right', 'right', 'left'], ['Objectif', 'Cible', 'Dernière valeur', 'État'], objectiveRows)] : []),
  ]);

  const { current, previous, change, comparable } = bilan.footprint;
  const footprintContent: Block[] = [];
  if (current === undefined) {
    footprintContent.push(para(`Le bilan chiffré ${year} n’a pas été calculé.`));
  } else {
    footprintContent.push(
      para(`En ${year}, les émissions de gaz à effet de serre du numérique de la collectivité sont estimées à `, { text: qty(current.total.co2eKg, CO2), bold: true }, ` (${range(current.low.co2eKg, current.high.co2eKg, CO2)}).`),
    );
    const rows = INDICATORS.map((i) => {
      const d = INDICATOR_DISPLAY[i];
      const diff = change?.[i];
      const before = previous?.total[i];
      return [
        `${d.label} (${d.unit})`,
        before === undefined ? '–' : num(before, d),
        num(current.total[i], d),
        diff === undefined || before === undefined ? '–' : before.isZero() ? num(diff, d) : formatChangeFr(diff.dividedBy(before), { decimals: 1 }),
      ];
    });
    footprintContent.push(table(`Empreinte environnementale ${previousYear}–${year}`, ['left', 'right', 'right', 'right'], ['Indicateur', String(previousYear), String(year), 'Évolution'], rows));
    const perimeters = current.byPerimeter.filter((b) => b.total.co2eKg.gt(0));
    if (perimeters.length > 0) {
      const prev = (key: string) => previous?.byPerimeter.find((b) => b.key === key)?.total.co2eKg.dividedBy(CO2.divisor);
      const series = [
        ...(comparable && previous ? [{ name: String(previousYear), values: perimeters.map((b) => prev(b.key) ?? dec(0)) }] : []),
        { name: String(year), values: perimeters.map((b) => b.total.co2eKg.dividedBy(CO2.divisor)) },
      ];
      footprintContent.push(chart('bar', `Émissions de gaz à effet de serre par périmètre, ${comparable && previous ? `${previousYear} et ${year}` : year}`, 'Périmètre', perimeters.map((b) => PERIMETER_LABELS_FR[b.key as keyof typeof PERIMETER_LABELS_FR] ?? b.key), series, CO2.unit, CO2.precision));
    }
  }
  const notes = bilan.notes.map(wordTraceNote);
  if (notes.length > 0) footprintContent.push(bullets(notes));
  const footprint = section('empreinte', `Empreinte environnementale ${year}`, footprintContent);

  const m = bilan.measures;
  const measures = section('mesures', 'Avancement des mesures', [
    para(`${m.done.length} mesure${m.done.length > 1 ? 's' : ''} réalisée${m.done.length > 1 ? 's' : ''}, ${m.late.length} en retard, ${m.inProgress.length} en cours, ${m.notStarted.length} non commencée${m.notStarted.length > 1 ? 's' : ''}, ${m.stopped.length} arrêtée${m.stopped.length > 1 ? 's' : ''} ou suspendue${m.stopped.length > 1 ? 's' : ''}.`),
    section('mesures-realisees', 'Mesures réalisées', [measureTable(strategy, year, `Mesures réalisées en ${year}`, m.done)]),
    section('mesures-en-retard', 'Mesures en retard', [measureTable(strategy, year, `Mesures en retard fin ${year}`, m.late)]),
    section('mesures-en-cours', 'Mesures en cours', [measureTable(strategy, year, `Mesures en cours en ${year}`, m.inProgress)]),
    ...(m.notStarted.length > 0 ? [section('mesures-a-venir', 'Mesures à venir', [measureTable(strategy, year, 'Mesures non commencées', m.notStarted)])] : []),
    ...(m.stopped.length > 0 ? [section('mesures-arretees', 'Mesures arrêtées ou suspendues', [measureTable(strategy, year, 'Mesures arrêtées ou suspendues', m.stopped)])] : []),
  ]);

  const sections: Section[] = [legal, indicators, footprint, measures, methodologyAnnex('annexe', { footprint: input.footprint ?? current, factorSet: input.factorSet })];
  return DocumentSchema.parse({
    lang: 'fr-FR',
    title: `Bilan annuel ${year} de la stratégie numérique responsable – ${organisation.name}`,
    author: organisation.name,
    subject: `Bilan annuel ${year} de la stratégie numérique responsable (rapport sur la situation en matière de développement durable)`,
    cover: {
      organisation: organisation.name,
      title: `Bilan annuel ${year} de la stratégie numérique responsable`,
      subtitle: 'Chapitre du rapport sur la situation en matière de développement durable',
      date: formatDateFr(options.date),
      lines: [`Stratégie ${strategy.baselineYear}–${strategy.horizonYear}`, ...(strategy.legal.deliberation ? [`Délibération : ${strategy.legal.deliberation}`] : [])],
    },
    tableOfContents: false,
    sections,
    footer: `Bilan annuel ${year} de la stratégie numérique responsable – ${organisation.name}`,
  });
}
