/**
 * The « annexe technique » of the strategy, published apart from it: the full trace of the bilan
 * (method and versions, sources of every factor, assumptions, default values, uncertainty), the
 * footprint by category and phase, the maturity answers, and the factors as a CSV file.
 */
import { FootprintError } from '../errors';
import type { FactorSet } from '../schemas/factors';
import type { Organisation } from '../schemas/organisation';
import type { Strategy } from '../strategy/schema';
import type { Trajectory } from '../strategy/trajectory';
import { num, para, range, section, table } from './blocks';
import { dedupeNotes, licenceFr, methodologyAnnex } from './common';
import type { FootprintView } from './common';
import { finishDocument } from './finish';
import { formatDateFr } from './formatFr';
import { footprintSections, maturitySection } from './footprintParts';
import { INDICATOR_DISPLAY } from './labels';
import type { ReenDocument, Section } from './model';
import { organisationNameFr } from './organisationName';
import { wordTraceNote } from './blocks';
import type { FootprintDistribution } from '../uncertainty/distribution';
import { uncertaintyAnnexSection } from './uncertaintyParts';
import { methodEditionFr } from './editionsFr';

export interface TechnicalAnnexInput {
  readonly organisation: Pick<Organisation, 'name'> & { readonly article?: Organisation['article'] };
  readonly strategy: Strategy;
  readonly footprint: FootprintView | undefined;
  readonly factorSet?: FactorSet | undefined;
  readonly trajectory?: Trajectory | undefined;
  readonly draft?: boolean;
  /** The Monte Carlo distribution of `footprint`, when it is a computed result: the percentiles. */
  readonly distribution?: FootprintDistribution | undefined;
}

const CO2 = INDICATOR_DISPLAY.co2eKg;

/** The trajectory year by year, with its range. */
function trajectoryTable(trajectory: Trajectory): Section {
  return section('annexe-trajectoire', 'Trajectoire année par année', [
    table(
      `Trajectoire ${trajectory.baselineYear}–${trajectory.horizonYear} (${CO2.unit})`,
      ['left', 'right', 'right', 'left'],
      ['Année', 'Sans mesure', 'Avec les mesures', 'Fourchette avec les mesures'],
      trajectory.years.map((y) => [String(y.year), num(y.trend.total.co2eKg, CO2), num(y.scenario.total.co2eKg, CO2), range(y.scenario.low.co2eKg, y.scenario.high.co2eKg, CO2)]),
    ),
    ...(trajectory.notes.length > 0 ? [para(`Hypothèses de la simulation : ${dedupeNotes(trajectory.notes).map(wordTraceNote).join(' ')}`)] : []),
  ]);
}

/**
 * Builds the technical annex of the strategy.
 *
 * @param input - Organisation, strategy, footprint with its trace, factor set and trajectory.
 * @param options - `date`: the document's date (ISO).
 */
export function buildTechnicalAnnexDocument(input: TechnicalAnnexInput, options: { readonly date: string }): ReenDocument {
  const name = organisationNameFr(input.organisation);
  const { footprint } = input;
  const annex = methodologyAnnex('annexe', { footprint, factorSet: input.factorSet, extraNotes: [] });
  const maturity = maturitySection(input.strategy, true);
  const sections: Section[] = [
    section('objet', 'Objet de cette annexe', [
      para(
        `Cette annexe technique accompagne la stratégie numérique responsable ${name.of}. Elle détaille le calcul du bilan : méthode, sources et versions des facteurs d’impact, hypothèses, valeurs par défaut et incertitude. Les facteurs utilisés sont aussi publiés dans un fichier de données (CSV).`,
      ),
    ]),
    ...annex.content.filter((c): c is Section => !('kind' in c)),
    ...(footprint === undefined ? [] : [section('annexe-bilan', 'Bilan détaillé', footprintSections(footprint), true)]),
    ...(footprint !== undefined && input.distribution ? [uncertaintyAnnexSection(footprint, input.distribution)] : []),
    ...(input.trajectory ? [trajectoryTable(input.trajectory)] : []),
    ...(maturity ? [maturity] : []),
  ];
  return finishDocument(
    {
      lang: 'fr-FR',
      title: `Stratégie numérique responsable – annexe technique – ${name.name}`,
      author: name.name,
      subject: 'Annexe technique de la stratégie numérique responsable',
      cover: { organisation: name.name, title: 'Stratégie numérique responsable', subtitle: 'Annexe technique', date: formatDateFr(options.date), lines: footprint ? [`Bilan ${footprint.year}, ${methodEditionFr(footprint.methodologyVersion)}`] : [] },
      tableOfContents: true,
      draft: input.draft ?? false,
      sections,
      footer: `Annexe technique – ${name.name}`,
    },
    { glossary: true },
  );
}

const csvCell = (value: string): string => (/[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The factors a footprint used, as a CSV file (separator `;`, UTF-8): id, what it applies to,
 * indicator, phase, value, unit, low and high bounds, source, year, address and licence; then the
 * assumptions and default values of the trace.
 *
 * @throws FootprintError `invalid_option` when the footprint or the factor set is missing.
 */
export function technicalAnnexCsv(footprint: FootprintView | undefined, factorSet: FactorSet | undefined): string {
  if (footprint === undefined || factorSet === undefined) throw new FootprintError('invalid_option', { option: 'footprint', reason: 'the technical annex CSV needs the footprint and its factor set' });
  const ids = [...new Set([...(footprint.trace?.factors ?? []), ...(footprint.factors ?? [])])].sort();
  const rows = new Map(factorSet.rows.map((r) => [r.id, r]));
  const lines = [['type', 'identifiant', 'objet', 'indicateur', 'phase', 'valeur', 'unité', 'borne basse', 'borne haute', 'éditeur', 'titre', 'année', 'adresse', 'licence', 'texte'].join(';')];
  for (const id of ids) {
    const r = rows.get(id);
    if (r === undefined) continue;
    lines.push(['facteur', r.id, r.subject, r.indicator, r.phase, r.value, r.unit, r.uncertainty.low, r.uncertainty.high, r.source.publisher, r.source.title, String(r.source.year), r.source.url, licenceFr(r.licence), ''].map(csvCell).join(';'));
  }
  const notes = [
    ...dedupeNotes(footprint.trace?.assumptions ?? []).map((n) => ['hypothèse', n] as const),
    ...dedupeNotes(footprint.trace?.fallbacks ?? []).map((n) => ['valeur par défaut', n] as const),
  ];
  for (const [kind, n] of notes) lines.push([kind, n.code, '', '', '', '', '', '', '', '', '', '', '', '', wordTraceNote(n)].map(csvCell).join(';'));
  return `${lines.join('\r\n')}\r\n`;
}
