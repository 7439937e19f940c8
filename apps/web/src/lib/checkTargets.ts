/**
 * Where each item of the core's completeness check is fixed in the app: the step's route and the
 * id of the field (or list) concerned, so that every tip opens on a field that exists.
 */
import type { StrategyCheckItem, StrategyStep } from '@reen/core';
import type { StrategyDraft } from './strategy';

/** Route of the app that fixes each step of the core's completeness check. */
export const CHECK_STEP_ROUTE_NAMES: Readonly<Record<StrategyStep, string>> = {
  frame: 'actors',
  actors: 'actors',
  bilan: 'actors',
  'engaged-actions': 'engaged-actions',
  indicators: 'objectives',
  objectives: 'objectives',
  measures: 'measures',
  'annual-bilan': 'follow-up',
  maturity: 'maturity',
};

/** Field ids of the frame and of the bilan of uses (StrategyFrame, StrategyUsages). */
const FIELD_IDS: Readonly<Record<string, string>> = {
  horizonYear: 'frame-horizon',
  'legal.programmeDeTravailDate': 'frame-programme',
  'legal.strategyAdoptedDate': 'frame-adopted',
  'bilan.footprint': 'baseline-freeze',
  'bilan.usages': 'usages',
  'bilan.usages.users': 'usages-users',
  'bilan.usages.publicAccessPoints': 'usages-access',
  'bilan.usages.schoolEquipment': 'usages-schools',
  'bilan.usages.digitalServices': 'digital-services',
  'bilan.usages.websites': 'websites',
  actors: 'actors-list-title',
  engagedActions: 'engaged-actions-add',
  indicators: 'objectives-add',
  objectives: 'objectives-add',
  measures: 'catalogue-title',
  maturity: 'step-title',
};

/** The parts published strategies lead with, edited on the « Édito et vision » and « Gouvernance et concertation » steps. */
const PUBLICATION_LINKS: Readonly<Record<string, { name: string; hash: string }>> = {
  edito: { name: 'vision', hash: '#edito-text' },
  vision: { name: 'vision', hash: '#pillars-add' },
  governance: { name: 'governance', hash: '#copil-members' },
  consultation: { name: 'governance', hash: '#consultation-add' },
  communication: { name: 'governance', hash: '#communication-add' },
};

/** The route (name and hash) that fixes a check item. */
export function checkItemLink(item: Pick<StrategyCheckItem, 'step' | 'path'>, draft: StrategyDraft | undefined): { name: string; hash?: string } {
  const name = CHECK_STEP_ROUTE_NAMES[item.step];
  const [head, index, field] = item.path;
  const publication = typeof head === 'string' ? PUBLICATION_LINKS[head] : undefined;
  if (publication) return { ...publication };
  if (head === 'axisJustifications' && typeof index === 'string') return { name, hash: `#axis-${index}-justification` };
  if (head === 'measures' && typeof index === 'number') {
    const id = draft?.measures?.[index]?.id;
    if (!id) return { name };
    const part = field === 'budget' ? 'budget-add' : field === 'pilotService' ? 'pilot' : field === 'start' ? 'start' : field === 'indicatorIds' ? 'indicators' : 'title';
    return { name, hash: `#m-${id}-${part}` };
  }
  if (head === 'objectives' && typeof index === 'number') {
    const id = draft?.objectives?.[index]?.id;
    return id ? { name, hash: `#objectives-${id}-edit` } : { name };
  }
  if (head === 'indicators' && item.step === 'annual-bilan') return { name, hash: '#values-title' };
  const key = item.path.filter((p) => typeof p === 'string').join('.');
  const id = FIELD_IDS[key];
  return id ? { name, hash: `#${id}` } : { name };
}
