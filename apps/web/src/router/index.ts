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
    scrollBehavior: (to) => (to.hash ? revealWhenRendered(to.hash) : { top: 0 }),
  });
}

/**
 * A link to a field (`#m-…-budget-add`, from the completeness check or the error banner) scrolls to
 * it and gives it the focus once the lazily loaded step has rendered it (up to one second).
 */
function revealWhenRendered(hash: string): Promise<{ el: Element; top: number } | false> {
  return new Promise((resolve) => {
    let tries = 0;
    const look = (): void => {
      const el = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (el) {
        (el as HTMLElement).focus?.({ preventScroll: true });
        resolve({ el, top: 16 });
      } else if (tries++ < 20) setTimeout(look, 50);
      else resolve(false);
    };
    setTimeout(look, 0);
  });
}
