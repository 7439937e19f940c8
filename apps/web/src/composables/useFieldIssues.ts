import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Issue } from '@reen/core';
import { issueText } from '../lib/engine';
import type { Locale } from '../i18n';
import { useProjectStore } from '../stores/project';

/**
 * The core's validation issues of one part of the project, worded in the UI's language, by field
 * path (e.g. `organisation.population`). Forms show them next to the fields and announce the count.
 */
export function useFieldIssues(prefix: string) {
  const store = useProjectStore();
  const { locale } = useI18n();
  const issues = computed<Issue[]>(() => store.issues.filter((issue) => issue.path.map(String).join('.').startsWith(prefix)));
  const byPath = computed(() => {
    const map = new Map<string, string>();
    for (const issue of issues.value) {
      const key = issue.path.map(String).join('.');
      if (!map.has(key)) map.set(key, issueText(issue, locale.value as Locale));
    }
    return map;
  });
  /** The message for a field path, or undefined. */
  function errorFor(path: string): string | undefined {
    return byPath.value.get(path);
  }
  return { issues, errorFor };
}
