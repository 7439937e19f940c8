/**
 * Shared pieces of the parity tests with ADEME's publicodes model (npm 2.1.0 and the vendored
 * 2.2.0): the device names, the engine, and the comparison of doubles with exact decimals.
 *
 * Exactness: publicodes computes with IEEE-754 doubles, which hold 15 significant decimal digits
 * faithfully (it prints 6688.5337500000005 for 29.0175 × 0.0461 × 1000 × 5 = 6688.53375). Both sides
 * are compared as decimal strings at 15 significant digits, the whole information a double carries;
 * the core's own value is exact.
 */
import Engine from 'publicodes';
import { D, type CategoryId, type Dec, type FactorSet } from '../src/index';

/** Our category → ADEME's device (terminals of ADEME's model 2.1.0; desktop = professional, screenless). */
export const ADEME_DEVICES_2_1 = {
  laptop: 'ordinateur portable',
  desktop: 'ordinateur fixe pro',
  monitor: 'écran',
  smartphone: 'smartphone',
  tablet: 'tablette',
  'tv-display': 'TV',
  'internet-box': 'box',
  'external-drive': 'disque dur externe',
  'usb-stick': 'clé USB',
} as const satisfies Partial<Record<CategoryId, string>>;

/** Our category → ADEME's device in 2.2.0: 2.1.0's, the video projector and the devices fr-2026.1 adds. */
export const ADEME_DEVICES_2_2: Partial<Record<CategoryId, string>> = {
  ...ADEME_DEVICES_2_1,
  'external-ssd': 'SSD externe',
  projector: 'videoprojecteur',
  'connected-speaker': 'enceinte',
  'game-console': 'console de salon',
  'handheld-console': 'console portable',
  'vr-headset': 'casque de réalité virtuelle',
  'vr-controller': 'manette casque de réalité virtuelle',
  'laptop-charger': 'chargeur ordinateur',
  'phone-charger': 'chargeur smartphone',
};

/** ADEME's engine on a model, with a reader of numeric rules. */
export function ademeEngine(rules: unknown): { engine: Engine; value: (rule: string) => number } {
  const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const engine = new Engine(rules as ConstructorParameters<typeof Engine>[0], { logger: silent });
  const value = (rule: string): number => {
    const result = engine.evaluate(rule).nodeValue;
    if (typeof result !== 'number') throw new Error(`ADEME rule ${rule} has no numeric value`);
    return result;
  };
  return { engine, value };
}

/** A double as a decimal string at 15 significant digits, optionally divided by 1000 (g→kg, L→m³). */
export function fromDouble(value: number, divideBy1000: boolean): string {
  const exact = new D(value.toPrecision(15));
  return (divideBy1000 ? exact.div(1000) : exact).toSignificantDigits(15).toFixed();
}

/** One of our exact decimals at 15 significant digits. */
export const ours = (value: Dec): string => value.toSignificantDigits(15).toFixed();

/** The French electricity vintages of a factor set, oldest first. */
export function frenchVintages(set: FactorSet): number[] {
  return set.rows
    .map((row) => /^electricity\.FRA\.(\d{4})\.co2eKgPerKwh$/.exec(row.id))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort();
}
