import type { ProjectFile, ReenDocument } from '@reen/core';
import type { CommandDefinition } from '../command';
import type { CliIO, GlobalOptions } from '../context';
import { EXIT, inputError, usageError } from '../errors';
import { readJsonFile, refuseOutputOverInputs, writeOutputFile } from '../files';
import type { Lang, Localized } from '../i18n';
import { loadFactorSet, parseWithCore } from '../engine';

/**
 * `reen strategy` and `reen rapport`: the strategy document and the yearly bilan (RDD chapter) of a
 * project, in the format given by the extension of `--out` (.docx, .odt, .html, .md). The content
 * is built by @reen/core (`build…DocumentFromProject`) and rendered by @reen/formats/document.
 */

const EXTENSIONS = '.docx | .odt | .html | .md';

const WRITTEN: Localized = { fr: 'Document écrit dans {file}.', en: 'Document written to {file}.' };
const NO_STRATEGY: Localized = {
  fr: 'le projet n’a pas de stratégie (objectifs, mesures…) : complétez-la dans l’application web ou dans le champ « strategy » du fichier.',
  en: 'the project has no strategy (objectives, measures…): complete it in the web app or in the "strategy" field of the file.',
};

const word = (text: Localized, lang: Lang, params: Readonly<Record<string, string>> = {}): string =>
  text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);

const COMMON_OPTIONS = {
  out: { type: 'string', short: 'o', valueName: 'FICHIER', help: { fr: 'document à écrire ; son extension choisit le format (.docx, .odt, .html, .md)', en: 'document to write; its extension picks the format (.docx, .odt, .html, .md)' } },
  date: { type: 'string', valueName: 'AAAA-MM-JJ', help: { fr: 'date imprimée sur le document (défaut : aujourd’hui)', en: 'date printed on the document (default: today)' } },
  factors: { type: 'string', valueName: 'VERSION', help: { fr: 'version du jeu de facteurs (défaut : celle du projet)', en: 'factor-set version (default: the project’s)' } },
} as const;

interface Prepared {
  readonly project: ProjectFile;
  readonly out: string;
  readonly format: 'docx' | 'odt' | 'html' | 'md';
  readonly date: string;
}

async function prepare(io: CliIO, global: GlobalOptions, values: Record<string, unknown>, positionals: readonly string[]): Promise<Prepared> {
  const [name, ...extra] = positionals;
  if (name === undefined) throw usageError('usage.needFiles');
  if (extra.length > 0) throw usageError('usage.unexpectedPositional', { value: extra[0]! });
  // A project file, usually `*.reen.json`; its content is checked by parseProject.
  if (!/\.json$/i.test(name)) throw usageError('usage.badValue', { value: name, option: 'PROJET', expected: '*.reen.json' });
  const out = values['out'] as string | undefined;
  if (out === undefined) throw usageError('usage.missingValue', { option: '--out' });
  refuseOutputOverInputs(io, { '--out': out }, [name]);
  const documents = await import('@reen/formats/document');
  const format = documents.documentFormatFromFileName(out);
  if (format === undefined) throw usageError('usage.badValue', { value: out, option: '--out', expected: EXTENSIONS });
  const date = (values['date'] as string | undefined) ?? io.now().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw usageError('usage.badValue', { value: date, option: '--date', expected: 'AAAA-MM-JJ' });
  const core = await import('@reen/core');
  const project = await parseWithCore(name, await readJsonFile(io, name), (raw) => core.parseProject(raw, { today: io.now().toISOString().slice(0, 10) }), global.lang);
  if (project.strategy === undefined) throw inputError('input.invalid', { file: name }, [`  ${word(NO_STRATEGY, global.lang)}`]);
  return { project, out, format, date };
}

async function write(io: CliIO, global: GlobalOptions, prepared: Prepared, document: ReenDocument): Promise<number> {
  const { renderDocument } = await import('@reen/formats/document');
  // Word shows the table of contents with its page numbers before any update.
  await writeOutputFile(io, prepared.out, await renderDocument(document, prepared.format, { estimatePageNumbers: prepared.format === 'docx' }));
  if (!global.quiet) io.stderr.write(`${word(WRITTEN, global.lang, { file: prepared.out })}\n`);
  return EXIT.ok;
}

/** `reen strategy PROJET.reen.json --out FICHIER`: the stratégie numérique responsable. */
export const strategyCommand: CommandDefinition = {
  name: 'strategy',
  usage: 'strategy PROJET.reen.json --out FICHIER.docx|.odt|.html|.md [--date AAAA-MM-JJ]',
  summary: {
    fr: 'écrit la stratégie numérique responsable du projet (DOCX, ODT, HTML ou Markdown)',
    en: 'writes the project’s responsible digital strategy (DOCX, ODT, HTML or Markdown)',
  },
  description: {
    fr: [
      'Le document suit le décret n° 2022-1084 : synthèse, cadre légal, programme de travail (acteurs,',
      'bilan de l’impact environnemental, usages, actions engagées), objectifs, trajectoire, mesures par',
      'axe avec leurs moyens, suivi, autodiagnostic et annexe méthodologique. Le bilan est calculé pour',
      'l’année de référence de l’organisation avec le jeu de facteurs du projet.',
    ].join('\n'),
    en: [
      'The document follows décret n° 2022-1084: summary, legal frame, programme de travail (actors,',
      'environmental impact, uses, actions already engaged), objectives, trajectory, measures by axis',
      'with their means, monitoring, self-assessment and methodology annex. The footprint is computed',
      'for the organisation’s reference year with the project’s factor set.',
    ].join('\n'),
  },
  options: COMMON_OPTIONS,
  examples: [
    { command: 'reen strategy ville.reen.json --out strategie.odt', help: { fr: 'document OpenDocument pour LibreOffice', en: 'OpenDocument file for LibreOffice' } },
    { command: 'reen strategy ville.reen.json --out strategie.html', help: { fr: 'page autonome, à imprimer en PDF depuis le navigateur', en: 'self-contained page, to print to PDF from the browser' } },
  ],
  async run({ io, global, values, positionals }) {
    const prepared = await prepare(io, global, values, positionals);
    const core = await import('@reen/core');
    const factors = values['factors'] as string | undefined;
    const factorSet = factors === undefined ? undefined : (await loadFactorSet(factors)).set;
    const document = core.buildStrategyDocumentFromProject(prepared.project, { date: prepared.date, ...(factorSet ? { factorSet } : {}) });
    return write(io, global, prepared, document);
  },
};

/** `reen rapport PROJET.reen.json --year N --out FICHIER`: the yearly bilan for the RDD. */
export const rapportCommand: CommandDefinition = {
  name: 'rapport',
  usage: 'rapport PROJET.reen.json --year AAAA --out FICHIER.docx|.odt|.html|.md [--date AAAA-MM-JJ]',
  summary: {
    fr: 'écrit le bilan annuel de la stratégie pour le rapport développement durable',
    en: 'writes the strategy’s yearly bilan for the sustainable development report',
  },
  description: {
    fr: [
      'Chapitre du rapport sur la situation en matière de développement durable : référence légale selon',
      'le type de collectivité, indicateurs des années N et N−1 au regard des cibles, mesures réalisées et',
      'en retard, empreinte de l’année N (calculée avec l’inventaire du projet) comparée à N−1.',
    ].join('\n'),
    en: [
      'Chapter of the sustainable development report: the legal reference for the kind of entity,',
      'indicators for years N and N−1 against their targets, measures done and late, footprint of year',
      'N (computed from the project’s inventory) against N−1.',
    ].join('\n'),
  },
  options: {
    year: { type: 'string', short: 'y', valueName: 'AAAA', help: { fr: 'année N du bilan', en: 'year N of the bilan' } },
    ...COMMON_OPTIONS,
  },
  examples: [{ command: 'reen rapport ville.reen.json --year 2026 --out rapport-2026.docx', help: { fr: 'chapitre du RDD 2026 pour Word', en: '2026 RDD chapter for Word' } }],
  async run({ io, global, values, positionals }) {
    const yearText = values['year'] as string | undefined;
    if (yearText === undefined) throw usageError('usage.missingValue', { option: '--year' });
    if (!/^\d{4}$/.test(yearText)) throw usageError('usage.badValue', { value: yearText, option: '--year', expected: 'AAAA' });
    const prepared = await prepare(io, global, values, positionals);
    const core = await import('@reen/core');
    const factors = values['factors'] as string | undefined;
    const factorSet = factors === undefined ? undefined : (await loadFactorSet(factors)).set;
    const document = core.buildYearlyBilanDocumentFromProject(prepared.project, Number(yearText), { date: prepared.date, ...(factorSet ? { factorSet } : {}) });
    return write(io, global, prepared, document);
  },
};
