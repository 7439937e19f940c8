import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers';

/** A clock that moves 2 s at each reading: every import looks slow. */
function slowClock(): () => Date {
  let ms = Date.parse('2025-06-30T12:00:00Z');
  return () => new Date((ms += 2000));
}

describe('progress bar of imports', () => {
  it('is drawn on stderr, then cleared, when stdout is a terminal and the import is slow', async () => {
    const result = await runInProcess(['validate', 'parc.csv'], { tty: true, clock: slowClock() });
    expect(result.code).toBe(1);
    const ESC = String.fromCharCode(27);
    const frames = result.stderr.split('\r').slice(1);
    expect(frames.at(-1)).toBe(`${ESC}[K`);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames.slice(0, -1)) expect(frame).toMatch(new RegExp(`^\\[#+-*\\] +\\d+ % · \\d+ lignes${ESC}\\[K$`));
    expect(result.stdout).not.toContain('\r');
  });

  it('is not drawn with --quiet, nor when stdout is not a terminal', async () => {
    const quiet = await runInProcess(['validate', 'parc.csv', '--quiet'], { tty: true, clock: slowClock() });
    expect(quiet.stderr).toBe('');
    const piped = await runInProcess(['validate', 'parc.csv'], { tty: false, clock: slowClock() });
    expect(piped.stderr).toBe('');
  });
});
