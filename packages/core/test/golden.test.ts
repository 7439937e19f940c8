/**
 * Golden fixtures: test/fixtures/success-* compute a project with the fixture factor set and match
 * the expected subset of `serializeFootprint` (worked by hand, see each `_worked`);
 * test/fixtures/failure-* are rejected with the expected issues and French messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFootprint, formatIssue, parseProject, serializeFootprint, type FootprintOptions } from '../src/index';
import { fixtureFactorSet } from './fixtures/factorSet';

const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root).filter((name) => name.startsWith('success-') || name.startsWith('failure-'));
const read = (name: string, file: string) => JSON.parse(readFileSync(join(root, name, file), 'utf8')) as Record<string, unknown>;

describe('golden fixtures', () => {
  it('has success and failure cases', () => {
    expect(cases.filter((c) => c.startsWith('success-')).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.startsWith('failure-')).length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(name, () => {
      const input = read(name, 'input.json');
      const { _worked: _, ...expected } = read(name, 'expected.json');
      const parsed = parseProject(input['project'], { today: '2025-12-31' });
      if (name.startsWith('failure-')) {
        expect(parsed.success).toBe(false);
        const issues = parsed.issues.map((issue) => ({ code: issue.code, path: issue.path, message: formatIssue(issue) }));
        expect(issues).toMatchObject(expected['issues'] as object);
        return;
      }
      if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
      const result = computeFootprint(parsed.data, fixtureFactorSet, input['options'] as FootprintOptions);
      expect(serializeFootprint(result)).toMatchObject(expected);
    });
  }
});
