import type { Issue } from '@reen/core';
import { describe, expect, it } from 'vitest';
import { capIssues, ISSUES_LISTED_PER_CODE } from './issueCap';

const issue = (code: string, line: number, severity: Issue['severity'] = 'error'): Issue => ({ code, severity, path: [], position: { file: 'parc.csv', line }, params: {} });

describe('capIssues', () => {
  it('lists the first issues of each code in reading order and counts the rest per code', () => {
    const issues = [issue('a', 2), issue('b', 3), issue('a', 4), issue('a', 5, 'warning'), issue('b', 6), issue('a', 7), issue('c', 8)];
    const { listed, omitted } = capIssues(issues, 2);
    expect(listed.map((i) => `${i.code}${i.position?.line}`)).toEqual(['a2', 'b3', 'a4', 'b6', 'c8']);
    expect(omitted).toEqual([{ code: 'a', severity: 'error', count: 2 }]);
  });

  it('reports the highest severity among the issues left out of a code', () => {
    const { omitted } = capIssues([issue('x', 1, 'info'), issue('x', 2, 'info'), issue('x', 3, 'warning'), issue('x', 4, 'info')], 1);
    expect(omitted).toEqual([{ code: 'x', severity: 'warning', count: 3 }]);
  });

  it('keeps 100 per code by default: 250 issues of one code list 100 and count 150', () => {
    const issues = Array.from({ length: 250 }, (_, i) => issue('quantity_unparsable', i + 2));
    const { listed, omitted } = capIssues(issues);
    expect(ISSUES_LISTED_PER_CODE).toBe(100);
    expect(listed).toHaveLength(100);
    expect(listed[99]?.position?.line).toBe(101);
    expect(omitted).toEqual([{ code: 'quantity_unparsable', severity: 'error', count: 150 }]);
  });
});
