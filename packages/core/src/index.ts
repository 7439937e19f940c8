/**
 * @reen/core: the pure footprint engine and strategy model of REEN kit.
 * Exports are listed by name; internal modules are never re-exported wholesale.
 */
export { D, dec, sum, roundForDisplay, ROUNDING } from './internal/decimal';
export type { Dec } from './internal/decimal';

export {
  CATEGORY_IDS,
  CATEGORY_FAMILIES,
  CategorySchema,
  SIZE_CLASSES,
  SizeClassSchema,
  PERIMETERS,
  PerimeterSchema,
  STATUSES,
  StatusSchema,
  PHASES,
  PhaseSchema,
  ORGANISATION_KINDS,
} from './schemas/categories';
export type { CategoryId, SizeClass, Perimeter, DeviceStatus, Phase, OrganisationKind } from './schemas/categories';

export { DecimalSchema, PositiveDecimalSchema, NonNegativeDecimalSchema, DecimalStringSchema } from './schemas/decimal';
export { InventoryItemSchema, InventorySchema, SourcePositionSchema, UsageProfileSchema, CountrySchema } from './schemas/inventory';
export type { InventoryItem, InventoryItemInput, Inventory, InventoryInput, SourcePosition, UsageProfile } from './schemas/inventory';
export { OrganisationSchema } from './schemas/organisation';
export type { Organisation, OrganisationInput } from './schemas/organisation';
export {
  HostingSchema,
  HostingSiteSchema,
  CloudLineSchema,
  PueSchema,
  HOSTING_EQUIPMENT_KINDS,
  SITE_KINDS,
  CLOUD_PROVIDERS,
} from './schemas/hosting';
export type { Hosting, HostingInput, HostingSite, CloudLine, HostingEquipmentKind, SiteKind, CloudProvider } from './schemas/hosting';
export { UsageSchema } from './schemas/usage';
export type { Usage, UsageInput } from './schemas/usage';
export { FactorRowSchema, FactorSetSchema, FactorSourceSchema, INDICATORS } from './schemas/factors';
export type { FactorRow, FactorSet, FactorSource, Indicator } from './schemas/factors';
export { IssueSchema } from './schemas/issues';
export type { Issue, ParseResult } from './schemas/issues';
export { ProjectFileSchema, PROJECT_SCHEMA_VERSION } from './schemas/project';
export type { ProjectFile, ProjectFileInput } from './schemas/project';

export { parseInventory } from './parse/parseInventory';
export type { ParseInventoryOptions } from './parse/parseInventory';

export type {
  Indicators,
  TraceNote,
  Trace,
  FootprintNode,
  LifetimeLevel,
  AccountingMethod,
  GroupFootprint,
  FootprintDomain,
  Breakdown,
  FootprintResult,
} from './compute/types';

// Document model (the strategy document and the yearly bilan, rendered by @reen/formats/document).
export {
  InlineSchema,
  ParagraphSchema,
  ListSchema,
  TableSchema,
  ChartSchema,
  ChartSeriesSchema,
  PageBreakSchema,
  BlockSchema,
  SectionSchema,
  CoverSchema,
  DocumentSchema,
  CHART_TYPES,
  ALIGNMENTS,
  isSection,
  walkDocument,
  listHeadings,
} from './document/model';
export type {
  Inline,
  Paragraph,
  List,
  Table,
  Chart,
  ChartType,
  ChartSeries,
  PageBreak,
  Block,
  Section,
  Cover,
  ReenDocument,
  HeadingRef,
  Alignment,
} from './document/model';
export {
  formatNumberFr,
  formatQuantityFr,
  formatRangeFr,
  formatPercentFr,
  formatChangeFr,
  formatDateFr,
  NARROW_NBSP,
  NBSP,
  MINUS,
} from './document/formatFr';
export type { DisplayPrecision } from './document/formatFr';

// Factor sets: the shipped data files, validated and frozen, and fast look-ups into them.
export { listFactorSets, getFactorSet, getFactorSetFiles } from './factors/factorSets';
export type { ShippedFactorSet, CloudRegion } from './factors/factorSets';
export { createFactorIndex } from './factors/factorIndex';
export type { FactorIndex, ElectricityFactor, ElectricityVintageRule } from './factors/factorIndex';
export { FACTOR_ID_PATTERNS, matchFactorIdPattern } from './factors/patterns';
export type { FactorIdPattern } from './factors/patterns';

export type {
  DeviceFootprint,
  FleetFootprint,
  SiteFootprint,
  CloudFootprint,
  HostingFootprint,
  UsageFootprint,
  UsageItem,
} from './compute/types';
export { USAGE_ITEMS } from './compute/types';
export { METHODOLOGY_VERSION } from './compute/methodology';
export { computeFootprint } from './compute/computeFootprint';
export type { FootprintInput, FootprintOptions } from './compute/computeFootprint';
export { computeDeviceFootprint } from './compute/computeDeviceFootprint';
export type { DeviceFootprintOptions } from './compute/computeDeviceFootprint';
export { computeFleetFootprint } from './compute/computeFleetFootprint';
export { computeHostingFootprint } from './compute/computeHostingFootprint';
export { computeUsageFootprint } from './compute/computeUsageFootprint';
export type { UsageFootprintOptions } from './compute/computeUsageFootprint';
export { serializeFootprint, FOOTPRINT_JSON_SCHEMA_VERSION } from './compute/serializeFootprint';
export type {
  SerializedFootprint,
  SerializedNode,
  SerializedTotals,
  SerializedIndicators,
  SerializedPhases,
  SerializedTrace,
  SerializeOptions,
} from './compute/serializeFootprint';
export { FootprintError, FOOTPRINT_ERROR_MESSAGES } from './errors';
export type { FootprintErrorCode } from './errors';
export { formatIssue, formatTraceNote, ISSUE_CODES, TRACE_NOTE_CODES, LANGS } from './messages/index';
export type { Lang, IssueCode, TraceNoteCode } from './messages/index';
export { ISSUE_MESSAGES_FR, TRACE_MESSAGES_FR } from './messages/fr';
export { ISSUE_MESSAGES_EN, TRACE_MESSAGES_EN } from './messages/en';
export { parseProject, parseHosting, parseUsage, parseOrganisation } from './parse/parseProject';
export type { ParseProjectOptions } from './parse/parseProject';
export { migrateProject, PROJECT_MIGRATIONS } from './parse/migrations';
export type { ProjectMigration, MigrationResult } from './parse/migrations';
