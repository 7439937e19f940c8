import { computed } from 'vue';
import { useProjectStore } from '../stores/project';
import { useStrategyStepStatus } from './useStrategyStepStatus';

/**
 * Whether each step has been filled in, for the progress indicator. Only presence is checked here;
 * validity comes from the core's issues.
 */
export function useStepStatus() {
  const store = useProjectStore();
  const strategySteps = useStrategyStepStatus();
  return computed<Record<string, boolean>>(() => {
    const project = store.project;
    const issues = store.issues;
    const clean = (prefix: string) => !issues.some((issue) => String(issue.path[0]) === prefix);
    const usage = project?.usage ?? {};
    const usageFilled = Object.entries(usage).some(([key, value]) => key !== 'boxesInInventory' && value !== undefined && value !== '');
    const territory = (project?.['territory'] ?? {}) as Record<string, unknown>;
    const territoryFilled = Object.values(territory).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== ''));
    const listed = (value: unknown): boolean => Array.isArray(value) && value.length > 0;
    const ecodesignFilled = listed(project?.['digitalServices']) || listed(project?.['inclusion']);
    return {
      organisation: !!project && project.organisation.name.trim() !== '' && (project.organisation.population ?? 0) > 0 && clean('organisation'),
      inventory: !!project && project.inventory.length > 0 && clean('inventory'),
      hosting: !!project && project.hosting.sites.length + project.hosting.cloud.length > 0 && clean('hosting'),
      usage: usageFilled && clean('usage'),
      // The bilan of an empty inventory is not a bilan yet.
      bilan: !!store.parsed?.success && store.parsed.data.inventory.length > 0,
      entities: listed((project?.['entities'] as { list?: unknown } | undefined)?.list) && clean('entities'),
      territory: territoryFilled && clean('territory'),
      ecodesign: ecodesignFilled && clean('digitalServices') && clean('inclusion'),
      ...strategySteps.value,
    };
  });
}
