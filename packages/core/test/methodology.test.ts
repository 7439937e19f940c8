import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getFactorSet } from '../src/index';
import { METHODOLOGY_COMMAND, renderMethodology } from '../scripts/renderMethodology';

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

describe('docs/methodology.md', () => {
  const set = getFactorSet();
  const rendered = renderMethodology(set, read('../scripts/methodology-formulas.md'));

  it('is up to date with the factor data and the formulas file', () => {
    const committed = read('../../../docs/methodology.md');
    if (committed !== rendered) {
      expect.fail(`docs/methodology.md is stale: regenerate it with \`${METHODOLOGY_COMMAND}\` and commit the result.`);
    }
  });

  it('lists every row of the factor set with its value and range', () => {
    const missing = set.rows
      .filter((row) => !rendered.includes(`| \`${row.id}\` | ${row.value} | ${row.unit} | ${row.uncertainty.low} – ${row.uncertainty.high} |`))
      .map((row) => row.id);
    expect(missing).toEqual([]);
  });

  it('has the formulas, one table per source and the licences', () => {
    expect(rendered).toContain('## 1. Formulas');
    expect(rendered).toContain('### Lifetime cascade');
    expect(rendered).toContain('### The two water indicators');
    expect(rendered).toContain('## 2. Factor data, one table per source');
    expect(rendered).toContain('### 2.1. ADEME (incubateur-ademe), data Base Empreinte / NegaOctet');
    expect(rendered).toContain('## 4. Licences');
    const sources = new Set(set.rows.map((row) => `${row.source.url}#${row.source.commit ?? ''}#${row.source.version ?? ''}`));
    expect(rendered.match(/^### 2\.\d+\. /gm)?.length).toBe(sources.size);
  });

  it('escapes the table separator in cells', () => {
    const row = { ...set.rows[0]!, unit: 'a|b', id: 'device.laptop.manufacturing.co2eKg' };
    const text = renderMethodology({ ...set, rows: [row] }, '## Formulas');
    expect(text).toContain('| a\\|b |');
  });
});
