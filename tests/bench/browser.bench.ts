/**
 * Browser timings for `npm run bench`, through the e2e harness (tests/e2e/browsers.ts):
 *  - page load → in-page overlay (the `gzbg-status` shadow host with its `.pill`) on the largest seed
 *    report, timed in the page by a MutationObserver installed before any page script runs, plus
 *    the content script's own reading time (the pill's data-ms / data-map-ms);
 *  - main-thread cost of the content script on ordinary pages: CDP Performance.getMetrics
 *    (ScriptDuration, TaskDuration) with the extension vs a Chromium without it;
 *  - lib/diff's word-level diff (`timeDiff` on `diffBenchCases()`), bundled with esbuild and run in a
 *    plain page;
 *  - JS heap once the overlay is up (performance.memory and CDP JSHeapUsedSize after a GC).
 *
 * The builds in .output/ are copied aside first by the e2e harness's buildExtension (built only when
 * missing), so a rebuild in the working tree cannot change files under a running browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, type Driver } from '../e2e/browsers';
import { buildExtension, startStaticServer } from '../e2e/harness';
import { OVERLAY_OBSERVER } from '../e2e/long-page';
import { pollRevealed } from '../e2e/reveal';
import { diffBenchCases } from './diff.bench';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 5;

// ---------------------------------------------------------------------------------------------
// Builds, server

// ---------------------------------------------------------------------------------------------
// Reaching the harness's page objects. The Driver hides them; the benches need init scripts and
// (Chromium) a CDP session, so the launch calls are wrapped once to keep what they return.

let lastContext: BrowserContext | null = null;
let lastBrowser: PpBrowser | null = null;
{
  const launchPersistent = chromium.launchPersistentContext.bind(chromium);
  chromium.launchPersistentContext = async (...args: Parameters<typeof launchPersistent>) => (lastContext = await launchPersistent(...args));
  const launch = puppeteer.launch.bind(puppeteer);
  puppeteer.launch = async (...args: Parameters<typeof launch>) => (lastBrowser = await launch(...args));
}

async function chromiumWithPage(dir: string): Promise<{ d: Driver; page: PwPage; cdp: CDPSession }> {
  const d = await launchChromium(dir);
  const page = lastContext!.pages()[0]!;
  return { d, page, cdp: await lastContext!.newCDPSession(page) };
}

async function firefoxWithPage(dir: string): Promise<{ d: Driver; page: PpPage }> {
  const d = await launchFirefox(dir);
  return { d, page: (await lastBrowser!.pages())[0]! };
}

// ---------------------------------------------------------------------------------------------
// Page-side pieces

interface BenchWindow {
  __gzbgOverlayAt?: number;
}

// OVERLAY_OBSERVER (tests/e2e/long-page.ts) records when the overlay's host appears. Its shadow root
// is closed, so the moment it is linked to the earlier years (the pill's data-state=ready) is polled
// from here through the automation protocol (pollRevealed, every 10 ms plus the poll's own cost).

const overlayAt = () => (window as unknown as BenchWindow).__gzbgOverlayAt ?? null;
/** performance.now() once the overlay is linked (the pill ready), else 0. */
const linkedNow = () => (document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill')?.getAttribute('data-state') === 'ready' ? performance.now() : 0);
const pillData = () => {
  const pill = document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill');
  // No helper functions in here: the page gets this function's source (tsx would wrap them in __name).
  return {
    ms: Number(pill?.getAttribute('data-ms')), mapMs: Number(pill?.getAttribute('data-map-ms')), bodyMs: Number(pill?.getAttribute('data-body-ms')),
    askMs: Number(pill?.getAttribute('data-ask-ms')), linkMs: Number(pill?.getAttribute('data-link-ms')),
    overlayMs: Number(pill?.getAttribute('data-overlay-ms')),
  };
};
const loadEnd = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? NaN;

function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const r1 = (x: number) => Math.round(x * 10) / 10;

/** The seed report with the most bytes. */
function largestSeed(): string {
  return readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.html'))
    .sort((a, b) => statSync(join(ROOT, 'seeds', b)).size - statSync(join(ROOT, 'seeds', a)).size)[0]!;
}

interface OverlayTimes {
  /** Navigation start → the pill in the page. */
  overlay: number;
  /** Navigation start → the pill linked to the earlier years. */
  linkedAt: number;
  load: number;
  /** Load event end → the pill. */
  afterLoad: number;
  /** Load event end → the pill linked. */
  linkedAfterLoad: number;
  /** The content script's own account (pill data-*): reading, text map, asking the background, linking, all. */
  readMs: number;
  mapMs: number;
  bodyMs: number;
  askMs: number;
  linkMs: number;
  scriptMs: number;
  /** Targets of the first (warm-up) visit marked as linked to an earlier year. */
  linked: boolean;
}

/** Overlay timing over RUNS navigations (after one warm-up, which also wakes the background). */
async function overlayTimes(d: Driver, url: string): Promise<OverlayTimes> {
  const rows: { overlay: number; linked: number; load: number; p: ReturnType<typeof pillData> }[] = [];
  let linked = false;
  for (let k = 0; k <= RUNS; k++) {
    await d.goto(url);
    const linkedAt = await pollRevealed(d.raw, linkedNow, null, 20_000, 10);
    if (k === 0) {
      linked = await d.evaluate(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=bar-raised]'), null);
      continue;
    }
    rows.push({ overlay: (await d.evaluate(overlayAt, null))!, linked: linkedAt, load: await d.evaluate(loadEnd, null), p: await d.evaluate(pillData, null) });
  }
  const m = (f: (r: (typeof rows)[number]) => number) => r1(median(rows.map(f)));
  return {
    overlay: m((r) => r.overlay), linkedAt: m((r) => r.linked), load: m((r) => r.load), afterLoad: m((r) => r.overlay - r.load),
    linkedAfterLoad: m((r) => r.linked - r.load),
    readMs: m((r) => r.p.ms), mapMs: m((r) => r.p.mapMs), bodyMs: m((r) => r.p.bodyMs), askMs: m((r) => r.p.askMs), linkMs: m((r) => r.p.linkMs), scriptMs: m((r) => r.p.overlayMs),
    linked,
  };
}

/** Writes one browser's overlay timings of a page into `out`. */
function reportOverlay(out: Record<string, number | string>, browserName: string, label: string, t: OverlayTimes): void {
  out[`${browserName}: navigation start → overlay, ${label}, median of ${RUNS}, ms`] = t.overlay;
  out[`${browserName}: load event → overlay, ${label}, ms`] = t.afterLoad;
  out[`${browserName}: navigation start → overlay linked to earlier years, ${label}, ms`] = t.linkedAt;
  out[`${browserName}: load event → overlay linked to earlier years, ${label}, ms`] = t.linkedAfterLoad;
  out[`${browserName}: content script, start → overlay linked (pill data-overlay-ms), ${label}, ms`] = t.scriptMs;
  out[`${browserName}:   of which reading the page (text map + engine), ${label}, ms`] = t.readMs;
  out[`${browserName}:   of which text map, ${label}, ms`] = t.mapMs;
  out[`${browserName}:   of which finding the report's body, ${label}, ms`] = t.bodyMs;
  out[`${browserName}:   of which settings + first drawing of the marks, ${label}, ms`] = t.askMs;
  out[`${browserName}:   of which then waiting for the background's link, ${label}, ms`] = t.linkMs;
  out[`${browserName}: ${label} linked to an earlier stored year`] = t.linked ? 'yes' : 'no';
}

/** Stores an earlier year by reading it (the extension saves reports as they are read). */
async function readEarlierYear(d: Driver, url: string): Promise<void> {
  await d.goto(url);
  await d.waitFor(linkedNow, null, 20_000);
  // The save finishes after the overlay is drawn; give it a moment before leaving the page.
  await new Promise((r) => setTimeout(r, 1500));
}

function bundleDiff(): string {
  return execFileSync('npx', ['esbuild', '--bundle', '--format=iife', '--global-name=D', '--log-level=warning', join(ROOT, 'lib/diff/index.ts')], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20,
  });
}

interface DiffCaseTiming { id: string; name: string; medianMs: number; hunks: number }

/** Evaluates the bundle in the (blank) page and times every case there. */
async function diffInPage(d: Driver, bundle: string): Promise<DiffCaseTiming[]> {
  await d.goto('about:blank');
  await d.evaluate((src: string) => {
    (0, eval)(`${src}\n;window.D = D;`);
  }, bundle);
  const out: DiffCaseTiming[] = [];
  for (const c of diffBenchCases()) {
    const t = await d.evaluate(
      ({ a, b, runs }: { a: string; b: string; runs: number }) => {
        const D = (window as unknown as { D: { timeDiff(a: string, b: string, o: { runs: number }): { medianMs: number; hunks: number } } }).D;
        const r = D.timeDiff(a, b, { runs });
        return { medianMs: r.medianMs, hunks: r.hunks };
      },
      { a: c.a, b: c.b, runs: RUNS },
    );
    out.push({ id: c.id, name: c.name, medianMs: r1(t.medianMs), hunks: t.hunks });
  }
  return out;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Main-thread script/task time (CDP, seconds → ms) of loading `url`, over RUNS loads; `settleMs` lets the content script finish. */
async function mainThreadCost(page: PwPage, cdp: CDPSession, url: string, settleMs: number): Promise<{ script: number; task: number; load: number }> {
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const script: number[] = [];
  const task: number[] = [];
  const load: number[] = [];
  for (let k = 0; k <= RUNS; k++) {
    await page.goto('about:blank');
    const before = await metrics(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const after = await metrics(cdp);
    if (k === 0) continue;
    script.push(((after.ScriptDuration ?? NaN) - (before.ScriptDuration ?? NaN)) * 1000);
    task.push(((after.TaskDuration ?? NaN) - (before.TaskDuration ?? NaN)) * 1000);
    load.push(await page.evaluate(loadEnd));
  }
  await cdp.send('Performance.disable');
  return { script: r1(median(script)), task: r1(median(task)), load: r1(median(load)) };
}

/** usedJSHeapSize (performance.memory) and CDP JSHeapUsedSize after a forced GC, in MB. */
async function heapMb(page: PwPage, cdp: CDPSession): Promise<{ perfMemory: number; cdp: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const perfMemory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
  await cdp.send('Performance.enable');
  const m = await metrics(cdp);
  await cdp.send('Performance.disable');
  const mb = (b: number) => Math.round((b / 2 ** 20) * 100) / 100;
  return { perfMemory: mb(perfMemory), cdp: mb(m.JSHeapUsedSize ?? NaN) };
}

// ---------------------------------------------------------------------------------------------

/** Pages read after their government's earlier year: the linked case, as a reader meets it. */
const LINKED = [['shanghai-2021.html', 'shanghai-2022.html'], ['national-2019.html', 'national-2020.html']] as const;

const ORDINARY = ['numbers.html', 'news-about-report.html'] as const;
/** Time after `load` for the content script to run (document_idle) and message the background. */
const SETTLE_MS = 400;

export async function benchBrowsers(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const tmp = mkdtempSync(join(tmpdir(), 'gzbg-bench-'));
  const server = await startStaticServer();
  try {
    const base = server.baseUrl;
    const seed = largestSeed();
    const seedUrl = `${base}/seeds/${seed}`;
    const bundle = bundleDiff();
    out[`diff bundle (esbuild, lib/diff), KB`] = r1(bundle.length / 1024);

    // ---- Chromium, with the extension
    const chromeDir = buildExtension('chrome', tmp, false).dir;
    const { d, page, cdp } = await chromiumWithPage(chromeDir);
    const heapBase: { perfMemory: number; cdp: number }[] = [];
    try {
      await page.addInitScript(OVERLAY_OBSERVER);
      reportOverlay(out, 'chromium', `${seed} (largest, no earlier year stored)`, await overlayTimes(d, seedUrl));
      for (const [prior, current] of LINKED) {
        await readEarlierYear(d, `${base}/seeds/${prior}`);
        reportOverlay(out, 'chromium', `${current} (${prior} stored)`, await overlayTimes(d, `${base}/seeds/${current}`));
      }
      const h = await heapMb(page, cdp);
      out[`chromium: JS heap after overlay (performance.memory.usedJSHeapSize, after GC), ${seed}, MB`] = h.perfMemory;
      out[`chromium: JS heap after overlay (CDP JSHeapUsedSize, after GC), ${seed}, MB`] = h.cdp;
      for (const p of ORDINARY) {
        const c = await mainThreadCost(page, cdp, `${base}/pages/${p}`, SETTLE_MS);
        out[`chromium + extension: main-thread script time, ${p}, ms`] = c.script;
        out[`chromium + extension: main-thread task time, ${p}, ms`] = c.task;
        out[`chromium + extension: load event, ${p}, ms`] = c.load;
      }
      for (const c of await diffInPage(d, bundle)) out[`chromium: diff [${c.id}] ${c.name}, median of ${RUNS}, ms`] = c.medianMs;
    } finally {
      await d.close();
    }

    // ---- Chromium, without the extension: the baseline for main-thread cost and heap
    const plainProfile = mkdtempSync(join(tmpdir(), 'gzbg-bench-plain-'));
    const plain = await chromium.launchPersistentContext(plainProfile, {
      executablePath: '/usr/bin/chromium',
      headless: false,
      viewport: { width: 1280, height: 900 },
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions'],
    });
    try {
      const page = plain.pages()[0] ?? (await plain.newPage());
      const cdp = await plain.newCDPSession(page);
      await page.goto(seedUrl, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      heapBase.push(await heapMb(page, cdp));
      out[`chromium, no extension: JS heap (CDP JSHeapUsedSize, after GC), ${seed}, MB`] = heapBase[0]!.cdp;
      for (const p of ORDINARY) {
        const c = await mainThreadCost(page, cdp, `${base}/pages/${p}`, SETTLE_MS);
        out[`chromium, no extension: main-thread script time, ${p}, ms`] = c.script;
        out[`chromium, no extension: main-thread task time, ${p}, ms`] = c.task;
        out[`chromium, no extension: load event, ${p}, ms`] = c.load;
        const withExt = out[`chromium + extension: main-thread script time, ${p}, ms`];
        if (typeof withExt === 'number') out[`chromium: content script's extra main-thread script time, ${p}, ms`] = r1(withExt - c.script);
      }
    } finally {
      await plain.close();
      rmSync(plainProfile, { recursive: true, force: true });
    }

    // ---- Firefox, with the extension (no CDP metrics or performance.memory there)
    try {
      const ffDir = buildExtension('firefox', tmp, false).dir;
      const { d: f, page: fp } = await firefoxWithPage(ffDir);
      try {
        await fp.evaluateOnNewDocument(OVERLAY_OBSERVER);
        reportOverlay(out, 'firefox', `${seed} (largest, no earlier year stored)`, await overlayTimes(f, seedUrl));
        for (const [prior, current] of LINKED) {
          await readEarlierYear(f, `${base}/seeds/${prior}`);
          reportOverlay(out, 'firefox', `${current} (${prior} stored)`, await overlayTimes(f, `${base}/seeds/${current}`));
        }
        for (const c of await diffInPage(f, bundle)) out[`firefox: diff [${c.id}] ${c.name}, median of ${RUNS}, ms`] = c.medianMs;
      } finally {
        await f.close();
      }
    } catch (e) {
      out['firefox: error'] = String((e as Error).message ?? e).split('\n')[0]!;
    }
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}
