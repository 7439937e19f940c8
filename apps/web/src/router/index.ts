import { createRouter, createWebHashHistory, type Router, type RouterHistory } from 'vue-router';
import { STEPS } from './steps';

/**
 * The app's router: one route per step, free navigation. Hash history, so the built app works from
 * any static server (and `vite preview`) without rewrites.
 */
export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const first = STEPS[0]?.path ?? '/collectivite';
  return createRouter({
    history,
    routes: [
      { path: '/', redirect: first },
      ...STEPS.map((step) => ({ name: step.name, path: step.path, component: step.component })),
      { path: '/:pathMatch(.*)*', redirect: first },
    ],
  });
}
