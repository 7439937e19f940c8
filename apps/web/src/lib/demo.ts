/**
 * The demo project, "Communauté d'agglomération de Beau Pays" (fictional), kept by the core as a
 * project file (packages/core/data/demo/beau-pays.reen.json). It is loaded on demand so that it
 * stays out of the initial bundle.
 */
const demoFiles = import.meta.glob<{ default: unknown }>('../../../../packages/core/data/demo/beau-pays.reen.json');

export async function loadDemoProjectFile(): Promise<unknown> {
  const load = Object.values(demoFiles)[0];
  if (!load) throw new Error('the demo project file packages/core/data/demo/beau-pays.reen.json is missing');
  return (await load()).default;
}
