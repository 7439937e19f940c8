/**
 * The id patterns of docs/factor-ids.md, as data: each pattern has its documented form, the unit
 * every row of that pattern carries, and a regular expression built from the documented
 * placeholders. The engine looks rows up by these ids; the tests check every row against them.
 */
import { CATEGORY_IDS, SIZE_CLASSES } from '../schemas/categories';
import { CLOUD_PROVIDERS, SITE_KINDS } from '../schemas/hosting';

/** One documented id pattern. */
export interface FactorIdPattern {
  /** The pattern as written in docs/factor-ids.md, e.g. `device.<cat>[.<variant>].lifetimeYears`. */
  readonly pattern: string;
  /** The unit of every row whose id matches the pattern. */
  readonly unit: string;
  /** The phase of every row whose id matches the pattern. */
  readonly phase: 'manufacturing' | 'distribution' | 'use' | 'endOfLife' | 'none';
  readonly regex: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (values: readonly string[]): string => `(?:${values.map(escape).join('|')})`;

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '[.<variant>]': `(?:\\.${alternation(SIZE_CLASSES)})?`,
  '<cat>': alternation(CATEGORY_IDS),
  '<ISO3>': '[A-Z]{3}',
  '<vintage>': '\\d{4}',
  '<siteKind>': alternation(SITE_KINDS),
  '<provider>': alternation(CLOUD_PROVIDERS),
};

function compile(pattern: string): RegExp {
  let source = '';
  let rest = pattern;
  while (rest.length > 0) {
    const placeholder = Object.keys(PLACEHOLDERS).find((key) => rest.startsWith(key));
    if (placeholder) {
      source += PLACEHOLDERS[placeholder] as string;
      rest = rest.slice(placeholder.length);
    } else {
      source += escape(rest.charAt(0));
      rest = rest.slice(1);
    }
  }
  return new RegExp(`^${source}$`);
}

const define = (pattern: string, unit: string, phase: FactorIdPattern['phase']): FactorIdPattern =>
  Object.freeze({ pattern, unit, phase, regex: compile(pattern) });

/** Every documented id pattern, with its unit and phase. */
export const FACTOR_ID_PATTERNS: readonly FactorIdPattern[] = Object.freeze([
  define('device.<cat>[.<variant>].manufacturing.co2eKg', 'kgCO2e/unit', 'manufacturing'),
  define('device.<cat>[.<variant>].distribution.co2eKg', 'kgCO2e/unit', 'distribution'),
  define('device.<cat>[.<variant>].endOfLife.co2eKg', 'kgCO2e/unit', 'endOfLife'),
  define('device.<cat>[.<variant>].manufacturing.waterScarcityM3eq', 'm3 world-eq/unit', 'manufacturing'),
  define('device.<cat>[.<variant>].distribution.waterScarcityM3eq', 'm3 world-eq/unit', 'distribution'),
  define('device.<cat>[.<variant>].manufacturing.adpKgSbEq', 'kgSbeq/unit', 'manufacturing'),
  define('device.<cat>[.<variant>].lifetimeYears', 'years', 'none'),
  define('device.<cat>[.<variant>].use.activePowerW', 'W', 'use'),
  define('device.<cat>[.<variant>].use.hoursPerDay', 'h/day', 'use'),
  define('device.<cat>[.<variant>].use.daysPerYear', 'days/year', 'use'),
  define('device.<cat>[.<variant>].use.energyKwhPerYear', 'kWh/year', 'use'),
  define('electricity.<ISO3>.<vintage>.co2eKgPerKwh', 'kgCO2e/kWh', 'use'),
  define('electricity.<ISO3>.waterLPerKwh', 'L/kWh', 'use'),
  define('electricity.<ISO3>.adpKgSbEqPerKwh', 'kgSbeq/kWh', 'use'),
  define('hosting.<siteKind>.pue', 'ratio', 'use'),
  define('hosting.<siteKind>.wueLPerKwh', 'L/kWh', 'use'),
  define('cloud.<provider>.vcpu.minW', 'W/vCPU', 'use'),
  define('cloud.<provider>.vcpu.maxW', 'W/vCPU', 'use'),
  define('cloud.utilisation', 'ratio', 'use'),
  define('cloud.memory.kwhPerGbHour', 'kWh/GB-h', 'use'),
  define('cloud.storage.ssd.whPerTbHour', 'Wh/TB-h', 'use'),
  define('cloud.storage.hdd.whPerTbHour', 'Wh/TB-h', 'use'),
  define('cloud.network.kwhPerGb', 'kWh/GB', 'use'),
  define('cloud.<provider>.pue', 'ratio', 'use'),
  define('cloud.<provider>.wueLPerKwh', 'L/kWh', 'use'),
  define('cloud.embodied.co2eKgPerVcpuHour', 'kgCO2e/vCPU-h', 'manufacturing'),
  define('network.fixed.FRA.co2eKgPerGb', 'kgCO2e/GB', 'use'),
  define('network.fixed-excl-box.FRA.co2eKgPerGb', 'kgCO2e/GB', 'use'),
  define('network.mobile.FRA.co2eKgPerGb', 'kgCO2e/GB', 'use'),
  define('usage.email.co2eKgPerEmail', 'kgCO2e/email', 'use'),
  define('usage.email.co2eKgPerRecipient', 'kgCO2e/recipient', 'use'),
  define('usage.email.recipientsPerEmail', 'recipients/email', 'none'),
  define('usage.videoConference.co2eKgPerHour', 'kgCO2e/h', 'use'),
  define('usage.videoConference.co2eKgPerParticipantHour', 'kgCO2e/participant-hour', 'use'),
  define('usage.videoConference.networkShare', 'ratio', 'none'),
  define('usage.videoStreaming.co2eKgPerHour', 'kgCO2e/h', 'use'),
  define('usage.storage.co2eKgPerGbYear', 'kgCO2e/GB-year', 'use'),
  define('usage.web.co2eKgPerPageView', 'kgCO2e/page-view', 'use'),
  define('usage.web.waterLPerPageView', 'L/page-view', 'use'),
  define('device.refurbished.manufacturingShare', 'ratio', 'manufacturing'),
]);

/** The documented pattern an id follows, or `undefined` when the id follows none. */
export function matchFactorIdPattern(id: string): FactorIdPattern | undefined {
  return FACTOR_ID_PATTERNS.find((entry) => entry.regex.test(id));
}
