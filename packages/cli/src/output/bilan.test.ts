import { dec, serializeFootprint } from '@reen/core';
import type { Breakdown, FootprintNode, FootprintResult, Indicators, Issue, Phase } from '@reen/core';
import { describe, expect, it } from 'vitest';
import { buildBilanJson, renderBilanCsv } from './bilan';

const indicators = (co2eKg: string, waterL = '0', waterScarcityM3eq = '0', energyKwh = '0'): Indicators => ({
  co2eKg: dec(co2eKg),
  waterL: dec(waterL),
  waterScarcityM3eq: dec(waterScarcityM3eq),
  adpKgSbEq: dec(0),
  energyKwh: dec(energyKwh),
});

const byPhase = (manufacturing: string, use: string): Record<Phase, Indicators> => ({
  manufacturing: indicators(manufacturing),
  distribution: indicators('0'),
  use: indicators(use, '1.5', '0', '10'),
  endOfLife: indicators('0'),
});

const node = (total: string, manufacturing: string, use: string): FootprintNode => ({
  total: indicators(total, '1.5', '0.000000001', '10'),
  low: indicators('0.5'),
  high: indicators('123456789012345678901234.5'),
  byPhase: byPhase(manufacturing, use),
  trace: { factors: ['device.laptop.manufacturing.co2eKg'], assumptions: [{ code: 'a1', params: {} }], fallbacks: [{ code: 'f1', params: { n: 5 } }] },
});

const category: Breakdown<'laptop'> = { ...node('3', '2', '1'), key: 'laptop', quantity: 12 };
const perimeter: Breakdown<'administration'> = { ...node('3', '2', '1'), key: 'administration', quantity: 12 };

// A hand-made result with awkward values: a tiny one (exponent notation in plain toString) and a huge one.
// Only the fields the CLI reads; the fleet/hosting/usage sub-results are not part of the contract.
const result = {
  ...node('3', '2', '1'),
  methodologyVersion: 'm-1',
  factorSetVersion: 'fr-2025.1',
  year: 2025,
  method: 'stock',
  stockRule: 'beges',
  stockSummary: { rule: 'beges', devicesWithoutPurchaseYear: 0, devicesBoughtAfterYear: 0 },
  amortisationYears: 1,
  groups: [],
  byCategory: [category],
  byPerimeter: [perimeter],
  bySite: [],
  byDomain: [],
  perAgent: undefined,
  perInhabitant: undefined,
} as unknown as FootprintResult;

const issues: Issue[] = [
  { code: 'quantity_negative', severity: 'error', path: [], position: { file: 'parc.csv', line: 12, column: 'Quantité' }, params: {} },
  { code: 'no_position', severity: 'warning', path: [], params: {} },
  { code: 'injected', severity: 'error', path: [], position: { file: '=cmd|x.csv', sheet: 'Feuil1', line: 3, column: '@col' }, params: {} },
];

const bilan = buildBilanJson({
  serialized: serializeFootprint(result, { lang: 'fr' }),
  counts: { rowsRead: 14, accepted: 12, rejected: 2 },
  issues,
  lang: 'fr',
  formatIssue: (issue, lang) => `${lang}:${issue.code}`,
});

describe('buildBilanJson', () => {
  it('follows the schemaVersion 1 contract, with decimal strings never in exponent notation', () => {
    expect(bilan.schemaVersion).toBe(1);
    expect(Object.keys(bilan).slice(0, 6)).toEqual(['schemaVersion', 'year', 'method', 'amortisationYears', 'methodologyVersion', 'factorSetVersion']);
    expect(Object.keys(bilan).slice(-4)).toEqual(['import', 'issues', 'issuesOmitted', 'trace']);
    expect(bilan.issuesOmitted).toEqual([]);
    expect(bilan.totals).toMatchObject({
      co2eKg: '3',
      co2eKgLow: '0.5',
      co2eKgHigh: '123456789012345678901234.5',
      waterL: '1.5',
      waterScarcityM3eq: '0.000000001',
      energyKwh: '10',
    });
    expect(bilan.byPhase.use).toEqual({ co2eKg: '1', waterL: '1.5', waterScarcityM3eq: '0', adpKgSbEq: '0', energyKwh: '10' });
    expect(bilan.byCategory).toHaveLength(1);
    expect(bilan.byCategory[0]).toMatchObject({ category: 'laptop', quantity: 12, co2eKg: '3', co2eKgLow: '0.5', co2eKgHigh: '123456789012345678901234.5', byPhase: bilan.byPhase });
    expect(bilan.byPerimeter[0]).toMatchObject({ perimeter: 'administration', quantity: 12, co2eKg: '3', co2eKgLow: '0.5', co2eKgHigh: '123456789012345678901234.5' });
    expect(bilan.import).toEqual({ rowsRead: 14, accepted: 12, rejected: 2 });
    expect(bilan.trace).toMatchObject({ factors: ['device.laptop.manufacturing.co2eKg'], assumptions: ['Note « a1 ».'], fallbacks: ['Note « f1 ».'] });
  });

  it('gives every issue a file, line and column, null when it has no position', () => {
    expect(bilan.issues).toEqual([
      { severity: 'error', file: 'parc.csv', line: 12, column: 'Quantité', code: 'quantity_negative', message: 'fr:quantity_negative' },
      { severity: 'warning', file: null, line: null, column: null, code: 'no_position', message: 'fr:no_position' },
      { severity: 'error', file: '=cmd|x.csv', sheet: 'Feuil1', line: 3, column: '@col', code: 'injected', message: 'fr:injected' },
    ]);
  });
});

describe('buildBilanJson with more than 100 issues of a code', () => {
  const many: Issue[] = Array.from({ length: 130 }, (_, i) => ({ code: 'quantity_unparsable', severity: 'error' as const, path: [], position: { file: 'parc.csv', line: i + 2 }, params: {} }));
  const capped = buildBilanJson({
    serialized: serializeFootprint(result, { lang: 'fr' }),
    counts: { rowsRead: 1130, accepted: 0, rejected: 1130 },
    issues: many,
    issuesOmitted: [{ code: 'quantity_unparsable', severity: 'error', count: 1000 }],
    lang: 'fr',
    formatIssue: (issue, lang) => `${lang}:${issue.code}`,
  });

  it('lists the first 100 and counts the rest with those the import left out', () => {
    expect(capped.issues).toHaveLength(100);
    expect(capped.issues.at(-1)?.line).toBe(101);
    expect(capped.issuesOmitted).toEqual([
      {
        code: 'quantity_unparsable',
        severity: 'error',
        count: 1030,
        message: '1\u202f030 autres problèmes « quantity_unparsable » ne sont pas listés ici (les 100 premiers le sont). « reen validate FICHIER --rejected rejets.csv » liste chaque ligne rejetée avec ses problèmes.',
      },
    ]);
  });

  it('gives the omitted count a row of its own in CSV', () => {
    const [header = '', ...lines] = renderBilanCsv(capped).split('\r\n');
    const columns = header.split(',');
    const row = lines.find((line) => line.startsWith('issuesOmitted,'))?.split(',') ?? [];
    const cell = (name: string): string | undefined => row[columns.indexOf(name)];
    expect([cell('section'), cell('key'), cell('quantity'), cell('code')]).toEqual(['issuesOmitted', 'error', '1030', 'quantity_unparsable']);
    // Every value column (reference, envelope, percentiles) stays empty on this row.
    expect(columns.slice(3, columns.indexOf('file')).every((_, i) => row[3 + i] === '')).toBe(true);
    expect(row.slice(columns.indexOf('message')).join(',')).toBe(
      '1\u202f030 autres problèmes « quantity_unparsable » ne sont pas listés ici (les 100 premiers le sont). « reen validate FICHIER --rejected rejets.csv » liste chaque ligne rejetée avec ses problèmes.',
    );
  });
});

describe('renderBilanCsv', () => {
  it('writes exact values and neutralises formula injection in text cells', () => {
    const lines = renderBilanCsv(bilan).split('\r\n');
    const indicatorHeaders = ['co2eKg', 'waterL', 'waterScarcityM3eq', 'adpKgSbEq', 'energyKwh'].flatMap((i) => [i, `${i}Low`, `${i}High`, `${i}P5`, `${i}P50`, `${i}P95`]);
    expect(lines[0]).toBe(['section', 'key', 'quantity', ...indicatorHeaders, 'file', 'line', 'column', 'code', 'message'].join(','));
    // The hand-made result has no uncertain factor: every percentile is the reference value.
    // Per indicator: value, low, high, P5, P50, P95.
    const totalValues = ['3,0.5,123456789012345678901234.5,3,3,3', '1.5,0,0,1.5,1.5,1.5', '0.000000001,0,0,0.000000001,0.000000001,0.000000001', '0,0,0,0,0,0', '10,0,0,10,10,10'];
    expect(lines[1]).toBe(`total,total,,${totalValues.join(',')},,,,,`);
    expect(lines).toContain(`category,laptop,12,${totalValues.join(',')},,,,,`);
    expect(lines).toContain(`perimeter,administration,12,${totalValues.join(',')},,,,,`);
    // Phases carry their values only.
    expect(lines).toContain('phase,use,,1,,,,,,1.5,,,,,,0,,,,,,0,,,,,,10,,,,,,,,,,');
    expect(lines).toContain(`issue,error,,${','.repeat(30)}'=cmd|x.csv,3,'@col,injected,fr:injected`);
    expect(lines).toContain(`assumption,,${','.repeat(30)},,,,,Note « a1 ».`);
    expect(lines.at(-1)).toBe('');
  });
});
