import { diffTexts } from './diff';
import type { DiffOptions } from './types';

export interface DiffTiming {
  /** Median wall time of one `diffTexts` call, in milliseconds. */
  medianMs: number;
  minMs: number;
  /** Each run's time, in run order. */
  runsMs: number[];
  /** Hunks of the (last) result, to check that the runs did the work. */
  hunks: number;
}

/**
 * Times `diffTexts(a, b, opts)` over `runs` runs (default 7) after one warm-up run. Uses only
 * `performance.now()`, so the same code measures in Node and in a browser page.
 */
export function timeDiff(a: string, b: string, opts: DiffOptions & { runs?: number } = {}): DiffTiming {
  let hunks = diffTexts(a, b, opts).hunks.length;
  const runsMs: number[] = [];
  for (let k = 0; k < (opts.runs ?? 7); k++) {
    const t0 = performance.now();
    hunks = diffTexts(a, b, opts).hunks.length;
    runsMs.push(performance.now() - t0);
  }
  const sorted = [...runsMs].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { medianMs, minMs: sorted[0] ?? 0, runsMs, hunks };
}
