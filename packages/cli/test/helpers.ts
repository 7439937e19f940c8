import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliIO, OutputStream } from '../src/context';
import { runCli } from '../src/main';

/** Output captured from one run of the CLI. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Capture implements OutputStream {
  readonly chunks: Buffer[] = [];
  constructor(readonly isTTY = false) {}
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    return true;
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Directory of the CLI's own test fixtures. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Runs the CLI in-process (fast): the same code path as the binary, with captured streams. */
export async function runInProcess(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; now?: Date; clock?: () => Date; tty?: boolean } = {},
): Promise<RunResult & { stdoutBytes: Buffer }> {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const io: CliIO = {
    stdout,
    stderr,
    cwd: options.cwd ?? FIXTURES,
    env: options.env ?? {},
    now: options.clock ?? (() => options.now ?? new Date('2025-06-30T12:00:00Z')),
  };
  const code = await runCli(args, io);
  const stdoutBytes = stdout.bytes();
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: stderr.bytes().toString('utf8'), stdoutBytes };
}

const BIN = fileURLToPath(new URL('../bin/reen.mjs', import.meta.url));

/** Runs the real `reen` binary as a child process (about a second each: keep these few). */
export function runBinary(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? FIXTURES,
      env: { ...process.env, REEN_LANG: '', NODE_OPTIONS: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
