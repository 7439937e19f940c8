import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { savedLocale } from './composables/useLocale';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import './styles.css';

const locale = savedLocale();
document.documentElement.lang = locale;
createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n(locale)).mount('#app');
