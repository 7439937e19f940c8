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
  { name: 'entities', path: '/entites', component: () => import('../views/EntitiesView.vue') },
  { name: 'territory', path: '/territoire', component: () => import('../views/TerritoryView.vue') },
  { name: 'ecodesign', path: '/ecoconception-inclusion', component: () => import('../views/EcodesignView.vue') },
  // Part 2: building the strategy, the document and the yearly follow-up.
  { name: 'actors', path: '/acteurs', component: () => import('../views/ActorsView.vue') },
  { name: 'vision', path: '/edito-vision', component: () => import('../views/VisionView.vue') },
  { name: 'governance', path: '/gouvernance', component: () => import('../views/GovernanceView.vue') },
  { name: 'engaged-actions', path: '/actions-engagees', component: () => import('../views/EngagedActionsView.vue') },
  { name: 'maturity', path: '/auto-diagnostic', component: () => import('../views/MaturityView.vue') },
  { name: 'objectives', path: '/objectifs', component: () => import('../views/ObjectivesView.vue') },
  { name: 'measures', path: '/mesures', component: () => import('../views/MeasuresView.vue') },
  { name: 'document', path: '/document', component: () => import('../views/DocumentView.vue') },
  { name: 'follow-up', path: '/suivi-annuel', component: () => import('../views/FollowUpView.vue') },
];
