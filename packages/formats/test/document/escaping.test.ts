import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '@reen/core';
import type { ReenDocument } from '@reen/core';
import { escapeXml, stripXmlForbidden } from '../../src/document/escape';
import { renderHtml } from '../../src/document/html';
import { renderOdt } from '../../src/document/odt';
import { renderMarkdown } from '../../src/document/markdown';
import { rasteriseSvg } from '../../src/document/png';
import { unzipText, xmlIsWellFormed } from './helpers';

/** Any text, biased towards the characters that matter to markup. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom('<', '>', '&', '"', "'", ']]>', '</text:p>', '<w:p>', '<script>', '#', '|', '*', '[x](y)', '\n', '\t', '  ', '\u0000', '\uD800', 'é'), { maxLength: 12 }).map((parts) => parts.join('')),
);

function documentWith(text: string): ReenDocument {
  const table = { kind: 'table', caption: text || 'c', columns: ['left'], headerRows: [[text]], rows: [[text]] } as const;
  return DocumentSchema.parse({
    lang: 'fr-FR',
    title: text || 't',
    author: text || 'a',
    subject: text,
    cover: { organisation: text || 'o', title: 'Titre', date: '1er janvier 2025', lines: [text] },
    tableOfContents: true,
    footer: text,
    sections: [{ id: 's', title: text || 'T', content: [{ kind: 'paragraph', runs: [{ text }, { text, bold: true }] }, { kind: 'list', ordered: false, items: [[{ text }]] }, table] }],
  });
}

const tagNames = (markup: string): Set<string> => new Set([...markup.matchAll(/<\/?([A-Za-z][\w:.-]*)/g)].map((m) => m[1]!));

describe('no user text can inject markup (property)', () => {
  it('ODT content.xml and styles.xml stay well-formed and gain no element', async () => {
    const baseline = unzipText(await renderOdt(documentWith('x'), { rasterise: rasteriseSvg }));
    const allowed = new Set([...tagNames(baseline['content.xml']!), 'text:s', 'text:tab', 'text:line-break']);
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const files = unzipText(await renderOdt(documentWith(text), { rasterise: rasteriseSvg }));
        for (const name of ['content.xml', 'styles.xml', 'meta.xml']) expect(xmlIsWellFormed(files[name]!)).toBe(true);
        for (const tag of tagNames(files['content.xml']!)) expect(allowed.has(tag), tag).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('HTML gains no element and never carries the raw text when it holds markup characters', () => {
    const allowed = tagNames(renderHtml(documentWith('x')));
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = renderHtml(documentWith(text));
        for (const tag of tagNames(html)) expect(allowed.has(tag), tag).toBe(true);
        if (/[<&]/.test(text)) expect(html).toContain(escapeXml(text).slice(0, 20));
      }),
      { numRuns: 200 },
    );
  });

  it('Markdown opens no raw HTML and no extra heading', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const md = renderMarkdown(documentWith(text));
        expect(md).not.toMatch(/(^|[^\\])<[A-Za-z/!]/);
        expect(md.split('\n').filter((line) => /^#{1,6} /.test(line))).toHaveLength(3);
      }),
      { numRuns: 200 },
    );
  });

  it('stripXmlForbidden keeps every character XML allows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        // eslint-disable-next-line no-control-regex -- the control characters are what is tested
        const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
        expect(stripXmlForbidden(text)).toBe(clean);
      }),
    );
  });
});
