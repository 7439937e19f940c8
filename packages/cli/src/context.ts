import type { Lang } from './i18n';

/** A place the CLI writes text to: stdout or stderr, or a buffer in tests. */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the CLI touches outside itself, so that tests can run it in-process. */
export interface CliIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock (current year default, progress timing). */
  readonly now: () => Date;
}

/** The options every command accepts. */
export interface GlobalOptions {
  readonly lang: Lang;
  readonly quiet: boolean;
  readonly debug: boolean;
}

/** What a command receives: its parsed options and positionals, the I/O and the global options. */
export interface CommandContext<V = Record<string, unknown>> {
  readonly io: CliIO;
  readonly global: GlobalOptions;
  readonly values: V;
  readonly positionals: readonly string[];
}
