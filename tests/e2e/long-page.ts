import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

/**
 * A report-like page of about `chars` characters (issue 12's long pages): the 2019 national
 * report's paragraphs, repeated, one `<p>` each in one container; `head` goes first in <head>
 * (an observer that must run before the page's own scripts, say).
 */
export function reportPage(chars: number, head = ''): string {
  const base = readFileSync(join(ROOT, 'tests/fixtures/corpus/national-2019.zh.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const line = base[i % base.length]!;
    out.push(`<p>${line}</p>`);
    n += line.length;
  }
  return `<!doctype html><html lang="zh"><head>${head}<meta charset="utf-8"><title>2019年国务院政府工作报告</title></head><body><div id="zoom">${out.join('\n')}</div></body></html>`;
}

/**
 * Runs before any page script: records performance.now() (ms since navigation start) when the
 * overlay's host appears (mounted with the marks and bar drawn) in `window.__gzbgOverlayAt`.
 */
export const OVERLAY_OBSERVER = `(() => {
  new MutationObserver((_, mo) => {
    if (!document.querySelector('gzbg-status')) return;
    window.__gzbgOverlayAt = performance.now();
    mo.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

/**
 * Runs before the page's own scripts: records every `longtask` entry's start and duration in
 * `window.__longTasks` (Chromium; Firefox has no such entries), and OVERLAY_OBSERVER.
 */
export const LONG_TASK_OBSERVER = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();
${OVERLAY_OBSERVER}`;

export interface Blocking {
  /** Longest task, ms. */
  longest: number;
  /** Total blocking time: the sum over tasks of what exceeds 50 ms. */
  tbt: number;
  tasks: number;
}

/**
 * Long tasks from the content script's start of reading on (the overlay's mount time less the
 * pill's reading and settings times, so a little before), leaving out the page's own parsing and
 * first layout; null before the overlay is up. A page function: needs the roots revealed.
 */
export const tasksWhileReading = (): (Blocking & { from: number }) | null => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __gzbgOverlayAt?: number };
  const pill = document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill');
  if (!pill || w.__gzbgOverlayAt === undefined) return null;
  const from = w.__gzbgOverlayAt - Number(pill.getAttribute('data-ms')) - Number(pill.getAttribute('data-ask-ms'));
  const durations = w.__longTasks.filter((t) => t.start + t.duration > from).map((t) => t.duration);
  return {
    from,
    longest: Math.round(Math.max(0, ...durations)),
    tbt: Math.round(durations.reduce((s, d) => s + Math.max(0, d - 50), 0)),
    tasks: durations.length,
  };
};
