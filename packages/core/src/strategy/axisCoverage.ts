import { DECREE_AXIS_IDS, type DecreeAxisId } from './axes';

/** How an axis of the decree is covered: by measures, by a justification, or not at all. */
export type DecreeAxisState = 'measures' | 'justified' | 'missing';

export interface DecreeAxisCoverage {
  readonly axis: DecreeAxisId;
  readonly state: DecreeAxisState;
  /** The measures (not abandoned) that carry the axis, in the strategy's order. */
  readonly measures: readonly { readonly id: string; readonly title: string }[];
  /** Why the axis has no measure, as typed (kept even once measures cover it; published only when none does). */
  readonly justification: string | undefined;
}

/** The parts of a strategy the coverage reads (the parsed strategy, or the app's draft of it). */
export interface AxisCoverageInput {
  readonly measures?: readonly { readonly id: string; readonly title: string; readonly axis: string; readonly status?: string | undefined }[] | undefined;
  readonly axisJustifications?: readonly { readonly axis: string; readonly text: string }[] | undefined;
}

/**
 * The six axes of the decree (art. D. 2311-15-1 CGCT), in the decree's order, each with the
 * measures that carry it and its justification. An axis is covered by its measures that are not
 * abandoned; failing that, by a non-blank justification; otherwise it is missing. The completeness
 * check, the document's action plan and the app all read this one function.
 */
export function decreeAxisCoverage(strategy: AxisCoverageInput): DecreeAxisCoverage[] {
  const measures = (strategy.measures ?? []).filter((m) => m.status !== 'abandoned');
  return DECREE_AXIS_IDS.map((axis) => {
    const carrying = measures.filter((m) => m.axis === axis).map((m) => ({ id: m.id, title: m.title }));
    const text = strategy.axisJustifications?.find((j) => j.axis === axis)?.text.trim();
    const justification = text === undefined || text === '' ? undefined : text;
    const state: DecreeAxisState = carrying.length > 0 ? 'measures' : justification !== undefined ? 'justified' : 'missing';
    return { axis, state, measures: carrying, justification };
  });
}
