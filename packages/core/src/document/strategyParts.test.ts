import { describe, expect, it } from 'vitest';
import { dec } from '../internal/decimal';
import { STRATEGY_SCHEMA_VERSION, StrategySchema } from '../strategy/schema';
import type { Indicators } from '../compute/types';
import { suggestEdito } from './strategyParts';

const strategy = (measures: { title: string; status?: 'planned' | 'abandoned' }[]) =>
  StrategySchema.parse({
    version: STRATEGY_SCHEMA_VERSION,
    legal: { entityKind: 'epci' },
    baselineYear: 2025,
    horizonYear: 2030,
    measures: measures.map((m, i) => ({ id: `m${i}`, axis: 'lifecycle', ...m })),
  });

describe('suggestEdito', () => {
  it('drafts three paragraphs from the name with its article, the footprint of the year and the first three measures still planned', () => {
    const text = suggestEdito(
      { name: 'Communauté d’agglomération de Beau Pays', article: 'la' },
      strategy([
        { title: 'Allonger la durée de vie des portables' },
        { title: 'Abandonner les imprimantes personnelles', status: 'abandoned' },
        { title: 'Acheter des postes reconditionnés' },
        { title: 'Éteindre les postes la nuit' },
        { title: 'Former les agents' },
      ]),
      // 61 749 kg CO2e: 61,7 t once divided by 1 000 and rounded to one decimal for display.
      { year: 2025, total: { co2eKg: dec('61749') } as unknown as Indicators },
    );
    expect(text.split('\n\n')).toEqual([
      'Le numérique est devenu indispensable au service public : démarches en ligne, écoles, médiathèques, services techniques. Il a aussi un coût pour l’environnement. En 2025, il a représenté 61,7\u00A0t\u00A0CO2e de gaz à effet de serre pour notre seul fonctionnement, surtout à cause de la fabrication des équipements.',
      'Avec cette stratégie numérique responsable, la Communauté d’agglomération de Beau Pays s’engage à allonger la durée de vie des portables, acheter des postes reconditionnés et éteindre les postes la nuit, sans oublier les habitants éloignés du numérique.',
      'Nous en rendrons compte chaque année, dans le rapport sur la situation en matière de développement durable.',
    ]);
  });

  it('without a footprint or a measure, drafts a general commitment and leaves the figure out', () => {
    const [first, second] = suggestEdito({ name: 'Rennes Métropole', article: 'none' }, strategy([])).split('\n\n');
    expect(first).toBe('Le numérique est devenu indispensable au service public : démarches en ligne, écoles, médiathèques, services techniques. Il a aussi un coût pour l’environnement.');
    expect(second).toBe('Avec cette stratégie numérique responsable, Rennes Métropole s’engage à réduire cette empreinte, sans oublier les habitants éloignés du numérique.');
  });
});
