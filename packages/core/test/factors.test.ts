import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  ECOINDEX_MEDIAN_SCORE,
  computeEcoIndexPageView,
  FACTOR_ID_PATTERNS,
  FactorRowSchema,
  createFactorIndex,
  dec,
  getFactorSet,
  listFactorSets,
  matchFactorIdPattern,
} from '../src/index';
import { FootprintError } from '../src/errors';

const factorIdsDoc = readFileSync(fileURLToPath(new URL('../../../docs/factor-ids.md', import.meta.url)), 'utf8');
const model = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../node_modules/@incubateur-ademe/publicodes-acv-numerique/publicodes-acv-numerique.model.json', import.meta.url)),
    'utf8',
  ),
) as Record<string, { valeur?: unknown } | null>;

const META_FILES = new Set(['set.json', 'cloud-regions.json']);
const set = getFactorSet('fr-2025.1');
const index = createFactorIndex(set);

/** A rule's numeric value in the ADEME model (the package stores numbers, never strings, for these rules). */
function modelValue(rule: string): string {
  const value = model[rule]?.valeur;
  if (typeof value !== 'number') throw new Error(`rule ${rule} has no numeric value`);
  return String(value);
}
/** A model value in grams (or litres), converted to kilograms (or m³): ÷ 1000, exactly. */
const divided = (rule: string): string => dec(modelValue(rule)).div(1000).toString();

describe.each(listFactorSets())('factor data files of %s', (version) => {
  const dataDir = fileURLToPath(new URL(`../data/factors/${version}/`, import.meta.url));
  const themeFiles = readdirSync(dataDir).filter((file) => file.endsWith('.json') && !META_FILES.has(file));
  const rawRows = themeFiles.flatMap((file) =>
    (JSON.parse(readFileSync(dataDir + file, 'utf8')) as Record<string, unknown>[]).map((row) => ({ file, row })),
  );
  const set = getFactorSet(version);
  const index = createFactorIndex(set);

  it('registers every theme file of the directory in the loaded set', () => {
    expect(rawRows.length).toBe(set.rows.length);
    expect(themeFiles.sort()).toEqual([
      'cloud.json',
      'devices-ademe.json',
      'devices-ecodiag.json',
      'devices-other.json',
      'electricity.json',
      'hosting-equipment.json',
      'hosting.json',
      'network-usage.json',
      'refurbished.json',
    ]);
  });

  it('parses every row of every file with FactorRowSchema', () => {
    const failures = rawRows
      .map(({ file, row }) => ({ file, id: String(row.id), result: FactorRowSchema.safeParse(row) }))
      .filter(({ result }) => !result.success)
      .map(({ file, id }) => `${file}: ${id}`);
    expect(failures).toEqual([]);
  });

  it.each(['id', 'subject', 'indicator', 'phase', 'value', 'unit', 'source', 'licence', 'uncertainty'])(
    'rejects a row without its %s field',
    (field) => {
      const row = { ...(rawRows[0]?.row as Record<string, unknown>) };
      delete row[field];
      expect(FactorRowSchema.safeParse(row).success).toBe(false);
    },
  );

  it.each(['publisher', 'title', 'year', 'url', 'retrievedAt'])('rejects a row whose source has no %s', (field) => {
    const row = rawRows[0]?.row as { source: Record<string, unknown> };
    const source = { ...row.source };
    delete source[field];
    expect(FactorRowSchema.safeParse({ ...row, source }).success).toBe(false);
  });

  it('gives every row a unique id', () => {
    const ids = rawRows.map(({ row }) => String(row.id));
    expect(ids.filter((id, position) => ids.indexOf(id) !== position)).toEqual([]);
  });

  it('follows a documented id pattern, with the unit and phase of that pattern, on every row', () => {
    const wrong = set.rows
      .map((row) => ({ row, pattern: matchFactorIdPattern(row.id) }))
      .filter(({ row, pattern }) => !pattern || pattern.unit !== row.unit || pattern.phase !== row.phase)
      .map(({ row, pattern }) => `${row.id} (${row.unit}, ${row.phase}) vs ${pattern ? `${pattern.unit}, ${pattern.phase}` : 'no pattern'}`);
    expect(wrong).toEqual([]);
  });

  it('documents every id pattern and its unit in docs/factor-ids.md', () => {
    const undocumented = FACTOR_ID_PATTERNS.filter(
      (entry) => !factorIdsDoc.includes(`\`${entry.pattern}\``) || !factorIdsDoc.includes(`\`${entry.unit}\``),
    ).map((entry) => entry.pattern);
    expect(undocumented).toEqual([]);
  });

  it('keeps low ≤ value ≤ high on every row', () => {
    const outside = set.rows
      .filter((row) => {
        const value = index.value(row.id);
        return index.low(row.id).gt(value) || index.high(row.id).lt(value);
      })
      .map((row) => row.id);
    expect(outside).toEqual([]);
  });

  it('puts the pinned commit in the URL whenever a source names a commit', () => {
    const mismatched = set.rows.filter((row) => row.source.commit && !row.source.url.includes(row.source.commit)).map((row) => row.id);
    expect(mismatched).toEqual([]);
  });

  it('never stores end-of-life water (ADEME flags it as unreliable)', () => {
    expect(set.rows.filter((row) => /\.endOfLife\.water/.test(row.id)).map((row) => row.id)).toEqual([]);
  });
});

/** Categories added with fr-2026.1 (ADEME 2.2.0 devices): fr-2025.1 is kept unchanged without them. */
const CATEGORIES_SINCE_2026 = new Set(['external-ssd', 'laptop-charger', 'phone-charger', 'connected-speaker', 'game-console', 'handheld-console', 'vr-headset', 'vr-controller']);

describe('coverage of the canonical categories', () => {
  const latest = createFactorIndex(getFactorSet('fr-2026.1'));
  it.each([...CATEGORY_IDS])('fr-2026.1 has manufacturing, lifetime and a use-phase default for %s', (category) => {
    const id = (suffix: string) => `device.${category}.${suffix}`;
    expect(latest.has(id('manufacturing.co2eKg'))).toBe(true);
    expect(latest.has(id('lifetimeYears'))).toBe(true);
    const profile = ['use.activePowerW', 'use.hoursPerDay', 'use.daysPerYear'].every((suffix) => latest.has(id(suffix)));
    expect(profile || latest.has(id('use.energyKwhPerYear'))).toBe(true);
    expect(latest.value(id('lifetimeYears')).gt(0)).toBe(true);
  });

  it.each(CATEGORY_IDS.filter((category) => !CATEGORIES_SINCE_2026.has(category)))('fr-2025.1 has manufacturing, lifetime and a use-phase default for %s', (category) => {
    const id = (suffix: string) => `device.${category}.${suffix}`;
    expect(index.has(id('manufacturing.co2eKg'))).toBe(true);
    expect(index.has(id('lifetimeYears'))).toBe(true);
    const profile = ['use.activePowerW', 'use.hoursPerDay', 'use.daysPerYear'].every((suffix) => index.has(id(suffix)));
    expect(profile || index.has(id('use.energyKwhPerYear'))).toBe(true);
    expect(index.value(id('lifetimeYears')).gt(0)).toBe(true);
  });

  it.each(['printer', 'mfp'])('has the small, medium and large classes for %s', (category) => {
    for (const variant of ['small', 'medium', 'large']) {
      expect(index.has(`device.${category}.${variant}.manufacturing.co2eKg`)).toBe(true);
      expect(index.has(`device.${category}.${variant}.lifetimeYears`)).toBe(true);
      expect(index.has(`device.${category}.${variant}.use.energyKwhPerYear`)).toBe(true);
    }
  });

  it('uses the small class as the default printer and the medium class as the default MFP', () => {
    expect(index.value('device.printer.manufacturing.co2eKg').toString()).toBe(index.value('device.printer.small.manufacturing.co2eKg').toString());
    expect(index.value('device.mfp.manufacturing.co2eKg').toString()).toBe(index.value('device.mfp.medium.manufacturing.co2eKg').toString());
    expect(index.value('device.printer.manufacturing.co2eKg').toString()).toBe('130');
  });

  it('records the monitor disagreement (ADEME 64.6 kg against EcoDiag 430 kg) as the range', () => {
    expect(index.value('device.monitor.manufacturing.co2eKg').toString()).toBe('64.6');
    expect(index.low('device.monitor.manufacturing.co2eKg').toString()).toBe('64.6');
    expect(index.high('device.monitor.manufacturing.co2eKg').toString()).toBe('430');
  });
});

describe('parity with @incubateur-ademe/publicodes-acv-numerique 2.1.0', () => {
  const MAPPING: Record<string, string> = {
    desktop: 'ordinateur fixe pro',
    monitor: 'écran',
    'tv-display': 'TV',
    laptop: 'ordinateur portable',
    smartphone: 'smartphone',
    tablet: 'tablette',
    'internet-box': 'box',
    'external-drive': 'disque dur externe',
    'usb-stick': 'clé USB',
  };

  it.each(Object.entries(MAPPING))('stores the ADEME values of %s (« %s ») exactly', (category, device) => {
    const base = `acv . ${device}`;
    const id = (suffix: string) => `device.${category}.${suffix}`;
    expect(index.value(id('manufacturing.co2eKg')).toString()).toBe(divided(`${base} . carbone . fabrication`));
    expect(index.value(id('distribution.co2eKg')).toString()).toBe(divided(`${base} . carbone . distribution`));
    expect(index.value(id('endOfLife.co2eKg')).toString()).toBe(divided(`${base} . carbone . fin de vie`));
    expect(index.value(id('manufacturing.waterScarcityM3eq')).toString()).toBe(divided(`${base} . eau . fabrication`));
    expect(index.value(id('distribution.waterScarcityM3eq')).toString()).toBe(divided(`${base} . eau . distribution`));
    expect(index.value(id('lifetimeYears')).toString()).toBe(modelValue(`${base} . durée de vie théorique`));
    expect(index.value(id('use.activePowerW')).toString()).toBe(modelValue(`${base} . consommation en mode actif`));
    expect(index.value(id('use.hoursPerDay')).toString()).toBe(modelValue(`${base} . profil utilisation théorique`));
    expect(index.value(id('use.daysPerYear')).toString()).toBe(modelValue('publicodes-commun . jours par an'));
  });

  it('stores the laptop manufacturing as 170 kgCO2e (170000 gCO2e in the package)', () => {
    expect(modelValue('acv . ordinateur portable . carbone . fabrication')).toBe('170000');
    expect(index.value('device.laptop.manufacturing.co2eKg').toString()).toBe('170');
  });

  it('stores the data-centre equipment of the ADEME model exactly', () => {
    expect(index.value('device.server.manufacturing.co2eKg').toString()).toBe(divided('serveur . construction'));
    expect(index.value('device.network-switch.manufacturing.co2eKg').toString()).toBe(divided('switch . construction'));
    expect(index.value('device.router.manufacturing.co2eKg').toString()).toBe(divided('routeur . construction'));
    expect(index.value('device.firewall.manufacturing.co2eKg').toString()).toBe(divided('firewall . construction'));
    expect(index.value('device.storage-array.manufacturing.co2eKg').toString()).toBe(divided('stockage . construction'));
    expect(index.value('device.server.use.activePowerW').toString()).toBe(modelValue('serveur . puissance'));
  });

  it('stores the NegaOctet network factors exactly (g/GB ÷ 1000)', () => {
    expect(index.value('network.fixed.FRA.co2eKgPerGb').toString()).toBe(divided('transmission par défaut . facteur réseau fixe FR'));
    expect(index.value('network.mobile.FRA.co2eKgPerGb').toString()).toBe(divided('transmission par défaut . facteur réseau mobile FR'));
    expect(index.value('network.fixed-excl-box.FRA.co2eKgPerGb').toString()).toBe(divided('transmission par défaut . facteur réseau fixe FR hors box'));
  });

  it('uses the package electricity vintage (Base Empreinte Electricité/2024) as the FRA 2024 row', () => {
    expect(modelValue('publicodes-commun . mix électrique . empreinte carbone')).toBe('0.0519');
    expect(index.value('electricity.FRA.2024.co2eKgPerKwh').toString()).toBe('0.0519');
  });
});

describe('electricity vintage lookup', () => {
  it('lists the French vintages 2022 to 2025', () => {
    expect(index.electricityVintages('FRA')).toEqual([2022, 2023, 2024, 2025]);
    expect(['2022', '2023', '2024', '2025'].map((year) => index.value(`electricity.FRA.${year}.co2eKgPerKwh`).toString())).toEqual([
      '0.052',
      '0.058',
      '0.0519',
      '0.0461',
    ]);
  });

  it('takes the vintage equal to the bilan year, without fallback', () => {
    const factor = index.electricityFactor('FRA', 2023);
    expect(factor?.row.id).toBe('electricity.FRA.2023.co2eKgPerKwh');
    expect(factor?.rule).toBe('exact');
    expect(factor?.fallback).toBe(false);
  });

  it('falls back to the latest vintage before the year, and says so', () => {
    const factor = index.electricityFactor('FRA', 2027);
    expect(factor?.row.id).toBe('electricity.FRA.2025.co2eKgPerKwh');
    expect(factor?.rule).toBe('latest-before');
    expect(factor?.fallback).toBe(true);
    expect(factor?.vintage).toBe(2025);
    expect(factor?.year).toBe(2027);
  });

  it('falls back to the earliest vintage after the year when none is before, and says so', () => {
    const factor = index.electricityFactor('FRA', 2019);
    expect(factor?.row.id).toBe('electricity.FRA.2022.co2eKgPerKwh');
    expect(factor?.rule).toBe('earliest-after');
    expect(factor?.fallback).toBe(true);
  });

  it('finds other countries and returns undefined for a country without a row', () => {
    expect(index.electricityFactor('DEU', 2024)?.row.id).toBe('electricity.DEU.2019.co2eKgPerKwh');
    expect(index.electricityFactor('XYZ', 2024)).toBeUndefined();
  });

  it('keeps volumetric water per kWh (WRI) apart from the GHG rows', () => {
    expect(index.value('electricity.FRA.waterLPerKwh').toString()).toBe('3.6737');
    expect(index.get('electricity.FRA.waterLPerKwh')?.unit).toBe('L/kWh');
  });
});

describe('listFactorSets and getFactorSet', () => {
  it('lists the shipped versions and returns the latest by default', () => {
    expect(listFactorSets()).toEqual(['fr-2025.1', 'fr-2026.1']);
    expect(getFactorSet().version).toBe('fr-2026.1');
    expect(getFactorSet()).toBe(getFactorSet('fr-2026.1'));
  });

  it('throws a FootprintError with a stable code for an unknown version', () => {
    expect(() => getFactorSet('fr-1999.1')).toThrow(FootprintError);
    try {
      getFactorSet('fr-1999.1');
    } catch (error) {
      expect((error as FootprintError).code).toBe('factor_set_unknown');
      expect((error as FootprintError).params).toEqual({ version: 'fr-1999.1', available: 'fr-2025.1, fr-2026.1' });
    }
  });

  it('returns deeply frozen data', () => {
    const row = set.rows[0];
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.rows)).toBe(true);
    expect(row && Object.isFrozen(row) && Object.isFrozen(row.source) && Object.isFrozen(row.uncertainty)).toBe(true);
    expect(() => {
      (set.rows as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('maps cloud regions to countries', () => {
    expect(index.cloudRegionCountry('aws', 'eu-west-3')).toBe('FRA');
    expect(index.cloudRegionCountry('gcp', 'europe-west9')).toBe('FRA');
    expect(index.cloudRegionCountry('azure', 'westeurope')).toBe('NLD');
    expect(index.cloudRegionCountry('aws', 'mars-1')).toBeUndefined();
  });
});

describe('createFactorIndex', () => {
  it('returns rows and exact Decimal values by id', () => {
    expect(index.get('device.laptop.manufacturing.co2eKg')?.source.version).toBe('2.1.0');
    expect(index.value('usage.email.co2eKgPerEmail').toString()).toBe('0.001089');
    expect(index.low('device.server.manufacturing.co2eKg').toString()).toBe('461.8');
    expect(index.high('device.server.manufacturing.co2eKg').toString()).toBe('3660');
  });

  it('throws factor_missing for an unknown id in require/value, and returns undefined in get', () => {
    expect(index.get('device.unknown.lifetimeYears')).toBeUndefined();
    expect(() => index.require('device.unknown.lifetimeYears')).toThrow(expect.objectContaining({ code: 'factor_missing' }));
    expect(() => index.value('device.unknown.lifetimeYears')).toThrow(FootprintError);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(index)).toBe(true);
  });
});

describe('computeEcoIndexPageView', () => {
  it('gives 2 gCO2e and 3 cl per page view at the median score 50, the values of the usage.web rows', () => {
    const median = computeEcoIndexPageView(dec(ECOINDEX_MEDIAN_SCORE));
    expect(median.co2eKg.toString()).toBe('0.002');
    expect(median.waterL.toString()).toBe('0.03');
    expect(index.value('usage.web.co2eKgPerPageView').eq(median.co2eKg)).toBe(true);
    expect(index.value('usage.web.waterLPerPageView').eq(median.waterL)).toBe(true);
  });

  it('gives the bounds of the usage.web rows at scores 100 and 0', () => {
    expect(computeEcoIndexPageView(dec(100)).co2eKg.toString()).toBe(index.low('usage.web.co2eKgPerPageView').toString());
    expect(computeEcoIndexPageView(dec(0)).co2eKg.toString()).toBe(index.high('usage.web.co2eKgPerPageView').toString());
    expect(computeEcoIndexPageView(dec(100)).waterL.toString()).toBe(index.low('usage.web.waterLPerPageView').toString());
    expect(computeEcoIndexPageView(dec(0)).waterL.toString()).toBe(index.high('usage.web.waterLPerPageView').toString());
  });

  it('computes 2 + 2 × (50 − 73) ÷ 100 = 1.54 g and 3 + 3 × (50 − 73) ÷ 100 = 2.31 cl at score 73', () => {
    const page = computeEcoIndexPageView(dec(73));
    expect(page.co2eKg.toString()).toBe('0.00154');
    expect(page.waterL.toString()).toBe('0.0231');
  });

  it('rejects a score outside 0–100', () => {
    expect(() => computeEcoIndexPageView(dec(101))).toThrow(expect.objectContaining({ code: 'invalid_option' }));
    expect(() => computeEcoIndexPageView(dec(-1))).toThrow(FootprintError);
  });
});
