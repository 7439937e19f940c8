/** The public API of @reen/core is explicit: a change of its export names is a deliberate change of this snapshot. */
import { expect, it } from 'vitest';
import * as core from '../src/index';
import * as demo from '../src/demo';

it('exports these names from @reen/core', () => {
  expect(Object.keys(core).sort()).toMatchSnapshot();
});

it('exports only the demo project from @reen/core/demo', () => {
  expect(Object.keys(demo).sort()).toEqual(['demoProjectFile']);
});
