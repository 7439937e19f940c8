import { useI18n } from 'vue-i18n';
import { sourceCitation } from '../lib/sourceWording';
import { useFootprintStore } from '../stores/footprint';

/**
 * The factor set's default for a parameter, worded with its source ("Par défaut : 1,6 — source :
 * …"): the first of `factorIds` that the factor set has (the core's own order, e.g. the provider's
 * PUE, else the generic cloud one). The value is grouped and uses the locale's decimal separator.
 */
export function useFactorDefault() {
  const { t, locale } = useI18n();
  const footprint = useFootprintStore();
  return function defaultText(factorIds: readonly string[]): string {
    const row = factorIds.map((id) => footprint.factorRows.get(id)).find((found) => found !== undefined);
    if (!row) return t('hosting.noDefault');
    const value = new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 20 }).format(String(row.value) as unknown as number);
    const unit = row.unit === 'ratio' ? '' : row.unit;
    return `${t('hosting.defaultValue', { value, unit }).trim()} — ${t('hosting.defaultSource', { source: sourceCitation(row.source, locale.value) })}`;
  };
}
