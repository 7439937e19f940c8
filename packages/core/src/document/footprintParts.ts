/**
 * The bilan of the environmental impact (programme de travail): totals with ranges, breakdowns by
 * perimeter, category and phase with their charts, the bilan des usages and the maturity
 * self-assessment (its score is published only when enough questions are answered).
 */
import type { Dec } from '../internal/decimal';
import { dec } from '../internal/decimal';
import { CATEGORY_IDS, PERIMETERS, PHASES } from '../schemas/categories';
import type { CategoryId, Perimeter } from '../schemas/categories';
import { INDICATORS } from '../schemas/factors';
import { getMaturityQuestionnaire, scoreMaturity } from '../strategy/maturity';
import type { Strategy } from '../strategy/schema';
import { bullets, chart, num, para, qty, range, section, share, table } from './blocks';
import type { FootprintView } from './common';
import { formatNumberFr, formatPercentFr } from './formatFr';
import { CATEGORY_LABELS_FR, CO2E_PER_PERSON_DISPLAY, DOMAIN_LABELS_FR, INDICATOR_DISPLAY, MATURITY_ANSWER_LABELS_FR, PERIMETER_LABELS_FR, PHASE_LABELS_FR } from './labels';
import type { Block, Section } from './model';
import { editionFr } from './editionsFr';

const CO2 = INDICATOR_DISPLAY.co2eKg;

export const keyLabel = (labels: Readonly<Record<string, string>>, key: string): string => labels[key] ?? (key === '' ? 'Sans site' : key);

export function footprintSections(footprint: FootprintView): Section[] {
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
        'Valeurs arrondies pour l’affichage ; la précision de chaque indicateur est donnée dans l’annexe technique.',
      ),
      ...(footprint.perAgent !== undefined || footprint.perInhabitant !== undefined
        ? [
            table(
              'Émissions de gaz à effet de serre ramenées aux agents et aux habitants',
              ['left', 'right'],
              ['Ratio', 'kg CO2e'],
              [
                ...(footprint.perAgent ? [['Par agent', num(footprint.perAgent.co2eKg, CO2E_PER_PERSON_DISPLAY)]] : []),
                ...(footprint.perInhabitant ? [['Par habitant', num(footprint.perInhabitant.co2eKg, CO2E_PER_PERSON_DISPLAY)]] : []),
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
    // The chart shows the table's rows, zero bars included, so that its data table matches the table above.
    const charted = visible;
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

export function usagesSection(strategy: Strategy): Section {
  const usages = strategy.bilan.usages;
  if (usages === undefined) return section('usages', 'Bilan des usages', [para('Les usages numériques ne sont pas encore décrits dans ce document.')]);
  const content: Block[] = [];
  const facts: string[] = [];
  if (usages.agents !== undefined) facts.push(`Agents : ${formatNumberFr(dec(usages.agents), { decimals: 0 })}`);
  if (usages.users !== undefined) facts.push(`Utilisateurs du système d’information : ${formatNumberFr(dec(usages.users), { decimals: 0 })}`);
  if (usages.publicAccessPoints !== undefined)
    facts.push(`Lieux d’accès public au numérique équipés par la collectivité : ${formatNumberFr(dec(usages.publicAccessPoints.count), { decimals: 0 })}${usages.publicAccessPoints.comment ? ` (${usages.publicAccessPoints.comment})` : ''}`);
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
  if (content.length === 0) content.push(para('Les usages numériques ne sont pas encore décrits dans ce document.'));
  return section('usages', 'Bilan des usages', content);
}

/** Share of the questionnaire that must be answered before a score is published. */
const MATURITY_PUBLISH_SHARE = 0.8;

/**
 * The maturity self-assessment: the score by theme when at least 80 % of the questions are
 * answered; otherwise how many are answered, and no score (a score from a few answers would be
 * hollow). `withAnswers` adds the answer of every question (technical annex).
 */
export function maturitySection(strategy: Strategy, withAnswers = false): Section | undefined {
  if (strategy.maturity.length === 0) return undefined;
  const questionnaire = getMaturityQuestionnaire();
  const result = scoreMaturity(strategy.maturity, questionnaire);
  const themeLabel = (id: string) => questionnaire.themes.find((t) => t.id === id)?.fr ?? id;
  const answers = new Map(strategy.maturity.map((a) => [a.questionId, a]));
  const intro = `La collectivité a évalué sa maturité en numérique responsable avec l’autodiagnostic de REEN kit (${result.questions} questions, ${editionFr(questionnaire.version)}) ; ${result.answered} question${result.answered > 1 ? 's ont' : ' a'} une réponse.`;
  const content: Block[] = [];
  if (result.answered < result.questions * MATURITY_PUBLISH_SHARE) {
    content.push(para(`${intro} Le score n’est pas publié tant que l’autodiagnostic n’est pas complété : calculé sur si peu de réponses, il ne serait pas représentatif.`));
  } else {
    const themeRows = result.themes.map((t) => [themeLabel(t.theme), `${t.answered} sur ${t.questions}`, formatPercentFr(t.score, { decimals: 0 })]);
    themeRows.push(['Ensemble', `${result.answered} sur ${result.questions}`, formatPercentFr(result.overall, { decimals: 0 })]);
    content.push(
      para(`${intro} Une réponse « oui » vaut un point, « en partie » un demi-point ; une question sans réponse compte comme « non ».`),
      table('Score de maturité par thème', ['left', 'right', 'right'], ['Thème', 'Réponses', 'Score'], themeRows),
    );
  }
  if (withAnswers) {
    const answerRows = questionnaire.questions.flatMap((q) => {
      const a = answers.get(q.id);
      return a ? [[themeLabel(q.theme), q.fr, MATURITY_ANSWER_LABELS_FR[a.answer], a.comment ?? '–']] : [];
    });
    if (answerRows.length > 0) content.push(table('Réponses à l’autodiagnostic', ['left', 'left', 'left', 'left'], ['Thème', 'Question', 'Réponse', 'Commentaire'], answerRows));
  }
  return section('maturite', 'Autodiagnostic de maturité', content);
}
