import { bench, describe } from 'vitest';
import { getFactorSet } from '../factors/factorSets';
import type { CategoryId } from '../schemas/categories';
import { measureFromCatalogue } from './catalogue';
import { projectTrajectory } from './trajectory';
import type { Measure } from './schema';
import { makeInputs } from '../../test/strategy/builders';

const set = getFactorSet('fr-2025.1');
const categories: CategoryId[] = ['laptop', 'desktop', 'monitor', 'smartphone', 'tablet', 'printer', 'mfp', 'ip-phone'];
// 2,000 inventory lines (about 20,000 devices) of a large collectivité, purchase years 2016–2024.
const inventory = Array.from({ length: 2000 }, (_, i) => ({
  category: categories[i % categories.length] as CategoryId,
  quantity: 1 + (i % 20),
  purchaseYear: 2016 + (i % 9),
  site: `site-${i % 40}`,
}));
const inputs = makeInputs({ organisation: { agents: 5000 }, inventory, usage: { emailsSent: '5000000' } });
const measures = ['allonger-duree-vie-portables', 'achat-reconditionne-postes', 'un-ecran-par-poste', 'mutualiser-impression', 'politique-messagerie'].map((id) => {
  const built = measureFromCatalogue(id);
  if (!built.success) throw new Error(id);
  return built.data as Measure;
});

describe('projectTrajectory', () => {
  bench('2,000 lines, 2024→2030, 5 measures with contributions', () => {
    projectTrajectory(inputs, measures, set, { baselineYear: 2024, horizonYear: 2030, method: 'flux', amortisationYears: 1 });
  }, { iterations: 3, time: 0 });
  bench('2,000 lines, 2024→2030, 5 measures, no contributions', () => {
    projectTrajectory(inputs, measures, set, { baselineYear: 2024, horizonYear: 2030, method: 'flux', amortisationYears: 1, contributions: false });
  }, { iterations: 3, time: 0 });
});
