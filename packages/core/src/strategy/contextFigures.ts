/**
 * National context figures printed in the strategy (ADEME–Arcep update of January 2025, Arcep 2025),
 * each with its source, from `data/strategy/context-figures.json`.
 */
import { z } from 'zod';
import data from '../../data/strategy/context-figures.json';

export const ContextFigureSchema = z.object({
  id: z.string().min(1),
  /** The figure as a French sentence. */
  text: z.string().min(1),
  value: z.string().min(1),
  unit: z.string().min(1),
  year: z.int(),
  /** How a derived figure was computed from the sourced ones. */
  derived: z.string().optional(),
  source: z.object({ publisher: z.string().min(1), title: z.string().min(1), year: z.int(), url: z.url() }),
});
export type ContextFigure = z.infer<typeof ContextFigureSchema>;

const ContextFiguresSchema = z.object({ version: z.string(), figures: z.array(ContextFigureSchema).min(1), benchmarks: z.array(ContextFigureSchema).default([]) });

let cached: z.infer<typeof ContextFiguresSchema> | undefined;

/** The shipped national context figures. */
export function getContextFigures(): readonly ContextFigure[] {
  cached ??= Object.freeze(ContextFiguresSchema.parse(data));
  return cached.figures;
}

/** The shipped per-user benchmarks of organisations' information systems. */
export function getBenchmarks(): readonly ContextFigure[] {
  cached ??= Object.freeze(ContextFiguresSchema.parse(data));
  return cached.benchmarks;
}
