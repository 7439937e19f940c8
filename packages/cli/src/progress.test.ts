import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress';

function setup(enabled: boolean) {
  let now = 0;
  const written: string[] = [];
  const bar = new ProgressBar({ stream: { write: (chunk) => written.push(String(chunk)) }, lang: 'fr', enabled, now: () => now, width: 10 });
  return { bar, written, advance: (ms: number) => (now += ms) };
}

describe('ProgressBar', () => {
  it('draws nothing during the first second', () => {
    const { bar, written, advance } = setup(true);
    advance(900);
    bar.update({ rowsDone: 10, bytesDone: 50, bytesTotal: 100 });
    bar.done();
    expect(written).toEqual([]);
  });

  it('draws after a second, then clears its line', () => {
    const { bar, written, advance } = setup(true);
    advance(1200);
    bar.update({ rowsDone: 12000, bytesDone: 45, bytesTotal: 100 });
    bar.done();
    expect(written).toEqual(['\r[#####-----]  45 % · 12\u202f000 lignes\x1b[K', '\r\x1b[K']);
  });

  it('draws at most ten times a second', () => {
    const { bar, written, advance } = setup(true);
    advance(1000);
    bar.update({ rowsDone: 1 });
    advance(50);
    bar.update({ rowsDone: 2 });
    advance(60);
    bar.update({ rowsDone: 3 });
    expect(written).toEqual(['\r1 lignes\x1b[K', '\r3 lignes\x1b[K']);
  });

  it('draws nothing when disabled (stdout is not a terminal, or --quiet)', () => {
    const { bar, written, advance } = setup(false);
    advance(5000);
    bar.update({ rowsDone: 1, bytesDone: 1, bytesTotal: 2 });
    bar.done();
    expect(written).toEqual([]);
  });
});
