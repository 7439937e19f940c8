/**
 * Objectives, trajectory, action plan and means of the strategy: each objective linked to its
 * measures with whether they reach it, the trajectory with its target line and uncertainty band,
 * the decree's six axes each covered or justified, one action sheet per measure, the budget by
 * year. The objective statuses come from `objectiveStatuses`, the one status function.
 */
import type { Dec } from '../internal/decimal';
import { dec, sum, ZERO } from '../internal/decimal';
import { DECREE_AXIS_IDS } from '../strategy/axes';
import { decreeAxisCoverage } from '../strategy/axisCoverage';
import type { ObjectiveTracking } from '../strategy/objectives';
import { indicatorUnit, resolveTarget, strategyFootprints } from '../strategy/objectives';
import { projectRecordedIndicators } from '../strategy/recordedTrajectory';
import type { Measure, Objective, Strategy, StrategyIndicator } from '../strategy/schema';
import { INDICATOR_KINDS } from '../strategy/schema';
import type { Trajectory } from '../strategy/trajectory';
import { chart, euros, num, para, qty, range, section, strategyValue, table } from './blocks';
import { axisLabel, axisShortLabel, axisTitle, orderedAxes } from './common';
import { formatChangeFr, formatDateFr, formatNumberFr } from './formatFr';
import { INDICATOR_DISPLAY, MEASURE_PRIORITY_LABELS_FR, MEASURE_STATUS_LABELS_FR, objectiveStatusLabelFr } from './labels';
import type { Block, Section } from './model';
import { actorName, listFr } from './strategyParts';
import { referentLabelFr } from './actorsFr';

const CO2 = INDICATOR_DISPLAY.co2eKg;

/** Measures that serve an objective: same indicator, not abandoned. */
export function measuresFor(strategy: Strategy, objective: Objective): Measure[] {
  return strategy.measures.filter((m) => m.status !== 'abandoned' && objective.indicatorId !== undefined && m.indicatorIds.includes(objective.indicatorId));
}

/** Whether the measures reach an objective, and by how much they miss it, in one sentence. */
export function planSentence(strategy: Strategy, objective: Objective, tracking: ObjectiveTracking | undefined): string {
  const measures = measuresFor(strategy, objective);
  const one = measures.length === 1;
  const named =
    measures.length === 0
      ? 'Aucune mesure n’est encore rattachée à cet objectif.'
      : `${one ? 'Mesure rattachée' : 'Mesures rattachées'} : ${listFr(measures.map((m) => `« ${m.title} »`))}.`;
  const plan = tracking?.plan;
  if (plan === undefined) {
    return `${named} ${one ? 'Son' : measures.length === 0 ? 'L’' : 'Leur'}${measures.length === 0 ? 'effet des mesures' : ' effet'} sur l’indicateur n’est pas simulé : il est suivi par les valeurs relevées chaque année.`;
  }
  const unit = tracking!.unit;
  const projected = strategyValue(plan.projected, unit);
  // Footprint indicators are simulated; recorded ones follow the effects the measures are expected to have.
  const indicator = strategy.indicators.find((i) => i.id === objective.indicatorId);
  const according = indicator && !INDICATOR_KINDS[indicator.kind].computed ? 'Selon les effets attendus des mesures' : 'Selon la simulation';
  const lead = one ? 'elle mène' : 'elles mènent';
  if (plan.reaches) return `${named} ${according}, ${lead} à ${projected} en ${objective.target.year} : l’objectif est atteint.`;
  const gap = strategyValue(plan.gap.abs(), unit);
  const base = objective.baseline.value;
  const reached = base.isZero() ? undefined : plan.projected.minus(base).dividedBy(base);
  const targetChange = base.isZero() ? undefined : resolveTarget(objective).minus(base).dividedBy(base);
  const compare =
    reached !== undefined && targetChange !== undefined
      ? ` (${formatChangeFr(reached, { decimals: 1 })} au lieu de ${formatChangeFr(targetChange, { decimals: 0 })})`
      : '';
  return `${named} ${according}, ${lead} à ${projected} en ${objective.target.year}${compare} : ${one ? 'elle ne suffit' : 'elles ne suffisent'} pas, il manque ${gap} pour atteindre la cible. Des mesures complémentaires seront à prévoir.`;
}

/** The objectives, their indicators and targets, each linked to its measures. */
export function objectivesSection(strategy: Strategy, statuses: readonly ObjectiveTracking[]): Section {
  if (strategy.objectives.length === 0) return section('objectifs', 'Objectifs et indicateurs', [para('La stratégie ne fixe pas encore d’objectif chiffré.')], true);
  const rows = strategy.objectives.map((o) => {
    const indicator = strategy.indicators.find((i) => i.id === o.indicatorId);
    const unit = indicator ? indicatorUnit(indicator) : '';
    return [o.label, indicator?.label ?? '–', `${o.baseline.year} : ${strategyValue(o.baseline.value, unit)}`, `${o.target.year} : ${strategyValue(resolveTarget(o), unit)}`];
  });
  const indicatorRows = strategy.indicators.map((i) => [
    i.label,
    i.direction === 'decrease' ? 'À la baisse' : 'À la hausse',
    indicatorOriginFr(i),
  ]);
  return section(
    'objectifs',
    'Objectifs et indicateurs',
    [
      // Not every objective is a reduction (awareness, inclusion): the sentence claims only what holds for all.
      para(`La stratégie fixe ${strategy.objectives.length} objectif${strategy.objectives.length > 1 ? 's' : ''}, chacun mesuré par un indicateur de suivi.`),
      table('Objectifs de la stratégie', ['left', 'left', 'right', 'right'], ['Objectif', 'Indicateur', 'Référence', 'Cible'], rows),
      section(
        'objectifs-mesures',
        'Les mesures atteignent-elles les objectifs ?',
        strategy.objectives.map((o) => para({ text: `${o.label}. `, bold: true }, { text: planSentence(strategy, o, statuses.find((t) => t.objectiveId === o.id)) })),
      ),
      ...(indicatorRows.length > 0 ? [section('indicateurs', 'Indicateurs de suivi', [table('Indicateurs de suivi', ['left', 'left', 'left'], ['Indicateur', 'Sens souhaité', 'Mode de calcul'], indicatorRows)])] : []),
      ...recordedTrajectoryBlocks(strategy),
    ],
    true,
  );
}

/**
 * The trajectory of the recorded indicators (inclusion, awareness, reuse, eco-design): expected value
 * at the baseline, in the middle and at the end, from the measures' expected effects or, without
 * them, on the straight line to the target (`projectRecordedIndicators`).
 */
function recordedTrajectoryBlocks(strategy: Strategy): Section[] {
  const projections = projectRecordedIndicators(strategy);
  if (projections.length === 0) return [];
  const first = projections[0]!.years[0]!.year;
  const last = Math.max(...projections.map((p) => p.years.at(-1)!.year));
  const middle = Math.round((first + last) / 2);
  const rows = projections.map((p) => {
    const indicator = strategy.indicators.find((i) => i.id === p.indicatorId)!;
    const unit = indicatorUnit(indicator);
    const at = (year: number) => {
      const y = p.years.find((point) => point.year === year) ?? p.years.at(-1)!;
      return strategyValue(y.expected, unit);
    };
    return [indicator.label, at(first), at(middle), at(last), p.basis === 'measures' ? 'Effets attendus des mesures' : 'Progression régulière vers la cible'];
  });
  return [
    section('indicateurs-attendus', 'Valeurs attendues des indicateurs relevés', [
      para(
        'Les indicateurs d’inclusion, de sensibilisation, de réemploi et d’écoconception ne sont pas simulés : ils partent de la valeur relevée l’année de référence. Quand une mesure annonce l’effet qu’elle doit avoir sur l’indicateur, cet effet est réparti de façon égale entre son lancement et l’année prévue ; sinon, la trajectoire est la progression régulière de la référence vers la cible.',
      ),
      table(`Valeurs attendues des indicateurs relevés, ${first}–${last}`, ['left', 'right', 'right', 'right', 'left'], ['Indicateur', String(first), String(middle), String(last), 'Trajectoire'], rows),
    ]),
  ];
}

/** The objective on greenhouse gases (the one drawn on the trajectory), if any. */
function carbonObjective(strategy: Strategy): Objective | undefined {
  return strategy.objectives.find((o) => strategy.indicators.find((i) => i.id === o.indicatorId)?.kind === 'co2e-t');
}

/**
 * The trajectory is a projection from the reference year's inventory and the planned measures; a
 * later year's computed footprint differs from it, and the sentence gives both figures (audit 5).
 */
function projectionNote(strategy: Strategy, trajectory: Trajectory): string {
  const base = `Cette trajectoire est une projection : elle part de l’inventaire de ${trajectory.baselineYear} et simule les mesures prévues, sans tenir compte des bilans établis depuis.`;
  const measured = strategyFootprints(strategy).filter((f) => f.year > trajectory.baselineYear).sort((a, b) => b.year - a.year)[0];
  const point = measured ? trajectory.years.find((y) => y.year === measured.year) : undefined;
  if (measured === undefined || point === undefined) return base;
  const inventory = measured.inventoryYear !== undefined && measured.inventoryYear < measured.year ? `l’inventaire de ${measured.inventoryYear}, non mis à jour` : `l’inventaire de ${measured.year}`;
  return `${base} Le bilan de ${measured.year} donne ${qty(measured.total.co2eKg, CO2)}, contre ${qty(point.scenario.total.co2eKg, CO2)} projetées avec les mesures : il est calculé sur ${inventory}, alors que la projection renouvelle chaque année les équipements arrivés en fin de vie.`;
}

/** The trajectory: chart with the target line and the uncertainty band, and its table. */
export function trajectorySection(strategy: Strategy, trajectory: Trajectory | undefined): Section | undefined {
  if (trajectory === undefined || trajectory.years.length === 0) return undefined;
  const t = (v: Dec) => v.dividedBy(CO2.divisor);
  const years = trajectory.years;
  const first = years[0]!;
  const last = years.at(-1)!;
  const objective = carbonObjective(strategy);
  // The target line: straight from the objective's baseline to its target, in the model's scale.
  const targetAt = (year: number): Dec | undefined => {
    if (objective === undefined || year < objective.baseline.year || year > objective.target.year) return undefined;
    const scale = objective.baseline.value.isZero() ? dec(1) : t(first.scenario.total.co2eKg).dividedBy(objective.baseline.value);
    const target = resolveTarget(objective);
    const value = objective.baseline.value.plus(target.minus(objective.baseline.value).times(year - objective.baseline.year).dividedBy(objective.target.year - objective.baseline.year));
    return value.times(scale);
  };
  const withTarget = objective !== undefined && years.every((y) => targetAt(y.year) !== undefined);
  const change = first.scenario.total.co2eKg.isZero() ? undefined : last.scenario.total.co2eKg.minus(first.scenario.total.co2eKg).dividedBy(first.scenario.total.co2eKg);
  const series = [
    { name: 'Sans mesure', values: years.map((y) => t(y.trend.total.co2eKg)) },
    { name: 'Avec les mesures', values: years.map((y) => t(y.scenario.total.co2eKg)) },
    ...(withTarget ? [{ name: 'Cible', style: 'target' as const, values: years.map((y) => targetAt(y.year)!) }] : []),
    { name: 'Fourchette basse', style: 'band-low' as const, values: years.map((y) => t(y.scenario.low.co2eKg)) },
    { name: 'Fourchette haute', style: 'band-high' as const, values: years.map((y) => t(y.scenario.high.co2eKg)) },
  ];
  const targetText = withTarget ? ` La cible de ${formatChangeFr(objective!.target.mode === 'relative' ? objective!.target.value.dividedBy(100) : resolveTarget(objective!).minus(objective!.baseline.value).dividedBy(objective!.baseline.value), { decimals: 0 })} en ${objective!.target.year} est tracée en tirets.` : '';
  const content: Block[] = [
    para(
      `Sans mesure, les émissions de gaz à effet de serre du numérique atteindraient ${qty(last.trend.total.co2eKg, CO2)} en ${last.year}. Avec les mesures de la stratégie, elles atteindraient ${qty(last.scenario.total.co2eKg, CO2)} (${range(last.scenario.low.co2eKg, last.scenario.high.co2eKg, CO2)})${change === undefined ? '' : `, soit ${formatChangeFr(change, { decimals: 1 })} par rapport à ${first.year}`}.${targetText}`,
    ),
    para(projectionNote(strategy, trajectory)),
    chart(
      'line',
      `Trajectoire des émissions de gaz à effet de serre, ${trajectory.baselineYear}–${trajectory.horizonYear}`,
      'Année',
      years.map((y) => String(y.year)),
      series,
      CO2.unit,
      CO2.precision,
      `Avec les mesures, les émissions passent de ${qty(first.scenario.total.co2eKg, CO2)} en ${first.year} à ${qty(last.scenario.total.co2eKg, CO2)} en ${last.year}, contre ${qty(last.trend.total.co2eKg, CO2)} sans mesure${withTarget ? ` ; la cible est de ${formatNumberFr(targetAt(last.year)!, CO2.precision)} ${CO2.unit}` : ''} ; la zone hachurée est la fourchette d’incertitude`,
    ),
  ];
  if (last.contributions.length > 0) {
    const contributionRows = last.contributions.map((c) => [strategy.measures.find((m) => m.id === c.measureId)?.title ?? '–', num(c.reduction.co2eKg, CO2)]);
    if (!last.interaction.co2eKg.isZero()) contributionRows.push(['Effet croisé des mesures', num(last.interaction.co2eKg, CO2)]);
    content.push(
      table(
        `Réduction apportée par chaque mesure en ${last.year} (${CO2.unit})`,
        ['left', 'right'],
        ['Mesure', 'Réduction'],
        contributionRows,
        'Chaque mesure est simulée seule ; l’effet croisé est l’écart entre la somme des effets isolés et l’effet de l’ensemble. Les mesures sans effet chiffrable (sensibilisation, inclusion, données ouvertes) n’y figurent pas.',
      ),
    );
  }
  return section('trajectoire', 'Trajectoire', content, true);
}

function scheduleText(measure: Pick<Measure, 'start' | 'end'>): string {
  if (measure.start && measure.end) return `du ${formatDateFr(measure.start)} au ${formatDateFr(measure.end)}`;
  if (measure.start) return `à partir du ${formatDateFr(measure.start)}`;
  if (measure.end) return `jusqu’au ${formatDateFr(measure.end)}`;
  return 'à fixer';
}

const budgetOf = (measures: readonly Measure[], kind: 'operating' | 'investment', year?: number): Dec =>
  sum(measures.flatMap((m) => m.budget.filter((b) => b.kind === kind && (year === undefined || b.year === year)).map((b) => b.amountEur)));

/** Years that carry a budget line, in order. */
function budgetYears(measures: readonly Measure[]): number[] {
  return [...new Set(measures.flatMap((m) => m.budget.map((b) => b.year).filter((y): y is number => y !== undefined)))].sort((a, b) => a - b);
}

/** One action sheet (fiche action) per measure. */
function measureSheet(strategy: Strategy, measure: Measure, index: number, trajectory: Trajectory | undefined): Section {
  const last = trajectory?.years.at(-1);
  const contribution = last?.contributions.find((c) => c.measureId === measure.id);
  const indicators = measure.indicatorIds.map((id) => strategy.indicators.find((i) => i.id === id)?.label).filter((l): l is string => l !== undefined);
  const funders = [...new Set(measure.budget.flatMap((b) => b.funders.map((f) => f.name)))];
  const rows: [string, string][] = [
    ['Axe', axisLabel(strategy, measure.axis)],
    ...(measure.context ? [['Contexte', measure.context] as [string, string]] : []),
    ...(measure.description.trim() !== '' ? [['Description', measure.description.trim()] as [string, string]] : []),
    ['Pilote', actorName(strategy, measure.pilotService)],
    [referentLabelFr(strategy.actors.find((a) => a.id === measure.electedOfficial), 'elected'), actorName(strategy, measure.electedOfficial)],
    ['Partenaires', listFr(measure.partners.map((p) => actorName(strategy, p))) || '–'],
    ['Calendrier', scheduleText(measure)],
    ['Statut', MEASURE_STATUS_LABELS_FR[measure.status]],
    ...(measure.priority ? [['Priorité', MEASURE_PRIORITY_LABELS_FR[measure.priority]] as [string, string]] : []),
    ['Indicateurs', listFr(indicators) || '–'],
    ...(measure.expectedEffect ? [['Résultat attendu', measure.expectedEffect] as [string, string]] : []),
    ...(contribution && last
      ? [
          [
            'Gain estimé',
            contribution.reduction.co2eKg.dividedBy(CO2.divisor).toDecimalPlaces(CO2.precision.decimals).isZero()
              ? 'Pas d’effet visible sur les émissions calculées selon la méthode retenue.'
              : `${qty(contribution.reduction.co2eKg, CO2)} de gaz à effet de serre évitées en ${last.year}`,
          ] as [string, string],
        ]
      : []),
    ...(measure.gainMethod ? [['Méthode d’estimation', measure.gainMethod] as [string, string]] : []),
    ['Financements', funders.length > 0 ? `Budget de la collectivité ; ${listFr(funders)}` : 'Budget de la collectivité'],
    ...(measure.fte !== undefined ? [['Temps agent', `${formatNumberFr(measure.fte, { decimals: 2 }).replace(/,?0+$/, '')} ETP`] as [string, string]] : []),
  ];
  const years = budgetYears([measure]);
  const content: Block[] = [table(`Fiche action ${index} : ${measure.title}`, ['left', 'left'], ['Rubrique', 'Contenu'], rows)];
  if (years.length > 0) {
    const budgetRows = years.map((y) => {
      const op = budgetOf([measure], 'operating', y);
      const inv = budgetOf([measure], 'investment', y);
      return [String(y), euros(op), euros(inv), euros(op.plus(inv))];
    });
    const opAll = budgetOf([measure], 'operating');
    const invAll = budgetOf([measure], 'investment');
    budgetRows.push(['Total', euros(opAll), euros(invAll), euros(opAll.plus(invAll))]);
    content.push(table(`Budget de la fiche action ${index} par année`, ['left', 'right', 'right', 'right'], ['Année', 'Fonctionnement', 'Investissement', 'Total'], budgetRows));
  }
  return section(`fiche-${index}`, `Fiche action ${index} – ${measure.title}`, content);
}

/** The action plan: the six axes of the decree covered or justified, then one sheet per measure. */
export function actionPlanSection(strategy: Strategy, trajectory: Trajectory | undefined): Section {
  const active = strategy.measures;
  const decreeRows = decreeAxisCoverage(strategy).map(({ axis, measures, justification }) => [
    axisTitle(strategy, axis),
    measures.length > 0 ? listFr(measures.map((m) => m.title)) : (justification ?? 'Aucune mesure n’est prévue sur cet axe à ce stade.'),
  ]);
  const otherAxes = orderedAxes(strategy, active.filter((m) => m.status !== 'abandoned').map((m) => m.axis)).filter((a) => !(DECREE_AXIS_IDS as readonly string[]).includes(a));
  const axisRows = [...decreeRows, ...otherAxes.map((axis) => [axisTitle(strategy, axis), listFr(active.filter((m) => m.axis === axis && m.status !== 'abandoned').map((m) => m.title))])];
  const content: (Block | Section)[] = [
    para(
      active.length === 0
        ? 'La stratégie ne comporte pas encore de mesure.'
        : `La stratégie comprend ${active.length} mesure${active.length > 1 ? 's' : ''}. Le décret propose six axes ; le tableau suivant indique, pour chacun, les mesures qui le portent ou la raison pour laquelle il n’en a pas.`,
    ),
    table('Les six axes du décret et les mesures', ['left', 'left'], ['Axe', 'Mesures'], axisRows),
  ];
  const sheets = orderedAxes(strategy, active.map((m) => m.axis)).flatMap((axis) => active.filter((m) => m.axis === axis));
  if (sheets.length > 0) content.push(section('fiches-action', 'Fiches action', sheets.map((m, i) => measureSheet(strategy, m, i + 1, trajectory))));
  return section('plan-action', 'Plan d’action', content, true);
}

/** The means: budget by year (operating and investment) and staff time. */
export function meansSection(strategy: Strategy): Section {
  const measures = strategy.measures.filter((m) => m.status !== 'abandoned');
  const years = budgetYears(measures);
  const content: Block[] = [];
  if (years.length > 0) {
    const rows = years.map((y) => {
      const op = budgetOf(measures, 'operating', y);
      const inv = budgetOf(measures, 'investment', y);
      return [String(y), euros(op), euros(inv), euros(op.plus(inv))];
    });
    const unyeared = sum(measures.flatMap((m) => m.budget.filter((b) => b.year === undefined).map((b) => b.amountEur)));
    const op = budgetOf(measures, 'operating');
    const inv = budgetOf(measures, 'investment');
    rows.push(['Total', euros(op), euros(inv), euros(op.plus(inv))]);
    content.push(
      para(`Les mesures mobilisent ${euros(op.plus(inv))} sur la période, dont ${euros(op)} en fonctionnement et ${euros(inv)} en investissement${unyeared.gt(0) ? ` (dont ${euros(unyeared)} sans année précisée)` : ''}.`),
      table('Budget des mesures par année', ['left', 'right', 'right', 'right'], ['Année', 'Fonctionnement', 'Investissement', 'Total'], rows, 'Montants en euros, hors mesures abandonnées.'),
    );
  } else {
    const total = sum(measures.flatMap((m) => m.budget.map((b) => b.amountEur)));
    content.push(para(total.gt(0) ? `Les mesures mobilisent ${euros(total)} sur la période.` : 'Les budgets des mesures ne sont pas encore chiffrés.'));
  }
  const fte = sum(measures.map((m) => m.fte ?? ZERO));
  if (fte.gt(0)) content.push(para(`Elles mobilisent aussi ${formatNumberFr(fte, { decimals: 2 }).replace(/,?0+$/, '')} équivalent temps plein (ETP) d’agents.`));
  return section('moyens', 'Moyens', content);
}

/** The indicator kinds whose values are the footprint's totals (`footprintIndicatorValue`). */
const FOOTPRINT_KINDS: readonly StrategyIndicator['kind'][] = ['co2e-t', 'water-m3', 'water-scarcity-m3eq', 'energy-kwh'];

/**
 * Where an indicator's values come from, as the status function reads them: the footprint totals
 * are computed from the inventory; the other simulated kinds (lifetime, refurbished share, PUE) take
 * the values the collectivité recorded, the trajectory projecting them from the inventory.
 */
export function indicatorOriginFr(indicator: Pick<StrategyIndicator, 'kind' | 'values'>): string {
  if (!INDICATOR_KINDS[indicator.kind].computed) return 'Relevé par la collectivité';
  if (FOOTPRINT_KINDS.includes(indicator.kind)) return 'Calculé à partir de l’inventaire';
  return indicator.values.length > 0 ? 'Relevé par la collectivité ; la projection est calculée à partir de l’inventaire' : 'Calculé à partir de l’inventaire';
}

/** The state of each objective at a stated date, with whether the measures reach it. */
export function statusTable(strategy: Strategy, statuses: readonly ObjectiveTracking[], caption: string): Block {
  const rows = statuses.map((t) => {
    const objective = strategy.objectives.find((o) => o.id === t.objectiveId);
    return [
      objective?.label ?? '–',
      `${t.baselineYear} : ${strategyValue(t.baselineValue, t.unit)}`,
      t.latest ? `${t.latest.year} : ${strategyValue(t.latest.value, t.unit)}${t.latest.inventoryYear !== undefined ? ` (calculée sur l’inventaire de ${t.latest.inventoryYear})` : ''}` : '–',
      `${t.targetYear} : ${strategyValue(t.targetValue, t.unit)}`,
      // A measured value on track while the plan misses: one cell states both facts.
      t.status === 'on-track' && t.basis === 'recorded-path' && t.plan !== undefined && !t.plan.reaches
        ? `${objectiveStatusLabelFr(t)} d’après la dernière valeur ; les mesures prévues mènent à ${strategyValue(t.plan.projected, t.unit)} en ${t.targetYear}, il manque ${strategyValue(t.plan.gap, t.unit)}`
        : objectiveStatusLabelFr(t),
    ];
  });
  return table(caption, ['left', 'right', 'right', 'right', 'left'], ['Objectif', 'Référence', 'Dernière valeur', 'Cible', 'État'], rows);
}

/** Follow-up and communication: the statuses at the document's date and the communication plan. */
export function followUpSection(strategy: Strategy, statuses: readonly ObjectiveTracking[], asOfText: string): Section {
  const content: Block[] = [
    para(
      'Chaque année, les indicateurs sont mis à jour et le bilan de la stratégie est présenté dans le rapport sur la situation en matière de développement durable (RDD), avant le débat budgétaire. Le comité de pilotage examine l’avancement des mesures et propose les ajustements.',
    ),
  ];
  if (statuses.length > 0) {
    content.push(
      para(`Le tableau ci-dessous donne l’état des objectifs ${asOfText}, date de ce document ; le bilan annuel présenté dans le RDD donne la situation au 31 décembre de chaque année.`),
      statusTable(strategy, statuses, `État des objectifs ${asOfText}`),
    );
  }
  if (strategy.communication.length > 0) {
    content.push(
      table(
        'Plan de communication et de suivi',
        ['left', 'left', 'left'],
        ['Action', 'Public', 'Quand'],
        strategy.communication.map((c) => [c.action, c.audience, c.timing ?? '–']),
      ),
    );
  }
  return section('suivi', 'Suivi et communication', content, true);
}

/** Engaged actions (synthesis of what was done before the strategy). */
export function engagedActionsBlocks(strategy: Strategy): Block[] {
  if (strategy.engagedActions.length === 0) return [para('Aucune action antérieure à la stratégie n’a été recensée.')];
  return [
    table(
      'Actions déjà engagées',
      ['left', 'left', 'left'],
      ['Action', 'Axe', 'Depuis'],
      [...strategy.engagedActions].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).map((a) => [a.description, axisShortLabel(strategy, a.axis).replace(/^./, (c) => c.toUpperCase()), a.date ? formatDateFr(a.date) : '–']),
    ),
  ];
}

