/** Rendering cost of the demo strategy document in each format (the model is built once). */
import { bench, describe } from 'vitest';
import { buildStrategyDocumentFromProject, parseProject } from '@reen/core';
import { renderDocument } from '../src/document/index';
import { demoProjectJson, DEMO_DATE } from '../../core/test/document/demo';

const parsed = parseProject(demoProjectJson(), { today: DEMO_DATE });
if (!parsed.success) throw new Error('the demo project does not parse');
const document = buildStrategyDocumentFromProject(parsed.data, { date: DEMO_DATE });

describe('render the demo strategy document', () => {
  bench('markdown', async () => {
    await renderDocument(document, 'md');
  });
  bench('html', async () => {
    await renderDocument(document, 'html');
  });
  bench('odt (with PNG fallbacks)', async () => {
    await renderDocument(document, 'odt');
  }, { iterations: 3 });
  bench('docx (with PNG fallbacks)', async () => {
    await renderDocument(document, 'docx');
  }, { iterations: 3 });
});
