// Module resolution hook: adds the `@reen/source` export condition, so that the workspace packages
// (@reen/core, @reen/formats) resolve to their TypeScript sources, as `node --conditions=@reen/source`
// would. Registered by bin/reen.mjs through `module.register`.
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('@reen/source') ? context.conditions : ['@reen/source', ...context.conditions];
  return nextResolve(specifier, { ...context, conditions });
}
