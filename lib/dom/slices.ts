/**
 * Long page-side work in time slices. A computation is written once as a generator that `yield`s
 * where it may pause (every few hundred nodes or lines); `runNow` runs it to the end in one task
 * (tests, small inputs), `runSliced` runs it in slices of about `budgetMs` and gives the page's
 * event loop a turn between them, so input and rendering never wait long behind the extension.
 * Both run the same code, so both give the same result.
 */

/** A computation that may pause at each `yield` (what it yields says where it is). */
export type Steps<T, At = void> = Generator<At, T, void>;

export interface Slicing<At = unknown> {
  /** Work per slice, ms (the page's 50 ms long-task bar leaves room for its own work). */
  budgetMs?: number;
  /** Gives the event loop a turn; defaults to `yieldToPage`. */
  pause?: () => Promise<void>;
  /** Called before each slice after the first with where the run paused: throwing stops the run. */
  beforeSlice?: (at: At) => void;
}

export const SLICE_MS = 12;

/** Runs `steps` to the end in the current task. */
export function runNow<T, At>(steps: Steps<T, At>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs `steps` in slices of about `budgetMs`, pausing between them. */
export async function runSliced<T, At>(steps: Steps<T, At>, slicing: Slicing<At> = {}): Promise<T> {
  const budget = slicing.budgetMs ?? SLICE_MS;
  const pause = slicing.pause ?? yieldToPage;
  let sliceStart = performance.now();
  try {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - sliceStart < budget) continue;
      await pause();
      slicing.beforeSlice?.(r.value);
      sliceStart = performance.now();
    }
  } finally {
    steps.return(undefined as T);
  }
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * One turn of the event loop: `scheduler.yield()` where it exists (the continuation runs before
 * other queued work of the same priority), else a posted message (not clamped to 4 ms like nested
 * timeouts, nor throttled to 1 s in a background tab).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
