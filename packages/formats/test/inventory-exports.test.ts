import { describe, expect, it } from 'vitest';
import * as api from '../src/inventory';

describe('@reen/formats/inventory public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "CATEGORY_LABELS_FR",
        "CSV_DELIMITERS",
        "DEFAULT_LIMITS",
        "DEFAULT_MIN_CATEGORY_SCORE",
        "FIELD_IDS",
        "FIELD_LABELS",
        "FILE_REFUSAL_CODES",
        "IMPORT_MESSAGES",
        "PROFILE_IDS",
        "RejectedCsvColumns",
        "SIZE_CLASS_WEIGHT_KG",
        "TEMPLATE_COLUMNS",
        "TEMPLATE_EXAMPLES",
        "TEMPLATE_INSTRUCTIONS",
        "TEXT_ENCODINGS",
        "applyValueRules",
        "buildMapping",
        "checkArchive",
        "classificationKey",
        "decodeText",
        "detectEncoding",
        "detectFileFormat",
        "detectProfile",
        "excelSerialToIso",
        "findHeaderRow",
        "formatImportIssue",
        "formatImportIssueText",
        "importInventoryFiles",
        "inferCategory",
        "inventoryItemsToInput",
        "isPlaceholderSerial",
        "mapCountry",
        "mapPerimeter",
        "mapSizeClass",
        "mapStatus",
        "mappingToPreset",
        "neutralizeCell",
        "parseBooleanText",
        "parseDateText",
        "parseDecimalText",
        "parseMappingPreset",
        "parseMappingSpec",
        "parseQuantityText",
        "quoteCsvCell",
        "rejectedCsvChunks",
        "rejectedRowError",
        "rejectedRowsCsvChunks",
        "rejectedRowsToCsv",
        "resolveColumnRef",
        "sizeClassFromWeight",
        "sniffDelimiter",
        "templateCsv",
        "templateXlsx",
        "valueMapColumns",
      ]
    `);
  });
});

describe('inventoryItemsToInput', () => {
  it('gives JSON-safe input that parses back to the same items', async () => {
    const { parseInventory } = await import('@reen/core');
    const text = 'Type;Quantité;Durée de vie (ans);Consommation (kWh/an)\nPortable;2;4,5;24,8\nÉcran;3;;\n';
    const r = await api.importInventoryFiles([{ name: 'a.csv', bytes: new TextEncoder().encode(text) }], { today: '2026-01-15' });
    const input = api.inventoryItemsToInput(r.items);
    expect(JSON.parse(JSON.stringify(input))).toEqual([
      { category: 'laptop', quantity: 2, lifetimeYears: '4.5', usage: { kind: 'metered', energyKwhPerYear: '24.8' }, status: 'in-service', refurbished: false, perimeter: 'administration', source: { file: 'a.csv', line: 2 } },
      { category: 'monitor', quantity: 3, status: 'in-service', refurbished: false, perimeter: 'administration', source: { file: 'a.csv', line: 3 } },
    ]);
    const again = parseInventory(JSON.parse(JSON.stringify(input)));
    expect(again.success && again.data.map((i) => i.lifetimeYears?.toString())).toEqual(['4.5', undefined]);
  });
});
