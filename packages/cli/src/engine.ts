/**
 * The seam between the CLI and the libraries it drives: @reen/core (factors, parsing, footprint) and
 * @reen/formats/inventory (files to inventory). The CLI does no footprint maths and no file
 * parsing of its own; this module only adapts arguments and results. Heavy modules are imported
 * lazily so that `--help` stays fast.
 */
import { plainText } from './output/sanitize';
import type { FactorSet, Issue, ParseResult } from '@reen/core';
import { inputError, usageError } from './errors';
import type { Lang } from './i18n';
import { t } from './i18n';

/** A factor set and the versions available. */
export interface LoadedFactorSet {
  readonly set: FactorSet;
  readonly versions: readonly string[];
}

/** Loads a factor set by version (default: the latest); an unknown version is a usage error. */
export async function loadFactorSet(version: string | undefined): Promise<LoadedFactorSet> {
  const core = await import('@reen/core');
  const versions = core.listFactorSets();
  if (version !== undefined && !versions.includes(version)) {
    throw usageError('usage.unknownFactorSet', { version, list: versions.join(', ') });
  }
  return { set: core.getFactorSet(version), versions };
}

/** Words issues with the core's message maps. */
export interface IssueWording {
  /** The full sentence, prefixed with where the issue is (file, line, column, or field path). */
  readonly located: (issue: Issue, lang: Lang) => string;
  /** The sentence alone, for outputs that give file, line and column in fields of their own. */
  readonly bare: (issue: Issue, lang: Lang) => string;
}

/** Loads the core's message maps for issues. */
export async function issueWording(): Promise<IssueWording> {
  const core = await import('@reen/core');
  return {
    located: (issue, lang) => core.formatIssue(issue, lang),
    bare: (issue, lang) => {
      const { position: _position, ...rest } = issue;
      return core.formatIssue({ ...rest, path: [], params: { field: issue.path.join('.'), ...issue.params } }, lang);
    },
  };
}

/**
 * Loads the importer's message maps (@reen/formats/inventory), which word the import codes and the
 * core codes an import carries, each with how to fix it.
 */
export async function importIssueWording(): Promise<IssueWording> {
  const inventory = await import('@reen/formats/inventory');
  return {
    located: (issue, lang) => inventory.formatImportIssueText(issue, lang),
    bare: (issue, lang) => {
      const worded = inventory.formatImportIssue(issue, lang);
      return worded.fix ? `${worded.message} ${lang === 'fr' ? 'Correction : ' : 'Fix: '}${worded.fix}` : worded.message;
    },
  };
}

/** Prints issues as indented lines: severity, code, then the located sentence of the core. */
export function renderIssueLines(issues: readonly Issue[], lang: Lang, wording: IssueWording, file?: string): string[] {
  return issues.map((issue) => `  ${file ? `${plainText(file)} — ` : ''}${t(lang, `severity.${issue.severity}`)} [${issue.code}] ${plainText(wording.located(issue, lang))}`);
}

/**
 * Validates a JSON value with one of the core's parsers; issues make an input error (exit 3) that
 * lists them with the file name.
 */
export async function parseWithCore<T>(
  file: string,
  raw: unknown,
  parse: (value: unknown) => ParseResult<T>,
  lang: Lang,
): Promise<T> {
  const result = parse(raw);
  if (result.success) return result.data;
  throw inputError('input.invalid', { file }, renderIssueLines(result.issues, lang, await issueWording(), file));
}
