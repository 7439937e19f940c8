/**
 * How each lever parameter of the measure catalogue is typed in the forms: shares in %, counts as
 * whole numbers, the others as decimals in their unit (the labels and units are in the i18n maps
 * under `strategy.levers`). The bounds repeat the core's lever schemas so a value the core would
 * refuse is refused where it is typed.
 */
import type { NumberKind } from './numberInput';

export interface LeverParameterRule {
  readonly kind: NumberKind;
  readonly min?: string;
  readonly max?: string;
  /** Whether `strategy.levers.units.<name>` gives its unit (percent fields show %). */
  readonly unit: boolean;
}

export const LEVER_PARAMETER_RULES: Readonly<Record<string, LeverParameterRule>> = {
  share: { kind: 'percent', unit: false },
  coveredShare: { kind: 'percent', unit: false },
  reduction: { kind: 'percent', unit: false },
  vcpuReduction: { kind: 'percent', unit: false },
  memoryReduction: { kind: 'percent', unit: false },
  extraYears: { kind: 'decimal', min: '0', unit: true },
  perWorkstation: { kind: 'decimal', min: '0', unit: true },
  perAgent: { kind: 'decimal', min: '0', unit: true },
  agentsPerMfp: { kind: 'decimal', min: '0', unit: true },
  hoursPerDay: { kind: 'decimal', min: '0', max: '24', unit: true },
  consolidationRatio: { kind: 'decimal', min: '1', unit: true },
  pue: { kind: 'decimal', min: '1', unit: true },
  wueLPerKwh: { kind: 'decimal', min: '0', unit: true },
  contractCo2eKgPerKwh: { kind: 'decimal', min: '0', unit: true },
};

/** The parameters of a catalogue lever that are typed as numbers (not the site, lines or source). */
export function numericParameters(parameters: readonly string[]): string[] {
  return parameters.filter((p) => p in LEVER_PARAMETER_RULES);
}
