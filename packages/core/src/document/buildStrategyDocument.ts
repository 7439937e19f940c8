/**
 * Builds the document of the *stratégie numérique responsable* from the strategy model, structured
 * after art. D. 2311-15-1 CGCT (décret n° 2022-1084): cover, summary, legal frame, programme de
 * travail (actors, bilan of the environmental impact, bilan des usages, actions already engaged),
 * objectives, trajectory, measures by axis with their means, monitoring plan, maturity
 * self-assessment, methodology annex generated from the traces.
 */
import type { Dec } from '../internal/decimal';
import { dec, sum, ZERO } from '../internal/decimal';
import { CATEGORY_IDS, PERIMETERS, PHASES } from '../schemas/categories';
import type { CategoryId, Perimeter } from '../schemas/categories';
import type { FactorSet } from '../schemas/factors';
import { INDICATORS } from '../schemas/factors';
import type { Organisation } from '../schemas/organisation';
import { indicatorUnit, resolveTarget, trackObjectives } from '../strategy/objectives';
import type { Strategy, Measure } from '../strategy/schema';
import { INDICATOR_KINDS } from '../strategy/schema';
import { getMaturityQuestionnaire, scoreMaturity } from '../strategy/maturity';
import type { Trajectory } from '../strategy/trajectory';
import { bullets, chart, euros, num, para, qty, range, section, share, strategyUnitLabel, strategyValue, table } from './blocks';
import { axisLabel, axisTitle, legalBlocks, methodologyAnnex, orderedAxes } from './common';
import type { FootprintView } from './common';
import { formatChangeFr, formatDateFr, formatNumberFr, formatPercentFr } from './formatFr';
import {
  ACTOR_KIND_LABELS_FR,
  CATEGORY_LABELS_FR,
  CO2E_PER_PERSON_DISPLAY,
  DOMAIN_LABELS_FR,
  INDICATOR_DISPLAY,
  MATURITY_ANSWER_LABELS_FR,
  MEASURE_STATUS_LABELS_FR,
  OBJECTIVE_STATUS_LABELS_FR,
  PERIMETER_LABELS_FR,
  PHASE_LABELS_FR,
} from './labels';
import type { Block, ReenDocument, Section } from './model';
import { DocumentSchema } from './model';

/** What the strategy document is built from. */
export interface StrategyDocumentInput {
  readonly organisation: Pick<Organisation, 'name' | 'kind' | 'population' | 'agents'>;
  readonly strategy: Strategy;
  /**
   * The footprint of the reference year: a `FootprintResult` (with its traces, for the methodology
   * annex) or a snapshot. Defaults to the strategy's frozen `bilan.footprint`.
   */
  readonly footprint?: FootprintView | undefined;
  /** The factor set, for the sources, versions and licences of the annex. */
  readonly factorSet?: FactorSet | undefined;
  /** The projected trajectory (`projectTrajectory`). */
  readonly trajectory?: Trajectory | undefined;
}

export interface StrategyDocumentOptions {
  /** Date of the document, ISO `YYYY-MM-DD` (documents never read the clock). */
  readonly date: string;
}

const CO2 = INDICATOR_DISPLAY.co2eKg;

const keyLabel = (labels: Readonly<Record<string, string>>, key: string): string => labels[key] ?? (key === '' ? 'Sans site' : key);

function footprintSections(footprint: FootprintView): Section[] {
  const sections: Section[] = [];
  // Totals, every indicator, with ranges.
  sections.push(
    section('bilan-totaux', 'Résultats d’ensemble', [
      para(
        `En ${footprint.year}, l’empreinte environnementale du numérique de la collectivité est estimée à `,
        { text: qty(footprint.total.co2eKg, CO2), bold: true },
        ` (${range(footprint.low.co2eKg, footprint.high.co2eKg, CO2)}).`,
      ),
      table(
        `Empreinte environnementale ${footprint.year} par indicateur`,
        ['left', 'left', 'right', 'left'],
        ['Indicateur', 'Unité', 'Valeur centrale', 'Fourchette'],
        INDICATORS.map((i) => {
          const d = INDICATOR_DISPLAY[i];
          return [d.label, d.unit, num(footprint.total[i], d), range(footprint.low[i], footprint.high[i], d)];
        }),
        'Valeurs arrondies pour l’affichage ; la précision de chaque indicateur est donnée dans l’annexe méthodologique.',
      ),
      ...(footprint.perAgent !== undefined || footprint.perInhabitant !== undefined
        ? [
            table(
              'Émissions de gaz à effet de serre ramenées aux agents et aux habitants',
              ['left', 'right'],
              ['Ratio', 'kg CO2e'],
              [
                ...(footprint.perAgent ? [['Par agent', num(footprint.perAgent.co2eKg, CO2E_PER_PERSON_DISPLAY)]] : []),
                ...(footprint.perInhabitant ? [['Empreinte propre par habitant', num(footprint.perInhabitant.co2eKg, CO2E_PER_PERSON_DISPLAY)]] : []),
              ],
            ),
          ]
        : []),
    ]),
  );

  const breakdown = (
    id: string,
    title: string,
    first: string,
    items: readonly { readonly key: string; readonly quantity: number; readonly total: FootprintView['total'] }[],
    labels: Readonly<Record<string, string>>,
    withQuantity: boolean,
  ): Section => {
    const visible = items.filter((b) => !b.total.co2eKg.isZero() || b.quantity > 0);
    const rows = visible.map((b) => [
      keyLabel(labels, b.key),
      ...(withQuantity ? [formatNumberFr(dec(b.quantity), { decimals: 0 })] : []),
      num(b.total.co2eKg, CO2),
      share(b.total.co2eKg, footprint.total.co2eKg),
      num(b.total.energyKwh, INDICATOR_DISPLAY.energyKwh),
      num(b.total.waterL, INDICATOR_DISPLAY.waterL),
    ]);
    const header = [first, ...(withQuantity ? ['Équipements'] : []), `GES (${CO2.unit})`, 'Part des GES', `Énergie (${INDICATOR_DISPLAY.energyKwh.unit})`, `Eau (${INDICATOR_DISPLAY.waterL.unit})`];
    const content: Block[] = [table(title, header.map((_, i) => (i === 0 ? 'left' : 'right')), header, rows)];
    const charted = visible.filter((b) => b.total.co2eKg.gt(0));
    if (charted.length > 0) {
      content.push(
        chart('bar', `${title} (gaz à effet de serre)`, first, charted.map((b) => keyLabel(labels, b.key)), [{ name: 'Émissions', values: charted.map((b) => b.total.co2eKg.dividedBy(CO2.divisor)) }], CO2.unit, CO2.precision),
      );
    }
    return section(id, title, content);
  };

  const byCategory = [...footprint.byCategory].sort(
    (a, b) => b.total.co2eKg.comparedTo(a.total.co2eKg) || CATEGORY_IDS.indexOf(a.key as CategoryId) - CATEGORY_IDS.indexOf(b.key as CategoryId),
  );
  const byPerimeter = [...footprint.byPerimeter].sort((a, b) => PERIMETERS.indexOf(a.key as Perimeter) - PERIMETERS.indexOf(b.key as Perimeter));
  sections.push(breakdown('bilan-perimetre', 'Empreinte par périmètre', 'Périmètre', byPerimeter, PERIMETER_LABELS_FR, true));
  sections.push(breakdown('bilan-categorie', 'Empreinte par catégorie d’équipement', 'Catégorie', byCategory, CATEGORY_LABELS_FR, true));
  sections.push(breakdown('bilan-origine', 'Empreinte par origine', 'Origine', footprint.byDomain, DOMAIN_LABELS_FR, false));

  // Phases × indicators.
  const phaseRows = PHASES.map((p) => [PHASE_LABELS_FR[p], ...INDICATORS.map((i) => num(footprint.byPhase[p][i], INDICATOR_DISPLAY[i]))]);
  const phaseHeader = ['Phase', ...INDICATORS.map((i) => `${INDICATOR_DISPLAY[i].label} (${INDICATOR_DISPLAY[i].unit})`)];
  const phaseContent: Block[] = [table('Empreinte par phase du cycle de vie et par indicateur', phaseHeader.map((_, i) => (i === 0 ? 'left' : 'right')), phaseHeader, phaseRows)];
  const phasesWithCo2 = PHASES.filter((p) => footprint.byPhase[p].co2eKg.gt(0));
  if (phasesWithCo2.length > 0) {
    phaseContent.push(
      chart('pie', 'Répartition des émissions de gaz à effet de serre par phase', 'Phase', phasesWithCo2.map((p) => PHASE_LABELS_FR[p]), [{ name: 'Émissions', values: phasesWithCo2.map((p) => footprint.byPhase[p].co2eKg.dividedBy(CO2.divisor)) }], CO2.unit, CO2.precision),
    );
  }
  sections.push(section('bilan-phase', 'Empreinte par phase et par indicateur', phaseContent));
  return sections;
}

function usagesSection(strategy: Strategy): Section {
  const usages = strategy.bilan.usages;
  if (usages === undefined) return section('usages', 'Bilan des usages', [para('Le bilan des usages n’a pas encore été renseigné.')]);
  const content: Block[] = [];
  const facts: string[] = [];
  if (usages.agents !== undefined) facts.push(`Agents : ${formatNumberFr(dec(usages.agents), { decimals: 0 })}`);
  if (usages.users !== undefined) facts.push(`Utilisateurs du système d’information : ${formatNumberFr(dec(usages.users), { decimals: 0 })}`);
  if (usages.publicAccessPoints !== undefined)
    facts.push(`Points d’accès public au numérique : ${formatNumberFr(dec(usages.publicAccessPoints.count), { decimals: 0 })}${usages.publicAccessPoints.comment ? ` (${usages.publicAccessPoints.comment})` : ''}`);
  if (usages.schoolEquipment !== undefined) {
    const s = usages.schoolEquipment;
    const parts = [
      ...(s.schools !== undefined ? [`${formatNumberFr(dec(s.schools), { decimals: 0 })} écoles`] : []),
      ...(s.devices !== undefined ? [`${formatNumberFr(dec(s.devices), { decimals: 0 })} équipements`] : []),
    ];
    facts.push(`Équipement des écoles : ${parts.join(', ') || 'non chiffré'}${s.comment ? ` (${s.comment})` : ''}`);
  }
  if (facts.length > 0) content.push(bullets(facts));
  const opt = (v: Dec | undefined) => (v === undefined ? '–' : formatNumberFr(v, { decimals: 0 }));
  if (usages.digitalServices.length > 0) {
    content.push(
      table('Services numériques proposés', ['left', 'right', 'left'], ['Service', 'Usages par an', 'Commentaire'], usages.digitalServices.map((s) => [s.url ? `${s.name} (${s.url})` : s.name, opt(s.annualUses), s.comment ?? ''])),
    );
  }
  if (usages.websites.length > 0) {
    content.push(
      table('Sites internet', ['left', 'right', 'right', 'left'], ['Site', 'Pages vues par an', 'Visites par an', 'Commentaire'], usages.websites.map((w) => [w.url, opt(w.annualPageViews), opt(w.annualVisits), w.comment ?? ''])),
    );
  }
  if (usages.comments !== undefined && usages.comments.trim() !== '') content.push(para(usages.comments));
  if (content.length === 0) content.push(para('Le bilan des usages n’a pas encore été renseigné.'));
  return section('usages', 'Bilan des usages', content);
}

function scheduleText(measure: Pick<Measure, 'start' | 'end'>): string {
  if (measure.start && measure.end) return `du ${formatDateFr(measure.start)} au ${formatDateFr(measure.end)}`;
  if (measure.start) return `à partir du ${formatDateFr(measure.start)}`;
  if (measure.end) return `jusqu’au ${formatDateFr(measure.end)}`;
  return 'non précisé';
}

function actorName(strategy: Strategy, idOrName: string | undefined): string {
  if (idOrName === undefined || idOrName.trim() === '') return '–';
  return strategy.actors.find((a) => a.id === idOrName)?.name ?? idOrName;
}

function budgetOf(measure: Measure, kind: 'operating' | 'investment'): Dec {
  return sum(measure.budget.filter((b) => b.kind === kind).map((b) => b.amountEur));
}

function measuresSection(strategy: Strategy): Section {
  if (strategy.measures.length === 0) return section('mesures', 'Mesures', [para('Aucune mesure n’est encore inscrite dans la stratégie.')], true);
  const axes = orderedAxes(strategy, strategy.measures.map((m) => m.axis));
  const content: (Block | Section)[] = [
    para(
      `La stratégie comprend ${strategy.measures.length} mesure${strategy.measures.length > 1 ? 's' : ''}, classée${strategy.measures.length > 1 ? 's' : ''} par axe du décret n° 2022-1084. Pour chacune sont indiqués le service pilote, l’élu·e référent·e, le calendrier et les moyens (budget et équivalents temps plein).`,
    ),
  ];
  axes.forEach((axis, index) => {
    const measures = strategy.measures.filter((m) => m.axis === axis);
    const rows = measures.map((m) => {
      const budget = m.budget.length === 0 ? '–' : euros(sum(m.budget.map((b) => b.amountEur)));
      return [m.title, actorName(strategy, m.pilotService), actorName(strategy, m.electedOfficial), scheduleText(m), budget, m.fte === undefined ? '–' : formatNumberFr(m.fte, { decimals: 1 }), MEASURE_STATUS_LABELS_FR[m.status]];
    });
    const details = measures.map((m) => {
      const parts = [m.description.trim(), m.expectedEffect ? `Résultat attendu : ${m.expectedEffect}` : '', m.partners.length > 0 ? `Partenaires : ${m.partners.map((p) => actorName(strategy, p)).join(', ')}` : '']
        .filter((t) => t !== '')
        .join(' ');
      return [{ text: `${m.title} : `, bold: true }, { text: parts === '' ? 'pas de description.' : parts }];
    });
    content.push(
      section(`mesures-axe-${index + 1}`, axisTitle(strategy, axis), [
        table(`Mesures de l’axe : ${axisLabel(strategy, axis)}`, ['left', 'left', 'left', 'left', 'right', 'right', 'left'], ['Mesure', 'Service pilote', 'Élu·e référent·e', 'Calendrier', 'Budget', 'ETP', 'Statut'], rows),
        bullets(details),
      ]),
    );
  });
  // Means: budget and FTE by axis, with totals.
  const meansRows = axes.map((axis) => {
    const ms = strategy.measures.filter((m) => m.axis === axis);
    return [axisLabel(strategy, axis), euros(sum(ms.map((m) => budgetOf(m, 'operating')))), euros(sum(ms.map((m) => budgetOf(m, 'investment')))), formatNumberFr(sum(ms.map((m) => m.fte ?? ZERO)), { decimals: 1 })];
  });
  meansRows.push([
    'Total',
    euros(sum(strategy.measures.map((m) => budgetOf(m, 'operating')))),
    euros(sum(strategy.measures.map((m) => budgetOf(m, 'investment')))),
    formatNumberFr(sum(strategy.measures.map((m) => m.fte ?? ZERO)), { decimals: 1 }),
  ]);
  content.push(
    section('moyens', 'Moyens nécessaires', [
      table('Moyens par axe', ['left', 'right', 'right', 'right'], ['Axe', 'Fonctionnement', 'Investissement', 'ETP'], meansRows, 'Budgets en euros, sur la durée des mesures ; ETP : équivalents temps plein.'),
    ]),
  );
  return section('mesures', 'Mesures', content, true);
}

function objectivesSection(strategy: Strategy): Section {
  if (strategy.objectives.length === 0) return section('objectifs', 'Objectifs', [para('Aucun objectif n’est encore fixé.')], true);
  const rows = strategy.objectives.map((o) => {
    const indicator = strategy.indicators.find((i) => i.id === o.indicatorId);
    const unit = indicator ? indicatorUnit(indicator) : '';
    const target = resolveTarget(o);
    const targetText = o.target.mode === 'relative' ? `${strategyValue(target, unit)} (${formatChangeFr(o.target.value.dividedBy(100), { decimals: 0 })})` : strategyValue(target, unit);
    return [o.label, axisLabel(strategy, o.axis), indicator?.label ?? 'Indicateur à définir', o.kind === 'annual' ? 'Annuel' : 'Pluriannuel', `${o.baseline.year} : ${strategyValue(o.baseline.value, unit)}`, `${o.target.year} : ${targetText}`];
  });
  const indicatorRows = strategy.indicators.map((i) => {
    const last = [...i.values].sort((a, b) => a.year - b.year).at(-1);
    const unit = indicatorUnit(i);
    return [
      i.label,
      strategyUnitLabel(unit) || '–',
      i.direction === 'decrease' ? 'À la baisse' : 'À la hausse',
      INDICATOR_KINDS[i.kind].computed ? 'Calculé à partir de l’inventaire' : 'Relevé par la collectivité',
      last ? `${last.year} : ${strategyValue(last.value, unit)}` : '–',
    ];
  });
  return section(
    'objectifs',
    'Objectifs',
    [
      para('Les objectifs de réduction de l’empreinte environnementale du numérique, leurs indicateurs, leur valeur de référence et leur cible :'),
      table('Objectifs de la stratégie', ['left', 'left', 'left', 'left', 'right', 'right'], ['Objectif', 'Axe', 'Indicateur', 'Nature', 'Référence', 'Cible'], rows),
      ...(indicatorRows.length > 0
        ? [section('indicateurs', 'Indicateurs de suivi', [table('Indicateurs de suivi', ['left', 'left', 'left', 'left', 'right'], ['Indicateur', 'Unité', 'Sens souhaité', 'Mode de calcul', 'Dernière valeur'], indicatorRows)])]
        : []),
    ],
    true,
  );
}

function trajectorySection(strategy: Strategy, trajectory: Trajectory | undefined): Section {
  if (trajectory === undefined || trajectory.years.length === 0) {
    return section('trajectoire', 'Trajectoire', [para('La trajectoire n’a pas été calculée pour ce document.')], true);
  }
  const t = (v: Dec) => v.dividedBy(CO2.divisor);
  const rows = trajectory.years.map((y) => [
    String(y.year),
    num(y.trend.total.co2eKg, CO2),
    num(y.scenario.total.co2eKg, CO2),
    range(y.scenario.low.co2eKg, y.scenario.high.co2eKg, CO2),
  ]);
  const first = trajectory.years[0]!;
  const last = trajectory.years.at(-1)!;
  const change = first.scenario.total.co2eKg.isZero() ? undefined : last.scenario.total.co2eKg.minus(first.scenario.total.co2eKg).dividedBy(first.scenario.total.co2eKg);
  const content: Block[] = [
    para(
      `Sans mesure, les émissions de gaz à effet de serre du numérique atteindraient ${qty(last.trend.total.co2eKg, CO2)} en ${last.year}. Avec les mesures de la stratégie, elles atteindraient ${qty(last.scenario.total.co2eKg, CO2)}${change === undefined ? '' : `, soit ${formatChangeFr(change, { decimals: 0 })} par rapport à ${first.year}`}.`,
    ),
    chart(
      'line',
      `Trajectoire des émissions de gaz à effet de serre, ${trajectory.baselineYear}–${trajectory.horizonYear}`,
      'Année',
      trajectory.years.map((y) => String(y.year)),
      [
        { name: 'Sans mesure', values: trajectory.years.map((y) => t(y.trend.total.co2eKg)) },
        { name: 'Avec les mesures', values: trajectory.years.map((y) => t(y.scenario.total.co2eKg)) },
      ],
      CO2.unit,
      CO2.precision,
    ),
    table(`Trajectoire ${trajectory.baselineYear}–${trajectory.horizonYear} (${CO2.unit})`, ['left', 'right', 'right', 'left'], ['Année', 'Sans mesure', 'Avec les mesures', 'Fourchette avec les mesures'], rows),
  ];
  if (last.contributions.length > 0) {
    const contributionRows = last.contributions.map((c) => [strategy.measures.find((m) => m.id === c.measureId)?.title ?? c.measureId, num(c.reduction.co2eKg, CO2)]);
    if (!last.interaction.co2eKg.isZero()) contributionRows.push(['Effet croisé des mesures', num(last.interaction.co2eKg, CO2)]);
    content.push(table(`Réduction apportée par chaque mesure en ${last.year} (${CO2.unit})`, ['left', 'right'], ['Mesure', 'Réduction'], contributionRows, 'Chaque mesure est simulée seule ; l’effet croisé est l’écart entre la somme des effets isolés et l’effet de l’ensemble.'));
  }
  return section('trajectoire', 'Trajectoire', content, true);
}

function monitoringSection(strategy: Strategy, trajectory: Trajectory | undefined): Section {
  const content: (Block | Section)[] = [
    para(
      'Le suivi de la stratégie repose sur les indicateurs ci-dessus, mis à jour chaque année. Les indicateurs calculés le sont à partir de l’inventaire des équipements et des données d’hébergement et d’usage, avec le jeu de facteurs indiqué dans l’annexe méthodologique ; les autres sont relevés par la collectivité.',
    ),
    para(
      'Le bilan annuel présente, pour l’année écoulée et la précédente, les indicateurs au regard des cibles, les mesures réalisées et celles en retard. Il est intégré au rapport sur la situation en matière de développement durable présenté avant le débat budgétaire.',
    ),
  ];
  const tracking = trackObjectives(strategy, trajectory);
  if (tracking.length > 0) {
    const rows = tracking.map((t) => {
      const objective = strategy.objectives.find((o) => o.id === t.objectiveId)!;
      return [
        objective.label,
        `${t.targetYear} : ${strategyValue(t.targetValue, t.unit)}`,
        t.latest ? `${t.latest.year} : ${strategyValue(t.latest.value, t.unit)}` : '–',
        t.projected ? strategyValue(t.projected, t.unit) : '–',
        OBJECTIVE_STATUS_LABELS_FR[t.status],
      ];
    });
    content.push(table('État des objectifs à la date du document', ['left', 'right', 'right', 'right', 'left'], ['Objectif', 'Cible', 'Dernière valeur', 'Projection à l’échéance', 'État'], rows));
  }
  return section('suivi', 'Dispositif de suivi', content, true);
}

function maturitySection(strategy: Strategy): Section | undefined {
  if (strategy.maturity.length === 0) return undefined;
  const questionnaire = getMaturityQuestionnaire();
  const result = scoreMaturity(strategy.maturity, questionnaire);
  const themeLabel = (id: string) => questionnaire.themes.find((t) => t.id === id)?.fr ?? id;
  const answers = new Map(strategy.maturity.map((a) => [a.questionId, a]));
  const themeRows = result.themes.map((t) => [themeLabel(t.theme), `${t.answered} / ${t.questions}`, formatPercentFr(t.score, { decimals: 0 })]);
  themeRows.push(['Ensemble', `${result.answered} / ${result.questions}`, formatPercentFr(result.overall, { decimals: 0 })]);
  const answerRows = questionnaire.questions.flatMap((q) => {
    const a = answers.get(q.id);
    return a ? [[themeLabel(q.theme), q.fr, MATURITY_ANSWER_LABELS_FR[a.answer], a.comment ?? '']] : [];
  });
  return section(
    'maturite',
    'Autodiagnostic de maturité',
    [
      para(`La collectivité a évalué sa maturité en numérique responsable avec le questionnaire « ${questionnaire.title} » (version ${questionnaire.version}). ${questionnaire.scoring.note} Une question sans réponse compte comme « non ».`),
      table('Score par thème', ['left', 'right', 'right'], ['Thème', 'Questions répondues', 'Score'], themeRows),
      ...(answerRows.length > 0 ? [table('Réponses au questionnaire', ['left', 'left', 'left', 'left'], ['Thème', 'Question', 'Réponse', 'Commentaire'], answerRows)] : []),
    ],
    true,
  );
}

function summarySection(input: StrategyDocumentInput, footprint: FootprintView | undefined): Section {
  const { strategy, trajectory } = input;
  const items: string[] = [];
  if (footprint !== undefined) {
    items.push(`Empreinte carbone du numérique en ${footprint.year} : ${qty(footprint.total.co2eKg, CO2)} (${range(footprint.low.co2eKg, footprint.high.co2eKg, CO2)}).`);
    if (footprint.perAgent !== undefined) items.push(`Soit ${qty(footprint.perAgent.co2eKg, CO2E_PER_PERSON_DISPLAY)} par agent${footprint.perInhabitant ? ` et ${qty(footprint.perInhabitant.co2eKg, CO2E_PER_PERSON_DISPLAY)} par habitant (empreinte propre de la collectivité, pas celle du territoire)` : ''}.`);
    const top = [...footprint.byCategory].sort((a, b) => b.total.co2eKg.comparedTo(a.total.co2eKg))[0];
    if (top !== undefined && top.total.co2eKg.gt(0)) {
      items.push(`Premier poste : ${keyLabel(CATEGORY_LABELS_FR, top.key).toLowerCase()}, ${share(top.total.co2eKg, footprint.total.co2eKg)} des émissions.`);
    }
    const manufacturing = footprint.byPhase.manufacturing.co2eKg;
    items.push(`La fabrication des équipements représente ${share(manufacturing, footprint.total.co2eKg)} des émissions.`);
  }
  const axes = new Set(strategy.measures.map((m) => m.axis));
  items.push(
    `${strategy.objectives.length} objectif${strategy.objectives.length > 1 ? 's' : ''}, ${strategy.indicators.length} indicateur${strategy.indicators.length > 1 ? 's' : ''} de suivi et ${strategy.measures.length} mesure${strategy.measures.length > 1 ? 's' : ''} réparties sur ${axes.size} axe${axes.size > 1 ? 's' : ''}, pour la période ${strategy.baselineYear}–${strategy.horizonYear}.`,
  );
  const last = trajectory?.years.at(-1);
  if (last !== undefined) items.push(`À l’horizon ${last.year} : ${qty(last.scenario.total.co2eKg, CO2)} avec les mesures, contre ${qty(last.trend.total.co2eKg, CO2)} sans mesure.`);
  const budget = sum(strategy.measures.flatMap((m) => m.budget.map((b) => b.amountEur)));
  const fte = sum(strategy.measures.map((m) => m.fte ?? ZERO));
  if (budget.gt(0) || fte.gt(0)) items.push(`Moyens : ${euros(budget)} et ${formatNumberFr(fte, { decimals: 1 })} ETP.`);
  return section('synthese', 'Synthèse', [para(`Stratégie numérique responsable de ${input.organisation.name}, en application de l’article 35 de la loi n° 2021-1485 et du décret n° 2022-1084.`), bullets(items)]);
}

/**
 * Builds the document of the stratégie numérique responsable.
 *
 * @param input - Organisation, strategy, and optionally the footprint result with its traces, the
 *   factor set and the trajectory.
 * @param options - `date`: the document's date (ISO).
 * @returns A validated document model, ready for `renderDocument` of `@reen/formats/document`.
 * @example
 * const doc = buildStrategyDocument({ organisation, strategy, footprint: result, factorSet, trajectory }, { date: '2026-11-25' });
 */
export function buildStrategyDocument(input: StrategyDocumentInput, options: StrategyDocumentOptions): ReenDocument {
  const { strategy, organisation } = input;
  const footprint: FootprintView | undefined = input.footprint ?? strategy.bilan.footprint;
  const legal = strategy.legal;
  const coverLines = [
    `Période ${strategy.baselineYear}–${strategy.horizonYear}`,
    ...(footprint ? [`Bilan de référence : ${footprint.year}`] : []),
    ...(legal.deliberation ? [`Délibération : ${legal.deliberation}`] : []),
    ...(legal.strategyAdoptedDate ? [`Adoptée le ${formatDateFr(legal.strategyAdoptedDate)}`] : []),
    ...(legal.programmeDeTravailDate ? [`Programme de travail du ${formatDateFr(legal.programmeDeTravailDate)}`] : []),
  ];

  const actorRows = strategy.actors.map((a) => [a.name, ACTOR_KIND_LABELS_FR[a.kind], a.role]);
  const engagedRows = strategy.engagedActions.map((a) => [a.description, axisLabel(strategy, a.axis), a.date ? formatDateFr(a.date) : '–']);
  const programme = section(
    'programme',
    'Programme de travail',
    [
      para('Le programme de travail a été établi en lien avec les acteurs publics et privés intéressés. Il dresse le bilan de l’impact environnemental du numérique et de ses usages sur le territoire et la synthèse des actions déjà engagées pour l’atténuer.'),
      section('acteurs', 'Les acteurs', actorRows.length > 0 ? [table('Acteurs associés à la démarche', ['left', 'left', 'left'], ['Acteur', 'Type', 'Rôle'], actorRows)] : [para('Les acteurs de la démarche n’ont pas encore été recensés.')]),
      section(
        'bilan',
        'Bilan de l’impact environnemental',
        footprint === undefined ? [para('Le bilan chiffré n’a pas encore été calculé.')] : footprintSections(footprint),
      ),
      usagesSection(strategy),
      section('actions-engagees', 'Synthèse des actions déjà engagées', engagedRows.length > 0 ? [table('Actions déjà engagées', ['left', 'left', 'left'], ['Action', 'Axe', 'Date'], engagedRows)] : [para('Aucune action antérieure n’a été recensée.')]),
    ],
    true,
  );

  const maturity = maturitySection(strategy);
  const sections: Section[] = [
    summarySection(input, footprint),
    section('cadre-legal', 'Cadre légal', legalBlocks(legal.entityKind), true),
    programme,
    objectivesSection(strategy),
    trajectorySection(strategy, input.trajectory),
    measuresSection(strategy),
    monitoringSection(strategy, input.trajectory),
    ...(maturity ? [maturity] : []),
    methodologyAnnex('annexe', { footprint, factorSet: input.factorSet, extraNotes: input.trajectory?.notes ?? [] }),
  ];
  return DocumentSchema.parse({
    lang: 'fr-FR',
    title: `Stratégie numérique responsable – ${organisation.name}`,
    author: organisation.name,
    subject: 'Stratégie numérique responsable (loi n° 2021-1485, article 35 ; décret n° 2022-1084)',
    cover: { organisation: organisation.name, title: 'Stratégie numérique responsable', subtitle: 'Réduire l’empreinte environnementale du numérique', date: formatDateFr(options.date), lines: coverLines },
    tableOfContents: true,
    sections,
    footer: `Stratégie numérique responsable – ${organisation.name}`,
  });
}
