import { inject, onBeforeUnmount } from 'vue';
import { routeLocationKey } from 'vue-router';
import { useInputErrorsStore } from '../stores/inputErrors';

/**
 * Links one field to the store of refused values: `refuse` records what was typed and why, `accept`
 * forgets it, `restored` is what was refused before the field was last shown. When the field goes
 * away inside its step (its row was removed), its refusal goes too; when the user moves to another
 * step, it stays, so the step remains marked and the typed text comes back.
 */
export function useRefusedInput(id: () => string, label: () => string) {
  const store = useInputErrorsStore();
  const route = inject(routeLocationKey, null);
  const step = route?.name === undefined || route.name === null ? undefined : String(route.name);

  onBeforeUnmount(() => {
    const current = route?.name === undefined || route.name === null ? undefined : String(route.name);
    if (current === step) store.accept(id());
  });

  return {
    restored: store.get(id()),
    refuse(message: string, raw: string): void {
      store.refuse({ id: id(), step, label: label(), message, raw });
    },
    accept(): void {
      store.accept(id());
    },
  };
}
