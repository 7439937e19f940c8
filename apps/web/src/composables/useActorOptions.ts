import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { SelectOption } from '../components/common/selectOptions';
import { useStrategyStore } from '../stores/strategy';

/**
 * The strategy's actors as choices (members, referents, participants): each labelled with its name
 * and role. A stored value that is not an actor id (a free name, from a project file) is offered as
 * itself, so that a choice never silently drops it.
 */
export function useActorOptions() {
  const store = useStrategyStore();
  const { t } = useI18n();
  const actors = computed(() => store.draft?.actors ?? []);

  function actorOptions(stored: readonly (string | undefined)[] = []): SelectOption[] {
    const known = actors.value.map((a) => ({ value: a.id, label: a.role ? t('strategy.publication.governance.memberOption', { name: a.name, role: a.role }) : a.name }));
    const free = stored.filter((v): v is string => v !== undefined && v !== '' && !actors.value.some((a) => a.id === v)).map((v) => ({ value: v, label: v }));
    return [...known, ...free];
  }
  /** The name of an actor id, or the free name itself. */
  function actorName(value: string): string {
    return actors.value.find((a) => a.id === value)?.name ?? value;
  }
  return { actors, actorOptions, actorName };
}
