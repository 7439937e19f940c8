/**
 * Charts of the document model drawn as SVG: horizontal bars, pies and lines. Small, dependency-free
 * and deterministic (same chart, same bytes). The values come as decimal strings and are turned into
 * numbers only to place shapes; every printed number is a label of the model or a tick formatted by
 * `formatNumberFr`. Each SVG carries an accessible name (`<title>`) and description (`<desc>`).
 */
import { formatNumberFr } from '@reen/core';
import type { Chart } from '@reen/core';
import { escapeXml } from './escape';

/** Font stack of the charts. DejaVu Sans comes first: it is the font the PNG rasteriser embeds. */
export const CHART_FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/**
 * Okabe–Ito hues darkened so that each has a contrast of at least 3:1 on white (WCAG 1.4.11); the
 * series are also told apart without colour, by hatch patterns (bars, slices) and marker shapes and
 * dashes (lines).
 */
export const CHART_COLOURS = ['#0072B2', '#A65A00', '#00795A', '#A2427A', '#3D6E99', '#B84A00', '#6B6B00', '#1A1A1A'] as const;

/** Number of distinct hatch patterns; the nth series or slice gets pattern n modulo this. */
const PATTERN_COUNT = 6;

/** The hatch patterns of a chart: solid, diagonal, dots, cross-hatch, horizontal, vertical. */
function patternDefs(idPrefix: string, count: number): string {
  const defs: string[] = [];
  for (let i = 0; i < count; i++) {
    const c = colour(i);
    const id = `${idPrefix}-p${i}`;
    const kind = i % PATTERN_COUNT;
    const marks = [
      '',
      '<path d="M0,8 L8,0" stroke="#ffffff" stroke-width="1.6"/>',
      '<circle cx="4" cy="4" r="1.5" fill="#ffffff"/>',
      '<path d="M0,8 L8,0 M0,0 L8,8" stroke="#ffffff" stroke-width="1.2"/>',
      '<path d="M0,4 L8,4" stroke="#ffffff" stroke-width="1.6"/>',
      '<path d="M4,0 L4,8" stroke="#ffffff" stroke-width="1.6"/>',
    ][kind]!;
    defs.push(`<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${c}"/>${marks}</pattern>`);
  }
  defs.push(`<pattern id="${idPrefix}-band" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#e6eef5"/><path d="M0,8 L8,0" stroke="#7f9fbf" stroke-width="1"/></pattern>`);
  return `<defs>${defs.join('')}</defs>`;
}

const fill = (idPrefix: string, index: number): string => `url(#${idPrefix}-p${index})`;

/** Marker shapes of line series, so that lines are told apart without colour. */
function marker(shape: number, cx: number, cy: number, c: string): string {
  switch (shape % 4) {
    case 0:
      return `<circle cx="${r(cx)}" cy="${r(cy)}" r="4" fill="${c}"/>`;
    case 1:
      return `<rect x="${r(cx - 4)}" y="${r(cy - 4)}" width="8" height="8" fill="${c}"/>`;
    case 2:
      return `<path d="M${r(cx)},${r(cy - 5)} L${r(cx + 5)},${r(cy + 4)} L${r(cx - 5)},${r(cy + 4)} Z" fill="${c}"/>`;
    default:
      return `<path d="M${r(cx)},${r(cy - 5)} L${r(cx + 5)},${r(cy)} L${r(cx)},${r(cy + 5)} L${r(cx - 5)},${r(cy)} Z" fill="${c}"/>`;
  }
}

export const CHART_WIDTH = 640;

export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export interface ChartSvgOptions {
  /** Prefix of the element ids, unique in the page when several SVGs are inlined in one HTML file. */
  readonly idPrefix?: string;
}

const colour = (index: number): string => CHART_COLOURS[index % CHART_COLOURS.length]!;

/** Rounds a coordinate to 2 decimals so that output is short and stable. */
const r = (value: number): string => String(Math.round(value * 100) / 100);

/** Cuts a label that would not fit; the full text stays in the data table. */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** Smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value * (1 - 1e-12)) return step * power;
  }
  return 10 * power;
}

const text = (x: number, y: number, content: string, attrs = ''): string =>
  `<text x="${r(x)}" y="${r(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;

function frame(chart: Chart, height: number, body: string, idPrefix: string): ChartSvg {
  const count = Math.max(chart.series.length, chart.categories.length);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${r(height)}" viewBox="0 0 ${CHART_WIDTH} ${r(height)}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${CHART_FONT_FAMILY}" font-size="12">` +
    `<title id="${titleId}">${escapeXml(chart.title)}</title>` +
    `<desc id="${descId}">${escapeXml(chart.alt)}</desc>` +
    patternDefs(idPrefix, count) +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    text(CHART_WIDTH / 2, 22, truncateLabel(chart.title, 80), 'text-anchor="middle" font-size="14" font-weight="bold" fill="#1a1a1a"') +
    body +
    `</svg>`;
  return { svg, width: CHART_WIDTH, height };
}

function legend(chart: Chart, y: number, idPrefix: string): { markup: string; height: number } {
  const entries = chart.series
    .map((series, index) => ({ series, index }))
    .filter(({ series }) => series.style !== 'band-high')
    .map(({ series, index }) => ({ label: series.style === 'band-low' ? 'Fourchette d’incertitude' : series.name, index, style: series.style ?? 'line' }));
  if (entries.length < 2) return { markup: '', height: 0 };
  let x = 16;
  let row = 0;
  const parts: string[] = [];
  let lineIndex = 0;
  entries.forEach(({ label: name, index, style }) => {
    const label = truncateLabel(name, 30);
    const widthEstimate = 34 + Array.from(label).length * 7;
    if (x + widthEstimate > CHART_WIDTH - 16 && x > 16) {
      x = 16;
      row += 1;
    }
    const top = y + row * 20;
    if (chart.type !== 'line') parts.push(`<rect x="${r(x)}" y="${r(top)}" width="14" height="12" fill="${fill(idPrefix, index)}"/>`);
    else if (style === 'band-low') parts.push(`<rect x="${r(x)}" y="${r(top)}" width="22" height="12" fill="url(#${idPrefix}-band)" stroke="#7f9fbf"/>`);
    else if (style === 'target') parts.push(`<line x1="${r(x)}" y1="${r(top + 6)}" x2="${r(x + 22)}" y2="${r(top + 6)}" stroke="${colour(index)}" stroke-width="2.5" stroke-dasharray="6 4"/>`);
    else {
      parts.push(`<line x1="${r(x)}" y1="${r(top + 6)}" x2="${r(x + 22)}" y2="${r(top + 6)}" stroke="${colour(index)}" stroke-width="2.5"/>`);
      parts.push(marker(lineIndex, x + 11, top + 6, colour(index)));
      lineIndex += 1;
    }
    parts.push(text(x + 28, top + 10, label, 'fill="#1a1a1a"'));
    x += widthEstimate + 12;
  });
  return { markup: parts.join(''), height: (row + 1) * 20 + 6 };
}

function barChart(chart: Chart, idPrefix: string): ChartSvg {
  const labelWidth = 190;
  const valueRoom = 110;
  const plotLeft = labelWidth + 10;
  const plotWidth = CHART_WIDTH - plotLeft - valueRoom;
  const seriesCount = chart.series.length;
  const barHeight = seriesCount > 1 ? 14 : 20;
  const groupGap = 10;
  const top = 40;
  const leg = legend(chart, top, idPrefix);
  const plotTop = top + leg.height;
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values.map(Number)));
  const scale = max > 0 ? plotWidth / max : 0;
  const parts: string[] = [leg.markup];
  chart.categories.forEach((category, ci) => {
    const groupTop = plotTop + ci * (seriesCount * barHeight + groupGap);
    const groupMiddle = groupTop + (seriesCount * barHeight) / 2;
    parts.push(text(labelWidth, groupMiddle + 4, truncateLabel(category, 28), 'text-anchor="end" fill="#1a1a1a"'));
    chart.series.forEach((series, si) => {
      const value = Math.max(0, Number(series.values[ci]));
      const y = groupTop + si * barHeight;
      const width = value * scale;
      parts.push(`<rect x="${plotLeft}" y="${r(y + 1)}" width="${r(width)}" height="${barHeight - 2}" fill="${seriesCount > 1 ? fill(idPrefix, si) : colour(0)}"/>`);
      parts.push(text(plotLeft + width + 6, y + barHeight / 2 + 4, series.labels[ci] ?? '', 'fill="#1a1a1a"'));
    });
  });
  const plotBottom = plotTop + chart.categories.length * (seriesCount * barHeight + groupGap);
  parts.push(`<line x1="${plotLeft}" y1="${r(plotTop - 4)}" x2="${plotLeft}" y2="${r(plotBottom - groupGap + 4)}" stroke="#4d4d4d"/>`);
  return frame(chart, plotBottom + 20, parts.join(''), idPrefix);
}

function pieChart(chart: Chart, idPrefix: string): ChartSvg {
  const series = chart.series[0]!;
  const values = series.values.map((v) => Math.max(0, Number(v)));
  const total = values.reduce((a, b) => a + b, 0);
  const radius = 110;
  const cx = 150;
  const cy = 50 + radius;
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  values.forEach((value, index) => {
    if (total <= 0 || value <= 0) return;
    const share = value / total;
    if (share >= 1 - 1e-9) {
      parts.push(`<circle cx="${cx}" cy="${r(cy)}" r="${radius}" fill="${fill(idPrefix, index)}" stroke="#ffffff"/>`);
      return;
    }
    const end = angle + share * 2 * Math.PI;
    const large = share > 0.5 ? 1 : 0;
    const x1 = cx + radius * Math.cos(angle);
    const y1 = cy + radius * Math.sin(angle);
    const x2 = cx + radius * Math.cos(end);
    const y2 = cy + radius * Math.sin(end);
    parts.push(
      `<path d="M${cx},${r(cy)} L${r(x1)},${r(y1)} A${radius},${radius} 0 ${large} 1 ${r(x2)},${r(y2)} Z" fill="${fill(idPrefix, index)}" stroke="#ffffff" stroke-width="1.5"/>`,
    );
    angle = end;
  });
  const legendX = cx + radius + 40;
  chart.categories.forEach((category, index) => {
    const y = 50 + index * 22;
    parts.push(`<rect x="${legendX}" y="${r(y)}" width="14" height="14" fill="${fill(idPrefix, index)}"/>`);
    parts.push(text(legendX + 18, y + 10, `${truncateLabel(category, 26)} : ${series.labels[index] ?? ''}`, 'fill="#1a1a1a"'));
  });
  const height = Math.max(cy + radius + 20, 50 + chart.categories.length * 22 + 10);
  return frame(chart, height, parts.join(''), idPrefix);
}

function lineChart(chart: Chart, idPrefix: string): ChartSvg {
  const top = 40;
  const leg = legend(chart, top, idPrefix);
  const plotTop = top + leg.height + 10;
  const plotHeight = 220;
  const plotLeft = 80;
  const plotRight = CHART_WIDTH - 30;
  const plotBottom = plotTop + plotHeight;
  // The axis fits the lines; an uncertainty band wider than them is clipped to the plot, and says so
  // (its values are in the data table).
  const lines = chart.series.filter((s) => s.style !== 'band-low' && s.style !== 'band-high');
  const all = (lines.length > 0 ? lines : chart.series).flatMap((s) => s.values.map(Number));
  const dataMax = Math.max(0, ...all);
  const dataMin = Math.max(0, Math.min(...all));
  // The axis starts at zero unless the values sit high above it (then the gaps would not show):
  // it then starts at a round value below the minimum, and the axis says so.
  const zoom = dataMin > dataMax * 0.5;
  const tick = niceCeiling((zoom ? dataMax - dataMin : dataMax) / 4);
  const lo = zoom ? Math.floor(dataMin / tick) * tick : 0;
  const hi = Math.max(lo + tick, Math.ceil(dataMax / tick - 1e-9) * tick);
  const ticks = Math.round((hi - lo) / tick);
  const n = chart.categories.length;
  const x = (i: number): number => (n === 1 ? (plotLeft + plotRight) / 2 : plotLeft + (i * (plotRight - plotLeft)) / (n - 1));
  const y = (v: number): number => plotBottom - ((Math.max(lo, v) - lo) / (hi - lo)) * plotHeight;
  const parts: string[] = [leg.markup];
  for (let t = 0; t <= ticks; t++) {
    const value = lo + tick * t;
    const ty = y(value);
    parts.push(`<line x1="${plotLeft}" y1="${r(ty)}" x2="${plotRight}" y2="${r(ty)}" stroke="${t === 0 ? '#4d4d4d' : '#d9d9d9'}"/>`);
    const decimals = tick >= 1 ? 0 : 2;
    parts.push(text(plotLeft - 8, ty + 4, formatNumberFr(String(value), { decimals }), 'text-anchor="end" fill="#4d4d4d"'));
  }
  if (zoom) parts.push(text(plotLeft + 4, plotBottom - 6, 'axe ne partant pas de zéro', 'fill="#4d4d4d" font-size="10"'));
  parts.push(text(plotLeft - 8, plotTop - 10, chart.unit, 'text-anchor="end" fill="#4d4d4d"'));
  const step = Math.max(1, Math.ceil(n / 12));
  chart.categories.forEach((category, i) => {
    if (i % step === 0 || i === n - 1) parts.push(text(x(i), plotBottom + 18, truncateLabel(category, 12), 'text-anchor="middle" fill="#1a1a1a"'));
  });
  const low = chart.series.find((s) => s.style === 'band-low');
  const high = chart.series.find((s) => s.style === 'band-high');
  if (low && high) {
    const upper = high.values.map((v, i) => `${r(x(i))},${r(y(Number(v)))}`);
    const lower = low.values.map((v, i) => `${r(x(i))},${r(y(Number(v)))}`).reverse();
    const clipId = `${idPrefix}-plot`;
    parts.push(`<clipPath id="${clipId}"><rect x="${plotLeft}" y="${r(plotTop)}" width="${plotRight - plotLeft}" height="${plotHeight}"/></clipPath>`);
    parts.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="url(#${idPrefix}-band)" stroke="#7f9fbf" stroke-width="0.8" clip-path="url(#${clipId})"/>`);
    const beyond = [...high.values, ...low.values].some((v) => Number(v) > hi || Number(v) < lo);
    if (beyond) parts.push(text(plotRight, plotTop - 6, 'fourchette d’incertitude tronquée (valeurs dans le tableau)', 'text-anchor="end" fill="#4d4d4d" font-size="10"'));
  }
  let lineIndex = 0;
  chart.series.forEach((series, si) => {
    if (series.style === 'band-low' || series.style === 'band-high') return;
    const points = series.values.map((v, i) => `${r(x(i))},${r(y(Number(v)))}`);
    const dashed = series.style === 'target';
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour(si)}" stroke-width="2.5"${dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    if (!dashed) {
      const shape = lineIndex;
      series.values.forEach((v, i) => parts.push(marker(shape, x(i), y(Number(v)), colour(si))));
      lineIndex += 1;
    }
  });
  return frame(chart, plotBottom + 34, parts.join(''), idPrefix);
}

/**
 * Draws a chart of the document model as a standalone SVG document.
 *
 * @param chart - The chart block.
 * @param options - `idPrefix` for unique element ids.
 * @returns The SVG markup with its pixel size.
 */
export function renderChartSvg(chart: Chart, options: ChartSvgOptions = {}): ChartSvg {
  const idPrefix = options.idPrefix ?? 'chart';
  switch (chart.type) {
    case 'bar':
      return barChart(chart, idPrefix);
    case 'pie':
      return pieChart(chart, idPrefix);
    case 'line':
      return lineChart(chart, idPrefix);
  }
}
