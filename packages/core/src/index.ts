/**
 * @reen/core: the pure footprint engine and strategy model of REEN kit.
 * Exports are listed by name; internal modules are never re-exported wholesale.
 */
export { D, dec, sum, roundForDisplay, ROUNDING, jsonDecimal, JSON_ROUNDED_SIGNIFICANT_DIGITS } from './internal/decimal';
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
  STOCK_RULES,
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
  StockRule,
  StockRuleSummary,
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
export { buildStrategyDocument, buildProgrammeDocument } from './document/buildStrategyDocument';
export { buildTechnicalAnnexDocument, technicalAnnexCsv } from './document/technicalAnnex';
export type { TechnicalAnnexInput } from './document/technicalAnnex';
export { finishDocument } from './document/finish';
export { frenchTypography, GLOSSARY } from './document/frenchText';
export type { GlossaryEntry } from './document/frenchText';
export { organisationNameFr, inferNameArticle } from './document/organisationName';
export type { OrganisationNameFr } from './document/organisationName';
export { suggestEdito } from './document/strategyParts';
export { getContextFigures, getBenchmarks } from './strategy/contextFigures';
export type { ContextFigure } from './strategy/contextFigures';
export { adoptStrategy, adoptedStrategy, strategyContent } from './strategy/adopt';
export { EditoSchema, VisionSchema, GovernanceSchema, ConsultationStepSchema, AxisJustificationSchema, CommunicationActionSchema } from './strategy/publication';
export type { Edito, Vision, Governance, ConsultationStep, AxisJustification, CommunicationAction } from './strategy/publication';
export type { StrategyDocumentInput, StrategyDocumentOptions } from './document/buildStrategyDocument';
export { buildYearlyBilanDocument, measureStatusAt } from './document/buildYearlyBilanDocument';
export type { YearlyBilanDocumentInput, YearlyBilanDocumentOptions } from './document/buildYearlyBilanDocument';
export type { FootprintView } from './document/common';
export {
  buildStrategyDocumentFromProject,
  buildYearlyBilanDocumentFromProject,
  buildProgrammeDocumentFromProject,
  buildTechnicalAnnexDocumentFromProject,
  technicalAnnexCsvFromProject,
  withTerritoryChapter,
} from './document/fromProject';
export type { ProjectDocumentOptions } from './document/fromProject';
export {
  CATEGORY_LABELS_FR,
  PERIMETER_LABELS_FR,
  PHASE_LABELS_FR,
  DOMAIN_LABELS_FR,
  INDICATOR_DISPLAY,
  CO2E_PER_PERSON_DISPLAY,
  MEASURE_STATUS_LABELS_FR,
  OBJECTIVE_STATUS_LABELS_FR,
} from './document/labels';
export type { IndicatorDisplay } from './document/labels';
export { sourceInFrench } from './document/sourcesFr';
export type { SourceInFrench } from './document/sourcesFr';

// Factor sets: the shipped data files, validated and frozen, and fast look-ups into them.
export { listFactorSets, getFactorSet, getFactorSetFiles } from './factors/factorSets';
export type { ShippedFactorSet, CloudRegion } from './factors/factorSets';
export { createFactorIndex } from './factors/factorIndex';
export type { FactorIndex, ElectricityFactor, ElectricityVintageRule } from './factors/factorIndex';
export { FACTOR_ID_PATTERNS, matchFactorIdPattern } from './factors/patterns';
export type { FactorIdPattern } from './factors/patterns';
export { computeEcoIndexPageView, ECOINDEX_MEDIAN_SCORE } from './factors/ecoIndex';
export type { EcoIndexPageView } from './factors/ecoIndex';

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
export type { FleetFootprintOptions } from './compute/computeFleetFootprint';
export { computeHostingFootprint } from './compute/computeHostingFootprint';
export type { HostingFootprintOptions } from './compute/computeHostingFootprint';
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

// Strategy layer (stratégie numérique responsable: model, levers, trajectory, checks, yearly bilan).
export { DECREE_AXIS_IDS, BUILT_IN_AXIS_IDS, AxisIdSchema, AXIS_LABELS } from './strategy/axes';
export type { DecreeAxisId, BuiltInAxisId, AxisId } from './strategy/axes';
export { decreeAxisCoverage } from './strategy/axisCoverage';
export type { DecreeAxisCoverage, DecreeAxisState, AxisCoverageInput } from './strategy/axisCoverage';

export {
  ShareSchema,
  LeverSchema,
  LEVER_KINDS,
  FLEET_LEVER_KINDS,
  LifetimeExtensionLeverSchema,
  RefurbishedPurchasesLeverSchema,
  DevicesPerAgentLeverSchema,
  ScreensPerWorkstationLeverSchema,
  PrinterPoolingLeverSchema,
  PowerManagementLeverSchema,
  ServerVirtualisationLeverSchema,
  HostingEfficiencyLeverSchema,
  CloudRightSizingLeverSchema,
  StorageCleanupLeverSchema,
  EmailPolicyLeverSchema,
  VideoResolutionLeverSchema,
  GreenElectricityLeverSchema,
  EarlyReplacementLeverSchema,
} from './strategy/levers';
export type { Lever, LeverInput, LeverKind } from './strategy/levers';

export {
  STRATEGY_SCHEMA_VERSION,
  StrategySchema,
  LegalFrameSchema,
  ActorSchema,
  ACTOR_KINDS,
  FootprintSnapshotSchema,
  UsageBilanSchema,
  BilanSchema,
  EngagedActionSchema,
  INDICATOR_KINDS,
  INDICATOR_KIND_IDS,
  IndicatorValueSchema,
  StrategyIndicatorSchema,
  ObjectiveSchema,
  MEASURE_STATUSES,
  MEASURE_PRIORITIES,
  BudgetLineSchema,
  RolloutStepSchema,
  MeasureSchema,
  CustomAxisSchema,
  MaturityAnswerSchema,
} from './strategy/schema';
export type {
  Strategy,
  StrategyInput,
  LegalFrame,
  Actor,
  FootprintSnapshot,
  UsageBilan,
  Bilan,
  EngagedAction,
  IndicatorKind,
  IndicatorValue,
  StrategyIndicator,
  Objective,
  MeasureStatus,
  BudgetLine,
  RolloutStep,
  Measure,
  MeasureInput,
  MaturityAnswer,
} from './strategy/schema';

export { applyLever, applyLevers, videoResolutionFactor } from './strategy/applyLevers';
export type { StrategyInputs, ScheduledLever, AppliedLevers } from './strategy/applyLevers';
export type { ComputeOptions, FootprintEngine } from './strategy/engine';
export { initFleet, stepFleet, fleetInventory, averageLifetimeYears, WORKSTATION_CATEGORIES } from './strategy/fleet';
export type { FleetLot, FleetState, RetirementEvent } from './strategy/fleet';
export { projectTrajectory, rolloutShare, marketBasedMemo, averagePue } from './strategy/trajectory';
export { computeProjectTrajectory } from './strategy/projectTrajectory';
export type { ProjectTrajectoryOptions } from './strategy/projectTrajectory';
export type { Trajectory, TrajectoryYear, TrajectoryOptions, ProjectionPoint, MeasureContribution, MarketBasedMemo } from './strategy/trajectory';
export { measureIndicators, recordMeasuredIndicators } from './strategy/measureIndicators';
export type { MeasuredIndicators } from './strategy/measureIndicators';
export { objectiveStatuses, resolveTarget, indicatorSeries, indicatorUnit, pointValue, indicatorValueFor, footprintIndicatorValue, strategyFootprints } from './strategy/objectives';
export type { ObjectiveTracking, ObjectiveStatus, ObjectivePlan, ObjectiveStatusOptions, IndicatorSeriesPoint, StrategyForStatuses } from './strategy/objectives';
export { BASELINE_DRIFT_THRESHOLD, baselineDrift, isBaselineAdrift, computeWorkstationLifetime } from './strategy/baseline';
export type { WorkstationLifetime } from './strategy/baseline';

export { getMeasureCatalogue, findCatalogueMeasure, measureFromCatalogue, CatalogueMeasureSchema, MeasureCatalogueSchema, CatalogueSourceSchema } from './strategy/catalogue';
export type { CatalogueMeasure, MeasureCatalogue, CatalogueSource, MeasureFromCatalogueOptions } from './strategy/catalogue';
export { getMaturityQuestionnaire, scoreMaturity, MATURITY_THEME_IDS, MaturityQuestionnaireSchema } from './strategy/maturity';
export type { MaturityQuestionnaire, MaturityResult, MaturityThemeScore, MaturityThemeId } from './strategy/maturity';
export { getLegalReferences, legalReferencesFor, LegalReferencesSchema } from './strategy/legal';
export type { LegalReference, LegalReferences } from './strategy/legal';

export { checkStrategy, STRATEGY_STEPS } from './strategy/check';
export type { StrategyCheckItem, StrategyStep, CheckStrategyOptions } from './strategy/check';
export { STRATEGY_MESSAGES, formatStrategyMessage } from './strategy/messages';
export type { StrategyMessageCode } from './strategy/messages';
export { buildYearlyBilan, snapshotFootprint } from './strategy/yearlyBilan';
export type { YearlyBilan, YearlyBilanOptions, YearlyIndicatorLine, MeasureProgressLine } from './strategy/yearlyBilan';

// Inventory estimate from the number of agents (documented ratios, flagged as an estimate).
export { estimateInventoryFromAgents } from './estimate/estimateInventoryFromAgents';
export type { EstimateOrganisation, EstimateInventoryOptions, InventoryEstimate } from './estimate/estimateInventoryFromAgents';
export { getEstimateRatios, EstimateRatioSchema, EstimateRatioSourceSchema, EstimateRatioTableSchema } from './estimate/ratios';
export type { EstimateRatio, EstimateRatioSource, EstimateRatioTable } from './estimate/ratios';

// Territorial bilan (never added to the own footprint), several entities on one DSI (issue 15).
export { TerritorySchema, TerritoryDataCentreSchema } from './schemas/territory';
export type { Territory, TerritoryFileInput, TerritoryDataCentre, TerritoryDataCentreInput } from './schemas/territory';
export { computeTerritoryFootprint } from './territory/computeTerritoryFootprint';
export type { TerritoryBilanInput, TerritoryOptions } from './territory/computeTerritoryFootprint';
export { serializeTerritory } from './territory/serializeTerritory';
export type { SerializedTerritory, SerializedTerritoryValues } from './territory/serializeTerritory';
export { TERRITORY_INDICATORS } from './territory/types';
export type { TerritoryFootprint, TerritoryNode, TerritoryIndicator, TerritoryDataCentreFootprint, PublicServiceFootprint, NetworksBasis } from './territory/types';
export { getTerritoryReferences, TerritoryReferenceSetSchema } from './territory/references';
export type { TerritoryReferenceSet } from './territory/references';
export { swdConstants, swdEmissions, swdPerVisit, BYTES_PER_GB, SWD_SEGMENTS } from './territory/swd';
export type { SwdConstants, SwdEmissions, SwdOptions, SwdVisitOptions, SwdSegment } from './territory/swd';
export { EntitiesSchema, EntitySchema, AllocationKeySchema, ENTITY_KINDS } from './schemas/entities';
export type { Entities, EntitiesInput, Entity, EntityInput, EntityKind, AllocationKey } from './schemas/entities';
export { reenObligation, REEN_POPULATION_THRESHOLD } from './entities/obligation';
export type { ObligationStatus, ObligationReason } from './entities/obligation';
export { attributeInventory, matchEntity } from './entities/attribute';
export type { Attribution } from './entities/attribute';
export { apportion } from './entities/apportion';
export { computeEntityBilans, SHARED_POOLS } from './entities/computeEntityBilans';
export type { EntityBilan, EntityShare, SharedPool } from './entities/computeEntityBilans';
export { serializeEntityBilans } from './entities/serializeEntityBilans';
export type { SerializedEntityBilan } from './entities/serializeEntityBilans';
export { entityView, obligedEntityIds } from './entities/entityView';
export type { EntityView, EntityViewOptions, Scoped } from './entities/entityView';
export { buildEntityStrategyDocumentFromProject, buildEntityYearlyBilanDocumentFromProject } from './document/entityDocuments';
export type { EntityDocumentOptions } from './document/entityDocuments';
export { DigitalServiceSchema, RgesnAssessmentSchema, RgaaDeclarationSchema, RGESN_ANSWERS, RGAA_STATUSES, DIGITAL_SERVICE_KINDS } from './schemas/digitalServices';
export type { DigitalService, DigitalServiceInput, RgesnAssessment, RgesnAnswer, RgaaDeclaration, RgaaStatus, DigitalServiceKind } from './schemas/digitalServices';
export { InclusionSchema, InclusionYearSchema, DonatedDevicesSchema } from './schemas/inclusion';
export type { Inclusion, InclusionYear, InclusionYearInput, DonatedDevices } from './schemas/inclusion';
export { getRgesnReferential, scoreRgesn, rgesnProgress, latestRgesnAssessment, RgesnReferentialSchema, RGESN_PRIORITIES } from './ecodesign/rgesn';
export type { RgesnReferential, RgesnCriterion, RgesnPriority, RgesnScore, RgesnTally } from './ecodesign/rgesn';
export { computeReuseAvoided } from './inclusion/reuse';
export type { ReuseAvoided } from './inclusion/reuse';
export { measureProjectIndicators, recordProjectIndicators, syncProjectIndicators, PROJECT_INDICATOR_KINDS } from './strategy/projectIndicators';
export { projectRecordedIndicator, projectRecordedIndicators, expectedEffectAt, effectShare, isProjectedRecordedKind, PROJECTED_RECORDED_KINDS } from './strategy/recordedTrajectory';
export type { RecordedIndicatorProjection, RecordedProjectionYear } from './strategy/recordedTrajectory';
export type { ProjectIndicators, ProjectIndicatorInput, ProjectIndicatorKind } from './strategy/projectIndicators';
// Numbers you can defend: Monte Carlo distribution and sensitivity, data quality, plausibility, perimeter.
export { computeDistribution, DEFAULT_DRAWS, PERCENTILE_SIGNIFICANT_DIGITS } from './uncertainty/distribution';
export type { FootprintDistribution, NodeDistribution, DistributionOptions } from './uncertainty/distribution';
export { SENSITIVITY_TOP } from './uncertainty/sensitivity';
export { uncertaintySentenceFr, uncertaintyPlainFr, referencePositionWordingFr } from './uncertainty/wording';
export type { ReferencePositionWordingFr } from './uncertainty/wording';
export type { Sensitivity, SensitivityEntry } from './uncertainty/sensitivity';
export { HYPOTHESIS_KINDS, HYPOTHESIS_LABELS_FR } from './uncertainty/hypotheses';
export type { HypothesisKind } from './uncertainty/hypotheses';
export { REFERENCE_DRIVERS_TOP, SKEW_REASONS_FR } from './uncertainty/referencePosition';
export type { ReferencePosition, ReferencePositionOfIndicator, ReferenceDriver, SkewReason } from './uncertainty/referencePosition';
export { analyseFootprint } from './quality/analyseFootprint';
export type { AnalysisContext, FootprintAnalysis } from './quality/analyseFootprint';
export {
  assessDataQuality,
  DATA_QUALITY_LEVELS,
  DATA_QUALITY_RATING,
  DATA_QUALITY_LEVEL_LABELS_FR,
  DATA_QUALITY_BAND_LABELS_FR,
} from './quality/dataQuality';
export type { DataQuality, DataQualityLevel, DataQualityLine, DataQualityBand, DataQualityOptions } from './quality/dataQuality';
export { assessPlausibility, plausibilityReferences, COMPUTER_CATEGORIES } from './quality/plausibility';
export type {
  Plausibility,
  PlausibilityNotice,
  PlausibilityNoticeCode,
  PlausibilitySource,
  PerAgentComparison,
  PerInhabitantComparison,
  DevicesPerAgentComparison,
  BandPosition,
} from './quality/plausibility';
export { bilanPerimeter } from './quality/perimeter';
export type { BilanPerimeter, PerimeterItem } from './quality/perimeter';
export type {
  SerializedUncertainty,
  SerializedSensitivityEntry,
  SerializedReferencePosition,
  SerializedDataQuality,
  SerializedPlausibility,
  SerializedPerimeter,
} from './quality/serializeAnalysis';
