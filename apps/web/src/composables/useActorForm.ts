import { useI18n } from 'vue-i18n';
import type { ActorDraft } from '../lib/strategy';

/**
 * What an actor form needs, wherever an actor is added (« Acteurs », the COPIL of « Gouvernance et
 * concertation »): an empty actor, its validation (a name and a role, as the core's schema asks) and
 * its fields trimmed.
 */
export function useActorForm() {
  const { t } = useI18n();
  const newActor = (): ActorDraft => ({ id: '', name: '', kind: 'internal-service', role: '' });
  function validate(actor: ActorDraft): Record<string, string> {
    const errors: Record<string, string> = {};
    if (actor.name.trim() === '') errors['name'] = t('input.required');
    if (actor.role.trim() === '') errors['role'] = t('input.required');
    return errors;
  }
  const clean = (actor: ActorDraft): ActorDraft => ({ ...actor, name: actor.name.trim(), role: actor.role.trim() });
  return { newActor, validate, clean };
}
