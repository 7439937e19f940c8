import { MAX_PROJECT_FILE_BYTES, parseProjectText, type ProjectFileRead } from './projectFileRead';

/**
 * Reads a `*.reen.json` file: refused past `MAX_PROJECT_FILE_BYTES`, parsed (and a very long
 * inventory merged) in a worker so that the tab stays responsive; a worker that dies (out of
 * memory) is reported as unreadable, never takes the tab down. In-process where module workers are
 * not available (unit tests).
 */
export async function readProjectFile(file: File): Promise<ProjectFileRead> {
  if (file.size > MAX_PROJECT_FILE_BYTES) return { kind: 'tooLarge', size: file.size, max: MAX_PROJECT_FILE_BYTES };
  if (typeof Worker === 'undefined') return parseProjectText(await file.text());
  const worker = new Worker(new URL('../workers/projectFile.worker.ts', import.meta.url), { type: 'module', name: 'reen-project-file' });
  try {
    return await new Promise<ProjectFileRead>((resolve) => {
      worker.onmessage = (event: MessageEvent<ProjectFileRead>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        resolve({ kind: 'notJson', message: event.message || 'worker error' });
      };
      worker.onmessageerror = () => resolve({ kind: 'notJson', message: 'message error' });
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}
