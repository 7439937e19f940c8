import { en } from './en';
import { fr } from './fr';
import { createI18nWith, type Locale } from './create';
import type { LocaleMessages } from './types';

export { LOCALES, type Locale } from './create';

/** The messages of every locale; French is the default and the fallback. */
export const messages: Record<Locale, LocaleMessages> = { fr, en };

/** Creates an i18n instance with every locale loaded (tests, and anything that needs both at once). */
export function createAppI18n(locale: Locale = 'fr') {
  return createI18nWith(locale, messages);
}
