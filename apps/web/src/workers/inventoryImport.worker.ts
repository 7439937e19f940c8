/// <reference lib="webworker" />
// The inventory import runs here, off the main thread: reading the files (CSV, XLSX, ODS), mapping,
// category inference and validation (@reen/formats and @reen/core), then merging identical lines.
import '../lib/zodConfig';
import type { ImportRequest, ImportResponse } from '../lib/importTypes';
import { runImport } from '../lib/runImport';

declare const self: DedicatedWorkerGlobalScope;

let controller: AbortController | undefined;

function post(message: ImportResponse): void {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller?.abort();
  const current = new AbortController();
  controller = current;
  let lastProgress = 0;
  try {
    const run = await runImport(request.files, {
      settings: request.settings,
      overrides: request.overrides,
      today: request.today,
      signal: current.signal,
      onProgress: (progress) => {
        const now = performance.now();
        if (now - lastProgress < 50 && progress.bytesDone < progress.bytesTotal) return;
        lastProgress = now;
        post({ type: 'progress', ...progress });
      },
    });
    post({ type: 'done', ...run });
  } catch (error) {
    if (current.signal.aborted) post({ type: 'cancelled' });
    else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    if (controller === current) controller = undefined;
  }
};
