import type * as Core from '@reen/core';
import type { Hosting, Inventory, Organisation, ProjectFile, Usage } from '@reen/core';
import type { CommandDefinition } from '../command';
import type { CliIO, GlobalOptions } from '../context';
import { EXIT, usageError } from '../errors';
import { isProjectFileName, parseJsonBytes, readInputFile, readJsonFile, refuseOutputOverInputs, writeOutputFile } from '../files';
import { t } from '../i18n';
import { importIssueWording, loadFactorSet, parseWithCore } from '../engine';
import { failOnUnreadable, importFromCommandLine } from '../importing';
import type { ImportCounts } from '../output/bilan';
import { ISSUES_LISTED_PER_CODE } from '../output/issueCap';
import { IMPORT_OPTIONS } from './importOptions';

type CoreModule = typeof Core;

const FORMATS = ['table', 'json', 'csv', 'md'] as const;
const METHODS = ['stock', 'flux'] as const;
const STOCK_RULES = ['beges', 'fleet'] as const;

/** `reen bilan FILE…`: the footprint of the inventory made from all the files together. */
export const command: CommandDefinition = {
  name: 'bilan',
  usage: 'bilan FICHIER…|PROJET.reen.json [--year AAAA] [--method stock|flux] [--stock-rule beges|fleet] [--org org.json] [--format table|json|csv|md]',
  summary: {
    fr: 'calcule le bilan de l’empreinte du numérique à partir d’inventaires ou d’un projet',
    en: 'computes the digital footprint bilan from inventory files or a project',
  },
  description: {
    fr: [
      'Les fichiers sont importés ensemble en un seul inventaire. Un fichier projet *.reen.json apporte',
      'organisation, inventaire, hébergement, usages, méthode, année de référence et jeu de facteurs ;',
      'les options données en ligne de commande l’emportent. Sortie 1 si des lignes sont rejetées',
      '(le bilan couvre alors les lignes acceptées).',
    ].join('\n'),
    en: [
      'The files are imported together into one inventory. A *.reen.json project file brings the',
      'organisation, inventory, hosting, usage, method, reference year and factor set; options given',
      'on the command line win. Exits with 1 when rows are rejected (the bilan then covers the',
      'accepted rows).',
    ].join('\n'),
  },
  options: {
    year: { type: 'string', short: 'y', valueName: 'YYYY', help: { fr: 'année du bilan (défaut : année de référence de l’organisation, --org ou projet, sinon l’année en cours)', en: 'year of the bilan (default: the organisation’s reference year, from --org or the project, else the current year)' } },
    method: { type: 'string', valueName: 'stock|flux', choices: METHODS, help: { fr: 'méthode comptable (défaut : stock)', en: 'accounting method (default: stock)' } },
    'stock-rule': {
      type: 'string',
      valueName: 'beges|fleet',
      choices: STOCK_RULES,
      help: {
        fr: 'méthode stock : beges (défaut) amortit la fabrication sur les années de vie de l’appareil ; fleet la compte ÷ durée de vie pour tout appareil en service, quel que soit son âge',
        en: 'stock method: beges (default) spreads manufacturing over the device’s lifetime years; fleet charges it ÷ lifetime to every device in service, whatever its age',
      },
    },
    'amortisation-years': { type: 'string', valueName: 'N', help: { fr: 'méthode flux : années d’amortissement des achats (défaut 1)', en: 'flux method: years purchases are amortised over (default 1)' } },
    org: { type: 'string', valueName: 'org.json', help: { fr: 'profil de l’organisation : type, population, agents, durées de vie', en: 'organisation profile: kind, population, agents, lifetimes' } },
    hosting: { type: 'string', valueName: 'hosting.json', help: { fr: 'hébergement : salles serveurs, colocation, cloud', en: 'hosting: server rooms, colocation, cloud' } },
    usage: { type: 'string', valueName: 'usage.json', help: { fr: 'usages : données réseau, courriels, visioconférence…', en: 'usage: network data, e-mails, video calls…' } },
    factors: { type: 'string', valueName: 'VERSION', help: { fr: 'version du jeu de facteurs, ex. fr-2025.1 (défaut : la plus récente)', en: 'factor-set version, e.g. fr-2025.1 (default: the latest)' } },
    out: { type: 'string', short: 'o', valueName: 'FILE', help: { fr: 'écrit le résultat dans ce fichier plutôt que sur la sortie standard', en: 'writes the result to this file instead of standard output' } },
    format: { type: 'string', short: 'f', valueName: FORMATS.join('|'), choices: FORMATS, help: { fr: 'format de sortie (défaut : table)', en: 'output format (default: table)' } },
    ...IMPORT_OPTIONS,
  },
  examples: [
    { command: 'reen bilan export-glpi.csv ecrans.csv --org org.json', help: { fr: 'bilan de deux exports avec le profil de l’organisation', en: 'bilan of two exports with the organisation profile' } },
    { command: 'reen bilan parc.xlsx --year 2024 --method flux --format json > bilan.json', help: { fr: 'JSON stable pour d’autres outils', en: 'stable JSON for other tools' } },
    { command: 'reen bilan beau-pays.reen.json --format md > bilan.md', help: { fr: 'bilan d’un projet en Markdown', en: 'bilan of a project as Markdown' } },
    { command: 'reen bilan parc.csv --stock-rule fleet --format json', help: { fr: 'règle du parc (EcoDiag) au lieu de la règle BEGES', en: 'fleet rule (EcoDiag) instead of the BEGES rule' } },
    { command: 'reen bilan parc.csv --format csv > bilan.csv', help: { fr: 'export pour tableur', en: 'spreadsheet export' } },
  ],
  async run({ io, global, values, positionals }) {
    if (positionals.length === 0) throw usageError('usage.needFiles');
    const lang = global.lang;
    const format = (values['format'] as (typeof FORMATS)[number] | undefined) ?? 'table';
    const year = parseYear(values['year'] as string | undefined);
    const amortisationYears = parseAmortisation(values['amortisation-years'] as string | undefined);
    const extraInputs = ['org', 'hosting', 'usage'].map((option) => values[option] as string | undefined).filter((name): name is string => name !== undefined);
    refuseOutputOverInputs(io, { '--out': values['out'] as string | undefined }, [...positionals, ...extraInputs]);
    // Loaded here, not at the top: `reen --help` loads this file and needs neither.
    const [core, { buildBilanJson, renderBilanCsv, renderBilanMarkdown, renderBilanTable }] = await Promise.all([import('@reen/core'), import('../output/bilan')]);

    // Project files bring every input; the other files are inventories to import.
    const projects: ProjectFile[] = [];
    const inventoryNames: string[] = [];
    const today = io.now().toISOString().slice(0, 10);
    for (const name of positionals) {
      const project = await readProjectCandidate(io, name);
      if (project === undefined) inventoryNames.push(name);
      else projects.push(await parseWithCore(name, project, (raw) => core.parseProject(raw, { today }), lang));
    }

    const project = projects[0];
    // The bilan lists the first issues of each code and never writes the rejected rows: the import keeps only those.
    // It computes on lines grouped by what the footprint reads (and by entity when the project has entities).
    const imported =
      inventoryNames.length > 0
        ? await importFromCommandLine(io, global, inventoryNames, values, {
            summaryOnly: { perCode: ISSUES_LISTED_PER_CODE },
            groupItems: { byEntity: project?.entities !== undefined },
          })
        : undefined;
    if (imported) await failOnUnreadable(imported, global);
    const projectRows = projects.reduce((total, entry) => total + entry.inventory.length, 0);
    const inventory: Inventory = [...projects.flatMap((entry) => entry.inventory), ...(imported?.inventory ?? [])];
    const counts: ImportCounts = {
      rowsRead: projectRows + (imported?.counts.rowsRead ?? 0),
      accepted: projectRows + (imported?.counts.accepted ?? 0),
      rejected: imported?.counts.rejected ?? 0,
    };

    const organisation = await resolveOrganisation(io, global, values['org'] as string | undefined, project, year, core);
    const organisationIsKnown = values['org'] !== undefined || project !== undefined;
    const hosting: Hosting =
      values['hosting'] !== undefined
        ? await parseWithCore(values['hosting'] as string, await readJsonFile(io, values['hosting'] as string), core.parseHosting, lang)
        : (project?.hosting ?? { sites: [], cloud: [] });
    const usage: Usage =
      values['usage'] !== undefined
        ? await parseWithCore(values['usage'] as string, await readJsonFile(io, values['usage'] as string), core.parseUsage, lang)
        : (project?.usage ?? { boxesInInventory: false });

    const { set } = await loadFactorSet((values['factors'] as string | undefined) ?? project?.factorSetVersion);
    const method = (values['method'] as (typeof METHODS)[number] | undefined) ?? project?.method ?? 'stock';
    const bilanYear = year ?? (organisationIsKnown ? organisation.referenceYear : io.now().getFullYear());
    const result = core.computeFootprint({ organisation, inventory, hosting, usage }, set, {
      year: bilanYear,
      method,
      amortisationYears: amortisationYears ?? project?.amortisationYears ?? 1,
      stockRule: (values['stock-rule'] as (typeof STOCK_RULES)[number] | undefined) ?? project?.stockRule ?? 'beges',
    });

    // The territorial bilan (kept apart from the totals) and the per-entity bilans of a shared DSI.
    const territory =
      organisationIsKnown && organisation.population > 0
        ? core.serializeTerritory(
            core.computeTerritoryFootprint({ organisation, territory: project?.territory, digitalServices: project?.digitalServices, usage }, set, { year: bilanYear }),
            { lang },
          )
        : undefined;
    const byEntity = project?.entities
      ? core.serializeEntityBilans(
          core.computeEntityBilans({ organisation, inventory, hosting, usage }, project.entities, result, set, {
            year: bilanYear,
            method,
            amortisationYears: amortisationYears ?? project.amortisationYears,
          }),
          { lang },
        )
      : undefined;

    const wording = await importIssueWording();
    const bilan = buildBilanJson({
      serialized: core.serializeFootprint(result, {
        lang,
        analysis: core.analyseFootprint(result, { organisation, factorSet: set, inventoryIsEstimate: project?.inventoryIsEstimate ?? false }),
      }),
      ...(territory ? { territory } : {}),
      ...(byEntity ? { byEntity } : {}),
      counts,
      issues: imported?.issues ?? [],
      issuesOmitted: imported?.issuesOmitted ?? [],
      lang,
      formatIssue: wording.bare,
    });
    const viewOptions = {
      lang,
      round: (value: string, decimals: number) => core.roundForDisplay(core.dec(value), decimals),
      percent: (part: string, total: string) => (core.dec(total).isZero() ? '0' : core.dec(part).times(100).dividedBy(core.dec(total)).toFixed()),
    };
    const rendered =
      format === 'json'
        ? `${JSON.stringify(bilan, null, 2)}\n`
        : format === 'csv'
          ? renderBilanCsv(bilan)
          : format === 'md'
            ? renderBilanMarkdown(bilan, viewOptions)
            : renderBilanTable(bilan, viewOptions);
    const out = values['out'] as string | undefined;
    if (out === undefined) io.stdout.write(rendered);
    else {
      await writeOutputFile(io, out, rendered);
      if (!global.quiet) io.stderr.write(`${t(lang, 'bilan.written', { file: out })}\n`);
    }
    return counts.rejected > 0 ? EXIT.rejected : EXIT.ok;
  },
};

/**
 * Reads a file given to `bilan` when it is a project: a `*.reen.json` file, or any `.json` file
 * holding an object with `schemaVersion` and `organisation` (a project saved under another name).
 * Returns `undefined` for inventory files, which go to the importer.
 */
async function readProjectCandidate(io: CliIO, name: string): Promise<unknown> {
  if (isProjectFileName(name)) return readJsonFile(io, name);
  if (!name.toLowerCase().endsWith('.json')) return undefined;
  const file = await readInputFile(io, name);
  let raw: unknown;
  try {
    raw = parseJsonBytes(file);
  } catch {
    return undefined; // not JSON after all: the importer reports it
  }
  const looksLikeProject = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'schemaVersion' in raw && 'organisation' in raw;
  return looksLikeProject ? raw : undefined;
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw usageError('usage.badValue', { value, option: '--year', expected: 'YYYY' });
  return Number(value);
}

function parseAmortisation(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(10|[1-9])$/.test(value)) throw usageError('usage.badValue', { value, option: '--amortisation-years', expected: '1…10' });
  return Number(value);
}

async function resolveOrganisation(
  io: CliIO,
  global: GlobalOptions,
  orgPath: string | undefined,
  project: ProjectFile | undefined,
  year: number | undefined,
  core: CoreModule,
): Promise<Organisation> {
  if (orgPath !== undefined) return parseWithCore(orgPath, await readJsonFile(io, orgPath), core.parseOrganisation, global.lang);
  if (project) return project.organisation;
  if (!global.quiet) io.stderr.write(`${t(global.lang, 'warning.prefix')}${t(global.lang, 'bilan.noOrg')}\n`);
  // An unknown organisation: no agents and no population, so no per-capita ratio is computed, and
  // every lifetime comes from the factor set's defaults.
  const unknown = core.parseOrganisation({
    name: '—',
    kind: 'other',
    population: 0,
    agents: 0,
    referenceYear: year ?? io.now().getFullYear(),
  });
  if (!unknown.success) throw new Error('The built-in unknown organisation does not validate.');
  return unknown.data;
}
