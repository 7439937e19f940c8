import { useI18n } from 'vue-i18n';
import { CO2E_PER_PERSON_DISPLAY, dec, roundForDisplay } from '@reen/core';
import type { Dec, Indicator } from '@reen/core';

/** Decimal places shown per indicator (display only; the values stay exact in the core). */
const DISPLAY_DECIMALS: Record<Indicator, number> = { co2eKg: 0, waterL: 0, waterScarcityM3eq: 1, adpKgSbEq: 4, energyKwh: 0 };

/**
 * Formats the core's Decimal values for display in the UI's locale: rounded once with
 * `roundForDisplay`, then grouped by `Intl.NumberFormat` from the decimal string (no float maths).
 */
export function useFormat() {
  const { locale } = useI18n();

  function formatDecimalString(value: string, decimals: number): string {
    const format = new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'fr-FR', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    return format.format(value as unknown as number);
  }

  /** A value of an indicator, rounded for display. */
  function formatIndicator(value: Dec, indicator: Indicator, extraDecimals = 0): string {
    return formatDecimalString(roundForDisplay(value, DISPLAY_DECIMALS[indicator] + extraDecimals), DISPLAY_DECIMALS[indicator] + extraDecimals);
  }

  /**
   * A carbon footprint per agent or per inhabitant (kg CO2e), with the precision and rounding of the
   * core's documents, so the screen and the document print the same figure.
   */
  function formatPerPerson(co2eKg: Dec): string {
    const { divisor, precision } = CO2E_PER_PERSON_DISPLAY;
    return formatDecimalString(roundForDisplay(co2eKg.div(dec(divisor)), precision.decimals, precision.mode ?? 'halfUp'), precision.decimals);
  }

  /** A share of a total, as a percentage with one decimal (display only). */
  function formatShare(part: Dec, total: Dec): string {
    if (total.isZero()) return '—';
    return `${formatDecimalString(roundForDisplay(part.div(total).times(100), 1), 1)} %`;
  }

  function formatInteger(value: number): string {
    return new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'fr-FR').format(value);
  }

  return { formatIndicator, formatPerPerson, formatShare, formatInteger, formatDecimalString };
}
