import { createI18n } from 'vue-i18n';
import type { fr } from './fr';
import type { LocaleMessages } from './types';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const dateFormats = {
  short: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
} as const;

/**
 * Creates an i18n instance (Composition API mode, French fallback) with the messages given. The app
 * starts with French only and loads English on demand (`loadLocale`), which keeps it out of the
 * initial bundle; tests pass every locale at once (`createAppI18n` in index.ts).
 */
export function createI18nWith(locale: Locale, messages: Partial<Record<Locale, LocaleMessages>>) {
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

/** The English messages, loaded on demand (a chunk of their own); French is always loaded. */
export async function loadLocaleMessages(locale: Exclude<Locale, 'fr'>): Promise<LocaleMessages> {
  const loaders: Record<Exclude<Locale, 'fr'>, () => Promise<LocaleMessages>> = { en: async () => (await import('./en')).en };
  return loaders[locale]();
}
