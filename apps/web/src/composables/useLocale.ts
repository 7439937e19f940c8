import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { LOCALES, type Locale } from '../i18n';

const STORAGE_KEY = 'reen-locale';

/** The current UI locale, switchable and remembered in localStorage when it is available. */
export function useLocale() {
  const { locale } = useI18n();
  const current = computed<Locale>({
    get: () => (locale.value === 'en' ? 'en' : 'fr'),
    set: (value) => {
      locale.value = value;
      document.documentElement.lang = value;
      try {
        localStorage.setItem(STORAGE_KEY, value);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
    },
  });
  return { locale: current, locales: LOCALES };
}

/** The locale saved by a previous visit, or French. */
export function savedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}
