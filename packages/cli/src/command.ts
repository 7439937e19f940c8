import { parseArgs } from 'node:util';
import type { CommandContext, GlobalOptions } from './context';
import { usageError } from './errors';
import type { Lang, Localized } from './i18n';
import { isLang, t } from './i18n';

/** One option of a command, for `node:util` `parseArgs` and for the help text. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder shown in the help, e.g. `FILE`. */
  readonly valueName?: string;
  /** Allowed values: checked before the command runs. */
  readonly choices?: readonly string[];
  readonly help: Localized;
}

/** An example of the command's help: the command line and what it does. */
export interface Example {
  readonly command: string;
  readonly help: Localized;
}

/**
 * A `reen` command. Each lives in its own file under `src/commands/` and is listed once in
 * `src/registry.ts`; heavy dependencies are imported inside `run`, so that `--help` stays fast.
 */
export interface CommandDefinition {
  readonly name: string;
  /** Usage line after `reen `, e.g. `validate FILE… [options]`. */
  readonly usage: string;
  readonly summary: Localized;
  /** Longer description shown by `--help`. */
  readonly description?: Localized;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly Example[];
  /** Runs the command and returns its exit code. Throws `CliError` for user errors. */
  run(context: CommandContext): Promise<number>;
}

/** Options that every command accepts. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', help: { fr: t('fr', 'help.opt.help'), en: t('en', 'help.opt.help') } },
  lang: { type: 'string', valueName: 'fr|en', choices: ['fr', 'en'], help: { fr: t('fr', 'help.opt.lang'), en: t('en', 'help.opt.lang') } },
  quiet: { type: 'boolean', short: 'q', help: { fr: t('fr', 'help.opt.quiet'), en: t('en', 'help.opt.quiet') } },
  debug: { type: 'boolean', help: { fr: t('fr', 'help.opt.debug'), en: t('en', 'help.opt.debug') } },
};

/** Result of parsing a command line for one command. */
export interface ParsedCommandLine {
  readonly values: Record<string, unknown>;
  readonly positionals: string[];
  readonly help: boolean;
}

interface NodeParseArgsError {
  code?: string;
  message: string;
}

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict), and turns its errors into
 * localised usage errors (exit code 2).
 */
export function parseCommandLine(command: CommandDefinition, args: readonly string[]): ParsedCommandLine {
  const specs = { ...GLOBAL_OPTIONS, ...command.options };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw translateParseError(error as NodeParseArgsError);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw usageError('usage.badValue', { value, option: `--${name}`, expected: spec.choices.join(' | ') });
    }
  }
  return { values: parsed.values, positionals: parsed.positionals, help: parsed.values['help'] === true };
}

function translateParseError(error: NodeParseArgsError) {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  // Node writes `'-m, --map <value>'`: name the long form.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[\s,]/)[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return usageError('usage.unknownOption', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return usageError(error.message.includes('does not take') ? 'usage.noValue' : 'usage.missingValue', { option });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return usageError('usage.unexpectedPositional', { value: quoted });
    default:
      return usageError('usage.badValue', { value: error.message, option: '', expected: '--help' });
  }
}

/**
 * Reads the global options (`--lang`, `--quiet`, `--debug`) from raw arguments before the command is
 * known, so that even a usage error is reported in the right language.
 */
export function sniffGlobalOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>): GlobalOptions {
  let lang: Lang = 'fr';
  const fromEnv = env['REEN_LANG'];
  if (fromEnv && isLang(fromEnv)) lang = fromEnv;
  let quiet = false;
  let debug = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') break;
    if (arg === '--lang') {
      const next = args[index + 1];
      if (next && isLang(next)) lang = next;
    } else if (arg?.startsWith('--lang=')) {
      const value = arg.slice('--lang='.length);
      if (isLang(value)) lang = value;
    } else if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--debug') debug = true;
  }
  return { lang, quiet, debug };
}

/** Renders the `--help` text of a command. */
export function renderCommandHelp(command: CommandDefinition, lang: Lang): string {
  const lines: string[] = [];
  const colon = lang === 'fr' ? ' :' : ':';
  lines.push(`reen ${command.name} — ${command.summary[lang]}`, '');
  lines.push(`${t(lang, 'help.usage')}${colon} reen ${command.usage}`, '');
  if (command.description) lines.push(command.description[lang], '');
  const optionLines = (specs: Readonly<Record<string, OptionSpec>>) => {
    const rows = Object.entries(specs).map(([name, spec]) => {
      const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
      return [flag, spec.help[lang]] as const;
    });
    const width = Math.max(0, ...rows.map(([flag]) => flag.length));
    return rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
  };
  if (Object.keys(command.options).length > 0) lines.push(`${t(lang, 'help.options')}${colon}`, ...optionLines(command.options), '');
  lines.push(`${t(lang, 'help.globalOptions')}${colon}`, ...optionLines(GLOBAL_OPTIONS), '');
  if (command.examples.length > 0) {
    lines.push(`${t(lang, 'help.examples')}${colon}`);
    for (const example of command.examples) lines.push(`  # ${example.help[lang]}`, `  ${example.command}`);
    lines.push('');
  }
  lines.push(t(lang, 'help.exitCodes'));
  return `${lines.join('\n')}\n`;
}
