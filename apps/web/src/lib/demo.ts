/**
 * The demo project, "Communauté d'agglomération de Beau Pays" (fictional), kept by the core as a
 * project file. It is loaded on demand (`@reen/core/demo`) so that it stays out of the initial bundle.
 */
export async function loadDemoProjectFile(): Promise<unknown> {
  const { demoProjectFile } = await import('@reen/core/demo');
  return demoProjectFile;
}

/** The demo project's id (as in `packages/core/data/demo/beau-pays.reen.json`), to label it in the header. */
export const DEMO_PROJECT_ID = 'demo-beau-pays';
