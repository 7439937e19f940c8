/**
 * Writing a large text to an output stream (stdout) in chunks: waits when a slow reader asks to
 * (backpressure), and stops as soon as the stream is closed or broken (`reen … | head`), so that
 * a million lines nobody reads are not made. The write error itself is reported by whoever
 * listens to the stream (`runFromProcess`: message on stderr, exit code 3).
 */
import type { OutputStream } from '../context';

interface NodeWritable {
  once?: (event: string, listener: () => void) => unknown;
  removeListener?: (event: string, listener: () => void) => unknown;
  readonly destroyed?: boolean;
}

/** True when the stream can no longer be written (closed by its reader, or failed). */
export function isClosed(stream: OutputStream): boolean {
  return (stream as NodeWritable).destroyed === true;
}

/** Writes a chunk; when the stream asks to wait (a slow pipe), waits until it drains, closes or fails. */
export function writeWithBackpressure(stream: OutputStream, chunk: string | Uint8Array): Promise<void> | void {
  const ok = stream.write(chunk);
  const { once, removeListener } = stream as NodeWritable;
  if (ok !== false || typeof once !== 'function') return;
  return new Promise((resolve) => {
    const events = ['drain', 'close', 'error'];
    const done = () => {
      if (typeof removeListener === 'function') for (const event of events) removeListener.call(stream, event, done);
      resolve();
    };
    for (const event of events) once.call(stream, event, done);
  });
}

/** Writes chunks one after the other with backpressure; stops early when the stream closes or fails. */
export async function writeChunks(stream: OutputStream, chunks: Iterable<string | Uint8Array>): Promise<void> {
  for (const chunk of chunks) {
    if (isClosed(stream)) return;
    await writeWithBackpressure(stream, chunk);
  }
}
