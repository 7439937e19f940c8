import type { MessageKey } from './i18n';

/** Exit codes of the `reen` command (docs/cli.md). */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** The run completed, but some rows were rejected. */
  rejected: 1,
  /** Usage error: unknown command or option, bad value, missing argument. */
  usage: 2,
  /** Input unreadable: missing file, unsupported format, too large, invalid JSON. */
  input: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error caused by the user, not by the CLI: printed as one localised line (plus details), never
 * with a stack trace unless `--debug` is given.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    /** `usage` exits with 2, `input` with 3. */
    readonly kind: 'usage' | 'input',
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    /** Extra lines printed after the message (already localised), e.g. validation issues. */
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(key, options);
  }

  get exitCode(): ExitCode {
    return this.kind === 'usage' ? EXIT.usage : EXIT.input;
  }
}

/** Shorthand for a usage error (exit code 2). */
export function usageError(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): CliError {
  return new CliError('usage', key, params);
}

/** Shorthand for an unreadable-input error (exit code 3). */
export function inputError(
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
  details: readonly string[] = [],
  cause?: unknown,
): CliError {
  return new CliError('input', key, params, details, { cause });
}
