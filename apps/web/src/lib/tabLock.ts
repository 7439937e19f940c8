/**
 * One writer per project across the tabs of this browser, with the Web Locks API: the tab that
 * holds `reen-project:<id>` saves; another tab on the same project is read-only and waits in the
 * queue, so it becomes the writer when the first tab closes or hands over. Where Web Locks do not
 * exist (old browsers, unit tests), every tab writes, as before.
 */

export interface ProjectLock {
  /** Releases the lock (when another project is opened). */
  release(): void;
}

export interface LockCallbacks {
  /** This tab holds the lock now (at once, or after waiting). */
  readonly onGranted: () => void;
  /** Another tab took the lock over ("Modifier ici"): this tab is read-only from now on. */
  readonly onLost: () => void;
}

function lockName(projectId: string): string {
  return `reen-project:${projectId}`;
}

function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

/** True when the browser can coordinate tabs (else every tab writes). */
export function tabLocksSupported(): boolean {
  return locks() !== undefined;
}

/**
 * Asks for the project's lock: `onGranted` runs when this tab holds it; until then the tab is
 * read-only. `steal` takes it from the tab that holds it (that tab's `onLost` runs).
 */
export function requestProjectLock(projectId: string, callbacks: LockCallbacks, options: { steal?: boolean } = {}): ProjectLock {
  const manager = locks();
  if (!manager) {
    callbacks.onGranted();
    return { release: () => undefined };
  }
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const abort = new AbortController();
  let released = false;
  manager
    .request(lockName(projectId), options.steal ? { steal: true } : { signal: abort.signal }, async () => {
      if (released) return;
      callbacks.onGranted();
      await held;
    })
    .catch((error: unknown) => {
      // Aborted by `release` while waiting: nothing to do. Stolen by another tab: read-only.
      if (!released && (error as { name?: string } | null)?.name === 'AbortError') callbacks.onLost();
    });
  return {
    release() {
      released = true;
      abort.abort();
      release();
    },
  };
}

/** Whether another tab holds the project's lock right now. */
export async function lockHeldElsewhere(projectId: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return false;
  const state = await manager.query();
  return (state.held ?? []).some((lock) => lock.name === lockName(projectId));
}
