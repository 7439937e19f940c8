import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { LOCALES, loadLocaleMessages, type Locale } from '../i18n/create';

const STORAGE_KEY = 'reen-locale';

/** The current UI locale, switchable and remembered in localStorage when it is available. */
export function useLocale() {
  const { locale, availableLocales, setLocaleMessage } = useI18n();
  const current = computed<Locale>({
    get: () => (locale.value === 'en' ? 'en' : 'fr'),
    set: async (value) => {
      // English is a chunk of its own, loaded the first time it is chosen.
      if (value !== 'fr' && !availableLocales.includes(value)) setLocaleMessage(value, (await loadLocaleMessages(value)) as never);
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
