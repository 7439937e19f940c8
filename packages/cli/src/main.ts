/**
 * Entry point of the `reen` command: dispatches to a command of the registry, prints user errors as
 * one localised line and maps them to exit codes (docs/cli.md).
 */
import { readFileSync } from 'node:fs';
import { renderCommandHelp, parseCommandLine, sniffGlobalOptions } from './command';
import type { CliIO, GlobalOptions } from './context';
import { CliError, EXIT } from './errors';
import type { Lang } from './i18n';
import { t } from './i18n';
import { COMMAND_NAMES, loadCommand } from './registry';

export type { CliIO, CommandContext, GlobalOptions, OutputStream } from './context';
export type { CommandDefinition, OptionSpec, Example } from './command';
export { EXIT, CliError } from './errors';

/**
 * Runs `reen` with the given arguments (without `node` and the script path).
 *
 * @param args - Command-line arguments, e.g. `['bilan', 'parc.csv', '--format', 'json']`.
 * @param io - Streams, working directory, environment and clock.
 * @returns The exit code: 0 success, 1 rows rejected, 2 usage error, 3 unreadable input.
 * @example
 * const code = await runCli(['factors', 'list'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, now: () => new Date() });
 */
export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  const global = sniffGlobalOptions(args, io.env);
  let commandName = '';
  try {
    const [first, ...rest] = args;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      if (first === 'help' && rest[0] !== undefined && !rest[0].startsWith('-')) return await runCli([rest[0], '--help', ...rest.slice(1)], io);
      io.stdout.write(await renderMainHelp(global.lang));
      if (first === undefined) {
        io.stderr.write(`${t(global.lang, 'error.prefix')}${t(global.lang, 'usage.noCommand')}\n`);
        return EXIT.usage;
      }
      return EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${cliVersion()}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-')) {
      // Global options before the command name: `reen --lang en bilan …`.
      const index = args.findIndex((arg, i) => !arg.startsWith('-') && !(i > 0 && args[i - 1] === '--lang'));
      if (index > 0) {
        const name = args[index] as string;
        return await runCli([name, ...args.slice(0, index), ...args.slice(index + 1)], io);
      }
      if (index === -1 && args.every((arg, i) => arg === '--lang' || args[i - 1] === '--lang' || arg.startsWith('--lang=') || ['--quiet', '-q', '--debug'].includes(arg))) {
        // Only global options: the same as no command at all.
        io.stdout.write(await renderMainHelp(global.lang));
        io.stderr.write(`${t(global.lang, 'error.prefix')}${t(global.lang, 'usage.noCommand')}\n`);
        return EXIT.usage;
      }
    }
    commandName = first;
    const command = await loadCommand(first);
    if (!command) {
      throw new CliError('usage', 'usage.unknownCommand', { name: first, list: COMMAND_NAMES.join(', ') });
    }
    const parsed = parseCommandLine(command, rest);
    if (parsed.help) {
      io.stdout.write(renderCommandHelp(command, global.lang));
      return EXIT.ok;
    }
    const effective: GlobalOptions = { ...global, quiet: parsed.values['quiet'] === true, debug: parsed.values['debug'] === true };
    return await command.run({ io, global: effective, values: parsed.values, positionals: parsed.positionals });
  } catch (error) {
    return reportError(error, io, global.lang, global.debug, commandName);
  }
}

function reportError(error: unknown, io: CliIO, lang: Lang, debug: boolean, commandName: string): number {
  if (error instanceof CliError) {
    const lines = [`${t(lang, 'error.prefix')}${t(lang, error.key, error.params)}`, ...error.details];
    if (error.kind === 'usage' && commandName && error.key !== 'usage.unknownCommand') {
      lines.push(t(lang, 'usage.seeHelp', { command: commandName }));
    }
    if (debug) lines.push(describeDebug(error));
    io.stderr.write(`${lines.join('\n')}\n`);
    return error.exitCode;
  }
  io.stderr.write(`${t(lang, 'error.prefix')}${t(lang, 'error.internal')}\n`);
  if (debug) io.stderr.write(`${describeDebug(error)}\n`);
  return 70;
}

function describeDebug(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current !== undefined) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) parts.push('caused by:');
  }
  return parts.join('\n');
}

async function renderMainHelp(lang: Lang): Promise<string> {
  const colon = lang === 'fr' ? ' :' : ':';
  const lines = [t(lang, 'help.intro'), '', `${t(lang, 'help.usage')}${colon} reen COMMANDE [options]`.replace('COMMANDE', lang === 'fr' ? 'COMMANDE' : 'COMMAND'), '', `${t(lang, 'help.commands')}${colon}`];
  const commands = await Promise.all(COMMAND_NAMES.map((name) => loadCommand(name)));
  const width = Math.max(...commands.map((command) => command?.usage.length ?? 0));
  for (const command of commands) {
    if (command) lines.push(`  ${command.usage.padEnd(width)}  ${command.summary[lang]}`);
  }
  lines.push('', t(lang, 'help.more'), t(lang, 'help.exitCodes'));
  return `${lines.join('\n')}\n`;
}

/** Version of @reen/cli, read from its package.json. */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The directory relative paths are resolved against. Through the repository's `reen` script
 * (`pnpm reen …`, `npm run reen -- …`), npm and pnpm run the script from the repository root, so
 * the directory the user typed the command in is `INIT_CWD`; otherwise it is the process's.
 */
export function invocationDirectory(env: Readonly<Record<string, string | undefined>>, processCwd: string): string {
  const initCwd = env['INIT_CWD'];
  return env['npm_lifecycle_event'] === 'reen' && initCwd ? initCwd : processCwd;
}

/** Runs `reen` on the real process: arguments, streams, working directory and environment. */
export async function runFromProcess(): Promise<number> {
  // A write error on stdout (a closed pipe, a full disk) means the result did not reach its reader:
  // say so on stderr and exit with 3, whatever the command returned.
  let failed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (!failed) {
      failed = true;
      try {
        const lang = sniffGlobalOptions(process.argv.slice(2), process.env).lang;
        process.stderr.write(`${t(lang, 'error.prefix')}${t(lang, 'output.stdoutFailed', { detail: error.code ?? error.message })}\n`);
      } catch {
        // stderr is gone too: the exit code still tells.
      }
    }
    process.exitCode = EXIT.input;
  });
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: invocationDirectory(process.env, process.cwd()),
    env: process.env,
    now: () => new Date(),
  });
  // Let pending writes settle, so that their errors are known before the exit code is chosen.
  await new Promise<void>((resolve) => {
    if (process.stdout.destroyed || process.stdout.writableLength === 0) resolve();
    else process.stdout.once('drain', resolve).once('error', () => resolve());
  });
  return failed ? EXIT.input : code;
}
