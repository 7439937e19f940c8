import type { z } from 'zod';
import type { Issue, ParseResult } from '../schemas/issues';
import type { SourcePosition } from '../schemas/inventory';

/** Our refinements carry their stable code as their message: lower snake case. */
const STABLE_CODE = /^[a-z][a-z0-9_]*$/;

/** Turns zod issues into core issues with stable codes. Messages are worded later by the message maps. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], positionOf?: (path: PropertyKey[]) => SourcePosition | undefined): Issue[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const params: Record<string, string | number> = { field: path.map(String).join('.') };
    let code: string;
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) code = 'required';
        else if (issue.expected === 'int' && typeof issue.input === 'number') code = path.at(-1) === 'quantity' ? 'quantity_not_integer' : 'not_integer';
        else code = 'invalid_type';
        params['expected'] = String(issue.expected);
        if (issue.input !== undefined) params['received'] = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input;
        break;
      case 'invalid_union': {
        code = 'invalid_value';
        const options = (issue as { options?: unknown[] }).options;
        if (Array.isArray(options)) params['allowed'] = options.map(String).join(', ');
        break;
      }
      case 'invalid_value':
        code = path.at(-1) === 'category' ? 'unknown_category' : 'invalid_value';
        params['allowed'] = issue.values.map(String).join(', ');
        if (issue.input !== undefined) params['value'] = String(issue.input);
        break;
      case 'too_small':
        code = path.at(-1) === 'quantity' ? 'quantity_not_positive' : 'too_small';
        params['minimum'] = String(issue.minimum);
        break;
      case 'too_big':
        code = 'too_big';
        params['maximum'] = String(issue.maximum);
        break;
      case 'invalid_format':
        code = 'invalid_format';
        params['format'] = issue.format;
        break;
      case 'unrecognized_keys':
        code = 'unrecognized_keys';
        params['keys'] = issue.keys.join(', ');
        break;
      case 'custom':
      default:
        // Our refinements carry their stable code as the message (`must_be_positive`, `pue_below_one`…).
        code = STABLE_CODE.test(issue.message) ? issue.message : 'invalid_value';
        break;
    }
    if (issue.code === 'invalid_format' && STABLE_CODE.test(issue.message)) code = issue.message;
    const position = positionOf?.(issue.path);
    return position ? { code, severity: 'error', path, position, params } : { code, severity: 'error', path, params };
  });
}

/** Safe-parses with a schema and returns the core's Result shape. */
export function safeParseWith<S extends z.ZodType>(schema: S, raw: unknown, positionOf?: (path: PropertyKey[]) => SourcePosition | undefined): ParseResult<z.output<S>> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { success: true, data: result.data, issues: [] };
  return { success: false, issues: fromZodIssues(result.error.issues, positionOf) };
}
