import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/document/markdown';
import { renderHtml } from '../../src/document/html';
import { HOSTILE, sampleDocument } from './sampleDocument';

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleDocument());

  it('starts with the title as the only level-1 heading and nests sections from level 2', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Stratégie numérique responsable', '## Sommaire', '## Synthèse', '## Bilan environnemental', '### Par périmètre', '### Par phase']);
  });

  it('escapes hostile text so it opens no heading, link, HTML or table cell', () => {
    expect(md).not.toMatch(/<script>|<w:p>|<\/text:p>/);
    expect(md).toContain('\\# titre \\| cellule \\[lien\\](javascript:alert(1)) \\*\\*gras\\*\\*');
    expect(md).toContain('| \\</text:p\\>\\<script\\>alert(1)\\</script\\> | 1\u202F000,0 | 81,0\u202F% |');
    expect(md).toContain('Ville de \\<script\\>alert("x")\\</script\\> \\& Cie');
  });

  it('writes tables with one GFM header row and right-aligned number columns', () => {
    expect(md).toContain('*Tableau 1\u00a0: Empreinte carbone par site*\n\n| Site | Empreinte (t CO2e) | Part |\n| :--- | ---: | ---: |');
  });

  it('gives each chart its title, its alt text and its data table', () => {
    expect(md).toMatch(/\*\*Figure \d+\u00a0: Répartition par phase\.\*\* Secteurs : fabrication 80 %, utilisation 20 %\.\n\n\*Tableau \d+\u00a0: Données du graphique : répartition par phase\*/);
  });

  it('keeps emphasis markers against the text and links only http(s) URLs', () => {
    expect(md).toContain('Empreinte totale : **1\u202F234,5\u00A0t CO2e** (contrôle fin).');
    expect(md).toContain('_Source : [*ADEME*](<https://www.ademe.fr/>)_');
  });
});

describe('escapeMarkdown', () => {
  it('escapes block starters only at the start of a line', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('2025. année')).toBe('2025\\. année');
    expect(escapeMarkdown('Saint-Denis 2025.')).toBe('Saint-Denis 2025.');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(sampleDocument());

  it('is one self-contained French document with print CSS for A4', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr-FR">')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('counter(page)');
    expect(html).not.toMatch(/<link|<script|<img|<iframe|src=|url\((?!#)|@import/i);
  });

  it('escapes hostile text everywhere: content, attributes and the title', () => {
    expect(html).not.toContain(HOSTILE.site);
    expect(html).not.toContain('<w:p>');
    expect(html).toContain('&lt;/text:p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<meta name="author" content="Ville de &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie">');
    expect(html).toContain(']]&gt;&lt;!-- &amp; &quot;quotes&quot; &apos;apos&apos;');
    expect(html).toContain('contrôle fin');
    expect(html).not.toContain('\u0001');
  });

  it('has a heading hierarchy without skipped levels', () => {
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([1, 2, 2, 2, 3, 3]);
  });

  it('uses real table headers and a caption, with row headers in the first column', () => {
    expect(html).toContain('<caption>Tableau 1\u00a0: Empreinte carbone par site</caption>\n<thead>\n<tr><th scope="col">Site</th><th scope="col" class="num">Empreinte (t CO2e)</th><th scope="col" class="num">Part</th></tr>\n</thead>');
    expect(html).toContain('<tr><th scope="row">Écoles</th><td class="num">234,5</td><td class="num">19,0\u202F%</td></tr>');
  });

  it('inlines each chart as an SVG image with unique ids, a title and a description', () => {
    const svgs = [...html.matchAll(/<svg [^>]*aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(svgs).toEqual(['chart-1-title chart-1-desc', 'chart-2-title chart-2-desc', 'chart-3-title chart-3-desc']);
    expect(html).toContain('<title id="chart-2-title">Répartition par phase</title><desc id="chart-2-desc">Secteurs : fabrication 80 %, utilisation 20 %.</desc>');
  });

  it('links the table of contents to the section anchors', () => {
    expect(html).toContain('<li><a href="#s-bilan">Bilan environnemental</a>\n<ol>\n<li><a href="#s-bilan-perimetre">Par périmètre</a>');
    expect(html).toContain('<h2 id="s-bilan">Bilan environnemental</h2>');
  });
});
