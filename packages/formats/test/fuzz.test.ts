import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Each configuration runs 10,000 inputs; the timeout leaves room for a loaded CI machine.
const TIMEOUT = 180_000;
import { buildMapping, detectProfile, FIELD_IDS, IMPORT_MESSAGES, importInventoryFiles, parseMappingSpec } from '../src/inventory';
import type { ImportResult } from '../src/inventory';

const RUNS = 10_000;
const KNOWN_CODES = new Set(Object.keys(IMPORT_MESSAGES.fr));
const FIELDS = new Set<string>(FIELD_IDS);

/** The laws every import result obeys, whatever the input (plain checks: `expect` is too slow for 10,000 runs). */
function checkResult(r: ImportResult): void {
  const fail = (what: string): never => {
    throw new Error(`${what}: ${JSON.stringify(r.counts)}`);
  };
  if (r.counts.accepted + r.counts.rejected !== r.counts.rowsRead) fail('accepted + rejected != rows read');
  if (r.items.length !== r.counts.accepted) fail('items length');
  for (const issue of r.issues) {
    if (!KNOWN_CODES.has(issue.code)) fail(`unknown issue code ${issue.code}`);
    if (issue.severity !== 'error' && issue.severity !== 'warning' && issue.severity !== 'info') fail('severity');
    if (issue.position && !(issue.position.line >= 1)) fail('position line');
  }
  for (const row of r.rejected) {
    if (!row.issues.some((i) => i.severity === 'error')) fail('rejected row without error');
    if (!(row.source.line >= 1)) fail('rejected row line');
  }
  for (const item of r.items) if (!(item.quantity >= 1)) fail('quantity');
}

// Cells biased towards what breaks CSV parsers and value parsers.
const cell = fc.oneof(
  fc.constantFrom('', ' ', '"', '""', '";', 'a"b', '\n', '\r\n', '\r', ';', ',', '\t', '|', '=1+1', '-3', '2,5', '1 200', '1\u00a0234,5', '15/03/2019', '43539', '2031-01-01', 'oui', 'x', 'Rebut', 'En stock', 'Portable', 'Écran', 'Latitude 5420', 'bizhub C300i', 'To be filled by O.E.M.', '\ufeff', 'é', '€'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const header = fc.oneof(fc.constantFrom('Type', 'Catégorie', 'Quantité', 'Qté', 'Modèle', 'Fabricant', "Date d'achat", 'Statut', 'Durée de vie (ans)', 'Consommation (kWh/an)', 'Poids (kg)', 'Site', 'Périmètre', 'Pays', 'Reconditionné', 'Numéro de série', 'Puissance (W)', 'Heures par jour', 'Jours par an'), fc.string({ maxLength: 10 }));
const delimiter = fc.constantFrom(';', ',', '\t', '|');
const newline = fc.constantFrom('\n', '\r\n', '\r');

const csvText = fc
  .tuple(delimiter, newline, fc.array(header, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }))
  .map(([d, nl, h, rows]) => [h.join(d), ...rows.map((r) => r.join(d))].join(nl));

const fixtureTexts = ['glpi-ordinateurs.csv', 'glpi-moniteurs.csv', 'ocs-export.csv', 'g4it-equipements.csv', 'excel-cp1252.csv', 'canonical-reen.csv', 'broken-quote.csv'].map(
  (n) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', n))),
);

/** Byte-level mutations of the first lines of a real fixture: replace, insert or delete bytes. */
const mutatedFixture = fc
  .tuple(
    fc.integer({ min: 0, max: fixtureTexts.length - 1 }),
    fc.integer({ min: 1, max: 5 }),
    fc.array(fc.tuple(fc.constantFrom('set', 'insert', 'delete'), fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  )
  .map(([i, lines, edits]) => {
    const all = fixtureTexts[i] as Uint8Array;
    let end = 0;
    for (let n = 0; n < lines && end < all.length; n++) {
      const next = all.indexOf(0x0a, end);
      end = next === -1 ? all.length : next + 1;
    }
    const bytes = Array.from(all.subarray(0, end));
    for (const [op, at, b] of edits) {
      const k = bytes.length === 0 ? 0 : at % bytes.length;
      if (op === 'set') bytes[k] = b;
      else if (op === 'insert') bytes.splice(k, 0, b);
      else bytes.splice(k, 1);
    }
    return Uint8Array.from(bytes);
  });

describe('fuzzing (fast-check, 10,000 inputs per configuration)', () => {
  it('random CSV text: no exception, every failure is a typed issue, counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        checkResult(await importInventoryFiles([{ name: 'fuzz.csv', bytes: new TextEncoder().encode(text) }], { today: '2026-01-15' }));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('byte-mutated real fixtures (encodings, quotes, delimiters): same laws', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFixture, async (bytes) => {
        checkResult(await importInventoryFiles([{ name: 'mutant.csv', bytes }], { today: '2026-01-15' }));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('random headers and overrides: the mapping never throws and maps each field at most once', () => {
    const override = fc.dictionary(fc.oneof(header, fc.constantFrom('#1', '#2', '@A', '@C', '#99')), fc.oneof(fc.constant(null), fc.constantFrom(...FIELD_IDS), fc.string({ maxLength: 6 })) as fc.Arbitrary<never>, { maxKeys: 4 });
    fc.assert(
      fc.property(fc.array(header, { maxLength: 12 }), override, (headers, o) => {
        const profile = detectProfile(headers);
        const { mapping, issues } = buildMapping(headers, profile, o);
        expect(mapping).toHaveLength(headers.length);
        const used = new Set<string>();
        for (const c of mapping) {
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          if (c.field !== null) {
            expect(FIELDS.has(c.field)).toBe(true);
            expect(used.has(c.field)).toBe(false);
            used.add(c.field);
          }
        }
        for (const i of issues) expect(KNOWN_CODES.has(i.code)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('random --map specs: parsed or reported with typed issues, never thrown', () => {
    const spec = fc.oneof(fc.string({ maxLength: 30 }), fc.array(fc.tuple(header, fc.constantFrom('=', '==', '\\=', ''), fc.oneof(fc.constantFrom(...FIELD_IDS, 'ignore', '-', ''), fc.string({ maxLength: 6 }))).map((t) => t.join('')), { maxLength: 5 }));
    fc.assert(
      fc.property(spec, (s) => {
        const r = parseMappingSpec(s);
        for (const i of r.issues) expect(KNOWN_CODES.has(i.code)).toBe(true);
        if (r.success) for (const f of Object.values(r.data)) expect(f === null || FIELDS.has(f)).toBe(true);
        else expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
