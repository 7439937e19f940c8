/**
 * The JSON form of the uncertainty section and of `analyseFootprint` (parts of the CLI's
 * `--format json` contract, docs/cli.md). Decimals are strings, as everywhere in the contract.
 */
import { dec, jsonDecimal } from '../internal/decimal';
import { INDICATORS, type Indicator } from '../schemas/factors';
import type { FootprintDistribution } from '../uncertainty/distribution';
import { referencePositionWordingFr } from '../uncertainty/wording';
import type { FootprintAnalysis } from './analyseFootprint';
import { DATA_QUALITY_BAND_LABELS_FR, DATA_QUALITY_LEVEL_LABELS_FR, DATA_QUALITY_LEVELS, DATA_QUALITY_RATING, type DataQualityLevel, type DataQualityLine } from './dataQuality';
import type { PlausibilityNoticeCode, PlausibilitySource } from './plausibility';

const str = jsonDecimal;

export interface SerializedSensitivityEntry {
  readonly key: string;
  readonly kind: 'factor' | 'lifetime' | 'hypothesis';
  readonly factorIds: string[];
  readonly category?: string;
  /** Hypotheses: which one and how many lines rest on it. */
  readonly hypothesis?: string;
  readonly lines?: number;
  /** Share of the variance, 0 to 1, 4 decimals (first-order for a row; carried by its lines for a hypothesis). */
  readonly share: string;
  readonly labelFr: string;
}

/** Where the reference value sits in its draws and which ranges put it there (one indicator). */
export interface SerializedReferencePosition {
  readonly percentile: string;
  /** Mean of the draws minus the reference (6 significant digits), in the indicator's unit. */
  readonly meanShift: string;
  readonly drivers: {
    key: string;
    kind: 'factor' | 'lifetime';
    factorIds: string[];
    category?: string;
    labelFr: string;
    value: string;
    low: string;
    high: string;
    shift: string;
    reason: string;
    reasonFr: string;
  }[];
  /** The explanation in plain French when the reference sits below P25 or above P75, else null. */
  readonly summaryFr: string | null;
}

export interface SerializedUncertainty {
  readonly draws: number;
  readonly seed: string;
  readonly sampling: 'latin-hypercube';
  readonly distribution: 'triangular';
  /** Percentile (0–100, one decimal) at which each indicator's reference value sits. */
  readonly referencePercentile: Record<Indicator, string>;
  readonly sensitivity: Record<Indicator, SerializedSensitivityEntry[]>;
  /** Sum of all first-order shares per indicator (the rest is interactions). */
  readonly sensitivityExplained: Record<Indicator, string>;
  readonly referencePosition: Record<Indicator, SerializedReferencePosition>;
}

export interface SerializedDataQuality {
  /** Σ share × rating, 1 (best) to 5; null when the footprint is zero. */
  readonly score: string | null;
  readonly band: string | null;
  readonly bandLabelFr: string | null;
  readonly levels: { level: DataQualityLevel; labelFr: string; rating: number; co2eKg: string; share: string; lines: number }[];
  /** Inventory lines without a purchase year: groups, devices, kg CO2e and share of the footprint. */
  readonly purchaseYearMissing: { lines: number; devices: number; co2eKg: string; share: string };
}

export interface SerializedPlausibility {
  readonly perAgent: { co2eKg: string; low: string; high: string; position: string; caveatFr: string; derivation: string; sources: PlausibilitySource[] } | null;
  readonly perInhabitant: { co2eKg: string; nationalCo2eKg: string; ratio: string; year: number; caveatFr: string; derivation: string; sources: PlausibilitySource[] } | null;
  readonly devicesPerAgent: { key: string; labelFr: string; categories: string[]; quantity: number; perAgent: string; low: string; central: string; high: string; position: string; source: { publisher: string; title: string; year: number; url: string } }[];
  readonly notices: { code: PlausibilityNoticeCode; severity: string; messageFr: string }[];
}

export interface SerializedPerimeter {
  readonly counted: { id: string; labelFr: string; detailFr: string }[];
  readonly notCounted: { id: string; labelFr: string; detailFr: string }[];
  readonly waterScarcity: { labelFr: string; detailFr: string; phases: string[]; categories: string[]; categoriesNotCovered: string[] };
}

function perIndicator<T>(make: (indicator: Indicator) => T): Record<Indicator, T> {
  const out = {} as Record<Indicator, T>;
  for (const indicator of INDICATORS) out[indicator] = make(indicator);
  return out;
}

/** The `uncertainty` section. */
export function serializeUncertainty(distribution: FootprintDistribution): SerializedUncertainty {
  return {
    draws: distribution.draws,
    seed: distribution.seed,
    sampling: distribution.sampling,
    distribution: distribution.shape,
    referencePercentile: perIndicator((indicator) => dec(distribution.total.referencePercentile[indicator]).toFixed(1)),
    sensitivity: perIndicator((indicator) =>
      distribution.sensitivity.byIndicator[indicator].map((entry) => ({
        key: entry.key,
        kind: entry.kind,
        factorIds: [...entry.factorIds],
        ...(entry.category !== undefined ? { category: entry.category } : {}),
        ...(entry.hypothesis !== undefined ? { hypothesis: entry.hypothesis, lines: entry.lines ?? 0 } : {}),
        share: dec(entry.share).toFixed(4),
        labelFr: entry.labelFr,
      })),
    ),
    sensitivityExplained: perIndicator((indicator) => dec(distribution.sensitivity.explained[indicator]).toFixed(4)),
    referencePosition: perIndicator((indicator) => {
      const position = distribution.referencePosition[indicator];
      const wording = referencePositionWordingFr(distribution, indicator);
      return {
        percentile: dec(position.percentile).toFixed(1),
        meanShift: str(dec(position.meanShift)),
        drivers: position.drivers.map((driver) => ({
          key: driver.key,
          kind: driver.kind,
          factorIds: [...driver.factorIds],
          ...(driver.category !== undefined ? { category: driver.category } : {}),
          labelFr: driver.labelFr,
          value: str(dec(driver.value)),
          low: str(dec(driver.low)),
          high: str(dec(driver.high)),
          shift: str(dec(driver.shift)),
          reason: driver.reason,
          reasonFr: driver.reasonFr,
        })),
        summaryFr: wording ? wording.summary : null,
      };
    }),
  };
}

/** The data quality of one group (with `--groups`). */
export function serializeLine(line: DataQualityLine | undefined): { level: DataQualityLevel; embodied: DataQualityLevel; use: DataQualityLevel } | null {
  return line ? { level: line.level, embodied: line.embodied, use: line.use } : null;
}

/** The `dataQuality`, `plausibility` and `perimeter` sections. */
export function serializeAnalysis(analysis: FootprintAnalysis): { dataQuality: SerializedDataQuality; plausibility: SerializedPlausibility; perimeter: SerializedPerimeter } {
  const quality = analysis.dataQuality;
  const plausibility = analysis.plausibility;
  const perimeter = analysis.perimeter;
  const item = (entry: { id: string; labelFr: string; detailFr: string }) => ({ id: entry.id, labelFr: entry.labelFr, detailFr: entry.detailFr });
  return {
    dataQuality: {
      score: quality.score === undefined ? null : str(quality.score),
      band: quality.band ?? null,
      bandLabelFr: quality.band === undefined ? null : DATA_QUALITY_BAND_LABELS_FR[quality.band],
      levels: DATA_QUALITY_LEVELS.map((level) => ({
        level,
        labelFr: DATA_QUALITY_LEVEL_LABELS_FR[level],
        rating: DATA_QUALITY_RATING[level],
        co2eKg: str(quality.co2eKgByLevel[level]),
        share: str(quality.shareByLevel[level]),
        lines: quality.lines.filter((line) => line.level === level).length,
      })),
      purchaseYearMissing: {
        lines: quality.purchaseYearMissing.lines,
        devices: quality.purchaseYearMissing.devices,
        co2eKg: str(quality.purchaseYearMissing.co2eKg),
        share: str(quality.purchaseYearMissing.share),
      },
    },
    plausibility: {
      perAgent: plausibility.perAgent
        ? {
            co2eKg: str(plausibility.perAgent.co2eKg),
            low: str(plausibility.perAgent.low),
            high: str(plausibility.perAgent.high),
            position: plausibility.perAgent.position,
            caveatFr: plausibility.perAgent.caveatFr,
            derivation: plausibility.perAgent.derivation,
            sources: plausibility.perAgent.sources.map((source) => ({ ...source })),
          }
        : null,
      perInhabitant: plausibility.perInhabitant
        ? {
            co2eKg: str(plausibility.perInhabitant.co2eKg),
            nationalCo2eKg: str(plausibility.perInhabitant.nationalCo2eKg),
            ratio: str(plausibility.perInhabitant.ratio),
            year: plausibility.perInhabitant.year,
            caveatFr: plausibility.perInhabitant.caveatFr,
            derivation: plausibility.perInhabitant.derivation,
            sources: plausibility.perInhabitant.sources.map((source) => ({ ...source })),
          }
        : null,
      devicesPerAgent: plausibility.devicesPerAgent.map((entry) => ({
        key: entry.key,
        labelFr: entry.labelFr,
        categories: [...entry.categories],
        quantity: entry.quantity,
        perAgent: str(entry.perAgent),
        low: str(entry.low),
        central: str(entry.central),
        high: str(entry.high),
        position: entry.position,
        source: { publisher: entry.source.publisher, title: entry.source.title, year: entry.source.year, url: entry.source.url },
      })),
      notices: plausibility.notices.map((notice) => ({ code: notice.code, severity: notice.severity, messageFr: notice.messageFr })),
    },
    perimeter: {
      counted: perimeter.counted.map(item),
      notCounted: perimeter.notCounted.map(item),
      waterScarcity: {
        labelFr: perimeter.waterScarcity.labelFr,
        detailFr: perimeter.waterScarcity.detailFr,
        phases: [...perimeter.waterScarcity.phases],
        categories: [...perimeter.waterScarcity.categories],
        categoriesNotCovered: [...perimeter.waterScarcity.categoriesNotCovered],
      },
    },
  };
}
