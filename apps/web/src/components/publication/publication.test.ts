import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { checkStrategy } from '@reen/core';
import { createAppI18n } from '../../i18n';
import { createAppRouter } from '../../router';
import { checkItemLink } from '../../lib/checkTargets';
import { loadProject } from '../../persistence/db';
import { useProjectStore } from '../../stores/project';
import { useStrategyStore } from '../../stores/strategy';
import { useStrategyStepStatus } from '../../composables/useStrategyStepStatus';
import { smallProject } from '../../../test/unit/helpers';
import CommunicationPlan from './CommunicationPlan.vue';
import ConsultationSteps from './ConsultationSteps.vue';
import EditoEditor from './EditoEditor.vue';
import GovernanceForm from './GovernanceForm.vue';
import VisionEditor from './VisionEditor.vue';

type Component = typeof EditoEditor | typeof VisionEditor | typeof GovernanceForm | typeof ConsultationSteps | typeof CommunicationPlan;

async function start(): Promise<{ project: ReturnType<typeof useProjectStore>; strategy: ReturnType<typeof useStrategyStore> }> {
  const project = useProjectStore();
  await project.importProjectObject(smallProject());
  const strategy = useStrategyStore();
  strategy.ensure();
  return { project, strategy };
}
function mountIt(component: Component) {
  const router = createAppRouter(createMemoryHistory());
  return mount(component, { global: { plugins: [createAppI18n('fr'), router] }, attachTo: document.body });
}
/** The saved record of the project, as IndexedDB holds it after the autosave. */
async function saved(project: ReturnType<typeof useProjectStore>) {
  await project.flush();
  return (await loadProject('project-test'))?.project['strategy'] as Record<string, unknown> | undefined;
}
/** The ids an element's aria-describedby points to. */
const describedBy = (el: { attributes: (name: string) => string | undefined }): string[] => (el.attributes('aria-describedby') ?? '').split(' ').filter(Boolean);

describe('Édito et vision, Gouvernance et concertation', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('Édito: starts from the core’s draft on demand, says it is a draft until edited, saves the edits and removes the édito when cleared', async () => {
    const { project, strategy } = await start();
    const wrapper = mountIt(EditoEditor);
    // Without a text, the signature cannot be typed (it is saved with the text).
    expect(wrapper.get<HTMLInputElement>('#edito-signatory').element.disabled).toBe(true);
    await wrapper.get('[data-testid="edito-suggest"]').trigger('click');
    const text = strategy.draft?.edito?.text ?? '';
    // Commune de Test, no measure yet: the draft says so in its own words.
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text.startsWith('Le numérique est devenu indispensable au service public')).toBe(true);
    expect(text).toContain('Avec cette stratégie numérique responsable, la Commune de Test s’engage à réduire cette empreinte, sans oublier les habitants éloignés du numérique.');
    expect(wrapper.get<HTMLTextAreaElement>('#edito-text').element.value).toBe(text);
    expect(wrapper.get('[data-testid="edito-draft-notice"]').text()).toBe('Ce texte est le brouillon proposé, tel quel : adaptez-le à votre collectivité avant de le faire signer.');

    await wrapper.get('#edito-text').setValue('Notre engagement pour un numérique sobre.\n\nNous en rendrons compte chaque année.');
    expect(wrapper.find('[data-testid="edito-draft-notice"]').exists()).toBe(false);
    await wrapper.get('#edito-signatory').setValue('Claire Martin');
    await wrapper.get('#edito-signatory').trigger('change');
    await wrapper.get('#edito-role').setValue('Maire');
    await wrapper.get('#edito-role').trigger('change');
    expect(await saved(project)).toMatchObject({ edito: { text: 'Notre engagement pour un numérique sobre.\n\nNous en rendrons compte chaque année.', signatory: 'Claire Martin', signatoryRole: 'Maire' } });

    // Replacing a written text with the draft is asked twice.
    await wrapper.get('[data-testid="edito-suggest"]').trigger('click');
    expect(strategy.draft?.edito?.text).toBe('Notre engagement pour un numérique sobre.\n\nNous en rendrons compte chaque année.');
    expect(wrapper.get('[data-testid="edito-suggest"]').text()).toBe('Confirmer le remplacement du texte');

    await wrapper.get('#edito-text').setValue('');
    expect(strategy.draft?.edito).toBeUndefined();
    expect((await saved(project))?.['edito']).toBeUndefined();
    wrapper.unmount();
  });

  it('Vision: adds pillars with their axes, refuses one without a title (error tied to the field), moves and removes them', async () => {
    const { project, strategy } = await start();
    const wrapper = mountIt(VisionEditor);
    await wrapper.get('#vision-statement').setValue('Un numérique sobre et ouvert à tous');
    await wrapper.get('#vision-statement').trigger('change');

    await wrapper.get('#pillars-add').trigger('click');
    await wrapper.get('#pillars-new-form').trigger('submit');
    const title = wrapper.get('#pillars-new-title');
    expect(title.attributes('aria-invalid')).toBe('true');
    expect(describedBy(title)).toContain('pillars-new-title-error');
    expect(wrapper.get('#pillars-new-title-error').text()).toBe('Donnez un titre au pilier.');
    expect(strategy.draft?.vision?.pillars).toEqual([]);

    for (const name of ['Sobriété', 'Inclusion', 'Écoconception']) {
      if (!wrapper.find('#pillars-new-form').exists()) await wrapper.get('#pillars-add').trigger('click');
      await wrapper.get('#pillars-new-title').setValue(name);
      if (name === 'Sobriété') {
        await wrapper.get('#pillars-new-description').setValue('Des équipements gardés plus longtemps.');
        // The first axis of the decree: responsible public procurement.
        expect(wrapper.get('#pillars-new-axes label').text()).toMatch(/^Commande publique/);
        await wrapper.get('#pillars-new-axes input').setValue(true);
      }
      await wrapper.get('#pillars-new-form').trigger('submit');
    }
    expect(strategy.draft?.vision?.pillars).toEqual([
      { title: 'Sobriété', description: 'Des équipements gardés plus longtemps.', axes: ['procurement'] },
      { title: 'Inclusion', axes: [] },
      { title: 'Écoconception', axes: [] },
    ]);
    // The first row has no « Monter », the last no « Descendre ».
    const rowButtons = (i: number) => wrapper.findAll('tbody tr')[i]!.findAll('[data-move]').map((b) => b.attributes('aria-label'));
    expect(rowButtons(0)).toEqual(['Descendre : Sobriété']);
    expect(rowButtons(2)).toEqual(['Monter : Écoconception']);
    await wrapper.findAll('tbody tr')[2]!.get('[data-move="up"]').trigger('click');
    expect(strategy.draft?.vision?.pillars?.map((p) => p.title)).toEqual(['Sobriété', 'Écoconception', 'Inclusion']);
    // The focus follows the moved row (keyboard users keep their place).
    await flushPromises();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Monter : Écoconception');
    await wrapper.findAll('tbody tr')[0]!.get('[data-move="down"]').trigger('click');
    expect(strategy.draft?.vision?.pillars?.map((p) => p.title)).toEqual(['Écoconception', 'Sobriété', 'Inclusion']);
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual(['Écoconception', 'Sobriété', 'Inclusion']);

    const remove = wrapper.findAll('tbody tr')[2]!.findAll('button').find((b) => b.attributes('aria-label') === 'Supprimer : Inclusion')!;
    await remove.trigger('click');
    await wrapper.get('[aria-label="Confirmer la suppression de : Inclusion"]').trigger('click');
    expect(await saved(project)).toMatchObject({
      vision: { statement: 'Un numérique sobre et ouvert à tous', pillars: [{ title: 'Écoconception' }, { title: 'Sobriété', axes: ['procurement'] }] },
    });
    wrapper.unmount();
  });

  it('Gouvernance: COPIL members chosen among the actors (with their role), chair, frequency and referents; an empty COPIL is removed', async () => {
    const { project, strategy } = await start();
    strategy.addActor({ name: 'Direction du numérique', kind: 'internal-service', role: 'Pilote technique' });
    strategy.addActor({ name: 'Claire Martin', kind: 'elected-official', role: 'Vice-présidente au numérique' });
    const [dsi, elue] = strategy.draft!.actors!;
    const wrapper = mountIt(GovernanceForm);
    const boxes = wrapper.findAll('#copil-members label');
    expect(boxes.map((b) => b.text())).toEqual(['Direction du numérique — Pilote technique', 'Claire Martin — Vice-présidente au numérique']);
    await boxes[0]!.get('input').setValue(true);
    await boxes[1]!.get('input').setValue(true);
    await wrapper.get('#copil-chair').setValue(elue!.id);
    // Saved as typed, without leaving the field (a reload right after keeps it).
    await wrapper.get('#copil-frequency').setValue('deux fois par an');
    await wrapper.get('#governance-comments').setValue('Réseau des référents NR du département');
    await wrapper.get('#governance-elected').setValue(elue!.id);
    await wrapper.get('#governance-agent').setValue(dsi!.id);
    expect(await saved(project)).toMatchObject({
      governance: {
        copil: { members: [dsi!.id, elue!.id], chair: elue!.id, frequency: 'deux fois par an' },
        electedReferent: elue!.id,
        agentReferent: dsi!.id,
        comments: 'Réseau des référents NR du département',
      },
    });
    expect(checkStrategy(strategy.strategy!).map((i) => i.code)).not.toContain('governance_copil_missing');

    await wrapper.findAll('#copil-members input')[0]!.setValue(false);
    await wrapper.findAll('#copil-members input')[1]!.setValue(false);
    await wrapper.get('#copil-chair').setValue('');
    await wrapper.get('#copil-frequency').setValue('');
    await wrapper.get('#governance-comments').setValue('');
    expect(strategy.draft?.governance).toEqual({ electedReferent: elue!.id, agentReferent: dsi!.id });
    wrapper.unmount();
  });

  it('Gouvernance: « Ajouter une personne » creates the actor with its name and role and makes it a COPIL member, without leaving the step', async () => {
    const { project, strategy } = await start();
    strategy.addActor({ name: 'Direction du numérique', kind: 'internal-service', role: 'Pilote technique' });
    const dsi = strategy.draft!.actors![0]!;
    const wrapper = mountIt(GovernanceForm);
    await wrapper.findAll('#copil-members input')[0]!.setValue(true);
    await wrapper.get('#copil-person-add').trigger('click');
    expect(wrapper.get('#copil-person-new-form h3').text()).toBe('Nouvelle personne au comité de pilotage');
    // Refused without a name and a role: the errors are tied to the fields, nothing is added.
    await wrapper.get('#copil-person-new-form').trigger('submit');
    expect(wrapper.get('#copil-person-new-name-error').text()).toBe('Ce champ est obligatoire.');
    expect(wrapper.get('#copil-person-new-role-error').text()).toBe('Ce champ est obligatoire.');
    expect(describedBy(wrapper.get('#copil-person-new-name'))).toContain('copil-person-new-name-error');
    expect(strategy.draft?.actors).toHaveLength(1);

    await wrapper.get('#copil-person-new-name').setValue('Lucie Bernard');
    await wrapper.get('#copil-person-new-kind').setValue('external-partner');
    await wrapper.get('#copil-person-new-role').setValue('Représentante du conseil de développement');
    await wrapper.get('#copil-person-new-form').trigger('submit');
    const person = strategy.draft!.actors![1]!;
    expect(person).toEqual({ id: person.id, name: 'Lucie Bernard', kind: 'external-partner', role: 'Représentante du conseil de développement' });
    expect(await saved(project)).toMatchObject({ actors: [dsi, person], governance: { copil: { members: [dsi.id, person.id] } } });
    // The new member is listed and checked, the form is closed, and the addition is announced.
    const boxes = wrapper.findAll('#copil-members label');
    expect(boxes.map((b) => [b.text(), b.get<HTMLInputElement>('input').element.checked])).toEqual([
      ['Direction du numérique — Pilote technique', true],
      ['Lucie Bernard — Représentante du conseil de développement', true],
    ]);
    expect(wrapper.find('#copil-person-new-form').exists()).toBe(false);
    expect(wrapper.get('[data-testid="copil-person-status"]').text()).toBe('Lucie Bernard a rejoint les acteurs et le comité de pilotage.');
    expect(document.activeElement?.id).toBe('copil-person-add');
    wrapper.unmount();
  });

  it('Co-construction: a step needs a date, a name and a participant (errors tied to the fields); steps are kept in date order', async () => {
    const { project, strategy } = await start();
    strategy.addActor({ name: 'Direction du numérique', kind: 'internal-service', role: 'Pilote technique' });
    const dsi = strategy.draft!.actors![0]!;
    const wrapper = mountIt(ConsultationSteps);
    await wrapper.get('#consultation-add').trigger('click');
    await wrapper.get('#consultation-new-form').trigger('submit');
    expect(wrapper.get('#consultation-new-date-error').text()).toBe('Indiquez la date de l’étape.');
    expect(wrapper.get('#consultation-new-title-error').text()).toBe('Nommez l’étape.');
    expect(wrapper.get('#consultation-new-actors-error').text()).toBe('Choisissez ou saisissez au moins un participant.');
    expect(describedBy(wrapper.get('#consultation-new-actors input'))).toContain('consultation-new-actors-error');
    expect(strategy.draft?.consultation ?? []).toEqual([]);

    await wrapper.get('#consultation-new-date').setValue('2026-03-12');
    await wrapper.get('#consultation-new-title').setValue('Atelier avec les services');
    await wrapper.get('#consultation-new-actors input').setValue(true);
    await wrapper.get('#consultation-new-others').setValue('Conseil de développement ; Usagers des médiathèques');
    await wrapper.get('#consultation-new-outcome').setValue('Douze mesures proposées.');
    await wrapper.get('#consultation-new-form').trigger('submit');
    await wrapper.get('#consultation-add').trigger('click');
    await wrapper.get('#consultation-new-date').setValue('2026-01-20');
    await wrapper.get('#consultation-new-title').setValue('Lancement');
    await wrapper.get('#consultation-new-others').setValue('Bureau communautaire');
    await wrapper.get('#consultation-new-form').trigger('submit');

    expect((await saved(project))?.['consultation']).toEqual([
      { date: '2026-01-20', title: 'Lancement', participants: ['Bureau communautaire'] },
      { date: '2026-03-12', title: 'Atelier avec les services', participants: [dsi.id, 'Conseil de développement', 'Usagers des médiathèques'], outcome: 'Douze mesures proposées.' },
    ]);
    expect(wrapper.findAll('tbody tr')[1]!.findAll('td')[1]!.text()).toBe('Direction du numérique, Conseil de développement, Usagers des médiathèques');
    wrapper.unmount();
  });

  it('Communication: an action needs its text and its audience; edited in place and saved', async () => {
    const { project, strategy } = await start();
    const wrapper = mountIt(CommunicationPlan);
    await wrapper.get('#communication-add').trigger('click');
    await wrapper.get('#communication-new-form').trigger('submit');
    expect(wrapper.get('#communication-new-action-error').text()).toBe('Décrivez l’action.');
    expect(wrapper.get('#communication-new-audience-error').text()).toBe('Indiquez le public visé.');
    expect(describedBy(wrapper.get('#communication-new-audience'))).toContain('communication-new-audience-error');
    await wrapper.get('#communication-new-action').setValue('Présentation du bilan annuel');
    await wrapper.get('#communication-new-audience').setValue('Conseil communautaire');
    await wrapper.get('#communication-new-timing').setValue('chaque année en novembre');
    await wrapper.get('#communication-new-form').trigger('submit');
    expect(strategy.draft?.communication).toEqual([{ action: 'Présentation du bilan annuel', audience: 'Conseil communautaire', timing: 'chaque année en novembre' }]);

    await wrapper.get('#communication-0-edit').trigger('click');
    await wrapper.get('#communication-0-timing').setValue('');
    await wrapper.get('#communication-0-form').trigger('submit');
    expect((await saved(project))?.['communication']).toEqual([{ action: 'Présentation du bilan annuel', audience: 'Conseil communautaire' }]);
    wrapper.unmount();
  });

  it('links the completeness check’s items to the new fields, and marks the steps done once filled', async () => {
    const { strategy } = await start();
    await flushPromises();
    const links = Object.fromEntries(checkStrategy(strategy.strategy!).map((i) => [i.code, checkItemLink(i, strategy.draft)]));
    expect(links['edito_missing']).toEqual({ name: 'vision', hash: '#edito-text' });
    expect(links['vision_missing']).toEqual({ name: 'vision', hash: '#pillars-add' });
    expect(links['governance_copil_missing']).toEqual({ name: 'governance', hash: '#copil-members' });
    expect(links['consultation_missing']).toEqual({ name: 'governance', hash: '#consultation-add' });
    expect(links['communication_missing']).toEqual({ name: 'governance', hash: '#communication-add' });
    const status = useStrategyStepStatus();
    expect([status.value['vision'], status.value['governance']]).toEqual([false, false]);
    strategy.edit((d) => {
      d.vision = { pillars: [{ title: 'Sobriété', axes: [] }] };
      d.communication = [{ action: 'Bilan annuel', audience: 'Conseil' }];
    });
    expect([status.value['vision'], status.value['governance']]).toEqual([true, true]);
  });
});
