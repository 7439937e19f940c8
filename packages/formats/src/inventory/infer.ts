import { CATEGORY_IDS, D } from '@reen/core';
import type { CategoryId, SizeClass } from '@reen/core';
import rulesData from './data/category-rules.json';
import { normalizeLabel } from './normalize';
import type { CategoryCandidate } from './types';

interface RuleDef {
  id: string;
  category: string;
  score?: number;
  pattern: string;
  requires?: string;
  excludes?: string;
  sizeClass?: string;
}
interface Rule {
  id: string;
  category: CategoryId;
  score: number;
  re: RegExp;
  requires?: RegExp;
  excludes?: RegExp;
  sizeClass?: SizeClass;
}

const CATEGORY_SET = new Set<string>(CATEGORY_IDS);

function compile(defs: RuleDef[], group: string): Rule[] {
  return defs.map((d) => {
    if (!CATEGORY_SET.has(d.category)) throw new Error(`category-rules.json ${group}/${d.id}: unknown category ${d.category}`);
    return {
      id: d.id,
      category: d.category as CategoryId,
      score: d.score ?? 1,
      re: new RegExp(d.pattern),
      ...(d.requires ? { requires: new RegExp(d.requires) } : {}),
      ...(d.excludes ? { excludes: new RegExp(d.excludes) } : {}),
      ...(d.sizeClass ? { sizeClass: d.sizeClass as SizeClass } : {}),
    };
  });
}

const TYPE_RULES = compile(rulesData.typeRules as RuleDef[], 'typeRules');
const MODEL_RULES = compile(rulesData.modelRules as RuleDef[], 'modelRules');
const MANUFACTURER_RULES = compile(rulesData.manufacturerRules as RuleDef[], 'manufacturerRules');
const LABEL_RULES = compile(rulesData.labelRules as RuleDef[], 'labelRules');

/** Default minimum score to accept an inferred category (from the rule table). */
export const DEFAULT_MIN_CATEGORY_SCORE: number = rulesData.minScore;

/** Weight thresholds of the printer/MFP size classes (EcoDiag), in kg, as decimal strings. */
export const SIZE_CLASS_WEIGHT_KG = {
  mediumFrom: rulesData.sizeClassByWeightKg.mediumFromKg,
  largeFrom: rulesData.sizeClassByWeightKg.largeFromKg,
} as const;

/** Size class of a printer or MFP from its weight in kg (a decimal string). */
export function sizeClassFromWeight(weightKg: string): SizeClass {
  const w = new D(weightKg);
  if (w.gte(SIZE_CLASS_WEIGHT_KG.largeFrom)) return 'large';
  if (w.gte(SIZE_CLASS_WEIGHT_KG.mediumFrom)) return 'medium';
  return 'small';
}

/** Labels of a row used to infer its category. */
export interface CategoryClues {
  /** Text of a "Catégorie" column: a category id, a label, or free text. */
  readonly category?: string;
  /** Free-text type ("Portable", "Écran", "Imprimante multifonction"). */
  readonly type?: string;
  readonly manufacturer?: string;
  readonly model?: string;
  /** The profile's hint (e.g. a GLPI monitors export suggests `monitor`). */
  readonly hint?: { readonly category: string; readonly score: number };
}

/** Result of `inferCategory`: every candidate, best first. */
export interface CategoryInference {
  readonly best?: CategoryCandidate;
  readonly candidates: readonly CategoryCandidate[];
}

function apply(rules: readonly Rule[], text: string, scale: number, into: Map<CategoryId, CategoryCandidate>, context = text): void {
  if (text === '') return;
  for (const r of rules) {
    if (!r.re.test(text)) continue;
    if (r.requires && !r.requires.test(context)) continue;
    if (r.excludes && r.excludes.test(text)) continue;
    const score = Math.round(r.score * scale * 1000) / 1000;
    const prev = into.get(r.category);
    if (!prev || prev.score < score) into.set(r.category, { category: r.category, score, rule: r.id, ...(r.sizeClass ? { sizeClass: r.sizeClass } : {}) });
  }
}

/**
 * Infers a device category from free text, with a match score from 0 to 1, using the rule table in
 * `data/category-rules.json`. A category id or an exact category label scores 1; a type rule
 * ("Portable", "Écran", "Copieur") about 0.95; a model rule ("Latitude 5420", "bizhub C300i")
 * about 0.9; a manufacturer alone ("Yealink") 0.5–0.65; profile hints as given. The caller decides
 * what score is enough; nothing is guessed here.
 *
 * @param clues - Category, type, manufacturer and model texts.
 * @returns The candidates, best first, with the rule that matched and a printer size class when the rule gives one.
 * @example
 * inferCategory({ manufacturer: 'HP', model: 'LaserJet Pro MFP M428fdw' }).best;
 * // { category: 'mfp', score: 0.92, rule: 'hp-mfp', sizeClass: 'small' }
 */
export function inferCategory(clues: CategoryClues): CategoryInference {
  const found = new Map<CategoryId, CategoryCandidate>();
  const cat = clues.category?.trim() ?? '';
  if (cat !== '') {
    if (CATEGORY_SET.has(cat)) return { best: { category: cat as CategoryId, score: 1, rule: 'category-id' }, candidates: [{ category: cat as CategoryId, score: 1, rule: 'category-id' }] };
    const n = normalizeLabel(cat);
    const lowered = n.replace(/ /g, '-');
    if (CATEGORY_SET.has(lowered)) return { best: { category: lowered as CategoryId, score: 1, rule: 'category-id' }, candidates: [{ category: lowered as CategoryId, score: 1, rule: 'category-id' }] };
    for (const r of LABEL_RULES) {
      if (r.re.test(n)) {
        const c = { category: r.category, score: 1, rule: r.id };
        return { best: c, candidates: [c] };
      }
    }
    apply(TYPE_RULES, n, 1, found);
  }
  const type = normalizeLabel(clues.type ?? '');
  apply(TYPE_RULES, type, 1, found);
  const manufacturer = normalizeLabel(clues.manufacturer ?? '');
  const model = normalizeLabel(clues.model ?? '');
  const modelText = manufacturer && model && !model.startsWith(manufacturer) ? `${manufacturer} ${model}` : model || manufacturer;
  if (model !== '') {
    apply(MODEL_RULES, modelText, 1, found);
    // A model cell sometimes says what the device is ("Ecran Dell 24 pouces").
    apply(TYPE_RULES, model, 0.9, found);
  }
  apply(MANUFACTURER_RULES, manufacturer, 1, found);
  if (clues.hint && CATEGORY_SET.has(clues.hint.category)) {
    const c = clues.hint.category as CategoryId;
    const prev = found.get(c);
    if (!prev || prev.score < clues.hint.score) found.set(c, { category: c, score: clues.hint.score, rule: 'profile-hint' });
  }
  const candidates = [...found.values()].sort((a, b) => b.score - a.score || a.category.localeCompare(b.category));
  // A size class from a model rule also applies when a type rule chose the same category.
  const best = candidates[0];
  if (best && !best.sizeClass && (best.category === 'mfp' || best.category === 'printer')) {
    const sized = MODEL_RULES.find((r) => r.sizeClass && r.re.test(modelText) && (!r.requires || r.requires.test(modelText)) && (!r.excludes || !r.excludes.test(modelText)));
    if (sized?.sizeClass) candidates[0] = { ...best, sizeClass: sized.sizeClass };
  }
  return candidates[0] ? { best: candidates[0], candidates } : { candidates };
}

/** Stable key of a row's category clues, used to group unclassified rows and to pass user classifications. */
export function classificationKey(clues: CategoryClues): string {
  return [normalizeLabel(clues.category ?? ''), normalizeLabel(clues.type ?? ''), normalizeLabel(clues.manufacturer ?? ''), normalizeLabel(clues.model ?? '')].join('|');
}
