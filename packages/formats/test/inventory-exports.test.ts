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
        "IMPORT_MESSAGES",
        "PROFILE_IDS",
        "SIZE_CLASS_WEIGHT_KG",
        "TEMPLATE_COLUMNS",
        "TEMPLATE_EXAMPLES",
        "TEMPLATE_INSTRUCTIONS",
        "TEXT_ENCODINGS",
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
        "rejectedRowsToCsv",
        "resolveColumnRef",
        "sizeClassFromWeight",
        "sniffDelimiter",
        "templateCsv",
        "templateXlsx",
      ]
    `);
  });
});
