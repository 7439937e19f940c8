import type { CategoryId, InventoryItem, Issue, SourcePosition } from '@reen/core';
import { classificationKey, inferCategory } from './infer';
import type { CategoryInference } from './infer';
import { intern } from './importState';
import type { ImportState } from './importState';
import type { DetectedProfile } from './mapping';
import type { Columns } from './tableMapping';
import type { UnclassifiedRow } from './types';

/** Rows and devices counted for one classification (shared with the import's summary). */
export interface ClassCount {
  rows: number;
  devices: number;
}

/** The free-text cells a category is inferred from. */
interface Clues {
  category?: string;
  type?: string;
  manufacturer?: string;
  model?: string;
}

/** Distinct label combinations cached per table (a bound on memory, not on correctness). */
const CLUE_CACHE_MAX = 50_000;

/** What one distinct set of raw labels gives. The parts of an unclassified row are shared by every row with those labels. */
interface ClueEntry {
  key: string;
  clues: Clues;
  /** The outcome of a classified row (its summary), shared by every row with these labels. */
  outcome?: { summary: ClassCount };
  /** The shared copies of the manufacturer and model labels. */
  manufacturer?: string;
  model?: string;
  inference?: CategoryInference;
  summary?: ClassCount;
  unknownParams?: Record<string, string>;
  unknownCandidates?: UnclassifiedRow['candidates'];
}

/** The outcome of a row without a classification count (shared; never written). */
const NO_OUTCOME: { summary?: ClassCount; unclassified?: UnclassifiedRow } = Object.freeze({});

/** The path of every category issue: one shared array (issues are read-only), not one per row. */
const CATEGORY_PATH: (string | number)[] = ['category'];

/**
 * Gives each row its category: the user's choice for its classification key, else the best
 * inference from its type, model and manufacturer when it scores enough. A row that scores too low
 * is an error and an `UnclassifiedRow` (the user can classify it and import again).
 */
export class RowClassifier {
  /** Per distinct raw labels: classification key, inference, and the count it adds to. */
  private readonly clueCache = new ClueTrie();

  constructor(
    private readonly state: ImportState,
    private readonly cols: Columns,
    private readonly profile: DetectedProfile,
  ) {}

  /**
   * Sets `category` (and `sizeClass`, `manufacturer`, `model`) on `item`, or pushes the error to
   * `errors`. Returns the classification count the row added to, or the unclassified row.
   */
  classify(
    cell: (index: number) => string,
    line: number,
    item: Record<string, unknown>,
    quantity: number,
    errors: Issue[],
    position: (line: number, column?: string) => SourcePosition,
  ): { summary?: ClassCount; unclassified?: UnclassifiedRow } {
    const c = this.cols;
    const catText = c.category ? cell(c.category.index) : undefined;
    const typeText = c.type ? cell(c.type.index) : undefined;
    const makerText = c.manufacturer ? cell(c.manufacturer.index) : undefined;
    const modelText = c.model ? cell(c.model.index) : undefined;
    const categoryColumn = c.category?.header ?? c.type?.header ?? c.model?.header;
    // The columns a table has are the same on every row: an absent one is '' in the cache's path.
    let entry = this.clueCache.get(catText ?? '', typeText ?? '', makerText ?? '', modelText ?? '');
    if (entry === undefined) {
      const clues: Clues = {};
      if (catText !== undefined) clues.category = catText;
      if (typeText !== undefined) clues.type = typeText;
      if (makerText !== undefined) clues.manufacturer = makerText;
      if (modelText !== undefined) clues.model = modelText;
      entry = { key: classificationKey(clues), clues };
      if (this.clueCache.size >= CLUE_CACHE_MAX) this.clueCache.clear();
      this.clueCache.set(catText ?? '', typeText ?? '', makerText ?? '', modelText ?? '', entry);
    }
    // The clues of this row's labels: equal, cell for cell, to the entry's.
    const clues = entry.clues;
    const key = entry.key;
    const userCategory = this.state.options.classifications?.[key];
    let out: { summary?: ClassCount; unclassified?: UnclassifiedRow } = NO_OUTCOME;
    if (userCategory) {
      item['category'] = userCategory;
      out = { summary: this.count(key, clues, { category: userCategory, score: 1, rule: 'user' }, quantity) };
    } else if (!clues.category && !clues.type && !clues.model && !clues.manufacturer && !this.profile.categoryHint) {
      errors.push({ code: 'required_cell_empty', severity: 'error', path: CATEGORY_PATH, position: position(line, categoryColumn), params: { column: categoryColumn ?? '', field: 'category' } });
    } else {
      entry.inference ??= inferCategory({ ...clues, ...(this.profile.categoryHint ? { hint: this.profile.categoryHint } : {}) });
      const inf = entry.inference;
      const best = inf.best;
      if (best && best.score >= this.state.minScore) {
        item['category'] = best.category;
        if (best.sizeClass) item['sizeClass'] = best.sizeClass;
        if (entry.summary) {
          entry.summary.rows++;
          entry.summary.devices += quantity;
        } else entry.summary = this.count(key, clues, best, quantity);
        out = entry.outcome ??= { summary: entry.summary };
      } else {
        // A million rows with the same unknown labels share one params object and one candidate list.
        entry.unknownParams ??= { value: labelOf(clues), candidates: inf.candidates.slice(0, 3).map((x) => `${x.category} (${x.score})`).join(', '), key };
        entry.unknownCandidates ??= inf.candidates.slice(0, 5);
        errors.push({ code: 'category_unknown', severity: 'error', path: CATEGORY_PATH, position: position(line, categoryColumn), params: entry.unknownParams });
        out = {
          unclassified: {
            key,
            source: position(line),
            ...(clues.type || clues.category ? { type: clues.type || clues.category } : {}),
            ...(clues.manufacturer ? { manufacturer: clues.manufacturer } : {}),
            ...(clues.model ? { model: clues.model } : {}),
            quantity,
            candidates: entry.unknownCandidates,
          },
        };
      }
    }
    if (clues.manufacturer) item['manufacturer'] = entry.manufacturer ??= intern(this.state, clues.manufacturer);
    if (clues.model) item['model'] = entry.model ??= intern(this.state, clues.model);
    return out;
  }

  /** Counts a row into its classification's summary, created on first use. */
  private count(key: string, clues: Clues, best: { category: CategoryId; score: number; rule: string; sizeClass?: InventoryItem['sizeClass'] }, quantity: number): ClassCount {
    const prev = this.state.classifications.get(key);
    if (prev) {
      prev.rows++;
      prev.devices += quantity;
      return prev;
    }
    const summary = {
      key,
      label: labelOf(clues),
      category: best.category,
      score: best.score,
      rule: best.rule,
      ...(best.sizeClass ? { sizeClass: best.sizeClass } : {}),
      rows: 1,
      devices: quantity,
    };
    this.state.classifications.set(key, summary);
    return summary;
  }
}

/**
 * Entries by the four label cells, one map per cell: looking a row up hashes each cell as it is,
 * without joining them into a key first (a string made and hashed per row).
 */
class ClueTrie {
  private readonly root = new Map<string, Map<string, Map<string, Map<string, ClueEntry>>>>();
  size = 0;

  get(category: string, type: string, manufacturer: string, model: string): ClueEntry | undefined {
    return this.root.get(category)?.get(type)?.get(manufacturer)?.get(model);
  }

  set(category: string, type: string, manufacturer: string, model: string, entry: ClueEntry): void {
    let types = this.root.get(category);
    if (types === undefined) this.root.set(category, (types = new Map()));
    let makers = types.get(type);
    if (makers === undefined) types.set(type, (makers = new Map()));
    let models = makers.get(manufacturer);
    if (models === undefined) makers.set(manufacturer, (models = new Map()));
    if (!models.has(model)) this.size++;
    models.set(model, entry);
  }

  clear(): void {
    this.root.clear();
    this.size = 0;
  }
}

function labelOf(clues: Clues): string {
  return [clues.category, clues.type, clues.manufacturer, clues.model].filter((x) => x).join(' / ');
}
