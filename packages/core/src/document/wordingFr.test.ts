import { describe, expect, it } from 'vitest';
import { demo, DEMO_DATE } from '../../test/document/demo';
import { actorInSentenceFr, electedKindLabelFr, referentLabelFr } from './actorsFr';
import { measuresStateFr } from './buildYearlyBilanDocument';
import { buildStrategyDocumentFromProject, buildYearlyBilanDocumentFromProject } from './fromProject';
import type { ReenDocument } from './model';

const plain = (document: ReenDocument) => JSON.stringify(document).replace(/\u00a0|\u202f/g, ' ');

describe('French wording of the documents', () => {
  it('agrees referent labels with the known person, generic when unknown', () => {
    expect(referentLabelFr({ role: 'Élue référente de la stratégie' }, 'elected')).toBe('Élue référente');
    expect(referentLabelFr({ role: 'Élu chargé du numérique' }, 'elected')).toBe('Élu référent');
    expect(referentLabelFr({ role: 'Agente référente, secrétariat' }, 'agent')).toBe('Agente référente');
    expect(referentLabelFr(undefined, 'elected')).toBe('Personne élue référente');
    expect(referentLabelFr({ role: 'Pilote' }, 'agent')).toBe('Personne référente dans les services');
    expect(electedKindLabelFr({ role: 'Élue référente' })).toBe('Élue');
    expect(electedKindLabelFr({ role: 'Suivi' })).toBe('Personne élue');
  });

  it('gives organisations their article in lists', () => {
    expect(actorInSentenceFr({ name: 'Atelier du réemploi (association)', kind: 'external-partner' })).toBe('l’Atelier du réemploi (association)');
    expect(actorInSentenceFr({ name: 'Syndicat mixte numérique', kind: 'external-partner' })).toBe('le Syndicat mixte numérique');
    expect(actorInSentenceFr({ name: 'Direction des ressources humaines', kind: 'internal-service' })).toBe('la direction des ressources humaines');
    expect(actorInSentenceFr({ name: 'Paul Bernard, conseiller délégué', kind: 'elected-official' })).toBe('Paul Bernard (conseiller délégué)');
  });

  it('counts measures in words', () => {
    expect(measuresStateFr(7, 1, 1)).toBe('sur les 7 mesures, une est réalisée et une est en retard.');
    expect(measuresStateFr(7, 2, 0)).toBe('sur les 7 mesures, deux sont réalisées et aucune n’est en retard.');
    expect(measuresStateFr(1, 0, 0)).toBe('sur la seule mesure, aucune n’est encore réalisée ni en retard.');
  });

  it('writes the demo strategy and RDD in agreed French', () => {
    const d = demo();
    const strategy = plain(buildStrategyDocumentFromProject(d.project, { date: DEMO_DATE }));
    expect(strategy).toContain('Élue référente : Claire Martin, vice-présidente chargée de la transition écologique.');
    expect(strategy).toContain('Agente référente : Sophie Leroy, responsable numérique responsable.');
    expect(strategy).toContain(
      'Comité de pilotage (COPIL), présidé par Claire Martin, réuni deux fois par an, en mars et en octobre ; il réunit aussi Paul Bernard (conseiller délégué au numérique), la direction des systèmes d’information, le service de la commande publique, la mission transition écologique, la direction des ressources humaines et Sophie Leroy.',
    );
    expect(strategy).toContain('trois partenaires extérieurs : l’Atelier du réemploi (association), le Syndicat mixte numérique du département et le Réseau des conseillers numériques.');
    expect(strategy).toContain('Claire Martin, vice-présidente chargée de la transition écologique');
    expect(strategy).not.toContain('Vice-présidente');
    expect(strategy).not.toMatch(/Élu ou élue|Agent ou agente|Cloud :|France Services/);
    expect(strategy).toContain('Lieux d’accès public au numérique équipés par la collectivité : 2 (la médiathèque et la Maison France services)');
    expect(strategy).toContain('Lieux d’accès public au numérique sur le territoire : 16, dont 2 équipés par la collectivité');
    expect(strategy).toContain('Espaces France services : 1');
    // 45 laptops × 147,9 + 30 monitors × 56,202 = 8 341,56 kg; bounds 4 122,84 and 23 862 kg.
    expect(strategy).toContain('Équipements donnés pour réemploi : 75, soit 8,3 t CO2e de fabrication évitée (de 4,1 à 23,9 t CO2e)');
    const rdd = plain(buildYearlyBilanDocumentFromProject(d.project, 2026, { date: DEMO_DATE }));
    expect(rdd).toContain('sur les 7 mesures, une est réalisée et une est en retard.');
    expect(rdd).toContain('aucun jeu de données');
    expect(rdd).not.toContain('0 jeux');
    // 52 laptops × 147,9 = 7 690,8 kg; bounds 3 801,2 and 13 114,4 kg.
    expect(rdd).toContain('Équipements donnés pour réemploi : 52, soit 7,7 t CO2e de fabrication évitée (de 3,8 à 13,1 t CO2e)');
  }, 60_000);

  it('sets the « Territoire » chapter in French typography', () => {
    const d = demo();
    const chapter = JSON.stringify(buildStrategyDocumentFromProject(d.project, { date: DEMO_DATE }).sections.find((s) => s.id.startsWith('territoire')));
    expect(chapter).toContain('Lieux d’accès public au numérique sur le territoire\u00a0: 16');
    expect(chapter).not.toMatch(/ [:;]/);
  }, 60_000);
});
