import type { RouteComponent } from 'vue-router';

/**
 * The wizard's steps, in order. The progress indicator and the router are built from this list;
 * part 2 (strategy steps) appends its steps here.
 */
export interface WizardStep {
  /** Route name, also the i18n key under `steps.`. */
  readonly name: string;
  readonly path: string;
  readonly component: () => Promise<RouteComponent>;
}

export const STEPS: readonly WizardStep[] = [
  { name: 'organisation', path: '/collectivite', component: () => import('../views/OrganisationView.vue') },
  { name: 'inventory', path: '/inventaire', component: () => import('../views/InventoryView.vue') },
  { name: 'hosting', path: '/hebergement', component: () => import('../views/HostingView.vue') },
  { name: 'usage', path: '/usages', component: () => import('../views/UsageView.vue') },
  { name: 'bilan', path: '/bilan', component: () => import('../views/BilanView.vue') },
];
