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

const EXTENSIONS = '.docx | .odt | .pdf | .html | .md';

const WRITTEN: Localized = { fr: 'Document écrit dans {file}.', en: 'Document written to {file}.' };
const NO_STRATEGY: Localized = {
  fr: 'le projet n’a pas de stratégie (objectifs, mesures…) : complétez-la dans l’application web ou dans le champ « strategy » du fichier.',
  en: 'the project has no strategy (objectives, measures…): complete it in the web app or in the "strategy" field of the file.',
};

const NOT_ADOPTED: Localized = {
  fr: 'la stratégie n’a pas de version adoptée : figez-la à la date de la délibération dans l’application web (étape « Cadre »).',
  en: 'the strategy has no adopted version: freeze it at the deliberation date in the web app (step “Frame”).',
};

const word = (text: Localized, lang: Lang, params: Readonly<Record<string, string>> = {}): string =>
  text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);

const COMMON_OPTIONS = {
  out: {
    type: 'string',
    short: 'o',
    valueName: 'FICHIER',
    help: {
      fr: 'document à écrire ; son extension choisit le format (.docx, .odt, .pdf, .html, .md ; .pdf demande LibreOffice, sinon un HTML prêt à imprimer est écrit)',
      en: 'document to write; its extension picks the format (.docx, .odt, .pdf, .html, .md; .pdf needs LibreOffice, otherwise a print-ready HTML is written)',
    },
  },
  date: { type: 'string', valueName: 'AAAA-MM-JJ', help: { fr: 'date imprimée sur le document (défaut : aujourd’hui)', en: 'date printed on the document (default: today)' } },
  factors: { type: 'string', valueName: 'VERSION', help: { fr: 'version du jeu de facteurs (défaut : celle du projet)', en: 'factor-set version (default: the project’s)' } },
} as const;

const ENTITY_OPTION = {
  type: 'string',
  valueName: 'ID|all',
  help: {
    fr: 'document d’une entité du service informatique partagé (son identifiant), ou « all » : un fichier par entité soumise à la loi REEN (FICHIER-identifiant.ext)',
    en: 'document of one entity of the shared DSI (its id), or "all": one file per entity the REEN law obliges (FILE-id.ext)',
  },
} as const;

const NO_OBLIGED: Localized = {
  fr: 'aucune entité du projet n’est soumise à la loi REEN : demandez le document d’une entité par son identifiant (--entity ID), il sera marqué comme produit volontairement.',
  en: 'no entity of the project is obliged by the REEN law: ask for one entity’s document by its id (--entity ID); it will say it is produced voluntarily.',
};

/** The entities `--entity` asks for, each with the file it goes to. */
async function entityTargets(global: GlobalOptions, prepared: Prepared, asked: string): Promise<{ id: string; out: string }[]> {
  const ids = prepared.project.entities?.list.map((entity) => entity.id) ?? [];
  if (ids.length === 0) throw usageError('usage.badValue', { value: asked, option: '--entity', expected: global.lang === 'fr' ? 'un projet avec des entités (champ « entities »)' : 'a project with entities (field "entities")' });
  if (asked !== 'all') {
    if (!ids.includes(asked)) throw usageError('usage.badValue', { value: asked, option: '--entity', expected: [...ids, 'all'].join(' | ') });
    return [{ id: asked, out: prepared.out }];
  }
  const core = await import('@reen/core');
  const obliged = core.obligedEntityIds(prepared.project);
  if (obliged.length === 0) throw inputError('input.invalid', { file: prepared.name }, [`  ${word(NO_OBLIGED, global.lang)}`]);
  return obliged.map((id) => ({ id, out: prepared.out.replace(/(\.[^./\\]+)$/, `-${id}$1`) }));
}

interface Prepared {
  readonly name: string;
  readonly project: ProjectFile;
  readonly out: string;
  readonly format: 'docx' | 'odt' | 'html' | 'md' | 'pdf' | 'csv';
  readonly date: string;
}

async function prepare(io: CliIO, global: GlobalOptions, values: Record<string, unknown>, positionals: readonly string[], allowCsv = false): Promise<Prepared> {
  const [name, ...extra] = positionals;
  if (name === undefined) throw usageError('usage.needFiles');
  if (extra.length > 0) throw usageError('usage.unexpectedPositional', { value: extra[0]! });
  // A project file, usually `*.reen.json`; its content is checked by parseProject.
  if (!/\.json$/i.test(name)) throw usageError('usage.badValue', { value: name, option: 'PROJET', expected: '*.reen.json' });
  const out = values['out'] as string | undefined;
  if (out === undefined) throw usageError('usage.missingValue', { option: '--out' });
  refuseOutputOverInputs(io, { '--out': out }, [name]);
  const documents = await import('@reen/formats/document');
  const format = /\.csv$/i.test(out) && allowCsv ? 'csv' : documents.documentFormatFromFileName(out);
  if (format === undefined) throw usageError('usage.badValue', { value: out, option: '--out', expected: allowCsv ? `${EXTENSIONS} | .csv` : EXTENSIONS });
  const date = (values['date'] as string | undefined) ?? io.now().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw usageError('usage.badValue', { value: date, option: '--date', expected: 'AAAA-MM-JJ' });
  const core = await import('@reen/core');
  const project = await parseWithCore(name, await readJsonFile(io, name), (raw) => core.parseProject(raw, { today: io.now().toISOString().slice(0, 10) }), global.lang);
  if (project.strategy === undefined) throw inputError('input.invalid', { file: name }, [`  ${word(NO_STRATEGY, global.lang)}`]);
  return { name, project, out, format, date };
}

const PDF_FALLBACK: Localized = {
  fr: 'LibreOffice est absent : {file} est une page HTML prête à imprimer en PDF depuis le navigateur.',
  en: 'LibreOffice is missing: {file} is an HTML page ready to print to PDF from the browser.',
};

async function write(io: CliIO, global: GlobalOptions, prepared: Prepared, document: ReenDocument): Promise<number> {
  const formats = await import('@reen/formats/document');
  let out = prepared.out;
  let bytes: Uint8Array;
  if (prepared.format === 'csv') throw usageError('usage.badValue', { value: out, option: '--out', expected: EXTENSIONS });
  const office = prepared.format !== 'html' && prepared.format !== 'md' && (await formats.isOfficeAvailable());
  if (office) {
    // LibreOffice lays the pages out: the tables of contents carry the page numbers it prints; a PDF is tagged.
    bytes = await formats.renderDocumentWithOffice(document, prepared.format);
  } else if (prepared.format === 'pdf') {
    out = out.replace(/\.pdf$/i, '.html');
    bytes = await formats.renderDocument(document, 'html');
    if (!global.quiet) io.stderr.write(`${word(PDF_FALLBACK, global.lang, { file: out })}\n`);
  } else {
    // Word shows the table of contents with its page numbers before any update.
    bytes = await formats.renderDocument(document, prepared.format, { estimatePageNumbers: prepared.format === 'docx' });
  }
  await writeOutputFile(io, out, bytes);
  if (!global.quiet) io.stderr.write(`${word(WRITTEN, global.lang, { file: out })}\n`);
  return EXIT.ok;
}

/** `reen strategy PROJET.reen.json --out FICHIER`: the stratégie numérique responsable. */
export const strategyCommand: CommandDefinition = {
  name: 'strategy',
  usage: 'strategy PROJET.reen.json --out FICHIER.docx|.odt|.pdf|.html|.md [--document strategie|programme|annexe] [--version suivi|adoptee] [--entity ID|all] [--date AAAA-MM-JJ]',
  summary: {
    fr: 'écrit la stratégie numérique responsable du projet (DOCX, ODT, HTML ou Markdown)',
    en: 'writes the project’s responsible digital strategy (DOCX, ODT, HTML or Markdown)',
  },
  description: {
    fr: [
      'Le document suit le décret n° 2022-1084 et les stratégies publiées : édito, synthèse, vision, contexte,',
      'cadre légal, gouvernance et co-construction, état des lieux, objectifs reliés aux mesures, trajectoire,',
      'plan d’action sur les six axes avec une fiche par mesure, moyens, suivi et communication, méthode,',
      'glossaire. L’annexe technique (--document annexe) et le programme de travail (--document programme)',
      's’exportent à part. Avec LibreOffice, les sommaires portent les numéros de page et .pdf donne un PDF',
      'balisé. Un filigrane « BROUILLON » marque tout document dont la vérification a des points bloquants.',
    ].join('\n'),
    en: [
      'The document follows décret n° 2022-1084 and published strategies: édito, summary, vision, context,',
      'legal frame, governance and co-construction, état des lieux, objectives linked to measures,',
      'trajectory, action plan over the six axes with one sheet per measure, means, follow-up, method,',
      'glossary. The technical annex (--document annexe) and the programme de travail (--document',
      'programme) are exported apart. With LibreOffice, tables of contents carry page numbers and .pdf',
      'gives a tagged PDF. A « BROUILLON » mark flags any document whose check has blocking items.',
    ].join('\n'),
  },
  options: {
    ...COMMON_OPTIONS,
    document: {
      type: 'string',
      valueName: 'strategie|programme|annexe',
      help: {
        fr: 'document à écrire : la stratégie (défaut), le programme de travail seul, ou l’annexe technique (.csv : les facteurs utilisés)',
        en: 'document to write: the strategy (default), the programme de travail alone, or the technical annex (.csv: the factors used)',
      },
    },
    version: {
      type: 'string',
      valueName: 'suivi|adoptee',
      help: { fr: 'version de la stratégie : de suivi (défaut) ou adoptée, figée à la date de la délibération', en: 'strategy version: live monitoring (default) or adopted, frozen at the deliberation date' },
    },
    entity: ENTITY_OPTION,
  },
  examples: [
    { command: 'reen strategy ville.reen.json --out strategie.pdf', help: { fr: 'PDF balisé (avec LibreOffice)', en: 'tagged PDF (with LibreOffice)' } },
    { command: 'reen strategy ville.reen.json --document annexe --out annexe.odt', help: { fr: 'annexe technique', en: 'technical annex' } },
    { command: 'reen strategy ville.reen.json --document programme --out programme.docx', help: { fr: 'programme de travail', en: 'programme de travail' } },
    { command: 'reen strategy ville.reen.json --out strategie.odt', help: { fr: 'document OpenDocument pour LibreOffice', en: 'OpenDocument file for LibreOffice' } },
    { command: 'reen strategy agglo.reen.json --entity all --out strategie.docx', help: { fr: 'une stratégie par entité soumise à la loi (strategie-ID.docx)', en: 'one strategy per obliged entity (strategie-ID.docx)' } },
    { command: 'reen strategy ville.reen.json --out strategie.html', help: { fr: 'page autonome, à imprimer en PDF depuis le navigateur', en: 'self-contained page, to print to PDF from the browser' } },
  ],
  async run({ io, global, values, positionals }) {
    const kind = (values['document'] as string | undefined) ?? 'strategie';
    if (!['strategie', 'programme', 'annexe'].includes(kind)) throw usageError('usage.badValue', { value: kind, option: '--document', expected: 'strategie | programme | annexe' });
    const versionText = (values['version'] as string | undefined) ?? 'suivi';
    if (!['suivi', 'adoptee', 'adoptée'].includes(versionText)) throw usageError('usage.badValue', { value: versionText, option: '--version', expected: 'suivi | adoptee' });
    const prepared = await prepare(io, global, values, positionals, kind === 'annexe');
    const core = await import('@reen/core');
    const factors = values['factors'] as string | undefined;
    const factorSet = factors === undefined ? undefined : (await loadFactorSet(factors)).set;
    const version = versionText === 'suivi' ? ('live' as const) : ('adopted' as const);
    if (version === 'adopted' && prepared.project.strategy?.adopted === undefined) throw inputError('input.invalid', { file: positionals[0]! }, [`  ${word(NOT_ADOPTED, global.lang)}`]);
    const options = { date: prepared.date, version, ...(factorSet ? { factorSet } : {}) };
    const entity = values['entity'] as string | undefined;
    if (entity !== undefined) {
      if (kind !== 'strategie') throw usageError('usage.badValue', { value: kind, option: '--document', expected: 'strategie' });
      if (version !== 'live') throw usageError('usage.badValue', { value: versionText, option: '--version', expected: 'suivi' });
      for (const target of await entityTargets(global, prepared, entity)) {
        const document = core.buildEntityStrategyDocumentFromProject(prepared.project, target.id, { date: prepared.date, ...(factorSet ? { factorSet } : {}) });
        await write(io, global, { ...prepared, out: target.out }, document);
      }
      return EXIT.ok;
    }
    if (prepared.format === 'csv') {
      await writeOutputFile(io, prepared.out, new TextEncoder().encode(core.technicalAnnexCsvFromProject(prepared.project, options)));
      if (!global.quiet) io.stderr.write(`${word(WRITTEN, global.lang, { file: prepared.out })}\n`);
      return EXIT.ok;
    }
    const document =
      kind === 'programme'
        ? core.buildProgrammeDocumentFromProject(prepared.project, options)
        : kind === 'annexe'
          ? core.buildTechnicalAnnexDocumentFromProject(prepared.project, options)
          : core.buildStrategyDocumentFromProject(prepared.project, options);
    return write(io, global, prepared, document);
  },
};

/** `reen rapport PROJET.reen.json --year N --out FICHIER`: the yearly bilan for the RDD. */
export const rapportCommand: CommandDefinition = {
  name: 'rapport',
  usage: 'rapport PROJET.reen.json --year AAAA --out FICHIER.docx|.odt|.pdf|.html|.md [--entity ID|all] [--date AAAA-MM-JJ]',
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
    entity: ENTITY_OPTION,
  },
  examples: [
    { command: 'reen rapport ville.reen.json --year 2026 --out rapport-2026.docx', help: { fr: 'chapitre du RDD 2026 pour Word', en: '2026 RDD chapter for Word' } },
    { command: 'reen rapport agglo.reen.json --year 2026 --entity cias --out rapport-cias.docx', help: { fr: 'chapitre du RDD 2026 d’une entité du service partagé', en: '2026 RDD chapter of one entity of the shared DSI' } },
  ],
  async run({ io, global, values, positionals }) {
    const yearText = values['year'] as string | undefined;
    if (yearText === undefined) throw usageError('usage.missingValue', { option: '--year' });
    if (!/^\d{4}$/.test(yearText)) throw usageError('usage.badValue', { value: yearText, option: '--year', expected: 'AAAA' });
    const prepared = await prepare(io, global, values, positionals);
    const core = await import('@reen/core');
    const factors = values['factors'] as string | undefined;
    const factorSet = factors === undefined ? undefined : (await loadFactorSet(factors)).set;
    const options = { date: prepared.date, ...(factorSet ? { factorSet } : {}) };
    const entity = values['entity'] as string | undefined;
    if (entity !== undefined) {
      for (const target of await entityTargets(global, prepared, entity)) {
        await write(io, global, { ...prepared, out: target.out }, core.buildEntityYearlyBilanDocumentFromProject(prepared.project, target.id, Number(yearText), options));
      }
      return EXIT.ok;
    }
    const document = core.buildYearlyBilanDocumentFromProject(prepared.project, Number(yearText), options);
    return write(io, global, prepared, document);
  },
};
