/**
 * The PDF reader for `npm run bench` (`npm run bench -- reader` alone): a 60-page report PDF
 * (the national 2008 report, the corpus's longest, printed by Chromium in a large type:
 * scripts/make-pdfs.ts writeLongPdf) chosen in reader.html, timed from the file input's `change`
 * to the overlay (its `gzbg-status` host, marks and bar drawn; the engine ran before the text
 * layers, the link to earlier years runs in the background meanwhile) and to the reader's "ready"
 * (saved, linked, annotations anchored), with the reader's own steps (body data attributes: pdf.js load and text,
 * text layers, engine). Chromium, and Firefox ESR for comparison. Median of RUNS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchChromium, launchFirefox, type Driver } from '../e2e/browsers';
import { buildExtension } from '../e2e/harness';
import { secondTab } from '../e2e/tabs';
import { writeLongPdf } from '../../scripts/make-pdfs';

const RUNS = 3;

interface ReaderRun {
  toOverlay: number;
  toReady: number;
  load: number;
  render: number;
  firstLayers: number;
  analyze: number;
  overlay: number;
  linked: number;
  pages: number;
}

/** Installed in the reader page before the file is chosen: when it was chosen, when the overlay's host appeared. */
const WATCH = () => {
  const w = window as unknown as { __t0?: number; __overlayAt?: number };
  document.querySelector('[data-testid=reader-file]')!.addEventListener('change', () => void (w.__t0 = performance.now()), { capture: true });
  new MutationObserver(() => {
    if (!w.__overlayAt && document.querySelector('gzbg-status')) w.__overlayAt = performance.now();
  }).observe(document.documentElement, { childList: true, subtree: true });
};

const done = () => document.body.dataset.state === 'ready' || document.body.dataset.state === 'problem';

const TIMES = () => {
  const w = window as unknown as { __t0?: number; __overlayAt?: number };
  const b = document.body.dataset;
  return {
    state: b.state ?? '', problem: document.querySelector('[data-testid=file-problem]')?.textContent ?? '',
    t0: w.__t0 ?? NaN, overlayAt: w.__overlayAt ?? NaN, now: performance.now(),
    load: Number(b.loadMs), render: Number(b.renderMs), firstLayers: Number(b.firstLayersMs), analyze: Number(b.analyzeMs), overlay: Number(b.overlayMs), linked: Number(b.linkedMs), pages: Number(b.pages),
  };
};

async function readerRuns(d: Driver, pdf: string): Promise<ReaderRun[]> {
  const tab = await secondTab(d);
  const runs: ReaderRun[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await tab.open(`reader.html?run=${i}`);
      await tab.waitFor(() => !!document.querySelector('[data-testid=reader-file]'), null);
      await tab.evaluate(WATCH, null);
      await tab.upload('[data-testid=reader-file]', pdf);
      await tab.waitFor(done, null, 120_000);
      const t = await tab.evaluate(TIMES, null);
      if (t.state !== 'ready') throw new Error(`the reader did not read the PDF: ${t.problem}`);
      runs.push({ toOverlay: t.overlayAt - t.t0, toReady: t.now - t.t0, load: t.load, render: t.render, firstLayers: t.firstLayers, analyze: t.analyze, overlay: t.overlay, linked: t.linked, pages: t.pages });
    }
  } finally {
    await tab.close();
  }
  return runs;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]!);
};

function report(out: Record<string, number | string>, browser: string, runs: ReaderRun[]): void {
  const m = (k: keyof ReaderRun) => median(runs.map((r) => r[k]));
  const label = `${runs[0]!.pages}-page PDF`;
  out[`${browser}: reader, ${label}, file chosen → overlay (marks, bar), median of ${RUNS}, ms`] = m('toOverlay');
  out[`${browser}: reader, ${label}, file chosen → ready (saved, notes anchored), ms`] = m('toReady');
  out[`${browser}: reader, ${label}, pdf.js open + text of every page, ms`] = m('load');
  out[`${browser}: reader, ${label}, text layers of the first pages (before the overlay), ms`] = m('firstLayers');
  out[`${browser}: reader, ${label}, text layers of every page (the rest after the overlay, a few per task), ms`] = m('render');
  out[`${browser}: reader, ${label}, engine, ms`] = m('analyze');
  out[`${browser}: reader, ${label}, pdf.js open → overlay, ms`] = m('overlay');
  out[`${browser}: reader, ${label}, pdf.js open → marks linked to the earlier years (none stored for 2008: at once), ms`] = m('linked');
  out[`${browser}: reader, ${label}, every run → overlay, ms`] = runs.map((r) => Math.round(r.toOverlay)).join(' / ');
}

export async function benchReader(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const tmp = mkdtempSync(join(tmpdir(), 'gzbg-bench-reader-'));
  try {
    const pdf = await writeLongPdf(tmp);
    out['reader: the PDF, pages'] = Number(execFileSync('qpdf', ['--show-npages', pdf], { encoding: 'utf8' }).trim());
    const chromium = await launchChromium(buildExtension('chrome', tmp, false).dir);
    try {
      report(out, 'chromium', await readerRuns(chromium, pdf));
    } finally {
      await chromium.close();
    }
    try {
      const firefox = await launchFirefox(buildExtension('firefox', tmp, false).dir);
      try {
        report(out, 'firefox', await readerRuns(firefox, pdf));
      } finally {
        await firefox.close();
      }
    } catch (e) {
      out['firefox: error'] = String((e as Error).message ?? e).split('\n')[0]!;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}
