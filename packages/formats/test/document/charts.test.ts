import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Chart } from '@reen/core';
import { CHART_COLOURS, niceCeiling, renderChartSvg, truncateLabel } from '../../src/document/charts';
import { HOSTILE, sampleDocument } from './sampleDocument';
import { xmlIsWellFormed } from './helpers';

function charts(): Chart[] {
  const out: Chart[] = [];
  const walk = (content: readonly unknown[]) => {
    for (const node of content as { kind?: string; content?: unknown[] }[]) {
      if (node.kind === 'chart') out.push(node as Chart);
      if (node.content) walk(node.content);
    }
  };
  walk(sampleDocument().sections);
  return out;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('renderChartSvg', () => {
  it('draws well-formed SVG with an accessible name and description for bar, pie and line charts', () => {
    expect(charts().map((c) => c.type)).toEqual(['bar', 'pie', 'line']);
    for (const chart of charts()) {
      const { svg } = renderChartSvg(chart, { idPrefix: 'c1' });
      expect(xmlIsWellFormed(svg)).toBe(true);
      const root = parser.parse(svg).svg;
      expect(root['@role']).toBe('img');
      expect(root['@aria-labelledby']).toBe('c1-title c1-desc');
      expect(root.title['#text']).toBe(chart.title);
      expect(root.desc['#text']).toBe(chart.alt);
    }
  });

  it('escapes hostile labels: they come back as text, not as elements', () => {
    const bar = charts()[0]!;
    const { svg } = renderChartSvg(bar);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('</text:p>');
    const root = parser.parse(svg).svg;
    expect(root.desc['#text']).toContain(HOSTILE.site);
    expect(root.script).toBeUndefined();
  });

  it('draws bars proportional to the values (1 000 and 234,5 t)', () => {
    const { svg } = renderChartSvg(charts()[0]!);
    const widths = [...svg.matchAll(/<rect x="200" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // Plot width 640 − 200 − 110 = 330 px for the largest value; 330 × 234,5 ÷ 1 000 = 77,385 px.
    expect(widths).toEqual([330, 77.39]);
  });

  it('draws one slice per non-zero share of a pie, and a full circle for a single share', () => {
    const pie = charts()[1]!;
    expect(renderChartSvg(pie).svg.match(/<path d="M150,/g)?.length).toBe(2);
    const single: Chart = { ...pie, categories: ['Tout'], series: [{ name: 's', values: ['5'], labels: ['100 %'] }], table: { ...pie.table, rows: [['Tout', '100 %']] } };
    const { svg } = renderChartSvg(single);
    expect(svg).toContain('<circle cx="150" cy="160" r="110"');
    expect(svg).not.toContain('<path d="M150,');
  });

  it('tells series apart without colour: hatch patterns for slices, marker shapes for lines, colours of at least 3:1 on white', () => {
    const pie = renderChartSvg(charts()[1]!).svg;
    expect(pie).toContain('fill="url(#chart-p0)"');
    expect(pie).toContain('fill="url(#chart-p1)"');
    const line = renderChartSvg(charts()[2]!).svg;
    expect(line).toMatch(/<circle [^>]*r="4"/);
    expect(line).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="8" height="8"/);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of CHART_COLOURS) expect((1.05 / (luminance(colour) + 0.05)) >= 3, colour).toBe(true);
  });

  it('labels the line chart axis with French numbers', () => {
    const { svg } = renderChartSvg(charts()[2]!);
    expect(svg).toMatch(/>\d{1,3}\u202F\d{3}<\/text>/);
    expect(svg.match(/<polyline /g)?.length).toBe(2);
  });

  it('is deterministic', () => {
    for (const chart of charts()) expect(renderChartSvg(chart).svg).toBe(renderChartSvg(chart).svg);
  });
});

describe('niceCeiling and truncateLabel', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 0.3, 1, 1.1, 2.2, 3, 7, 12, 1234.5].map(niceCeiling)).toEqual([1, 0.5, 1, 2, 2.5, 5, 10, 20, 2000]);
  });

  it('cuts long labels with an ellipsis, counting characters not UTF-16 units', () => {
    expect(truncateLabel('Écoles', 10)).toBe('Écoles');
    expect(truncateLabel('abcdefghijkl', 5)).toBe('abcd…');
    expect(truncateLabel('😀😀😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('columnWeights', () => {
  it('gives long text columns more room than number columns, within bounds, summing to 1', async () => {
    const { columnWeights } = await import('../../src/document/layout');
    const weights = columnWeights({ columns: ['left', 'right'], headerRows: [['Mesure', 'ETP']], rows: [['Allonger la durée de vie des ordinateurs portables à 7 ans', '0,3']] });
    // Longest texts: 58 and 3 characters; √58 × 4 ≈ 30.46 and √3 × 4 ≈ 6.93, so 30.46 / 37.39 ≈ 0.815.
    expect(weights.map((w) => w.toFixed(3))).toEqual(['0.815', '0.185']);
    const wide = columnWeights({ columns: ['left', 'left'], headerRows: [['a', 'b']], rows: [['x'.repeat(1000), 'y'.repeat(1000)]] });
    expect(wide).toEqual([0.5, 0.5]);
  });
});
