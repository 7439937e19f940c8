/**
 * The strategy of the demo project « Communauté d’agglomération de Beau Pays » (fictional, like the
 * whole demo): a complete stratégie numérique responsable 2025–2030, so that every document and every
 * step of the app has something true to show. Its reference footprint (2025) and its 2026 footprint
 * are computed by the engine from the demo inventory and frozen in the strategy; the 2026 footprint
 * reuses the 2025 inventory (not updated), and says so.
 */
import { computeFootprint, FootprintSnapshotSchema, getFactorSet, getMaturityQuestionnaire, measureProjectIndicators, parseProject, snapshotFootprint } from '../src/index';
import type { ProjectFileInput, ProjectIndicatorKind, StrategyInput } from '../src/index';

const SOURCE_SUPPLIER = {
  publisher: 'Fournisseur d’électricité (démonstration)',
  title: 'Mix énergétique de l’offre verte (données fictives de démonstration)',
  year: 2025,
  url: 'https://example.org/offre-verte',
  retrievedAt: '2026-11-25',
};

/** Answers to every question of the maturity questionnaire (ids from data/strategy/maturity.json). */
const MATURITY: Readonly<Record<string, readonly ['yes' | 'partial' | 'no', string?]>> = {
  'gov-referent': ['yes', 'Vice-présidente et responsable numérique responsable à la direction des systèmes d’information'],
  'gov-comite': ['yes', 'Comité de pilotage réuni deux fois par an'],
  'gov-acteurs': ['partial', 'Atelier du réemploi et opérateur public de services numériques associés ; entreprises pas encore'],
  'gov-moyens': ['yes'],
  'gov-rdd': ['yes'],
  'aw-agents': ['partial', '38 % des agents sensibilisés fin 2026'],
  'aw-elus': ['partial'],
  'aw-securite': ['yes'],
  'aw-acheteurs': ['partial'],
  'aw-citoyens': ['no'],
  'pur-reemploi': ['partial', 'Écoles et médiathèque'],
  'pur-reparabilite': ['yes'],
  'pur-garantie': ['partial'],
  'pur-labels': ['yes'],
  'fleet-inventaire': ['yes'],
  'fleet-duree': ['yes'],
  'fleet-reparation': ['partial'],
  'fleet-fin-de-vie': ['yes', 'Dons à l’Atelier du réemploi depuis 2023'],
  'fleet-deee': ['partial'],
  'fleet-equipement': ['no'],
  'net-salle': ['no'],
  'net-virtualisation': ['yes'],
  'net-cloud': ['partial'],
  'net-donnees': ['no'],
  'net-opendata': ['partial'],
  'use-veille': ['yes'],
  'use-messagerie': ['no'],
  'use-visio': ['no'],
  'use-impression': ['partial'],
  'eco-rgesn': ['no'],
  'eco-poids': ['no'],
  'eco-marches': ['no'],
  'eco-accessibilite': ['partial'],
};

const perYear = (kind: 'operating' | 'investment', amounts: Readonly<Record<number, [string, string?]>>, funders: { name: string; amountEur?: string }[] = []) =>
  Object.entries(amounts).map(([year, [amountEur, spentEur]]) => ({ kind, year: Number(year), amountEur, ...(spentEur === undefined ? {} : { spentEur }), funders }));

/** The demo strategy, with its 2025 and 2026 footprints computed from the project's inventory. */
/**
 * The strategy as the conseil adopted it on 20 March 2025: the same plan, before any monitoring
 * (values up to 2025 only, every measure still to come, no spending, no 2026 footprint).
 */
function atAdoption(live: StrategyInput, date: string): Omit<StrategyInput, 'adopted'> {
  const { adopted: _adopted, ...content } = live;
  return {
    ...content,
    bilan: { ...content.bilan, history: [] },
    indicators: (content.indicators ?? []).map((i) => ({ ...i, values: (i.values ?? []).filter((v) => v.year <= 2025) })),
    measures: (content.measures ?? []).map((m) => ({
      ...m,
      status: 'planned' as const,
      statusByYear: [],
      notes: [],
      budget: (m.budget ?? []).map(({ spentEur: _spent, ...line }) => line),
    })),
    consultation: (content.consultation ?? []).filter((c) => c.date <= date),
  };
}

export function buildDemoStrategy(raw: ProjectFileInput): StrategyInput {
  const live = buildLiveStrategy(raw);
  const date = '2025-03-20';
  return { ...live, adopted: { date, deliberation: 'Délibération n° 2025-042 du conseil communautaire du 20 mars 2025', content: atAdoption(live, date) } };
}

function buildLiveStrategy(raw: ProjectFileInput): StrategyInput {
  const factorSet = getFactorSet('fr-2025.1');
  const parsed = parseProject(raw, { today: '2026-11-25' });
  if (!parsed.success) throw new Error(`demo project does not parse: ${JSON.stringify(parsed.issues)}`);
  const project = parsed.data;
  const inputs = { organisation: project.organisation, inventory: project.inventory, hosting: project.hosting, usage: project.usage };
  const result2025 = computeFootprint(inputs, factorSet, { year: 2025, method: 'stock', amortisationYears: 1 });
  const result2026 = computeFootprint(inputs, factorSet, { year: 2026, method: 'stock', amortisationYears: 1 });
  const snapshot = (r: typeof result2025, takenAt: string, inventoryYear: number) => ({ ...FootprintSnapshotSchema.encode(snapshotFootprint(r, takenAt)), inventoryYear });
  const baselineTonnes = result2025.total.co2eKg.dividedBy(1000).toFixed(1);
  // Inclusion, awareness and eco-design indicators are read from the project's records (one truth):
  // the inclusion figures and the digital services' RGESN self-assessments of 2024–2026.
  const recorded = (kind: ProjectIndicatorKind, year: number): string => {
    const value = measureProjectIndicators(project, factorSet, year).values[kind];
    if (value === undefined) throw new Error(`demo: no ${kind} recorded for ${year}`);
    return value.toFixed();
  };
  const recordedSeries = (kind: ProjectIndicatorKind) => [2024, 2025, 2026].map((year) => ({ year, value: recorded(kind, year) }));
  const questionnaire = getMaturityQuestionnaire();
  const maturity = questionnaire.questions.map((q) => {
    const [answer, comment] = MATURITY[q.id] ?? ['no'];
    return { questionId: q.id, answer, ...(comment ? { comment } : {}) };
  });
  return {
    version: 1,
    legal: { entityKind: 'epci', programmeDeTravailDate: '2024-06-27', strategyAdoptedDate: '2025-03-20', deliberation: 'Délibération n° 2025-042 du conseil communautaire du 20 mars 2025' },
    baselineYear: 2025,
    horizonYear: 2030,
    actors: [
      { id: 'dsi', name: 'Direction des systèmes d’information', kind: 'internal-service', role: 'Pilote de la stratégie et gestion du parc', family: 'dsi' },
      { id: 'achats', name: 'Service de la commande publique', kind: 'internal-service', role: 'Clauses environnementales des marchés', family: 'achats' },
      { id: 'dd', name: 'Mission transition écologique', kind: 'internal-service', role: 'Lien avec le plan climat et le rapport développement durable', family: 'developpement-durable' },
      { id: 'rh', name: 'Direction des ressources humaines', kind: 'internal-service', role: 'Formation des agents', family: 'rh' },
      { id: 'com', name: 'Direction de la communication', kind: 'internal-service', role: 'Site internet et information des habitants', family: 'communication' },
      { id: 'energie', name: 'Service énergie et patrimoine', kind: 'internal-service', role: 'Contrats d’électricité des bâtiments', family: 'patrimoine' },
      { id: 'vp', name: 'Claire Martin, vice-présidente chargée de la transition écologique', kind: 'elected-official', role: 'Élue référente de la stratégie' },
      { id: 'vp-num', name: 'Paul Bernard, conseiller délégué au numérique', kind: 'elected-official', role: 'Élu chargé du numérique et de l’inclusion numérique' },
      { id: 'referent', name: 'Sophie Leroy, responsable numérique responsable', kind: 'internal-service', role: 'Agente référente, secrétariat du comité de pilotage', family: 'dsi' },
      { id: 'recyclerie', name: 'Atelier du réemploi (association)', kind: 'external-partner', role: 'Reconditionnement et dons d’ordinateurs', family: 'reconditionneur' },
      { id: 'opsn', name: 'Syndicat mixte numérique du département', kind: 'external-partner', role: 'Opérateur public de services numériques : achats mutualisés, hébergement', family: 'opsn' },
      { id: 'france-services', name: 'Réseau des conseillers numériques', kind: 'external-partner', role: 'Médiation et inclusion numérique', family: 'association' },
    ],
    bilan: {
      footprint: snapshot(result2025, '2025-02-10T09:00:00.000Z', 2025),
      history: [snapshot(result2026, '2026-11-20T09:00:00.000Z', 2025)],
      usages: {
        agents: 1100,
        users: 1600,
        digitalServices: [{ name: 'Portail citoyen', url: 'https://www.example.org/portail', annualUses: '62000' }],
        websites: [{ url: 'https://www.example.org', annualPageViews: '850000', annualVisits: '290000' }],
        publicAccessPoints: { count: 2, comment: 'la médiathèque et la Maison France services' },
        schoolEquipment: { schools: 18, devices: project.inventory.filter((i) => i.perimeter === 'schools' && i.status === 'in-service').reduce((n, i) => n + i.quantity, 0) },
      },
    },
    engagedActions: [
      { id: 'a1', description: 'Don des ordinateurs réformés à l’Atelier du réemploi (420 postes depuis 2023)', date: '2023-09-01', axis: 'lifecycle' },
      { id: 'a2', description: 'Extinction automatique des postes la nuit', date: '2024-01-15', axis: 'lifecycle' },
      { id: 'a3', description: 'Tablettes reconditionnées dans les écoles', date: '2023-09-01', axis: 'procurement' },
      { id: 'a4', description: 'Sensibilisation à la sécurité informatique de tous les nouveaux agents', date: '2024-03-01', axis: 'awareness' },
    ],
    indicators: [
      { id: 'ges', label: 'Émissions de gaz à effet de serre du numérique', kind: 'co2e-t', direction: 'decrease', values: [{ year: 2025, value: baselineTonnes }] },
      { id: 'duree', label: 'Durée de vie moyenne des ordinateurs', kind: 'average-lifetime-years', direction: 'increase', values: [{ year: 2025, value: '6' }, { year: 2026, value: '6.8' }] },
      { id: 'formes', label: 'Part des agents sensibilisés dans l’année', kind: 'agents-trained-share', direction: 'increase', values: recordedSeries('agents-trained-share') },
      { id: 'rgesn', label: 'Part des services en ligne avec une déclaration d’écoconception publiée', kind: 'rgesn-declaration-share', direction: 'increase', values: recordedSeries('rgesn-declaration-share') },
      { id: 'accompagnes', label: 'Personnes accompagnées par la médiation numérique dans l’année', kind: 'people-accompanied', direction: 'increase', values: recordedSeries('people-accompanied') },
      { id: 'donnees', label: 'Jeux de données du numérique publiés en données ouvertes', kind: 'custom', unit: 'jeux de données', direction: 'increase', values: [{ year: 2025, value: '0' }, { year: 2026, value: '0' }] },
    ],
    objectives: [
      { id: 'o1', label: 'Réduire de 10 % les émissions de gaz à effet de serre du numérique d’ici 2030', indicatorId: 'ges', axis: 'lifecycle', kind: 'multi-year', baseline: { year: 2025, value: baselineTonnes }, target: { year: 2030, mode: 'relative', value: '-10' } },
      { id: 'o2', label: 'Sensibiliser 80 % des agents dans l’année d’ici 2028', indicatorId: 'formes', axis: 'awareness', kind: 'multi-year', baseline: { year: 2025, value: recorded('agents-trained-share', 2025) }, target: { year: 2028, mode: 'absolute', value: '80' } },
      { id: 'o3', label: 'Porter à 8 ans la durée de vie moyenne des ordinateurs d’ici 2028', indicatorId: 'duree', axis: 'lifecycle', kind: 'multi-year', baseline: { year: 2025, value: '6' }, target: { year: 2028, mode: 'absolute', value: '8' } },
      { id: 'o4', label: 'Publier la déclaration d’écoconception de tous les services en ligne d’ici 2027', indicatorId: 'rgesn', axis: 'ecodesign', kind: 'multi-year', baseline: { year: 2025, value: recorded('rgesn-declaration-share', 2025) }, target: { year: 2027, mode: 'absolute', value: '100' } },
      { id: 'o5', label: 'Accompagner 4 000 personnes par an dans leurs usages numériques d’ici 2030', indicatorId: 'accompagnes', axis: 'inclusion', kind: 'multi-year', baseline: { year: 2025, value: recorded('people-accompanied', 2025) }, target: { year: 2030, mode: 'absolute', value: '4000' } },
    ],
    measures: [
      {
        id: 'm1',
        catalogueId: 'allonger-duree-vie-portables',
        title: 'Allonger la durée de vie des ordinateurs portables à 8 ans',
        context: 'Les ordinateurs portables sont le premier poste d’émissions : leur fabrication pèse plus que leur usage.',
        description: 'Garantie étendue à 8 ans dans le prochain marché, réparation en interne et remplacement des batteries.',
        axis: 'lifecycle',
        pilotService: 'dsi',
        electedOfficial: 'vp',
        partners: ['opsn'],
        status: 'in-progress',
        statusByYear: [{ year: 2025, status: 'in-progress' }, { year: 2026, status: 'in-progress' }],
        priority: 'high',
        start: '2025-06-01',
        end: '2027-12-31',
        budget: perYear('operating', { 2025: ['6000', '5200'], 2026: ['6000', '6100'], 2027: ['6000'] }),
        fte: '0.3',
        indicatorIds: ['duree', 'ges'],
        expectedEffect: 'Deux années d’usage de plus pour chaque ordinateur portable, donc moins d’achats.',
        gainMethod: 'Simulation du parc : les portables sont remplacés au bout de 8 ans au lieu de 6.',
        levers: [{ kind: 'lifetime-extension', category: 'laptop', extraYears: '2' }],
      },
      {
        id: 'm2',
        catalogueId: 'achat-reconditionne-postes',
        title: 'Acheter 30 % de postes reconditionnés',
        context: 'Le marché de postes de travail est renouvelé en 2026.',
        description: 'Un lot réservé aux ordinateurs reconditionnés dans le marché mutualisé avec l’opérateur public départemental.',
        axis: 'procurement',
        pilotService: 'achats',
        electedOfficial: 'vp',
        partners: ['recyclerie', 'opsn'],
        status: 'late',
        statusByYear: [{ year: 2025, status: 'planned' }, { year: 2026, status: 'late' }],
        priority: 'high',
        start: '2026-01-01',
        end: '2026-06-30',
        budget: perYear('investment', { 2026: ['5000', '0'] }),
        fte: '0.1',
        indicatorIds: ['ges'],
        expectedEffect: 'Trois ordinateurs achetés sur dix sont reconditionnés.',
        gainMethod: 'Simulation du parc : la fabrication d’un poste reconditionné est comptée selon le facteur de réemploi de la base de facteurs.',
        levers: [{ kind: 'refurbished-purchases', share: '0.3', categories: ['laptop', 'desktop'] }],
        notes: [{ year: 2026, text: 'Marché relancé : attribution prévue en mars 2027.' }],
      },
      {
        id: 'm3',
        catalogueId: 'sensibiliser-agents',
        title: 'Sensibiliser les agents au numérique responsable',
        context: '12 % des agents avaient suivi une sensibilisation en 2025.',
        description: 'Atelier de deux heures pour tous les agents, module en ligne pour les nouveaux arrivants.',
        axis: 'awareness',
        pilotService: 'rh',
        electedOfficial: 'vp',
        partners: ['referent'],
        status: 'in-progress',
        statusByYear: [{ year: 2025, status: 'in-progress' }, { year: 2026, status: 'in-progress' }],
        priority: 'medium',
        start: '2025-09-01',
        end: '2028-06-30',
        budget: perYear('operating', { 2025: ['4000', '4000'], 2026: ['4000', '3800'], 2027: ['4000'], 2028: ['2000'] }),
        fte: '0.2',
        indicatorIds: ['formes'],
        expectedEffect: '80 % des agents sensibilisés en 2028.',
        gainMethod: 'Effet non chiffré en émissions : suivi par la part des agents sensibilisés, de 12 % en 2025 à 80 % en 2028.',
        indicatorEffects: [{ indicatorId: 'formes', year: 2028, change: '68' }],
        notes: [{ year: 2026, text: '418 agents sensibilisés en 2026.' }],
      },
      {
        id: 'm4',
        catalogueId: 'contrat-electricite-verte',
        title: 'Contrat d’électricité verte pour l’Hôtel communautaire et le centre technique',
        context: 'Le contrat d’électricité des deux bâtiments arrive à échéance fin 2025.',
        description: 'La moitié de la consommation couverte par une offre d’électricité d’origine renouvelable.',
        axis: 'procurement',
        // The Hôtel communautaire and the centre technique are the agglomération's buildings.
        entityIds: ['agglo'],
        pilotService: 'energie',
        electedOfficial: 'vp',
        status: 'done',
        statusByYear: [{ year: 2025, status: 'planned' }, { year: 2026, status: 'done' }],
        priority: 'low',
        start: '2026-01-01',
        end: '2026-12-31',
        budget: perYear('operating', { 2026: ['3000', '2900'] }),
        fte: '0.05',
        indicatorIds: ['ges'],
        expectedEffect: 'Émissions liées à l’électricité réduites selon le facteur du fournisseur.',
        gainMethod: 'Simulation : 50 % de l’électricité au facteur déclaré par le fournisseur.',
        levers: [{ kind: 'green-electricity-contract', coveredShare: '0.5', contractCo2eKgPerKwh: '0.02', source: SOURCE_SUPPLIER }],
      },
      {
        id: 'm5',
        catalogueId: 'audit-rgesn-sites',
        title: 'Auditer et alléger le site internet et le portail citoyen',
        context: 'Les pages du site pèsent 2,4 Mo en moyenne.',
        description: 'Audit selon le référentiel général d’écoconception de services numériques, puis plan d’allègement des pages.',
        axis: 'ecodesign',
        pilotService: 'com',
        electedOfficial: 'vp-num',
        partners: ['dsi'],
        status: 'in-progress',
        statusByYear: [{ year: 2025, status: 'planned' }, { year: 2026, status: 'in-progress' }],
        priority: 'medium',
        start: '2026-03-01',
        end: '2027-12-31',
        budget: perYear('investment', { 2026: ['8000', '7500'], 2027: ['12000'] }),
        fte: '0.1',
        indicatorIds: ['rgesn'],
        expectedEffect: 'Une déclaration d’écoconception publiée pour chaque service en ligne et des pages deux fois plus légères.',
        gainMethod: 'Effet non chiffré en émissions : suivi par la part des services en ligne dont la déclaration d’écoconception est publiée, de 50 % en 2025 à 100 % en 2027.',
        indicatorEffects: [{ indicatorId: 'rgesn', year: 2027, change: '50' }],
        notes: [{ year: 2026, text: 'Audit de l’application Mobilités engagé en octobre 2026.' }],
      },
      {
        id: 'm6',
        catalogueId: 'mediation-numerique',
        title: 'Ordinateurs reconditionnés et médiation numérique pour les habitants',
        context: 'Un habitant sur six déclare ne pas être à l’aise avec les démarches en ligne.',
        description: 'Don d’ordinateurs reconditionnés avec dix heures d’accompagnement par les conseillers numériques.',
        axis: 'inclusion',
        pilotService: 'france-services',
        electedOfficial: 'vp-num',
        partners: ['recyclerie', 'france-services'],
        status: 'in-progress',
        statusByYear: [{ year: 2025, status: 'planned' }, { year: 2026, status: 'in-progress' }],
        priority: 'medium',
        start: '2026-01-01',
        end: '2030-12-31',
        budget: [
          ...perYear('operating', { 2026: ['10000', '9000'], 2027: ['10000'], 2028: ['10000'], 2029: ['10000'], 2030: ['10000'] }, [{ name: 'État – programme Conseillers numériques' }]),
        ],
        fte: '0.5',
        indicatorIds: ['accompagnes'],
        expectedEffect: '900 personnes accompagnées de plus chaque année en 2030 qu’en 2025.',
        gainMethod: 'Effet social, non chiffré en émissions : suivi par le nombre de personnes accompagnées dans l’année, relevé par le réseau des conseillers numériques.',
        indicatorEffects: [{ indicatorId: 'accompagnes', year: 2030, change: '900' }],
      },
      {
        id: 'm7',
        title: 'Publier en données ouvertes le parc informatique et le suivi de la stratégie',
        context: 'La collectivité publie déjà ses budgets en données ouvertes.',
        description: 'Publication annuelle de l’inventaire agrégé, de l’empreinte et des indicateurs sur le portail de données ouvertes.',
        axis: 'territory',
        pilotService: 'dsi',
        electedOfficial: 'vp-num',
        partners: ['opsn'],
        status: 'planned',
        statusByYear: [{ year: 2025, status: 'planned' }, { year: 2026, status: 'planned' }],
        priority: 'low',
        start: '2027-01-01',
        end: '2027-12-31',
        budget: perYear('operating', { 2027: ['2000'] }),
        fte: '0.05',
        indicatorIds: ['donnees'],
        expectedEffect: 'Des données de suivi accessibles à tous chaque année.',
        gainMethod: 'Effet de transparence, non chiffré en émissions.',
      },
    ],
    maturity,
    edito: {
      text: 'Le numérique est devenu indispensable au service public : démarches en ligne, écoles, médiathèques, services techniques. Il a aussi un coût pour l’environnement, surtout à la fabrication des équipements. Avec cette stratégie, notre communauté d’agglomération s’engage à garder plus longtemps ses ordinateurs, à acheter reconditionné, à concevoir des services en ligne plus sobres et à n’oublier personne sur le chemin du numérique. Nous en rendrons compte chaque année devant le conseil communautaire.',
      signatory: 'Claire Martin',
      signatoryRole: 'vice-présidente chargée de la transition écologique',
    },
    vision: {
      statement: 'Un numérique public plus sobre, plus durable et plus inclusif.',
      pillars: [
        { title: 'Plus sobre', description: 'Moins d’équipements, gardés plus longtemps, et des services en ligne plus légers.', axes: ['lifecycle', 'ecodesign'] },
        { title: 'Plus durable', description: 'Des achats qui privilégient le réemploi et la réparation, et une énergie moins carbonée.', axes: ['procurement', 'territory'] },
        { title: 'Plus inclusif', description: 'Des agents formés et des habitants accompagnés dans leurs usages.', axes: ['awareness', 'inclusion'] },
      ],
    },
    governance: {
      copil: { members: ['vp', 'vp-num', 'dsi', 'achats', 'dd', 'rh', 'referent'], chair: 'vp', frequency: 'deux fois par an, en mars et en octobre' },
      electedReferent: 'vp',
      agentReferent: 'referent',
      comments: 'Un réseau de douze agents relais, un par direction, relaie les actions dans les services.',
    },
    consultation: [
      { date: '2024-03-14', title: 'Lancement de la démarche en bureau communautaire', participants: ['vp', 'vp-num'], outcome: 'Mandat donné à la direction des systèmes d’information.' },
      { date: '2024-05-23', title: 'Ateliers avec les directions', participants: ['dsi', 'achats', 'rh', 'com', 'dd'], outcome: '45 propositions d’actions recueillies.' },
      { date: '2024-10-08', title: 'Atelier avec les acteurs du territoire', participants: ['recyclerie', 'opsn', 'france-services'], outcome: 'Partenariats sur le réemploi et la médiation numérique.' },
      { date: '2025-01-30', title: 'Présentation en commission transition écologique', participants: ['vp'], outcome: 'Projet de stratégie amendé.' },
      { date: '2025-03-20', title: 'Adoption par le conseil communautaire', participants: ['vp'] },
    ],
    communication: [
      { action: 'Présentation du bilan annuel dans le rapport développement durable', audience: 'Élus et habitants', timing: 'chaque année avant le débat budgétaire' },
      { action: 'Publication de la stratégie et des indicateurs sur le site internet', audience: 'Habitants', timing: 'après l’adoption, puis chaque année' },
      { action: 'Article dans le journal interne et réseau des agents relais', audience: 'Agents', timing: 'deux fois par an' },
      { action: 'Point d’étape au comité de pilotage', audience: 'Comité de pilotage', timing: 'en mars et en octobre' },
    ],
  };
}
