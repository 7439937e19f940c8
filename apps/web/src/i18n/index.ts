import { createI18n } from 'vue-i18n';
import { en } from './en';
import { fr } from './fr';
import type { LocaleMessages } from './types';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The messages of every locale; French is the default and the fallback. */
export const messages: Record<Locale, LocaleMessages> = { fr, en };

const dateFormats = {
  short: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
} as const;

/** Creates the app's i18n instance (Composition API mode, French by default). */
export function createAppI18n(locale: Locale = 'fr') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'fr',
    messages: messages as unknown as Record<Locale, typeof fr>,
    datetimeFormats: { fr: dateFormats, en: dateFormats },
    missingWarn: false,
    fallbackWarn: false,
  });
}
