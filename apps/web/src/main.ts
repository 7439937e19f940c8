import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { savedLocale } from './composables/useLocale';
import { createI18nWith, loadLocaleMessages } from './i18n/create';
import { fr } from './i18n/fr';
import { createAppRouter } from './router';
import './styles.css';

const locale = savedLocale();
document.documentElement.lang = locale;
// French is in the initial bundle; English is loaded before mounting only when it was chosen.
const mount = (messages: Parameters<typeof createI18nWith>[1]) =>
  createApp(App).use(createPinia()).use(createAppRouter()).use(createI18nWith(locale, messages)).mount('#app');
if (locale === 'en') void loadLocaleMessages('en').then((en) => mount({ fr, en }));
else mount({ fr });
