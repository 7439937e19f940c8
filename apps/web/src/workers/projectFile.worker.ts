/// <reference lib="webworker" />
// Reads a project file off the main thread: JSON parsing and the merging of a very long inventory.
import { parseProjectText, type ProjectFileRead } from '../lib/projectFileRead';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<File>) => {
  let result: ProjectFileRead;
  try {
    result = parseProjectText(await event.data.text());
  } catch (error) {
    result = { kind: 'notJson', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(result);
};
