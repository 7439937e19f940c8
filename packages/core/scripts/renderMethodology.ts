/**
 * Renders docs/methodology.md from a factor set and the hand-written formulas
 * (`methodology-formulas.md`). Pure: no file access, so the staleness test can call it in memory.
 */
import type { FactorRow } from '../src/schemas/factors';
import type { ShippedFactorSet } from '../src/factors/factorSets';

/** The command that regenerates docs/methodology.md, quoted in the file and in the test failure. */
export const METHODOLOGY_COMMAND = 'npx --yes pnpm@10.34.8 --filter @reen/core docs:methodology';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

interface SourceGroup {
  readonly key: string;
  readonly rows: FactorRow[];
}

function groupBySource(rows: readonly FactorRow[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const row of rows) {
    const key = `${row.source.url}#${row.source.commit ?? ''}#${row.source.version ?? ''}`;
    const group = groups.get(key) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The notes and range bases of rows, each text once with the ids it applies to, in row order. */
function textsOf(rows: readonly FactorRow[]): [string, string[]][] {
  const texts = new Map<string, string[]>();
  const add = (text: string, id: string) => {
    const ids = texts.get(text) ?? [];
    ids.push(id);
    texts.set(text, ids);
  };
  for (const row of rows) {
    if (row.note) add(row.note, row.id);
    add(`Range: ${row.uncertainty.basis}`, row.id);
  }
  return [...texts.entries()];
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Builds the Markdown of docs/methodology.md.
 *
 * @param set - The factor set documented (its rows, cloud regions and metadata).
 * @param formulas - The Markdown of `scripts/methodology-formulas.md`, inserted as the formulas section.
 * @returns The whole file, ending with a newline.
 */
export function renderMethodology(set: ShippedFactorSet, formulas: string): string {
  const out: string[] = [];
  const groups = groupBySource(set.rows);
  const licences = distinct(set.rows.map((row) => row.licence).concat([]));
  const licenceKey = (licence: string): string => `L${licences.indexOf(licence) + 1}`;

  out.push('# Methodology');
  out.push('');
  out.push(
    `> Generated from the factor set \`${set.version}\` (\`packages/core/data/factors/${set.version}/\`) and ` +
      '`packages/core/scripts/methodology-formulas.md` by `packages/core/scripts/generate-methodology.ts`. ' +
      `Do not edit by hand: change the data or the formulas file, then run \`${METHODOLOGY_COMMAND}\`. ` +
      'A test fails when this file is stale.',
  );
  out.push('');
  out.push(`**Factor set:** ${set.title} (\`${set.version}\`, published ${set.publishedAt}).`);
  out.push('');
  out.push(set.description);
  out.push('');
  out.push(`It has ${set.rows.length} rows from ${groups.length} sources, and maps ${set.cloudRegions.length} cloud regions to countries.`);
  out.push('');
  out.push('## Contents');
  out.push('');
  out.push('1. Formulas');
  out.push('2. Factor data, one table per source');
  out.push('3. Cloud regions');
  out.push('4. Licences');
  out.push('');
  out.push('## 1. Formulas');
  out.push('');
  // The formulas file starts at level 2: demote it one level under section 1.
  out.push(formulas.trim().replace(/^(#+) /gm, '#$1 '));
  out.push('');
  out.push('## 2. Factor data, one table per source');
  out.push('');
  out.push(
    'Every row below is a row of the factor set: its id (see `docs/factor-ids.md`), its value and unit, ' +
      'its uncertainty range, the year of the source or data vintage, its validity years where set, and the key of its ' +
      'licence note (section 4). The notes and the basis of each range are in the data files.',
  );
  out.push('');
  groups.forEach((group, position) => {
    const first = group.rows[0] as FactorRow;
    const titles = distinct(group.rows.map((row) => row.source.title));
    const years = distinct(group.rows.map((row) => row.source.year)).sort((a, b) => a - b);
    out.push(`### 2.${position + 1}. ${first.source.publisher}${titles.length === 1 ? ` — ${titles[0]}` : ''}`);
    out.push('');
    out.push(`- URL: <${first.source.url}>`);
    if (first.source.commit) out.push(`- Commit: \`${first.source.commit}\``);
    if (first.source.version) out.push(`- Version: ${first.source.version}`);
    out.push(`- Year: ${years.join(', ')}`);
    out.push(`- Retrieved: ${distinct(group.rows.map((row) => row.source.retrievedAt)).join(', ')}`);
    out.push(`- Licence: ${distinct(group.rows.map((row) => licenceKey(row.licence))).join(', ')}`);
    out.push(`- Rows: ${group.rows.length}`);
    out.push('');
    const detail = titles.length > 1;
    out.push(`| id | value | unit | range (low – high) | year | valid | licence |${detail ? ' source detail |' : ''}`);
    out.push(`|---|---:|---|---|---|---|---|${detail ? '---|' : ''}`);
    for (const row of group.rows) {
      const valid =
        row.validFrom === undefined && row.validTo === undefined
          ? ''
          : row.validFrom === row.validTo
            ? String(row.validFrom)
            : `${row.validFrom ?? ''}–${row.validTo ?? ''}`;
      const cells = [
        `\`${row.id}\``,
        row.value,
        cell(row.unit),
        `${row.uncertainty.low} – ${row.uncertainty.high}`,
        String(row.source.year),
        valid,
        licenceKey(row.licence),
      ];
      if (detail) cells.push(cell(row.source.title));
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
    out.push('Notes and range bases:');
    out.push('');
    for (const [text, ids] of textsOf(group.rows)) {
      out.push(`- ${ids.map((id) => `\`${id}\``).join(', ')}: ${text}`);
    }
    out.push('');
  });
  out.push('## 3. Cloud regions');
  out.push('');
  out.push(
    `Source: ${set.cloudRegionsSource.publisher} — ${set.cloudRegionsSource.title} (${set.cloudRegionsSource.year}), ` +
      `<${set.cloudRegionsSource.url}>${set.cloudRegionsSource.commit ? `, commit \`${set.cloudRegionsSource.commit}\`` : ''}.`,
  );
  out.push('');
  out.push('| country | regions (`provider:region`) |');
  out.push('|---|---|');
  const byCountry = new Map<string, string[]>();
  for (const region of set.cloudRegions) {
    const list = byCountry.get(region.country) ?? [];
    list.push(`${region.provider}:${region.region}`);
    byCountry.set(region.country, list);
  }
  for (const country of [...byCountry.keys()].sort()) {
    out.push(`| ${country} | ${(byCountry.get(country) as string[]).map((key) => `\`${key}\``).join(', ')} |`);
  }
  out.push('');
  out.push('## 4. Licences');
  out.push('');
  out.push(
    'Each row states the licence under which its number is redistributed. The factor set stores numbers with their ' +
      'citations; it copies no code. Caveats: the Base Empreinte / Base IMPACTS licence of the NegaOctet multi-criteria ' +
      'rows (water, ADP) is to be confirmed with ADEME before bulk redistribution; Boavizta environmental-footprint-data is ' +
      'ODbL, so only medians are cited, never rows; the EcoIndex reference code has a conflicting licence, so only the ' +
      'published formula is re-implemented; the ecoinvent-based French water factor of publicodes-commun is not reusable ' +
      'and is not used.',
  );
  out.push('');
  out.push('| key | licence note | rows |');
  out.push('|---|---|---:|');
  for (const licence of licences) {
    out.push(`| ${licenceKey(licence)} | ${cell(licence)} | ${set.rows.filter((row) => row.licence === licence).length} |`);
  }
  out.push('');
  return out.join('\n');
}
