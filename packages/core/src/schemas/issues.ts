import { z } from 'zod';
import { SourcePositionSchema } from './inventory';

/**
 * A problem found in user input. The wording is not here: `code` and `params` are turned into a
 * French or English sentence by `formatIssue` from the message maps.
 */
export const IssueSchema = z.object({
  code: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  /** Path inside the parsed value (zod-style). */
  path: z.array(z.union([z.string(), z.number()])).default([]),
  /** Position in a user's file, when the value came from one. */
  position: SourcePositionSchema.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Issue = z.infer<typeof IssueSchema>;

/** zod's safe-parse shape: what every `parse…` function of the core returns. */
export type ParseResult<T> = { success: true; data: T; issues: Issue[] } | { success: false; issues: Issue[] };
