/**
 * @reen/formats/inventory: inventory files in. CSV/TSV (encoding and delimiter detection), XLSX,
 * XLS and ODS (every sheet, zip-bomb check), JSON in the core's schema; GLPI, OCS, G4IT, EcoDiag
 * and REEN-template profiles; category inference from free text; issues with file, sheet, line and
 * column. Browser-safe: no Node APIs.
 */
export { importInventoryFiles, detectFileFormat, DEFAULT_LIMITS, FILE_REFUSAL_CODES } from './importer';
export { detectProfile, buildMapping, parseMappingSpec, parseMappingPreset, mappingToPreset, resolveColumnRef, findHeaderRow } from './mapping';
export type { DetectedProfile, MappingSpecResult } from './mapping';
export { inferCategory, classificationKey, sizeClassFromWeight, DEFAULT_MIN_CATEGORY_SCORE, SIZE_CLASS_WEIGHT_KG } from './infer';
export type { CategoryClues, CategoryInference } from './infer';
export { mapStatus, mapPerimeter, mapCountry, mapSizeClass, isPlaceholderSerial } from './labels';
export { parseDecimalText, parseDateText, parseBooleanText, parseQuantityText, excelSerialToIso } from './values';
export type { ValueResult, DateValue } from './values';
export { detectEncoding, decodeText, TEXT_ENCODINGS } from './encoding';
export type { EncodingGuess, TextEncodingName } from './encoding';
export { sniffDelimiter, CSV_DELIMITERS } from './csv';
export type { CsvDelimiter } from './csv';
export { checkArchive } from './archive';
export type { ArchiveCheck } from './archive';
export { rejectedRowsToCsv, rejectedRowsCsvChunks, rejectedCsvChunks, rejectedRowError, RejectedCsvColumns, neutralizeCell, quoteCsvCell } from './export';
export type { RejectedCsvOptions, RejectedCsvRow } from './export';
export { templateCsv, templateXlsx, TEMPLATE_COLUMNS, TEMPLATE_EXAMPLES, TEMPLATE_INSTRUCTIONS, CATEGORY_LABELS_FR } from './template';
export type { TemplateColumn } from './template';
export { IMPORT_MESSAGES, FIELD_LABELS, formatImportIssue, formatImportIssueText } from './messages';
export type { MessageLang, MessageTemplate, WordedIssue } from './messages';
export { inventoryItemsToInput } from './serialize';
export { FIELD_IDS, PROFILE_IDS } from './types';
export { applyValueRules, valueMapColumns } from './valueMaps';
export type { ValueRule, FieldValueMap, ValueMaps } from './valueMaps';
export type {
  FieldId,
  ProfileId,
  InventoryFileFormat,
  ByteSource,
  InventoryFileInput,
  ImportProgress,
  MappingSource,
  ColumnMapping,
  MappingPreset,
  MappingOverride,
  ImportOptions,
  OmittedIssues,
  RejectedRow,
  CategoryCandidate,
  UnclassifiedRow,
  ClassificationSummary,
  TableReport,
  SheetInfo,
  ImportCounts,
  ImportResult,
} from './types';
