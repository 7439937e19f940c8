import { shallowRef } from 'vue';
import type { Trace } from '@reen/core';

/** What the "D'où vient ce chiffre ?" panel shows: a figure's label and the core's trace. */
export interface TraceTarget {
  readonly what: string;
  readonly trace: Trace;
}

const target = shallowRef<TraceTarget | null>(null);
let opener: HTMLElement | null = null;

/** Opens and closes the single trace panel of the page; focus returns to the button that opened it. */
export function useTracePanel() {
  function open(what: string, trace: Trace, event?: Event): void {
    opener = (event?.currentTarget as HTMLElement | null) ?? null;
    target.value = { what, trace };
  }
  function close(): void {
    target.value = null;
    opener?.focus();
    opener = null;
  }
  return { target, open, close };
}
