import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packStrings, Spool, TextSpool, unpackStrings } from './spool';

// Each test gets its own temporary directory, to see where the spool files go.
let temporary = '';
let previous: string | undefined;
beforeEach(() => {
  temporary = mkdtempSync(join(tmpdir(), 'reen-spool-test-'));
  previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = temporary;
});
afterEach(() => {
  if (previous === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = previous;
  rmSync(temporary, { recursive: true, force: true });
});

/** Files under the test's temporary directory this process holds open (Linux: /proc), removed or not. */
function openSpoolFiles(): number {
  if (!existsSync('/proc/self/fd')) return -1;
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(temporary);
    } catch {
      return false;
    }
  }).length;
}
const onLinux = existsSync('/proc/self/fd');

const identity = { encode: (text: string) => text, decode: (text: string) => text };

describe('Spool', () => {
  it('keeps items in memory up to its limit, then in a file that has no name left and is closed on dispose', () => {
    const spool = new Spool<string>(2, identity);
    spool.push('a');
    spool.push('b');
    expect(spool.onDisk).toBe(false);
    spool.push('c');
    expect(spool.onDisk).toBe(true);
    // Its name and directory are removed at once: nothing is left if the process is killed.
    expect(readdirSync(temporary)).toEqual([]);
    if (onLinux) expect(openSpoolFiles()).toBe(1);
    spool.push('');
    expect(spool.length).toBe(4);
    // Read back twice, in order, the empty item included.
    expect([...spool]).toEqual(['a', 'b', 'c', '']);
    expect([...spool]).toEqual(['a', 'b', 'c', '']);
    spool.dispose();
    if (onLinux) expect(openSpoolFiles()).toBe(0);
  });

  it('reads back any text, characters cut by the 1 MiB reads included', () => {
    // Pairs of characters of 2 + 4 bytes: the first read of 1,048,576 bytes ends inside an emoji of the first item;
    // colons, line breaks and digits inside items too.
    const items = [
      'é😀'.repeat(200_001),
      '12:3\n',
      `${'x'.repeat(1_048_570)}€😀`,
      '\u2028«\u00a0»',
      'é😀'.repeat(150_000),
    ];
    const spool = new Spool<string>(0, identity);
    for (const item of items) spool.push(item);
    const back = [...spool];
    expect(back.length).toBe(5);
    for (let i = 0; i < items.length; i++) expect(back[i] === items[i]).toBe(true);
    spool.dispose();
  });

  it('stores any item through its codec', () => {
    const spool = new Spool<{ n: number; tags: string[] }>(0, {
      encode: (item) => packStrings([String(item.n), ...item.tags]),
      decode: (text) => {
        const [n = '', ...tags] = unpackStrings(text);
        return { n: Number(n), tags };
      },
    });
    spool.push({ n: 1, tags: ['a:b', ''] });
    spool.push({ n: 22, tags: [] });
    expect([...spool]).toEqual([
      { n: 1, tags: ['a:b', ''] },
      { n: 22, tags: [] },
    ]);
    spool.dispose();
  });
});

describe('packStrings', () => {
  it('writes each string as its length, a colon and itself', () => {
    expect(packStrings(['ab', '', 'c:d'])).toBe('2:ab0:3:c:d');
    expect(unpackStrings('2:ab0:3:c:d')).toEqual(['ab', '', 'c:d']);
    expect(unpackStrings(packStrings([]))).toEqual([]);
    // Lengths are in UTF-16 code units: 😀 counts 2.
    expect(packStrings(['😀é'])).toBe('3:😀é');
  });
});

describe('TextSpool', () => {
  const text = (spool: TextSpool) => Buffer.concat([...spool.chunks()]).toString('utf8');

  it('keeps a short text in memory and gives it in pieces of whole lines', () => {
    const spool = new TextSpool();
    // 2,000 lines of 101 characters, 151 bytes: 302,000 bytes.
    const line = `${'é'.repeat(50)}${'a'.repeat(50)}\n`;
    for (let i = 0; i < 2000; i++) spool.append(line);
    expect(spool.onDisk).toBe(false);
    const pieces = [...spool.chunks()];
    // 65,536 bytes hold 434 whole lines (65,534 bytes): 4 pieces of 434 lines, then 264 lines (39,864 bytes).
    expect(pieces.map((piece) => piece.length)).toEqual([65_534, 65_534, 65_534, 65_534, 39_864]);
    expect(text(spool)).toBe(line.repeat(2000));
    spool.dispose();
  });

  it('moves a long text to a file, and gives it back as it was', () => {
    const spool = new TextSpool();
    const parts: string[] = [];
    // Lines of every length up to 3,000 characters with 2- and 4-byte characters, and one line of 1.5 million characters.
    for (let i = 0; i < 1500; i++) parts.push(`${i}:${'é😀'.repeat(i)}\n`);
    parts.push(`${'z'.repeat(1_500_000)}\n`, 'no line break at the end');
    for (const part of parts) spool.append(part);
    expect(spool.onDisk).toBe(true);
    expect(readdirSync(temporary)).toEqual([]);
    if (onLinux) expect(openSpoolFiles()).toBe(1);
    const pieces = [...spool.chunks()];
    expect(Buffer.concat(pieces).toString('utf8') === parts.join('')).toBe(true);
    // Every piece ends a line but two: the first 1 MiB of the long line (no line break to cut at), and the end of the text.
    expect(pieces.filter((piece) => piece[piece.length - 1] !== 0x0a)).toHaveLength(2);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBe(1 << 20);
    spool.dispose();
    if (onLinux) expect(openSpoolFiles()).toBe(0);
  });
});
