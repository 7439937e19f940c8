/**
 * Strategy layer of @reen/core: the stratégie numérique responsable model (décret n° 2022-1084,
 * art. D. 2311-15-1 CGCT), levers, trajectory, objective tracking, maturity self-assessment,
 * completeness check and yearly bilan. Exports are listed by name.
 */
export { DECREE_AXIS_IDS, BUILT_IN_AXIS_IDS, AxisIdSchema, AXIS_LABELS } from './axes';
export type { DecreeAxisId, BuiltInAxisId, AxisId } from './axes';

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
} from './levers';
export type { Lever, LeverInput, LeverKind } from './levers';

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
} from './schema';
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
} from './schema';

export { applyLever, applyLevers, videoResolutionFactor } from './applyLevers';
export type { StrategyInputs, ScheduledLever, AppliedLevers } from './applyLevers';
export type { ComputeOptions, FootprintEngine } from './engine';
export { initFleet, stepFleet, fleetInventory, averageLifetimeYears, WORKSTATION_CATEGORIES } from './fleet';
export type { FleetLot, FleetState, RetirementEvent } from './fleet';
export { projectTrajectory, rolloutShare, marketBasedMemo, averagePue } from './trajectory';
export { computeProjectTrajectory } from './projectTrajectory';
export type { ProjectTrajectoryOptions } from './projectTrajectory';
export type { Trajectory, TrajectoryYear, TrajectoryOptions, ProjectionPoint, MeasureContribution, MarketBasedMemo } from './trajectory';
export { measureIndicators, recordMeasuredIndicators } from './measureIndicators';
export type { MeasuredIndicators } from './measureIndicators';
export { trackObjectives, resolveTarget, indicatorSeries, indicatorUnit, pointValue } from './objectives';
export type { ObjectiveTracking, ObjectiveStatus, IndicatorSeriesPoint } from './objectives';

export { getMeasureCatalogue, findCatalogueMeasure, measureFromCatalogue, CatalogueMeasureSchema, MeasureCatalogueSchema, CatalogueSourceSchema } from './catalogue';
export type { CatalogueMeasure, MeasureCatalogue, CatalogueSource, MeasureFromCatalogueOptions } from './catalogue';
export { getMaturityQuestionnaire, scoreMaturity, MATURITY_THEME_IDS, MaturityQuestionnaireSchema } from './maturity';
export type { MaturityQuestionnaire, MaturityResult, MaturityThemeScore, MaturityThemeId } from './maturity';
export { getLegalReferences, legalReferencesFor, LegalReferencesSchema } from './legal';
export type { LegalReference, LegalReferences } from './legal';

export { checkStrategy, STRATEGY_STEPS } from './check';
export type { StrategyCheckItem, StrategyStep, CheckStrategyOptions } from './check';
export { STRATEGY_MESSAGES, formatStrategyMessage } from './messages';
export type { StrategyMessageCode } from './messages';
export { buildYearlyBilan, snapshotFootprint } from './yearlyBilan';
export type { YearlyBilan, YearlyBilanOptions, YearlyIndicatorLine, MeasureProgressLine } from './yearlyBilan';
