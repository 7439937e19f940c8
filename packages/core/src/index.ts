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
