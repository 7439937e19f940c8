import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownText, plainText } from './sanitize';

describe('plainText', () => {
  it('removes terminal escape sequences and controls, keeps the words', () => {
    expect(plainText('\u001b]0;pwned\u0007\u001b[31mrouge\u001b[0m')).toBe('rouge');
    expect(plainText('a\u001b]8;;http://x\u001b\\lien\u001b]8;;\u001b\\b')).toBe('alienb');
    expect(plainText('ligne 1\r\nligne 2\tfin')).toBe('ligne 1  ligne 2 fin');
    expect(plainText('\u202eexe.txt\u0000\u0008\u009b31m')).toBe('exe.txt');
    // An unterminated sequence loses its introducer only: what follows stays.
    expect(plainText('a\u001b]0;titre sans fin')).toBe('a0;titre sans fin');
  });

  it('never lets an ESC, a control or a line break through (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // eslint-disable-next-line no-control-regex
        expect(plainText(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });
});

describe('markdownText', () => {
  it('escapes HTML, links, images and emphasis so they show as typed', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('[clic](javascript:alert(1))')).toBe('\\[clic\\](javascript:alert(1))');
    expect(markdownText('![x](http://t/p.png) *gras* _i_ `code` a|b ~~s~~ &amp;')).toBe(
      '!\\[x\\](http://t/p.png) \\*gras\\* \\_i\\_ \\`code\\` a\\|b \\~\\~s\\~\\~ \\&amp;',
    );
  });

  it('escapes a heading, list or quote marker at the start only', () => {
    expect(markdownText('# titre')).toBe('\\# titre');
    expect(markdownText('- item - suite')).toBe('\\- item - suite');
    expect(markdownText('> cité')).toBe('\\> cité');
    expect(markdownText('2025. année')).toBe('2025\\. année');
    expect(markdownText('Poste n° 12-B')).toBe('Poste n° 12-B');
  });

  it('leaves no unescaped markup character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = markdownText(text);
        // Every <, >, [, ], `, *, _, |, & is preceded by a backslash that is not itself escaped.
        expect(out.replace(/\\[\\`*_[\]<>|~&#+\-=>.)]/g, '')).not.toMatch(/[<>[\]`*_|&~\\]/);
      }),
    );
  });
});
